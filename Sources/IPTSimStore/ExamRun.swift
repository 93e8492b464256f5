import Foundation
import IPTSimCore

/// Something the candidate should see, in order.
public enum ExamEvent: Sendable {
    /// A session begins (or resumes): its place, the case and session, the opening, and the
    /// turns already journaled (non-empty when resuming).
    case sessionStarted(index: Int, of: Int, case: Case, session: Session, limitMinutes: Int, opening: PatientTurn, previous: [TranscriptTurn])
    case reply(PatientTurn)
    case phq9([PatientTurn])
    /// A command refused in locked mode, or help; nothing was recorded.
    case notice(String)
    case sessionEnded(reason: String, turns: Int, minutes: Int)
    /// All sessions are done: the result, scored, stored and (with a key) signed.
    case finished(ExamResult, signedJSON: String?)
}

public enum ExamRunError: Error, CustomStringConvertible {
    case invalid([Diagnostic])
    case journalMismatch(String)
    case finished

    public var description: String {
        switch self {
        case .invalid(let ds): ds.map(\.text).joined(separator: "\n")
        case .journalMismatch(let m): m
        case .finished: "this attempt is already finished"
        }
    }
}

/// Runs an exam attempt in locked mode, journaling every turn in the record store before its
/// reply is returned. Opening the same candidate's unfinished attempt resumes it: journaled turns
/// are replayed (deterministically) to rebuild the session; it is never restarted.
public struct ExamRun {
    public let store: any RecordStore
    public let blueprint: ExamBlueprint
    public let blueprintHash: String
    public let cases: [String: ExamChecker.Available]
    public let scorer: any SessionScorer
    public let signingKey: ResultKey?
    public private(set) var attempt: AttemptRecord
    public private(set) var resumed: Bool
    /// Index into `blueprint.sessions` of the session being played.
    public private(set) var position: Int
    private var runner: SessionRunner?
    private var sessionRow: Int64?
    private var sessionStartedAt = ""
    private var results: [SessionResult] = []
    /// Timestamps (ISO 8601 UTC); injectable for tests.
    public var now: @Sendable () -> String = { DataDirectory.timestamp() }

    /// Opens the candidate's attempt (new or resumed). Refuses an invalid blueprint, cases edited
    /// since the blueprint was made, and candidates with no attempt left.
    public init(store: any RecordStore, blueprint: ExamBlueprint, blueprintHash: String, blueprintJSON: String,
                cases: [String: ExamChecker.Available], candidate: String, cohort: String? = nil,
                scorer: any SessionScorer = SessionScorers.standard, signingKey: ResultKey? = nil,
                now: @escaping @Sendable () -> String = { DataDirectory.timestamp() }) throws {
        let problems = (ExamChecker.check(blueprint, document: nil) + ExamChecker.fit(blueprint, to: cases)).filter { $0.severity == .error }
        guard problems.isEmpty else { throw ExamRunError.invalid(problems) }
        self.store = store
        self.blueprint = blueprint
        self.blueprintHash = blueprintHash
        self.cases = cases
        self.scorer = scorer
        self.signingKey = signingKey
        self.now = now
        let opened = try store.openAttempt(candidate: candidate, cohort: cohort, examID: blueprint.id, blueprintHash: blueprintHash,
                                           blueprintJSON: blueprintJSON, attemptsAllowed: blueprint.attemptsAllowed, now: now())
        attempt = opened.attempt
        resumed = opened.resumed
        position = 0
        for record in try store.sessions(attempt: attempt.id) where record.isFinished {
            guard let t = record.transcript, let score = record.score else {
                throw ExamRunError.journalMismatch("session \(record.position + 1) of attempt \(attempt.number) is finished but has no transcript or score")
            }
            results.append(Self.result(record.header, transcript: t, score: score, startedAt: record.startedAt,
                                       endedAt: record.endedAt ?? "", endReason: record.endReason ?? "ended"))
            position = record.position + 1
        }
    }

    public var isFinished: Bool { position >= blueprint.sessions.count }
    public var transcript: Transcript? { runner?.transcript }

    /// Starts (or resumes) the current session; returns what to show. Call before the first line.
    public mutating func begin() throws -> [ExamEvent] {
        guard !isFinished else { return try finish() }
        let (ec, es) = blueprint.sessions[position]
        let available = cases[ec.id]!
        let c = available.case
        let s = c.session(es.id)!
        let header = SessionHeader(caseID: c.id, caseVersion: c.version, caseHash: available.hash, problemArea: c.problemArea,
                                   sessionID: s.id, phase: s.phase, seed: es.seed, style: es.style)
        let row = try store.beginSession(attempt: attempt.id, position: position, header: header, now: now())
        let record = try store.sessions(attempt: attempt.id).first { $0.id == row }
        sessionStartedAt = record?.startedAt ?? now()
        var fresh = SessionRunner(case: c, session: s, caseHash: available.hash, seed: es.seed, style: es.style, mode: .exam)
        let journaled = record?.turns ?? []
        if !journaled.isEmpty {
            var t = fresh.transcript
            t.turns = journaled
            guard let replayed = SessionRunner.replay(t, case: c, caseHash: available.hash), replayed.transcript.turns == journaled else {
                throw ExamRunError.journalMismatch("the journal of session \(position + 1) does not replay to the same session (was the engine changed?); the attempt cannot be resumed safely — ask the exam administrator")
            }
            fresh = replayed
        }
        runner = fresh
        sessionRow = row
        var events: [ExamEvent] = [.sessionStarted(index: position + 1, of: blueprint.sessions.count, case: c, session: s,
                                                   limitMinutes: es.timeLimitMinutes, opening: fresh.transcript.opening, previous: journaled)]
        if fresh.state.clockMinutes >= es.timeLimitMinutes { events += try endSession(reason: "time-limit") }
        return events
    }

    /// Handles one line typed by the candidate.
    public mutating func handle(_ line: String) throws -> [ExamEvent] {
        guard !isFinished else { throw ExamRunError.finished }
        if runner == nil { return try begin() }
        switch ExamLine.classify(line) {
        case .empty: return []
        case .help(let text), .refused(let text): return [.notice(text)]
        case .endSession: return try endSession(reason: "ended")
        case .phq9:
            let replies = runner!.administerPHQ9()
            try journalLastTurn()
            return [.phq9(replies)] + (try checkTimeLimit())
        case .say(let text):
            let reply = runner!.say(text)
            try journalLastTurn()
            return [.reply(reply)] + (try checkTimeLimit())
        }
    }

    /// Input ended without `/end`: nothing is lost; the attempt stays open for `exam resume`.
    public var pausedMessage: String {
        "Input ended during session \(position + 1) of \(blueprint.sessions.count). Every turn is saved; continue with: iptsim exam resume <blueprint> --candidate \(attempt.candidate)"
    }

    private mutating func journalLastTurn() throws {
        guard let turn = runner?.transcript.turns.last, let sessionRow else { return }
        try store.appendTurn(session: sessionRow, turn: turn, now: now())
    }

    private mutating func checkTimeLimit() throws -> [ExamEvent] {
        guard let runner else { return [] }
        let limit = blueprint.sessions[position].session.timeLimitMinutes
        return runner.state.clockMinutes >= limit ? try endSession(reason: "time-limit") : []
    }

    private mutating func endSession(reason: String) throws -> [ExamEvent] {
        guard var r = runner, let sessionRow else { return [] }
        r.end()
        let (ec, es) = blueprint.sessions[position]
        let available = cases[ec.id]!
        let s = available.case.session(es.id)!
        let score = scorer.score(case: available.case, session: s, transcript: r.transcript)
        let ended = now()
        try store.finishSession(session: sessionRow, transcript: r.transcript, score: score, scorer: scorer.name, endReason: reason, now: ended)
        let header = SessionHeader(caseID: available.case.id, caseVersion: available.case.version, caseHash: available.hash,
                                   problemArea: available.case.problemArea, sessionID: s.id, phase: s.phase, seed: es.seed, style: es.style)
        results.append(Self.result(header, transcript: r.transcript, score: score, startedAt: sessionStartedAt, endedAt: ended, endReason: reason))
        var events: [ExamEvent] = [.sessionEnded(reason: reason, turns: r.state.turn, minutes: r.state.clockMinutes)]
        runner = nil
        self.sessionRow = nil
        position += 1
        events += isFinished ? try finish() : try begin()
        return events
    }

    private mutating func finish() throws -> [ExamEvent] {
        let outcome = blueprint.passRule.evaluate(results)
        let result = ExamResult(candidate: attempt.candidate, attempt: attempt.number, blueprint: blueprint, blueprintHash: blueprintHash,
                                scorer: scorer.name, startedAt: attempt.startedAt, finishedAt: now(), sessions: results, outcome: outcome)
        let signed = try signingKey.map { try ResultSigner.sign(result, key: $0).json() }
        try store.finishAttempt(attempt: attempt.id, result: result, signedJSON: signed, now: result.finishedAt)
        return [.finished(result, signedJSON: signed)]
    }

    static func result(_ h: SessionHeader, transcript: Transcript, score: SessionScore, startedAt: String, endedAt: String, endReason: String) -> SessionResult {
        SessionResult(caseID: h.caseID, caseVersion: h.caseVersion, caseHash: h.caseHash, problemArea: h.problemArea, sessionID: h.sessionID,
                      phase: h.phase, startedAt: startedAt, endedAt: endedAt, endReason: endReason, transcript: transcript, score: score)
    }
}

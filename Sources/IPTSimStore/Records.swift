import IPTSimCore

/// One attempt at an exam (or one practice session, recorded as a one-session attempt).
public struct AttemptRecord: Sendable, Equatable, Codable {
    public enum Mode: String, Sendable, Codable { case exam, practice }
    public enum Status: String, Sendable, Codable { case inProgress = "in-progress", completed }

    public var id: Int64
    public var candidate: String
    public var cohort: String?
    /// Blueprint id, or `practice`.
    public var examID: String
    public var blueprintHash: String
    /// 1-based number of this candidate's attempt at this exam.
    public var number: Int
    public var mode: Mode
    public var status: Status
    public var startedAt: String
    public var finishedAt: String?
    public var passed: Bool?

    public init(id: Int64, candidate: String, cohort: String?, examID: String, blueprintHash: String, number: Int, mode: Mode,
                status: Status, startedAt: String, finishedAt: String?, passed: Bool?) {
        self.id = id
        self.candidate = candidate
        self.cohort = cohort
        self.examID = examID
        self.blueprintHash = blueprintHash
        self.number = number
        self.mode = mode
        self.status = status
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.passed = passed
    }
}

/// What is known about a session before it is played.
public struct SessionHeader: Sendable, Equatable, Codable {
    public var caseID: String
    public var caseVersion: String
    public var caseHash: String
    public var problemArea: ProblemArea
    public var sessionID: String
    public var phase: Phase
    public var seed: UInt64
    public var style: ConversationalStyle?

    public init(caseID: String, caseVersion: String, caseHash: String, problemArea: ProblemArea, sessionID: String,
                phase: Phase, seed: UInt64, style: ConversationalStyle?) {
        self.caseID = caseID
        self.caseVersion = caseVersion
        self.caseHash = caseHash
        self.problemArea = problemArea
        self.sessionID = sessionID
        self.phase = phase
        self.seed = seed
        self.style = style
    }
}

/// A session as stored: header, journaled turns, and, once finished, transcript and score.
public struct SessionRecord: Sendable, Equatable {
    public var id: Int64
    public var attemptID: Int64
    public var position: Int
    public var header: SessionHeader
    public var startedAt: String
    public var endedAt: String?
    public var endReason: String?
    public var turns: [TranscriptTurn]
    public var transcript: Transcript?
    public var score: SessionScore?

    public var isFinished: Bool { endedAt != nil }

    public init(id: Int64, attemptID: Int64, position: Int, header: SessionHeader, startedAt: String, endedAt: String?,
                endReason: String?, turns: [TranscriptTurn], transcript: Transcript?, score: SessionScore?) {
        self.id = id
        self.attemptID = attemptID
        self.position = position
        self.header = header
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.endReason = endReason
        self.turns = turns
        self.transcript = transcript
        self.score = score
    }
}

/// A scored session with who played it, for statistics across candidates.
public struct ScoredSession: Sendable, Equatable {
    public var candidate: String
    public var cohort: String?
    public var mode: AttemptRecord.Mode
    public var attemptID: Int64
    public var caseID: String
    public var sessionID: String
    public var problemArea: ProblemArea
    public var phase: Phase
    public var score: SessionScore

    public init(candidate: String, cohort: String?, mode: AttemptRecord.Mode, attemptID: Int64, caseID: String, sessionID: String,
                problemArea: ProblemArea, phase: Phase, score: SessionScore) {
        self.candidate = candidate
        self.cohort = cohort
        self.mode = mode
        self.attemptID = attemptID
        self.caseID = caseID
        self.sessionID = sessionID
        self.problemArea = problemArea
        self.phase = phase
        self.score = score
    }
}

public enum RecordStoreError: Error, Equatable, CustomStringConvertible {
    case noAttemptsLeft(candidate: String, examID: String, used: Int, allowed: Int)
    case blueprintChanged(attempt: Int, stored: String, now: String)
    case notFound(String)
    case corrupt(String)

    public var description: String {
        switch self {
        case let .noAttemptsLeft(c, e, used, allowed):
            "candidate '\(c)' has used \(used) of \(allowed) attempt\(allowed == 1 ? "" : "s") at exam '\(e)'; no attempt is left (a finished or abandoned attempt cannot be restarted)"
        case let .blueprintChanged(n, stored, now):
            "attempt \(n) was started with a different blueprint (hash \(stored), this one is \(now)); resume it with the original blueprint file"
        case .notFound(let m), .corrupt(let m): m
        }
    }
}

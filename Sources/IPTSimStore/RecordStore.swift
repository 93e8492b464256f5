import IPTSimCore

/// The records of candidates, attempts, sessions, every turn and reports.
///
/// Implemented for SQLite (`SQLiteRecordStore`); written against plain values and whole
/// operations so that a PostgreSQL implementation is a second conformance, not a rewrite. Every
/// method is one transaction; timestamps are passed in (ISO 8601 UTC) so callers own the clock.
public protocol RecordStore: Sendable {
    /// Opens the candidate's attempt at the exam: the unfinished one if there is one (resume),
    /// else a new one if attempts are left, else `RecordStoreError.noAttemptsLeft`. Atomic, so two
    /// processes cannot both open a new attempt beyond the limit.
    func openAttempt(candidate: String, cohort: String?, examID: String, blueprintHash: String,
                     blueprintJSON: String, attemptsAllowed: Int, now: String) throws -> (attempt: AttemptRecord, resumed: Bool)

    /// Starts the session at `position` of the attempt, or returns the one already started there.
    func beginSession(attempt: Int64, position: Int, header: SessionHeader, now: String) throws -> Int64

    /// Journals one turn. Called before the reply is shown, so a killed process loses nothing.
    func appendTurn(session: Int64, turn: TranscriptTurn, now: String) throws

    /// Marks the session finished with its final transcript and score.
    func finishSession(session: Int64, transcript: Transcript, score: SessionScore?, scorer: String?, endReason: String, now: String) throws

    /// Marks the attempt completed with its result (and the signed result JSON, if signed).
    func finishAttempt(attempt: Int64, result: ExamResult, signedJSON: String?, now: String) throws

    /// Records a finished practice session (one-session attempt, mode `practice`).
    @discardableResult
    func recordPractice(candidate: String, cohort: String?, header: SessionHeader, transcript: Transcript,
                        score: SessionScore?, scorer: String?, startedAt: String, endedAt: String) throws -> Int64

    func sessions(attempt: Int64) throws -> [SessionRecord]
    func attempt(_ id: Int64) throws -> AttemptRecord?
    func attempts(candidate: String?, cohort: String?) throws -> [AttemptRecord]
    /// The stored result of a completed exam attempt, and its signed form if it was signed.
    func result(attempt: Int64) throws -> (result: ExamResult, signedJSON: String?)?
    func scoredSessions(cohort: String?, mode: AttemptRecord.Mode?) throws -> [ScoredSession]
}

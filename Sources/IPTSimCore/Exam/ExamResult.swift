/// The complete record of one exam attempt: what is signed, exported and verified.
public struct ExamResult: Sendable, Codable, Equatable {
    public static let formatVersion = 1

    public var format: Int
    public var candidate: String
    /// 1-based attempt number of this candidate at this blueprint.
    public var attempt: Int
    public var blueprint: ExamBlueprint
    /// `ContentHash` of the blueprint file.
    public var blueprintHash: String
    /// The scorer that rated the sessions (`SessionScorer.name`).
    public var scorer: String
    /// ISO 8601 UTC.
    public var startedAt: String
    public var finishedAt: String
    public var sessions: [SessionResult]
    public var outcome: ExamOutcome

    public init(candidate: String, attempt: Int, blueprint: ExamBlueprint, blueprintHash: String, scorer: String,
                startedAt: String, finishedAt: String, sessions: [SessionResult], outcome: ExamOutcome) {
        self.format = Self.formatVersion
        self.candidate = candidate
        self.attempt = attempt
        self.blueprint = blueprint
        self.blueprintHash = blueprintHash
        self.scorer = scorer
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.sessions = sessions
        self.outcome = outcome
    }
}

/// One rated session of an attempt: the case version it ran against, the transcript and the score.
public struct SessionResult: Sendable, Codable, Equatable {
    public var caseID: String
    public var caseVersion: String
    public var caseHash: String
    public var problemArea: ProblemArea
    public var sessionID: String
    public var phase: Phase
    public var startedAt: String
    public var endedAt: String
    /// Why the session ended: `ended` (by the candidate), `time-limit`, `end-of-input`.
    public var endReason: String
    public var transcript: Transcript
    public var score: SessionScore

    public init(caseID: String, caseVersion: String, caseHash: String, problemArea: ProblemArea, sessionID: String, phase: Phase,
                startedAt: String, endedAt: String, endReason: String, transcript: Transcript, score: SessionScore) {
        self.caseID = caseID
        self.caseVersion = caseVersion
        self.caseHash = caseHash
        self.problemArea = problemArea
        self.sessionID = sessionID
        self.phase = phase
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.endReason = endReason
        self.transcript = transcript
        self.score = score
    }
}

/// The pass rule applied to an attempt, with every reason it failed.
public struct ExamOutcome: Sendable, Codable, Equatable {
    public var passed: Bool
    /// Mean item rating per case id (n/a excluded).
    public var caseMeans: [String: Double]
    public var criticalSafetyMisses: [String]
    /// Plain sentences, one per unmet condition; empty when passed.
    public var reasons: [String]

    public init(passed: Bool, caseMeans: [String: Double], criticalSafetyMisses: [String], reasons: [String]) {
        self.passed = passed
        self.caseMeans = caseMeans
        self.criticalSafetyMisses = criticalSafetyMisses
        self.reasons = reasons
    }
}

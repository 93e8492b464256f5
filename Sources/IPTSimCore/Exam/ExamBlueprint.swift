/// A certification exam: which cases and sessions a candidate plays, in order, under which rule.
///
/// Every case is pinned by id, version and content hash (`ContentHash` of the case file) so that
/// an exam is never run against a case edited after the blueprint was made.
public struct ExamBlueprint: Sendable, Codable, Equatable {
    public static let formatVersion = 1

    public var schema: String?
    public var format: Int
    public var id: String
    public var title: String
    /// How many attempts a candidate may start; an abandoned attempt counts.
    public var attemptsAllowed: Int
    /// Two cases may share a problem area (certification practice wants different areas).
    public var allowSameArea: Bool?
    public var passRule: PassRule
    public var cases: [ExamCase]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case format, id, title, attemptsAllowed, allowSameArea, passRule, cases
    }

    public init(id: String, title: String, attemptsAllowed: Int = 1, allowSameArea: Bool? = nil,
                passRule: PassRule = .certification, cases: [ExamCase]) {
        self.schema = "schema/exam.schema.json"
        self.format = Self.formatVersion
        self.id = id
        self.title = title
        self.attemptsAllowed = attemptsAllowed
        self.allowSameArea = allowSameArea
        self.passRule = passRule
        self.cases = cases
    }

    /// Every session in the order the candidate plays them, with its case.
    public var sessions: [(case: ExamCase, session: ExamSession)] {
        cases.flatMap { c in c.sessions.map { (c, $0) } }
    }
}

/// One case of an exam, pinned to the file it was built against.
public struct ExamCase: Sendable, Codable, Equatable {
    public var id: String
    public var version: String
    /// `ContentHash` of the case file when the blueprint was made.
    public var hash: String
    public var problemArea: ProblemArea
    public var sessions: [ExamSession]

    public init(id: String, version: String, hash: String, problemArea: ProblemArea, sessions: [ExamSession]) {
        self.id = id
        self.version = version
        self.hash = hash
        self.problemArea = problemArea
        self.sessions = sessions
    }
}

/// One rated session: the same seed and style for every candidate, so all meet the same patient.
public struct ExamSession: Sendable, Codable, Equatable {
    public var id: String
    public var phase: Phase
    public var seed: UInt64
    public var style: ConversationalStyle?
    /// Limit in simulated session minutes; the session ends when the clock reaches it.
    public var timeLimitMinutes: Int

    public init(id: String, phase: Phase, seed: UInt64, style: ConversationalStyle? = nil, timeLimitMinutes: Int) {
        self.id = id
        self.phase = phase
        self.seed = seed
        self.style = style
        self.timeLimitMinutes = timeLimitMinutes
    }
}

/// When an attempt passes, after certification practice (IPT Institute Level B; UK Level B):
/// at least two cases in different problem areas, an initial and a middle-phase session rated,
/// each case's mean rating at least 3.0 (1–5 scale), and no critical safety miss at all.
public struct PassRule: Sendable, Codable, Equatable {
    public var minCases: Int
    public var differentProblemAreas: Bool
    public var requiredPhases: [Phase]
    /// Minimum mean item rating per case (1–5).
    public var minMean: Double
    /// Critical safety misses tolerated across the attempt (certification: 0).
    public var maxCriticalSafetyMisses: Int
    /// Every rated session must pass on its own as well (adherence and facilitative means ≥ 3.0).
    public var everySessionPasses: Bool?

    public init(minCases: Int, differentProblemAreas: Bool, requiredPhases: [Phase], minMean: Double,
                maxCriticalSafetyMisses: Int, everySessionPasses: Bool? = nil) {
        self.minCases = minCases
        self.differentProblemAreas = differentProblemAreas
        self.requiredPhases = requiredPhases
        self.minMean = minMean
        self.maxCriticalSafetyMisses = maxCriticalSafetyMisses
        self.everySessionPasses = everySessionPasses
    }

    public static let certification = PassRule(minCases: 2, differentProblemAreas: true, requiredPhases: [.initial, .middle],
                                               minMean: 3.0, maxCriticalSafetyMisses: 0)
}

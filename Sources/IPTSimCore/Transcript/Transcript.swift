/// A session as it happened: enough to re-score it, replay it and show it.
///
/// Stores the case id, version and content hash so that re-scoring or resuming against an edited
/// case can say so plainly.
public struct Transcript: Sendable, Codable, Equatable {
    public static let formatVersion = 1

    public var format: Int
    public var caseID: String
    public var caseVersion: String
    /// `ContentHash` of the case file the session was played against.
    public var caseHash: String
    public var sessionID: String
    public var seed: UInt64
    public var style: ConversationalStyle
    public var mode: Mode
    public var opening: PatientTurn
    public var turns: [TranscriptTurn]
    /// The session was ended (by `/end`, Ctrl-D or the end of input), not interrupted.
    public var ended: Bool

    public enum Mode: String, Sendable, Codable, Hashable {
        case practice, exam
    }

    public init(caseID: String, caseVersion: String, caseHash: String, sessionID: String, seed: UInt64,
                style: ConversationalStyle, mode: Mode = .practice, opening: PatientTurn, turns: [TranscriptTurn] = [], ended: Bool = false) {
        self.format = Self.formatVersion
        self.caseID = caseID
        self.caseVersion = caseVersion
        self.caseHash = caseHash
        self.sessionID = sessionID
        self.seed = seed
        self.style = style
        self.mode = mode
        self.opening = opening
        self.turns = turns
        self.ended = ended
    }
}

/// One trainee turn and the patient's answer(s).
public struct TranscriptTurn: Sendable, Codable, Equatable {
    /// 1-based trainee turn number (the engine's `state.turn` after it).
    public var number: Int
    /// What the trainee typed (for `/tag` and `/phq9`, the command line as typed).
    public var input: String
    public var intervention: Intervention
    /// Usually one reply; the PHQ-9 gives one per item.
    public var replies: [PatientTurn]
    /// Variable values after the turn (for charts and checks).
    public var vars: [String: Int]

    public init(number: Int, input: String, intervention: Intervention, replies: [PatientTurn], vars: [String: Int]) {
        self.number = number
        self.input = input
        self.intervention = intervention
        self.replies = replies
        self.vars = vars
    }

    /// Clock after the turn.
    public var clockSeconds: Int { replies.last?.clockSeconds ?? 0 }
    /// The turn administered the PHQ-9.
    public var isPHQ9: Bool { replies.first?.ruleID.hasPrefix("builtin.phq9") ?? false }
}

/// The speech-act form of a trainee utterance (MITI/MISC-compatible).
///
/// The raw values are a contract shared with case files, reports and outside evaluation tools.
public enum Form: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case openQuestion = "open-question"
    case closedQuestion = "closed-question"
    case reflection
    case information
    case advice
    case other

    public static func < (lhs: Form, rhs: Form) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The coarse class used by counselling corpora: question, reflection, information-or-advice, other.
    public var coarse: String {
        switch self {
        case .openQuestion, .closedQuestion: "question"
        case .reflection: "reflection"
        case .information, .advice: "information-advice"
        case .other: "other"
        }
    }

    public var isQuestion: Bool { self == .openQuestion || self == .closedQuestion }
}

/// The family a technique belongs to, as grouped in `techniques.md`.
public enum TechniqueFamily: String, CaseIterable, Sendable, Codable, Hashable {
    case frame, assessment, technique, strategy, termination, safety, proscribed

    /// Whether techniques of this family count as IPT-consistent in the fidelity profile.
    public var isIPTConsistent: Bool { self != .proscribed }
}

/// The IPT problem areas.
public enum ProblemArea: String, CaseIterable, Sendable, Codable, Hashable {
    case grief
    case roleDispute = "role-dispute"
    case roleTransition = "role-transition"
    case interpersonalDeficits = "interpersonal-deficits"

    /// Names a trainee or author may use for the area on the command line.
    public var aliases: [String] {
        switch self {
        case .grief: ["grief", "bereavement"]
        case .roleDispute: ["role-dispute", "dispute"]
        case .roleTransition: ["role-transition", "transition"]
        case .interpersonalDeficits: ["interpersonal-deficits", "deficits", "sensitivity"]
        }
    }
}

public enum RubricDomain: String, Sendable, Codable, Hashable, CaseIterable {
    case global, initial, middle
    case problemArea = "problem-area"
    case termination, safety

    /// Global items make the facilitative mean; the others the adherence mean.
    public var isFacilitative: Bool { self == .global }
}

/// A rubric item rated 1–5 (1 absent or harmful, 3 adequate, 5 excellent), or n/a.
public struct RubricItem: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var domain: RubricDomain
    /// What a trainee should have done.
    public var description: String
    /// An example utterance that does it.
    public var example: String
    /// Evidence levels; the highest rating whose evidence is present is awarded, else 1.
    public var levels: [RubricLevel]?
    /// A built-in global measure computed from the whole transcript instead of levels.
    public var measure: GlobalMeasure?
    /// The item is n/a unless this holds at the end of the session.
    public var applicableWhen: Condition?
}

/// Built-in facilitative measures computed from the whole transcript.
public enum GlobalMeasure: String, Sendable, Codable, Hashable, CaseIterable {
    case warmth, collaboration, pacing, balance, hope
}

public struct RubricLevel: Sendable, Codable, Equatable {
    public var rating: Int
    public var evidence: Evidence
}

/// What the transcript must show for a rubric level. All fields present must hold.
public struct Evidence: Sendable, Codable, Equatable {
    /// Every one of these techniques was used.
    public var techniques: [String]?
    /// At least one of these techniques was used.
    public var anyTechniques: [String]?
    /// At least this many turns used any of `anyTechniques` (or `techniques`).
    public var minCount: Int?
    /// These facts were disclosed.
    public var facts: [String]?
    /// These rules fired.
    public var rules: [String]?
    /// The techniques were used within this window of trainee turns.
    public var turns: Window?
    /// The techniques were used within this window of clock minutes.
    public var minutes: Window?
    /// These techniques first appeared in this order.
    public var order: [String]?
}

/// A moment the trainee should use: a cue, a window, and what takes it.
public struct Opportunity: Sendable, Codable, Equatable {
    public var id: String
    public var description: String
    public var cue: Cue
    /// Trainee turns after the cue in which taking it counts.
    public var window: Int
    public var techniques: [String]
    public var example: String
}

/// What opens an opportunity. Exactly one field.
public struct Cue: Sendable, Codable, Equatable {
    public var rule: String?
    public var fact: String?
    public var riskCue: Bool?
}

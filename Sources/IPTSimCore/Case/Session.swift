public enum Phase: String, Sendable, Codable, Hashable, CaseIterable {
    case initial, middle, termination
}

/// One therapy session of a case: its setting, rules, fallbacks, rubric and opportunities.
public struct Session: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var phase: Phase
    /// The session's number in the course of treatment (1 for the first).
    public var number: Int
    /// The planned number of sessions in the contract, if one is in force.
    public var plannedSessions: Int?
    /// Planned length in minutes of simulated time.
    public var minutes: Int
    /// What the trainee should achieve, shown in the briefing.
    public var goal: String
    /// The referral note or what happened since last time, shown in the briefing.
    public var briefing: String
    /// The patient's first words.
    public var opening: String
    public var openingNonverbal: String?
    /// Variable values that differ from the case's initial values in this session.
    public var state: [String: Int]?
    /// Facts already disclosed before this session starts.
    public var facts: [String]?
    /// PHQ-9 item values (0–3, items 1–9) as the patient would answer today.
    public var phq9: [Int]
    public var rules: [Rule]
    public var fallbacks: [Fallback]
    public var rubric: [RubricItem]
    public var opportunities: [Opportunity]?

    public var phq9Total: Int { phq9.reduce(0, +) }
}

/// A rule's rank class; a higher tier always wins over a lower one.
public enum Tier: String, Sendable, Codable, Hashable, CaseIterable {
    /// Eligible only on the turn after a rule that names it in `followUps`.
    case followUp = "follow-up"
    case urgent, specific, general

    /// Larger is stronger.
    public var rank: Int {
        switch self {
        case .followUp: 4
        case .urgent: 3
        case .specific: 2
        case .general: 1
        }
    }
}

/// How a reply variant is chosen each time a rule fires.
public enum Selection: String, Sendable, Codable, Hashable, CaseIterable {
    /// The first variant whose condition holds.
    case first
    /// One after another, staying on the last.
    case sequence
    /// One after another, starting again after the last.
    case cycle
    /// The eligible variant shown least recently (ties by order).
    case leastRecent = "least-recent"
    /// A seeded random choice.
    case shuffle
}

/// A storylet: when its conditions hold and it wins selection, the patient says one of its variants.
public struct Rule: Sendable, Codable, Equatable {
    public var id: String
    public var tier: Tier
    public var when: Condition?
    /// `once`, `always`, `cooldown N` (not again for N turns) or `max N` (at most N times).
    public var `repeat`: RepeatPolicy?
    public var selection: Selection?
    public var variants: [Variant]
    public var effects: [Effect]?
    public var followUps: [String]?
    public var examples: Examples?
    /// The reply voices a suicide-risk cue (hopelessness, wish to die, reunion) that a trainee must follow up.
    public var riskCue: Bool?
    public var note: String?

    public var repeatPolicy: RepeatPolicy { self.repeat ?? .once }
}

/// A pool entry used when no rule qualifies. Levels escalate with consecutive misses.
public struct Fallback: Sendable, Codable, Equatable {
    public var id: String
    /// Chosen when the number of consecutive misses before this one is at least `level`.
    public var level: Int
    public var when: Condition?
    public var selection: Selection?
    public var variants: [Variant]
    public var effects: [Effect]?
}

public struct Variant: Sendable, Codable, Equatable {
    public var id: String
    public var text: String
    /// A nonverbal cue shown in a muted style, e.g. "looks at the floor".
    public var nonverbal: String?
    public var when: Condition?
    /// Only in this conversational style.
    public var style: ConversationalStyle?
}

/// A state change; exactly one of `fact`, `clearFact` or `var` (with `add` or `set`).
public struct Effect: Sendable, Codable, Equatable {
    public var fact: String?
    public var clearFact: String?
    public var `var`: String?
    public var add: Int?
    public var set: Int?
}

/// Inputs that must and must not trigger a rule; they are tests too.
public struct Examples: Sendable, Codable, Equatable {
    public var match: [String]?
    public var noMatch: [String]?
}

/// How often a rule may fire.
public enum RepeatPolicy: Sendable, Hashable, Codable, CustomStringConvertible {
    case once
    case always
    case cooldown(Int)
    case max(Int)

    public init?(parsing text: String) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        switch (parts.first, parts.count) {
        case ("once", 1): self = .once
        case ("always", 1): self = .always
        case ("cooldown", 2): guard let n = Int(parts[1]), n > 0 else { return nil }; self = .cooldown(n)
        case ("max", 2): guard let n = Int(parts[1]), n > 0 else { return nil }; self = .max(n)
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .once: "once"
        case .always: "always"
        case .cooldown(let n): "cooldown \(n)"
        case .max(let n): "max \(n)"
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let policy = RepeatPolicy(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "invalid repeat policy '\(text)'"))
        }
        self = policy
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    public static let pattern = "^(once|always|cooldown [1-9][0-9]*|max [1-9][0-9]*)$"
}

/// Everything that changes during a session. Codable so that a session can be journaled and
/// resumed exactly (same state, same random stream).
public struct SessionState: Sendable, Codable, Equatable {
    public struct RuleUse: Sendable, Codable, Equatable {
        public var count: Int
        public var lastTurn: Int
    }

    public var caseID: String
    public var sessionID: String
    public var seed: UInt64
    public var rng: SeededRandom
    public var style: ConversationalStyle
    /// Trainee turns taken so far (the next turn is `turn + 1`).
    public var turn: Int
    /// Simulated seconds since the session began.
    public var clockSeconds: Int
    public var vars: [String: Int]
    /// Facts set, kept sorted.
    public private(set) var facts: [String]
    public var ruleUses: [String: RuleUse]
    /// Per rule, per variant: the turn it was last shown.
    public var variantShown: [String: [String: Int]]
    public var pendingFollowUps: [String]
    public var consecutiveMisses: Int
    /// People mentioned most recently, most recent first.
    public var recentPeople: [String]
    /// Built-in answers used so far, by kind (to move through a case's list of wordings).
    public var builtinUses: [String: Int]
    /// Safety facts the patient has disclosed through built-in answers (e.g. `risk.passive`).
    public var disclosures: [String]
    public var phq9Given: Bool

    public var clockMinutes: Int { clockSeconds / 60 }

    public func has(_ fact: String) -> Bool { facts.contains(fact) }

    @discardableResult
    public mutating func set(_ fact: String) -> Bool {
        guard !facts.contains(fact) else { return false }
        let i = facts.firstIndex { $0 > fact } ?? facts.endIndex
        facts.insert(fact, at: i)
        return true
    }

    @discardableResult
    public mutating func clear(_ fact: String) -> Bool {
        guard let i = facts.firstIndex(of: fact) else { return false }
        facts.remove(at: i)
        return true
    }

    public func value(_ variable: String) -> Int { vars[variable] ?? 0 }

    public func uses(of rule: String) -> Int { ruleUses[rule]?.count ?? 0 }
}

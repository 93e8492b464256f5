/// The patient's reply to one intervention, with everything needed to explain it.
public struct PatientTurn: Sendable, Codable, Equatable {
    public enum Source: String, Sendable, Codable, Hashable {
        case opening, rule, fallback, builtin
    }

    public var text: String
    public var nonverbal: String?
    public var source: Source
    /// The rule, fallback or built-in id (`builtin.risk.screen`, `builtin.phq9.item9`).
    public var ruleID: String
    public var variantID: String?
    public var tier: String?
    /// The reply voices a risk cue.
    public var riskCue: Bool
    /// Facts newly set by this turn (author facts and built-in disclosures).
    public var factsSet: [String]
    public var changes: [VariableChange]
    /// Simulated seconds since the session began, after this exchange.
    public var clockSeconds: Int
    public var explanation: Explanation?

    public init(text: String, nonverbal: String? = nil, source: Source, ruleID: String, variantID: String? = nil,
                tier: String? = nil, riskCue: Bool = false, factsSet: [String] = [], changes: [VariableChange] = [],
                clockSeconds: Int = 0, explanation: Explanation? = nil) {
        self.text = text
        self.nonverbal = nonverbal
        self.source = source
        self.ruleID = ruleID
        self.variantID = variantID
        self.tier = tier
        self.riskCue = riskCue
        self.factsSet = factsSet
        self.changes = changes
        self.clockSeconds = clockSeconds
        self.explanation = explanation
    }
}

public struct VariableChange: Sendable, Codable, Equatable {
    public var name: String
    public var from: Int
    public var to: Int
}

/// Why a rule won: the sort keys of the winner and runners-up, and near misses with the first
/// condition that failed.
public struct Explanation: Sendable, Codable, Equatable {
    public struct Candidate: Sendable, Codable, Equatable {
        public var id: String
        public var tier: String
        public var specificity: Int
        public var quality: Double
        /// Last turn it fired, or -1 if never.
        public var lastUsed: Int
        public var followUp: Bool
    }

    public struct NearMiss: Sendable, Codable, Equatable {
        public var id: String
        public var reason: String
    }

    public var candidates: [Candidate]
    public var nearMisses: [NearMiss]
    public var note: String?

    /// One line per step of the documented order, for `/why`.
    public var lines: [String] {
        var out: [String] = []
        if let note { out.append(note) }
        for (i, c) in candidates.prefix(5).enumerated() {
            let used = c.lastUsed < 0 ? "never used" : "last used turn \(c.lastUsed)"
            out.append("\(i == 0 ? "won" : "lost"): \(c.id) (\(c.followUp ? "pending follow-up, " : "")tier \(c.tier), specificity \(c.specificity), match \(Double((c.quality * 100).rounded()) / 100), \(used))")
        }
        for miss in nearMisses.prefix(5) {
            out.append("not eligible: \(miss.id): \(miss.reason)")
        }
        return out
    }
}

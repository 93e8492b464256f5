import IPTSimCore

/// Item statistics across candidates: how often each rubric item is rated adequate (≥ 3), which
/// items and safety gates are missed most, and means by problem area and by candidate. Pure.
public struct ResultStatistics: Sendable {
    public struct Item: Sendable, Equatable {
        public var id: String
        public var title: String
        public var domain: String
        /// Sessions in which the item was rated (n/a excluded).
        public var rated: Int
        /// Share of those rated ≥ 3.
        public var adequateShare: Double
        public var mean: Double
        /// Distinct candidates rated on it.
        public var candidates: Int
    }

    public struct Group: Sendable, Equatable {
        public var name: String
        public var sessions: Int
        /// Mean of all rated items.
        public var mean: Double?
        public var passedShare: Double
    }

    public var sessions: Int
    public var candidates: Int
    public var items: [Item]
    /// Safety gate id → (sessions missing it, critical?).
    public var safetyMisses: [(id: String, count: Int, critical: Bool)]
    public var byProblemArea: [Group]
    public var byCandidate: [Group]

    /// Items with the lowest adequate share first (ties: most rated first, then id).
    public var mostMissed: [Item] {
        items.filter { $0.adequateShare < 1 }.sorted {
            ($0.adequateShare, -$0.rated, $0.id) < ($1.adequateShare, -$1.rated, $1.id)
        }
    }

    public init(_ scored: [ScoredSession]) {
        sessions = scored.count
        candidates = Set(scored.map(\.candidate)).count
        var ratings: [String: (title: String, domain: String, values: [Int], who: Set<String>)] = [:]
        var order: [String] = []
        var gates: [String: (count: Int, critical: Bool)] = [:]
        for s in scored {
            for item in s.score.items {
                if ratings[item.id] == nil { order.append(item.id); ratings[item.id] = (item.title, item.domain, [], []) }
                if let r = item.rating {
                    ratings[item.id]!.values.append(r)
                    ratings[item.id]!.who.insert(s.candidate)
                }
            }
            for id in Set(s.score.criticalSafetyMisses) { gates[id, default: (0, true)].count += 1 }
            for id in Set(s.score.majorSafetyMisses) { gates[id, default: (0, false)].count += 1 }
        }
        items = order.compactMap { id in
            let r = ratings[id]!
            guard !r.values.isEmpty else { return nil }
            let n = Double(r.values.count)
            return Item(id: id, title: r.title, domain: r.domain, rated: r.values.count,
                        adequateShare: Double(r.values.filter { $0 >= 3 }.count) / n,
                        mean: Double(r.values.reduce(0, +)) / n, candidates: r.who.count)
        }
        safetyMisses = gates.map { (id: $0.key, count: $0.value.count, critical: $0.value.critical) }
            .sorted { ($1.count, $0.id) < ($0.count, $1.id) }
        byProblemArea = Self.groups(scored, by: { $0.problemArea.rawValue })
        byCandidate = Self.groups(scored, by: { $0.candidate })
    }

    static func groups(_ scored: [ScoredSession], by key: (ScoredSession) -> String) -> [Group] {
        Dictionary(grouping: scored, by: key).map { name, list in
            let values = list.flatMap(\.score.ratings)
            return Group(name: name, sessions: list.count,
                         mean: values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count),
                         passedShare: Double(list.filter(\.score.passed).count) / Double(list.count))
        }.sorted { $0.name < $1.name }
    }
}

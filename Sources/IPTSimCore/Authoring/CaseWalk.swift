/// Enumerates every condition, effect and evidence in a case with its document path, so that lint
/// rules and the unlock graph see the same references.
public struct CaseWalk: Sendable {
    public typealias Path = [JSONNode.PathComponent]

    public struct ConditionSite: Sendable {
        public var session: Int
        /// The rule or fallback it belongs to (nil for rubric items).
        public var owner: String?
        public var condition: Condition
        public var path: Path
    }

    public struct EffectSite: Sendable {
        public var session: Int
        public var owner: String
        public var effect: Effect
        public var path: Path
    }

    public private(set) var conditions: [ConditionSite] = []
    public private(set) var effects: [EffectSite] = []

    public init(_ c: Case) {
        for (si, s) in c.sessions.enumerated() {
            for (ri, r) in s.rules.enumerated() {
                let rp = LintContext.rulePath(si, ri)
                add(r.when, si, r.id, rp + [.key("when")])
                for (vi, v) in r.variants.enumerated() { add(v.when, si, r.id, rp + [.key("variants"), .index(vi), .key("when")]) }
                for (ei, e) in (r.effects ?? []).enumerated() { effects.append(.init(session: si, owner: r.id, effect: e, path: rp + [.key("effects"), .index(ei)])) }
            }
            for (fi, f) in s.fallbacks.enumerated() {
                let fp = LintContext.fallbackPath(si, fi)
                add(f.when, si, f.id, fp + [.key("when")])
                for (vi, v) in f.variants.enumerated() { add(v.when, si, f.id, fp + [.key("variants"), .index(vi), .key("when")]) }
                for (ei, e) in (f.effects ?? []).enumerated() { effects.append(.init(session: si, owner: f.id, effect: e, path: fp + [.key("effects"), .index(ei)])) }
            }
            for (ii, item) in s.rubric.enumerated() {
                add(item.applicableWhen, si, nil, LintContext.sessionPath(si) + [.key("rubric"), .index(ii), .key("applicableWhen")])
            }
        }
    }

    private mutating func add(_ cond: Condition?, _ si: Int, _ owner: String?, _ path: Path) {
        guard let cond else { return }
        conditions.append(.init(session: si, owner: owner, condition: cond, path: path))
        for (i, sub) in (cond.all ?? []).enumerated() { add(sub, si, owner, path + [.key("all"), .index(i)]) }
        for (i, sub) in (cond.any ?? []).enumerated() { add(sub, si, owner, path + [.key("any"), .index(i)]) }
        if let not = cond.not { add(not.value, si, owner, path + [.key("not")]) }
    }

    /// Facts read anywhere: conditions, rubric evidence and opportunity cues.
    public static func factsRead(_ c: Case, _ walk: CaseWalk) -> Set<String> {
        var read = Set(walk.conditions.flatMap { ($0.condition.facts ?? []) + ($0.condition.notFacts ?? []) })
        for s in c.sessions {
            for item in s.rubric { for l in item.levels ?? [] { read.formUnion(l.evidence.facts ?? []) } }
            for o in s.opportunities ?? [] { if let f = o.cue.fact { read.insert(f) } }
        }
        return read
    }

    /// Facts set anywhere: effects and session starting facts.
    public static func factsSet(_ c: Case, _ walk: CaseWalk) -> Set<String> {
        Set(walk.effects.compactMap(\.effect.fact)).union(c.sessions.flatMap { $0.facts ?? [] })
    }
}

/// A session prepared for fast turns: text patterns compiled once, rules indexed by technique.
struct CompiledSession: Sendable {
    let rules: [Rule]
    let ruleIndex: [String: Int]
    /// Rules whose top-level condition requires one of these techniques, by technique.
    let byTechnique: [String: [Int]]
    /// Rules with no top-level technique requirement (checked every turn).
    let unindexed: [Int]
    let patterns: [String: TextPattern]
    let concepts: [String: [[String]]]

    init(case c: Case, session: Session) {
        rules = session.rules
        var index: [String: Int] = [:]
        var byTechnique: [String: [Int]] = [:]
        var unindexed: [Int] = []
        for (i, r) in session.rules.enumerated() {
            index[r.id] = i
            if let ts = r.when?.techniques, !ts.isEmpty {
                for t in Set(ts) { byTechnique[t, default: []].append(i) }
            } else {
                unindexed.append(i)
            }
        }
        ruleIndex = index
        self.byTechnique = byTechnique
        self.unindexed = unindexed
        var patterns: [String: TextPattern] = [:]
        func collect(_ cond: Condition?) {
            guard let cond else { return }
            if let t = cond.text, patterns[t] == nil { patterns[t] = try? TextPattern(t) }
            cond.all?.forEach(collect)
            cond.any?.forEach(collect)
            collect(cond.not?.value)
        }
        for r in session.rules {
            collect(r.when)
            r.variants.forEach { collect($0.when) }
        }
        for f in session.fallbacks {
            collect(f.when)
            f.variants.forEach { collect($0.when) }
        }
        self.patterns = patterns
        var concepts: [String: [[String]]] = [:]
        for name in BuiltinConcepts.names { concepts[name] = BuiltinConcepts.phrases(name) }
        for k in c.concepts ?? [] { concepts[k.id] = k.phrases.map { Normalizer.tokens($0) } }
        self.concepts = concepts
    }

    /// Indices of rules worth evaluating for these techniques, in rule order.
    func candidates(for techniques: [String]) -> [Int] {
        var set = Set(unindexed)
        for t in techniques { set.formUnion(byTechnique[t] ?? []) }
        return set.sorted()
    }
}

/// A session prepared for fast turns: text patterns compiled once, rules indexed by what an
/// utterance must carry for them to be able to hold (a technique, or a person mentioned).
struct CompiledSession: Sendable {
    /// Something an utterance carries that a rule can require.
    enum Key: Hashable, Sendable {
        case technique(String)
        case person(String)
    }

    let rules: [Rule]
    let ruleIndex: [String: Int]
    /// Rules that can hold only when the utterance carries one of their keys, by key.
    let byKey: [Key: [Int]]
    /// Rules with no key requirement (checked every turn). Follow-ups are in neither list: they
    /// are eligible only when pending, and pending rules are looked up by id.
    let unindexed: [Int]
    let patterns: [String: TextPattern]
    let concepts: [String: [[String]]]
    /// Per rule: the most tests its condition can satisfy, an upper bound on the specificity
    /// `evaluate` can give it (`maxSpecificity(_:)`).
    let maxSpecificity: [Int]
    /// Per rule: its tier's rank.
    let tierRank: [Int]
    /// Per rule: bit k is set when its condition asks for `Builtins.safetyTechniques[k]` (at top
    /// level or inside `all` and `any`, as `PatientEngine.techniques(of:)`).
    let safetyMask: [UInt64]

    init(case c: Case, session: Session) {
        rules = session.rules
        var index: [String: Int] = [:]
        var byKey: [Key: [Int]] = [:]
        var unindexed: [Int] = []
        for (i, r) in session.rules.enumerated() {
            index[r.id] = i
            if r.tier == .followUp { continue }
            if let keys = Self.requiredKeys(r.when) {
                for k in keys { byKey[k, default: []].append(i) }
            } else {
                unindexed.append(i)
            }
        }
        ruleIndex = index
        tierRank = session.rules.map(\.tier.rank)
        maxSpecificity = session.rules.map { Self.maxSpecificity($0.when) }
        safetyMask = session.rules.map { Self.safetyMask($0.when) }
        self.byKey = byKey
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
        let concepts = Self.concepts(c)
        self.concepts = concepts
        conceptIndex = IndexedConcepts(table: concepts.mapValues(PhraseIndex.init))
    }

    /// The phrases of every concept a session's patterns can name: built-in sets, then the case's.
    static func concepts(_ c: Case) -> [String: [[String]]] {
        var concepts: [String: [[String]]] = [:]
        for name in BuiltinConcepts.names { concepts[name] = BuiltinConcepts.phrases(name) }
        for k in c.concepts ?? [] { concepts[k.id] = k.phrases.map { Normalizer.tokens($0) } }
        return concepts
    }

    /// `concepts` indexed by first word, for `TextPattern.match`.
    let conceptIndex: IndexedConcepts

    /// Keys of which an utterance must carry at least one for `cond` to hold; nil when there is
    /// no such set (the rule is then checked every turn). Sound by construction of `evaluate`:
    /// `techniques` and `people` need a match, every member of `all` must hold, and `any` holds
    /// only through one of its members.
    static func requiredKeys(_ cond: Condition?) -> Set<Key>? {
        guard let cond else { return nil }
        if let ts = cond.techniques, !ts.isEmpty { return Set(ts.map(Key.technique)) }
        if let ps = cond.people, !ps.isEmpty { return Set(ps.map(Key.person)) }
        for sub in cond.all ?? [] {
            if let keys = requiredKeys(sub) { return keys }
        }
        if let any = cond.any, !any.isEmpty {
            var union = Set<Key>()
            for sub in any {
                guard let keys = requiredKeys(sub) else { return nil }
                union.formUnion(keys)
            }
            return union
        }
        return nil
    }

    /// The specificity `evaluate` gives `cond` when every test in it holds and each `any` holds
    /// through its most specific member: no evaluation of `cond` can be more specific. Mirrors
    /// `evaluate` test by test.
    static func maxSpecificity(_ cond: Condition?) -> Int {
        guard let cond else { return 0 }
        var n = 0
        if cond.techniques != nil { n += 1 }
        if cond.forms != nil { n += 1 }
        if cond.people != nil { n += 1 }
        if cond.concepts != nil { n += 1 }
        if cond.text != nil { n += 1 }
        n += cond.vars?.count ?? 0
        n += cond.facts?.count ?? 0
        n += cond.notFacts?.count ?? 0
        if cond.turn != nil { n += 1 }
        if cond.clock != nil { n += 1 }
        n += cond.fired?.count ?? 0
        n += cond.notFired?.count ?? 0
        if cond.styles != nil { n += 1 }
        for sub in cond.all ?? [] { n += maxSpecificity(sub) }
        if let any = cond.any { n += any.map(maxSpecificity).max() ?? 0 }
        if cond.not != nil { n += 1 }
        return n
    }

    static func safetyMask(_ cond: Condition?) -> UInt64 {
        guard let cond else { return 0 }
        var mask: UInt64 = 0
        for t in cond.techniques ?? [] {
            if let k = Builtins.safetyTechniques.firstIndex(of: t), k < 64 { mask |= 1 << UInt64(k) }
        }
        for sub in cond.all ?? [] { mask |= safetyMask(sub) }
        for sub in cond.any ?? [] { mask |= safetyMask(sub) }
        return mask
    }

    /// Indices of rules worth evaluating for this utterance (and the pending follow-ups), in rule
    /// order, each once: marked in a bit set over the rules, then read off in order (no sort).
    func candidates(for iv: Intervention, pending: [String] = []) -> [Int] {
        var bits = [UInt64](repeating: 0, count: (rules.count + 63) >> 6)
        var count = 0
        bits.withUnsafeMutableBufferPointer { bits in
            func mark(_ list: [Int]) {
                for i in list {
                    let bit = UInt64(1) << UInt64(i & 63)
                    if bits[i >> 6] & bit == 0 { bits[i >> 6] |= bit; count += 1 }
                }
            }
            mark(unindexed)
            for t in iv.techniques { if let l = byKey[.technique(t)] { mark(l) } }
            for p in iv.people { if let l = byKey[.person(p)] { mark(l) } }
            for id in pending { if let i = ruleIndex[id] { mark([i]) } }
        }
        var out: [Int] = []
        out.reserveCapacity(count)
        for (w, word) in bits.enumerated() where word != 0 {
            var x = word
            while x != 0 {
                out.append(w << 6 | x.trailingZeroBitCount)
                x &= x - 1
            }
        }
        return out
    }
}

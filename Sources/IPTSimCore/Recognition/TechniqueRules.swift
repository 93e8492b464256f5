/// One pattern that, when it matches a clause, is evidence for a technique.
final class TechniqueRule: Sendable {
    enum Scope: Sendable { case any, question, statement }

    let technique: String
    let weight: Double
    let scope: Scope
    let pattern: TextPattern
    /// Order in the table; earlier rules win ties.
    let order: Int
    /// `technique == "directive"` and `"exploration"`, worked out once (the recognizer asks for every candidate).
    let isDirective: Bool
    let isExploration: Bool

    init(technique: String, weight: Double, scope: Scope, pattern: TextPattern, order: Int) {
        self.technique = technique
        self.weight = weight
        self.scope = scope
        self.pattern = pattern
        self.order = order
        self.isDirective = technique == "directive"
        self.isExploration = technique == "exploration"
    }

    /// Each inner list: one of these tokens must occur (from the pattern's mandatory elements).
    /// Worked out when the index is built and not kept: with the concept sets expanded it was the
    /// largest thing a rule held (about 1 MB over the tables).
    var requiredGroups: [[String]] { Self.requiredGroups(pattern.elements) }

    static func requiredGroups(_ elements: [TextPattern.Element]) -> [[String]] {
        elements.compactMap { RuleIndex.firstTokens($0, starts: { RuleIndex.builtinStarts[$0] ?? nil }).map { Array($0) } }
    }
}

/// The compiled rule table, indexed by trigger word so that only rules whose trigger occurs in a
/// clause are tried.
struct RuleIndex: Sendable {
    var rules: [TechniqueRule]
    /// The concepts the first-word triggers of `candidates` are worked out with.
    let concepts: [String: [[String]]]

    /// A table entry: technique, base weight, scope ("" any, "q" questions, "s" statements), patterns.
    typealias Entry = (technique: String, weight: Double, scope: String, patterns: [String])

    init(_ entries: [Entry], concepts: [String: [[String]]]) {
        var rules: [TechniqueRule] = []
        var builder = Builder(concepts: concepts)
        for e in entries {
            let scope: TechniqueRule.Scope = e.scope == "q" ? .question : e.scope == "s" ? .statement : .any
            for source in e.patterns {
                // Built-in tables are checked by tests; a bad pattern is skipped, never crashes.
                guard let (p, els) = try? TextPattern.compile(source) else { continue }
                rules.append(TechniqueRule(technique: e.technique, weight: e.weight, scope: scope, pattern: p, order: rules.count))
                // The elements are used here and dropped (the pattern keeps only its program).
                builder.add(els, anchoredStart: p.anchoredStart)
            }
        }
        self.init(rules: rules, builder)
    }

    // Required token groups, for `viable`. Every token that occurs in some group has a vocabulary
    // id; a group is a run of ids, a rule a run of group ids (flat arrays, no object per rule).
    // Equal groups (the same concept's first words in many rules) are stored once.
    /// Token -> vocabulary id.
    var vocabulary: [String: Int32]
    /// Group `g`'s token ids: `groupMembers[groupStart[g]..<groupStart[g + 1]]`.
    var groupStart: [Int32]
    var groupMembers: [Int32]
    /// Rule `r`'s groups: `ruleGroupList[ruleGroupStart[r]..<ruleGroupStart[r + 1]]`.
    var ruleGroupStart: [Int32]
    var ruleGroupList: [Int32]
    /// The stricter test `viableInOrder` puts viable rules to (`StrictIndex`).
    var strict: StrictIndex
    /// Each grouped rule is listed under the ids of one group only, its trigger: the group whose
    /// tokens occur in the fewest rules' groups (a rarer word). Vocabulary id `v`'s rules:
    /// `triggerRules[triggerStart[v]..<triggerStart[v + 1]]`, ascending.
    var triggerStart: [Int32]
    var triggerRules: [Int32]
    var groupCount: Int
    /// Rules without required groups (viable whatever the tokens), ascending.
    var ungrouped: [Int]

    /// Collects triggers and required groups rule by rule.
    struct Builder {
        let concepts: [String: [[String]]]
        var groupIDs: [[Int32]: Int32] = [:]
        var groupStart: [Int32] = [0]
        var groupMembers: [Int32] = []
        var ruleGroupStart: [Int32] = [0]
        var ruleGroupList: [Int32] = []
        var strict = StrictIndex.Builder()
        var ungrouped: [Int] = []
        var count = 0

        init(concepts: [String: [[String]]]) { self.concepts = concepts }

        mutating func add(_ els: [TextPattern.Element], anchoredStart: Bool) {
            let i = count
            count += 1
            // The required groups come with the strict index's keys (their first words, the same
            // ids): each element's tokens are looked up once.
            let groups = strict.add(els, anchoredStart: anchoredStart)
            for ids in groups {
                let g: Int32
                if let known = groupIDs[ids] { g = known } else {
                    g = Int32(groupStart.count - 1)
                    groupIDs[ids] = g
                    groupMembers += ids
                    groupStart.append(Int32(groupMembers.count))
                }
                ruleGroupList.append(g)
            }
            ruleGroupStart.append(Int32(ruleGroupList.count))
            if groups.isEmpty { ungrouped.append(i) }
        }
    }

    init(rules: [TechniqueRule], concepts: [String: [[String]]]) {
        var builder = Builder(concepts: concepts)
        for r in rules { builder.add(r.pattern.elements, anchoredStart: r.pattern.anchoredStart) }
        self.init(rules: rules, builder)
    }

    private init(rules: [TechniqueRule], _ b: Builder) {
        self.rules = rules
        self.concepts = b.concepts
        let groupStart = b.groupStart, groupMembers = b.groupMembers, ruleGroupStart = b.ruleGroupStart, ruleGroupList = b.ruleGroupList
        // (The vocabulary is the strict index's: its words, pairs and prefixes share one id space;
        // only words are in these groups.)
        let vocabularyCount = Int(b.strict.idCount)
        // How many rules' groups each token is in: the cost of a group as a trigger is its tokens' total.
        var occurrences = [Int32](repeating: 0, count: vocabularyCount)
        for g in ruleGroupList {
            for m in Int(groupStart[Int(g)])..<Int(groupStart[Int(g) + 1]) { occurrences[Int(groupMembers[m])] += 1 }
        }
        var triggerOf = [Int32](repeating: -1, count: rules.count)
        var perToken = [Int32](repeating: 0, count: vocabularyCount + 1)
        for r in 0..<rules.count {
            var best: Int32 = -1
            var bestCost = Int.max
            for k in Int(ruleGroupStart[r])..<Int(ruleGroupStart[r + 1]) {
                let g = Int(ruleGroupList[k])
                var cost = 0
                for m in Int(groupStart[g])..<Int(groupStart[g + 1]) { cost += Int(occurrences[Int(groupMembers[m])]) }
                if cost < bestCost { bestCost = cost; best = Int32(g) }
            }
            triggerOf[r] = best
            if best >= 0 {
                for m in Int(groupStart[Int(best)])..<Int(groupStart[Int(best) + 1]) { perToken[Int(groupMembers[m]) + 1] += 1 }
            }
        }
        for v in 0..<vocabularyCount { perToken[v + 1] += perToken[v] }
        var fill = perToken
        var triggerRules = [Int32](repeating: 0, count: Int(perToken.last ?? 0))
        for r in 0..<rules.count where triggerOf[r] >= 0 {
            let g = Int(triggerOf[r])
            for m in Int(groupStart[g])..<Int(groupStart[g + 1]) {
                let v = Int(groupMembers[m])
                triggerRules[Int(fill[v])] = Int32(r)
                fill[v] += 1
            }
        }
        self.vocabulary = b.strict.words
        self.groupStart = groupStart
        self.groupMembers = groupMembers
        self.ruleGroupStart = ruleGroupStart
        self.ruleGroupList = ruleGroupList
        self.strict = StrictIndex(b.strict)
        self.triggerStart = perToken
        self.triggerRules = triggerRules
        self.groupCount = groupStart.count - 1
        self.ungrouped = b.ungrouped
    }

    /// `viable(tokens).count`, and those viable rules that also pass `strict` (ascending): a rule
    /// left out cannot match `tokens`.
    /// With `counting` false the first number is the count of the rules returned, and `viable` is
    /// not worked out at all (`strict` finds its rules through its own triggers).
    func viableInOrder(_ tokens: [String], counting: Bool = true) -> (viable: Int, rules: [Int]) {
        if !counting, let rules = strict.candidates(tokens) { return (rules.count, rules) }
        let all = viable(tokens)
        return (all.count, strict.filter(all, tokens))
    }

    /// Indices of the rules whose every required token group is satisfied by `tokens`, ascending.
    /// One dictionary lookup per token; no string hashing per rule.
    func viable(_ tokens: [String]) -> [Int] {
        // Only the rules listed under a token of the clause (their trigger group is satisfied) are
        // looked at, each once; their other groups are checked against the clause's tokens, each
        // group at most once per clause. The work grows with the rules a clause's rarer words
        // trigger, not with the table. An empty table (a case without a lexicon): nothing to look up.
        if groupCount == 0 { return ungrouped }
        var out = ungrouped
        let vocabularyCount = triggerStart.count - 1
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, tokens.count)) { ids in
            var found = 0
            for t in tokens {
                if let v = vocabulary[t] { ids[found] = v; found += 1 }
            }
            guard found > 0 else { return }
            // Which vocabulary ids occur, which rules were already looked at, and per group
            // 0 (not yet checked), 1 (satisfied) or 2 (not).
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (vocabularyCount + 63) >> 6) { present in
                present.initialize(repeating: 0)
                for k in 0..<found { present[Int(ids[k]) >> 6] |= UInt64(1) << UInt64(ids[k] & 63) }
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (rules.count + 63) >> 6) { seen in
                    seen.initialize(repeating: 0)
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: groupCount) { state in
                        state.initialize(repeating: 0)
                        triggerStart.withUnsafeBufferPointer { triggerStart in
                            triggerRules.withUnsafeBufferPointer { triggerRules in
                                ruleGroupStart.withUnsafeBufferPointer { ruleGroupStart in
                                    ruleGroupList.withUnsafeBufferPointer { ruleGroupList in
                                        groupStart.withUnsafeBufferPointer { groupStart in
                                            groupMembers.withUnsafeBufferPointer { groupMembers in
                                                for k in 0..<found {
                                                    let v = Int(ids[k])
                                                    for slot in Int(triggerStart[v])..<Int(triggerStart[v + 1]) {
                                                        let r = Int(triggerRules[slot])
                                                        let bit = UInt64(1) << UInt64(r & 63)
                                                        if seen[r >> 6] & bit != 0 { continue }
                                                        seen[r >> 6] |= bit
                                                        var all = true
                                                        for q in Int(ruleGroupStart[r])..<Int(ruleGroupStart[r + 1]) {
                                                            let g = Int(ruleGroupList[q])
                                                            if state[g] == 0 {
                                                                state[g] = 2
                                                                for m in Int(groupStart[g])..<Int(groupStart[g + 1]) {
                                                                    let w = Int(groupMembers[m])
                                                                    if present[w >> 6] & (UInt64(1) << UInt64(w & 63)) != 0 { state[g] = 1; break }
                                                                }
                                                            }
                                                            if state[g] == 2 { all = false; break }
                                                        }
                                                        if all { out.append(r) }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Ascending, as a scan of the table would give them.
        if out.count > ungrouped.count { out.sort() }
        return out
    }

    /// Tokens one of which must occur for the sequence to match, or nil if none can be named.
    static func triggers(_ seq: [TextPattern.Element], concepts: [String: [[String]]]) -> Set<String>? {
        triggers(seq, starts: { concepts[$0].flatMap(conceptStarts) })
    }

    static func triggers(_ seq: [TextPattern.Element], starts: (String) -> Set<String>?) -> Set<String>? {
        for e in seq {
            if let f = firstTokens(e, starts: starts) { return f }
        }
        return nil
    }

    /// The possible first tokens of a mandatory element, or nil (optional, gap, prefix, unknown concept).
    static func firstTokens(_ e: TextPattern.Element, concepts: [String: [[String]]]) -> Set<String>? {
        firstTokens(e, starts: { concepts[$0].flatMap(conceptStarts) })
    }

    /// As above, with `starts(name)` giving `conceptStarts` of the concept's phrases (nil if unknown).
    static func firstTokens(_ e: TextPattern.Element, starts: (String) -> Set<String>?) -> Set<String>? {
        switch e {
        case .word(let w): return [w]
        case .prefix, .gap, .optional: return nil
        case .concept(let name):
            return starts(name)
        case .alternatives(let alts):
            var out: Set<String> = []
            for alt in alts {
                // The first element of each alternative must be enumerable and mandatory.
                guard let first = alt.first else { return nil }
                if case .word(let w) = first { out.insert(w); continue }
                guard let f = firstTokens(first, starts: starts) else { return nil }
                out.formUnion(f)
            }
            return out
        }
    }

    /// The first tokens of a concept's phrases, or nil when there are none or one starts with a prefix.
    static func conceptStarts(_ phrases: [[String]]) -> Set<String>? {
        guard !phrases.isEmpty else { return nil }
        var out: Set<String> = []
        for p in phrases {
            guard let f = p.first, !f.hasSuffix("*") else { return nil }
            out.insert(f)
        }
        return out
    }

    /// `conceptStarts` of every built-in concept, computed once.
    static let builtinStarts: [String: Set<String>?] = BuiltinConcepts.compiled.mapValues(conceptStarts)

    /// Indices of the rules worth trying on these tokens by their first trigger words (`triggers`),
    /// ascending. Worked out from the patterns on every call (the recognizer uses `viable` and
    /// `strict`; this older index is kept for checks).
    func candidates(_ tokens: [String]) -> [Int] {
        let present = Set(tokens)
        return rules.indices.filter { r in
            guard let triggers = Self.triggers(rules[r].pattern.elements, concepts: concepts) else { return true }
            return !triggers.isDisjoint(with: present)
        }
    }
}

/// The built-in rule tables, compiled once.
enum TechniqueRules {
    static let entries: [RuleIndex.Entry] = safety + frame + assessment + techniques + strategies + termination + proscribed + phrasings

    static let index = RuleIndex(entries, concepts: BuiltinConcepts.compiled)

    /// Techniques that are only a fallback: a more specific technique outranks them.
    static let generic: Set<String> = ["exploration", "direct-question", "empathic-reflection"]
}

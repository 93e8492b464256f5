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
    var requiredGroups: [[String]] {
        pattern.elements.compactMap { RuleIndex.firstTokens($0, starts: { RuleIndex.builtinStarts[$0] ?? nil }).map { Array($0) } }
    }
}

/// The compiled rule table, indexed by trigger word so that only rules whose trigger occurs in a
/// clause are tried.
struct RuleIndex: Sendable {
    var rules: [TechniqueRule]
    /// Trigger token -> rule indices (ascending).
    var byTrigger: [String: [Int]]
    /// Rules without an enumerable trigger; tried on every clause.
    var always: [Int]

    /// A table entry: technique, base weight, scope ("" any, "q" questions, "s" statements), patterns.
    typealias Entry = (technique: String, weight: Double, scope: String, patterns: [String])

    init(_ entries: [Entry], concepts: [String: [[String]]]) {
        var rules: [TechniqueRule] = []
        for e in entries {
            let scope: TechniqueRule.Scope = e.scope == "q" ? .question : e.scope == "s" ? .statement : .any
            for source in e.patterns {
                // Built-in tables are checked by tests; a bad pattern is skipped, never crashes.
                guard let p = try? TextPattern(source) else { continue }
                rules.append(TechniqueRule(technique: e.technique, weight: e.weight, scope: scope, pattern: p, order: rules.count))
            }
        }
        self.init(rules: rules, concepts: concepts)
    }

    /// For every rule, the ids of its required token groups (one token of each must occur).
    var ruleGroups: [[Int]]
    /// Token -> ids of the groups it satisfies.
    var groupsByToken: [String: [Int]]
    var groupCount: Int
    /// Group id -> the rule it belongs to; rule -> how many groups it has.
    var groupRule: [Int]
    var groupsPerRule: [Int32]
    /// Rules without required groups (viable whatever the tokens), ascending.
    var ungrouped: [Int]

    init(rules: [TechniqueRule], concepts: [String: [[String]]]) {
        self.rules = rules
        var by: [String: [Int]] = [:]
        var always: [Int] = []
        var groupsByToken: [String: [Int]] = [:]
        var ruleGroups: [[Int]] = []
        var groupCount = 0
        // A concept's first tokens are worked out once, not once per rule naming it.
        var memo: [String: Set<String>?] = [:]
        let starts: (String) -> Set<String>? = { name in
            if let known = memo[name] { return known }
            let s = concepts[name].flatMap(Self.conceptStarts)
            memo[name] = .some(s)
            return s
        }
        for (i, r) in rules.enumerated() {
            if let triggers = Self.triggers(r.pattern.elements, starts: starts) {
                for t in triggers { by[t, default: []].append(i) }
            } else {
                always.append(i)
            }
            var ids: [Int] = []
            for group in r.requiredGroups {
                // A group has no repeated token (it is made from a Set), so no Set is needed here.
                for t in group { groupsByToken[t, default: []].append(groupCount) }
                ids.append(groupCount)
                groupCount += 1
            }
            ruleGroups.append(ids)
        }
        // Each list is already ascending without repeats: rule indices are appended in order, once
        // per trigger (triggers are a Set).
        byTrigger = by
        self.always = always
        self.ruleGroups = ruleGroups
        self.groupsByToken = groupsByToken
        self.groupCount = groupCount
        var groupRule = [Int](repeating: 0, count: groupCount)
        for (i, ids) in ruleGroups.enumerated() { for g in ids { groupRule[g] = i } }
        self.groupRule = groupRule
        groupsPerRule = ruleGroups.map { Int32($0.count) }
        ungrouped = ruleGroups.indices.filter { ruleGroups[$0].isEmpty }
    }

    /// Indices of the rules whose every required token group is satisfied by `tokens`, ascending.
    /// One dictionary lookup per token; no string hashing per rule.
    func viable(_ tokens: [String]) -> [Int] {
        // Count, per rule, the groups a token satisfies (each group once); a rule is viable when
        // all of its groups are satisfied, and is noted when its last group is. No per-rule scan:
        // the work grows with the tokens' groups, not with the size of the table.
        // An empty table (a case without a lexicon): nothing to look up.
        if groupCount == 0 { return ungrouped }
        var out = ungrouped
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: groupCount) { satisfied in
            satisfied.initialize(repeating: false)
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: groupsPerRule.count) { count in
                count.initialize(repeating: 0)
                groupRule.withUnsafeBufferPointer { groupRule in
                    groupsPerRule.withUnsafeBufferPointer { groupsPerRule in
                        for t in tokens {
                            guard let ids = groupsByToken[t] else { continue }
                            for g in ids where !satisfied[g] {
                                satisfied[g] = true
                                let r = groupRule[g]
                                count[r] += 1
                                if count[r] == groupsPerRule[r] { out.append(r) }
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

    /// Indices of the rules worth trying on these tokens, ascending.
    func candidates(_ tokens: [String]) -> [Int] {
        var seen = Set<Int>(always)
        for t in tokens {
            if let list = byTrigger[t] { seen.formUnion(list) }
        }
        return seen.sorted()
    }
}

/// The built-in rule tables, compiled once.
enum TechniqueRules {
    static let entries: [RuleIndex.Entry] = safety + frame + assessment + techniques + strategies + termination + proscribed + phrasings

    static let index = RuleIndex(entries, concepts: BuiltinConcepts.compiled)

    /// Techniques that are only a fallback: a more specific technique outranks them.
    static let generic: Set<String> = ["exploration", "direct-question", "empathic-reflection"]
}

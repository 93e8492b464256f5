/// One pattern that, when it matches a clause, is evidence for a technique.
struct TechniqueRule: Sendable {
    enum Scope: Sendable { case any, question, statement }

    var technique: String
    var weight: Double
    var scope: Scope
    var pattern: TextPattern
    /// Order in the table; earlier rules win ties.
    var order: Int
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

    init(rules: [TechniqueRule], concepts: [String: [[String]]]) {
        self.rules = rules
        var by: [String: [Int]] = [:]
        var always: [Int] = []
        for (i, r) in rules.enumerated() {
            if let triggers = Self.triggers(r.pattern.elements, concepts: concepts) {
                for t in triggers { by[t, default: []].append(i) }
            } else {
                always.append(i)
            }
        }
        for k in by.keys { by[k] = Array(Set(by[k]!)).sorted() }
        byTrigger = by
        self.always = always
    }

    /// Tokens one of which must occur for the sequence to match, or nil if none can be named.
    static func triggers(_ seq: [TextPattern.Element], concepts: [String: [[String]]]) -> Set<String>? {
        for e in seq {
            if let f = firstTokens(e, concepts: concepts) { return f }
        }
        return nil
    }

    /// The possible first tokens of a mandatory element, or nil (optional, gap, prefix, unknown concept).
    static func firstTokens(_ e: TextPattern.Element, concepts: [String: [[String]]]) -> Set<String>? {
        switch e {
        case .word(let w): return [w]
        case .prefix, .gap, .optional: return nil
        case .concept(let name):
            guard let phrases = concepts[name], !phrases.isEmpty else { return nil }
            var out: Set<String> = []
            for p in phrases {
                guard let f = p.first, !f.hasSuffix("*") else { return nil }
                out.insert(f)
            }
            return out
        case .alternatives(let alts):
            var out: Set<String> = []
            for alt in alts {
                // The first element of each alternative must be enumerable and mandatory.
                guard let first = alt.first, let f = firstTokens(first, concepts: concepts) else { return nil }
                out.formUnion(f)
            }
            return out
        }
    }

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
    static let entries: [RuleIndex.Entry] = safety + frame + assessment + techniques + strategies + termination + proscribed

    static let index = RuleIndex(entries, concepts: BuiltinConcepts.compiled)

    /// Techniques that are only a fallback: a more specific technique outranks them.
    static let generic: Set<String> = ["exploration", "direct-question", "empathic-reflection"]
}

/// Generators of synthetic cases for benchmarks: a real case's first session grown to N rules.
///
/// Pure and seeded: the same base, size and seed always give the same case. The generated rules
/// imitate the shipped cases' mix (measured on `Scenarios/` in November 2026): about four in five
/// rules name techniques at the top level, the rest use `any` over techniques and people, a few are
/// follow-ups; extra tests on people, concepts, variables, facts, fired rules, `not` and text
/// patterns. So a turn on a large synthetic case exercises the same paths as on a shipped one.
public enum SyntheticCase {
    /// `base` with its first session's rules extended (or cut) to exactly `rules` rules.
    /// The base's own rules come first, so the shipped transcripts for it still make sense.
    public static func make(base: Case, rules count: Int, seed: UInt64 = 42) -> Case {
        var c = base
        guard var session = c.sessions.first else { return c }
        var rng = SeededRandom(seed: seed)
        var rules = Array(session.rules.prefix(count))
        let techniques = TechniqueCatalogue.all.map(\.id)
        let people = c.people.map(\.id)
        let concepts = (c.concepts ?? []).map(\.id) + BuiltinConcepts.names
        let facts = c.facts.map(\.id)
        let variables = c.variables
        let words = ["wife", "work", "sleep", "angry", "miss", "friend", "alone", "job", "feel", "week", "remember", "talk"]
        func pick<T>(_ xs: [T]) -> T { xs[rng.index(xs.count)] }
        func chance(_ percent: Int) -> Bool { rng.index(100) < percent }

        var n = 0
        while rules.count < count {
            n += 1
            let id = "syn-\(n)"
            var when = Condition()
            var tier: Tier = chance(70) ? .specific : (chance(90) ? .general : .urgent)
            let shape = rng.index(100)
            let ts = (0..<(1 + rng.index(3))).map { _ in pick(techniques) }
            if shape < 78 {
                when.techniques = ts
            } else if shape < 95 {
                var a = Condition(); a.techniques = ts
                var b = Condition()
                if !people.isEmpty { b.people = [pick(people)] } else { b.techniques = [pick(techniques)] }
                when.any = [a, b]
            } else {
                tier = .followUp
                when.techniques = ts
            }
            if chance(12), !people.isEmpty { when.people = [pick(people)] }
            if chance(18), !concepts.isEmpty { when.concepts = [pick(concepts)] }
            if chance(8), let v = variables.first.map({ _ in pick(variables) }) {
                when.vars = [VarTest(name: v.id, gte: v.min + rng.index(max(1, v.max - v.min + 1)))]
            }
            if chance(8), !facts.isEmpty { when.facts = [pick(facts)] }
            if chance(6), !facts.isEmpty { when.notFacts = [pick(facts)] }
            if chance(15), n > 1 { when.notFired = ["syn-\(1 + rng.index(n - 1))"] }
            if chance(3), n > 1 { when.fired = ["syn-\(1 + rng.index(n - 1))"] }
            if chance(15) {
                var s = Condition(); s.techniques = [pick(Builtins.safetyTechniques)]
                when.not = Box(s)
            }
            if chance(3) { when.text = "\(pick(words)) * \(pick(words))" }
            if chance(3) { when.turn = Window(from: nil, to: 5 + rng.index(20)) }

            let variantCount = 1 + rng.index(3)
            let variants = (0..<variantCount).map { i in
                Variant(id: "v\(i)", text: "Synthetic reply \(n).\(i): I suppose \(pick(words)) has been on my mind.",
                        nonverbal: chance(30) ? "looks away" : nil, when: nil, style: nil)
            }
            var effects: [Effect] = []
            if chance(40), let v = variables.first.map({ _ in pick(variables) }) {
                effects.append(Effect(fact: nil, clearFact: nil, var: v.id, add: chance(70) ? 1 : -1, set: nil))
            }
            if chance(10), !facts.isEmpty { effects.append(Effect(fact: pick(facts), clearFact: nil, var: nil, add: nil, set: nil)) }
            let repeatPolicy: RepeatPolicy = chance(60) ? .once : (chance(50) ? .always : .cooldown(1 + rng.index(4)))
            let followUps: [String]? = chance(5) ? ["syn-\(n + 1 + rng.index(20))"] : nil
            rules.append(Rule(id: id, tier: tier, when: when, repeat: repeatPolicy, selection: chance(80) ? nil : .shuffle,
                              variants: variants, effects: effects.isEmpty ? nil : effects, followUps: followUps,
                              examples: nil, riskCue: nil, note: nil))
        }
        session.rules = rules
        c.sessions[0] = session
        c.id = "\(base.id)-synthetic-\(count)"
        return c
    }
}

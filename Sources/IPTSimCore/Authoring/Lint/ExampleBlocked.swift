/// `example-blocked`: a rule's match example is taken by a higher-ranked rule (or a built-in).
public struct ExampleBlocked: LintRule {
    public init() {}
    public let code = "example-blocked"
    public let severity = Diagnostic.Severity.warning
    public let explanation = """
        An example that triggers its rule can still be answered by another rule that ranks higher \
        under the selection order (pending follow-ups, tier, specificity, match quality, least recently \
        used, id), whenever both are eligible; a safety question is answered by the built-in risk \
        answers unless the rule itself requires that safety technique. The check compares the two \
        rules' utterance conditions on the example and their tiers and specificity, and skips pairs where the \
        other rule is not certainly eligible whenever this one is (its state tests — facts, notFacts, \
        vars, fired, notFired, turn, clock, styles — must be implied by this rule's own). Fix it by raising the tier or \
        specificity of the blocked rule, narrowing the blocking one, or by stating in the blocked rule's \
        note why the overlap is intended (`lint-ignore: example-blocked <reason>`).
        """

    public func check(_ ctx: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        for (si, s) in ctx.case.sessions.enumerated() {
            let engine = PatientEngine(case: ctx.case, session: s)
            let reach = ctx.reachability[si]
            for (ri, r) in s.rules.enumerated() {
                let rp = LintContext.rulePath(si, ri)
                for (i, ex) in (r.examples?.match ?? []).enumerated() {
                    let iv = ctx.recognize(ex, for: r)
                    let mine = engine.exampleMatch(r, iv)
                    guard mine.holds else { continue }
                    let path = rp + [.key("examples"), .key("match"), .index(i)]
                    if let safety = Builtins.safetyTechnique(in: iv), !(r.when?.techniques ?? []).contains(safety) {
                        out.append(ctx.finding(self, "example \"\(ex)\" is heard as a safety question (\(safety)), so the built-in risk answer replies instead of rule '\(r.id)'",
                                               fix: "reword the example, or require '\(safety)' in the rule if it is meant to answer it", at: path, ruleID: r.id))
                        continue
                    }
                    guard r.tier != .followUp else { continue }
                    var blockers: [String] = []
                    for other in s.rules where other.id != r.id && other.tier != .followUp && reach.reachable.contains(other.id) {
                        guard Self.implies(r.when, other.when, reach) else { continue }
                        let theirs = engine.exampleMatch(other, iv)
                        guard theirs.holds else { continue }
                        let a = (other.tier.rank, theirs.specificity), b = (r.tier.rank, mine.specificity)
                        if a > b || (a == b && theirs.quality > mine.quality) { blockers.append(other.id) }
                    }
                    if let first = blockers.first {
                        let others = blockers.count > 1 ? " (and \(blockers.dropFirst().joined(separator: ", ")))" : ""
                        out.append(ctx.finding(self, "example \"\(ex)\" of rule '\(r.id)' is taken by higher-ranked rule '\(first)'\(others), which is eligible whenever '\(r.id)' is\(s.rules.first { $0.id == first }.map { $0.repeatPolicy == .once ? " (until it has fired once)" : "" } ?? "")",
                                               fix: "raise '\(r.id)' (tier or a more specific condition), narrow '\(first)', or justify the overlap in a lint-ignore note",
                                               at: path, ruleID: r.id))
                    }
                }
            }
        }
        return out
    }

    /// Whenever `a`'s state tests hold, `b`'s do too: `b` has no state test that `a` does not
    /// imply, so `b` is eligible whenever `a` is (for the same utterance).
    static func implies(_ a: Condition?, _ b: Condition?, _ reach: Reachability) -> Bool {
        guard let b else { return true }
        let a = a ?? Condition()
        // Nested state tests in b are not analysed: assume they may fail.
        for sub in (b.all ?? []) + (b.any ?? []) + (b.not.map { [$0.value] } ?? []) where !UtteranceCondition.isPurelyUtterance(sub) { return false }
        guard Set(b.facts ?? []).isSubset(of: a.facts ?? []), Set(b.notFacts ?? []).isSubset(of: a.notFacts ?? []),
              Set(b.fired ?? []).isSubset(of: a.fired ?? []), Set(b.notFired ?? []).isSubset(of: a.notFired ?? []) else { return false }
        for test in b.vars ?? [] {
            let range = reach.ranges[test.name] ?? -1000...1000
            let mine = (a.vars ?? []).filter { $0.name == test.name }
            // Every value a allows must pass b's test.
            if range.contains(where: { v in mine.allSatisfy { $0.holds(v) } && !test.holds(v) }) { return false }
        }
        for (wa, wb) in [(a.turn, b.turn), (a.clock, b.clock)] {
            guard let wb else { continue }
            guard let wa else { return false }
            if let f = wb.from, (wa.from ?? Int.min) < f { return false }
            if let t = wb.to, (wa.to ?? Int.max) > t { return false }
        }
        if let sb = b.styles { guard let sa = a.styles, Set(sa).isSubset(of: sb) else { return false } }
        return true
    }

    /// The top-level state tests of two conditions can hold at the same time.
    static func compatible(_ a: Condition?, _ b: Condition?, _ reach: Reachability) -> Bool {
        guard let a, let b else { return true }
        if !Set(a.facts ?? []).isDisjoint(with: b.notFacts ?? []) || !Set(b.facts ?? []).isDisjoint(with: a.notFacts ?? []) { return false }
        if !Set(a.fired ?? []).isDisjoint(with: b.notFired ?? []) || !Set(b.fired ?? []).isDisjoint(with: a.notFired ?? []) { return false }
        let tests = (a.vars ?? []) + (b.vars ?? [])
        for name in Set(tests.map(\.name)) {
            let range = reach.ranges[name] ?? -1000...1000
            let mine = tests.filter { $0.name == name }
            if !range.contains(where: { v in mine.allSatisfy { $0.holds(v) } }) { return false }
        }
        if let sa = a.styles, let sb = b.styles, Set(sa).isDisjoint(with: sb) { return false }
        if let wa = a.turn, let wb = b.turn, let x = wa.to, let y = wb.from, x < y { return false }
        if let wa = a.turn, let wb = b.turn, let x = wb.to, let y = wa.from, x < y { return false }
        return true
    }
}

/// `exhaustible-technique`: every rule that answers a technique fires a limited number of times.
public struct ExhaustibleTechnique: LintRule {
    public init() {}
    public let code = "exhaustible-technique"
    public let severity = Diagnostic.Severity.warning
    public let explanation = """
        When every rule of a session that requires a technique is `once` (the default) or `max N`, a \
        trainee who keeps using that technique — as good therapists do with exploration or affect — \
        runs the content out and then only gets fallbacks ("ran out of content"). Only communication \
        techniques and the strategies of the case's own problem areas (`problemArea`, `truth.problemArea` \
        and `truth.secondary`) are checked: assessment, frame, safety (the built-ins answer) and \
        termination moves are naturally done once, and a strategy of another problem area is a \
        wrong turn, which a once-only redirect followed by fallbacks answers as intended. Add a repeatable \
        rule for the technique (`repeat: always` or `cooldown N`, usually tier `general`), or justify \
        the exhaustion in one of the rules' notes with `lint-ignore: exhaustible-technique <reason>`. \
        Reported at the last rule answering the technique.
        """

    /// Families a trainee uses again and again in a session; assessment, frame, safety (answered
    /// by the built-ins) and termination moves are naturally done once.
    public static let families: Set<TechniqueFamily> = [.technique, .strategy]

    public func check(_ ctx: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        let areas = Set([ctx.case.problemArea, ctx.case.truth.problemArea] + (ctx.case.truth.secondary ?? []))
        for (si, s) in ctx.case.sessions.enumerated() {
            var byTechnique: [String: [Int]] = [:]
            for (ri, r) in s.rules.enumerated() where r.tier != .followUp {
                for t in Set(r.when?.techniques ?? []) { byTechnique[t, default: []].append(ri) }
            }
            for (t, indices) in byTechnique.sorted(by: { $0.key < $1.key }) where Self.families.contains(TechniqueCatalogue.family(of: t) ?? .proscribed)
                && TechniqueCatalogue.info(t)?.area.map(areas.contains) ?? true {
                let finite = indices.allSatisfy { i in
                    switch s.rules[i].repeatPolicy { case .once, .max: true; default: false }
                }
                guard finite, let last = indices.last else { continue }
                let total = indices.map { i -> Int in if case .max(let n) = s.rules[i].repeatPolicy { return n } else { return 1 } }.reduce(0, +)
                out.append(ctx.finding(self, "in session '\(s.id)' every rule answering '\(t)' is once or max N (\(indices.map { s.rules[$0].id }.joined(separator: ", "))); after at most \(total) use\(total == 1 ? "" : "s") only fallbacks answer it",
                                       fix: "add a repeatable rule for '\(t)' (repeat always or cooldown N)",
                                       at: LintContext.rulePath(si, last) + [.key("id")], ruleID: s.rules[last].id))
            }
        }
        return out
    }
}

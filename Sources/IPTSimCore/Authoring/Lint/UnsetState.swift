/// `unset-state`: a fact or variable that conditions read but nothing ever sets.
public struct UnsetState: LintRule {
    public init() {}
    public let code = "unset-state"
    public let severity = Diagnostic.Severity.warning
    public let explanation = """
        A condition that requires a fact no effect sets and no session starts with, or tests a \
        variable no effect changes and no session overrides, reads state that never changes: the \
        test is either always true (dead weight) or always false (the rule is unreachable, see \
        `unreachable-rule`). It is often a typo in the effect meant to set it. Reported at each \
        read, once per fact or variable and session.
        """

    public func check(_ ctx: LintContext) -> [LintFinding] {
        let c = ctx.case
        let walk = CaseWalk(c)
        let factsSet = CaseWalk.factsSet(c, walk)
        let varsChanged = Set(walk.effects.compactMap(\.effect.var)).union(c.sessions.flatMap { ($0.state ?? [:]).keys })
        var out: [LintFinding] = []
        var seen = Set<String>()
        for site in walk.conditions {
            for (i, f) in (site.condition.facts ?? []).enumerated() where !factsSet.contains(f) && !f.hasPrefix("risk.") {
                guard seen.insert("f\(site.session)/\(f)").inserted else { continue }
                out.append(ctx.finding(self, "fact '\(f)' is required here but nothing sets it", fix: "add an effect { \"fact\": \"\(f)\" } to the rule that discloses it",
                                       at: site.path + [.key("facts"), .index(i)], ruleID: site.owner))
            }
            for (i, t) in (site.condition.vars ?? []).enumerated() where !varsChanged.contains(t.name) {
                guard seen.insert("v\(site.session)/\(t.name)").inserted else { continue }
                out.append(ctx.finding(self, "variable '\(t.name)' is tested here but no effect or session changes it, so the test is constant",
                                       fix: "add an effect that changes '\(t.name)', or drop the test", at: site.path + [.key("vars"), .index(i)], ruleID: site.owner))
            }
        }
        return out
    }
}

/// `unreachable-rule`: a rule or fallback whose conditions can never all hold.
public struct UnreachableRule: LintRule {
    public init() {}
    public let code = "unreachable-rule"
    public let severity = Diagnostic.Severity.error
    public let explanation = """
        A rule (or fallback) can never fire when a state condition cannot be met in its session: a \
        variable test no value can pass, given the session's start value and the largest total that \
        every add or set of a rule that can fire could reach (clamped to the range); a fact that no \
        rule that can fire sets and the session does not start with; a `fired` rule that itself can \
        never fire; a follow-up no firing rule names; a style the patient is not written for. The \
        analysis is a fixpoint over the session, assuming every utterance condition can be met. Fix \
        the condition, add the effect that should unlock it, or remove the rule.
        """

    public func check(_ ctx: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        for (si, s) in ctx.case.sessions.enumerated() {
            let reach = ctx.reachability[si]
            for (ri, r) in s.rules.enumerated() {
                guard let u = reach.why[r.id] else { continue }
                out.append(ctx.finding(self, "rule '\(r.id)' can never fire in session '\(s.id)': \(u.reason)",
                                       fix: "change the condition or add the effect that unlocks it",
                                       at: LintContext.rulePath(si, ri) + u.path, ruleID: r.id))
            }
            for (fi, f) in s.fallbacks.enumerated() {
                guard let u = reach.why[f.id] else { continue }
                out.append(ctx.finding(self, "fallback '\(f.id)' can never answer in session '\(s.id)': \(u.reason)",
                                       fix: "change the condition or remove the fallback",
                                       at: LintContext.fallbackPath(si, fi) + u.path, ruleID: f.id))
            }
        }
        return out
    }
}

/// `dead-opportunity`: an opportunity whose cue can never occur.
public struct DeadOpportunity: LintRule {
    public init() {}
    public let code = "dead-opportunity"
    public let severity = Diagnostic.Severity.error
    public let explanation = """
        An opportunity opens when its cue occurs: a rule fires, a fact is set, or the patient voices \
        a risk cue. If the cue rule can never fire, the cue fact is never set in the session, or no \
        rule that can fire has `riskCue` while the risk profile gives the built-ins nothing to \
        disclose and PHQ-9 item 9 is 0, the debrief can never list it as taken or missed. Fix the cue \
        or the content that should produce it.
        """

    public func check(_ ctx: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        let risk = ctx.case.risk
        for (si, s) in ctx.case.sessions.enumerated() {
            let reach = ctx.reachability[si]
            for (oi, o) in (s.opportunities ?? []).enumerated() {
                let cp = LintContext.sessionPath(si) + [.key("opportunities"), .index(oi), .key("cue")]
                if let r = o.cue.rule, !reach.reachable.contains(r) {
                    out.append(ctx.finding(self, "opportunity '\(o.id)' is cued by rule '\(r)', which cannot fire in session '\(s.id)'",
                                           fix: "cue it on a rule that can fire", at: cp + [.key("rule")]))
                }
                if let f = o.cue.fact, !reach.facts.contains(f), !f.hasPrefix("risk.") {
                    out.append(ctx.finding(self, "opportunity '\(o.id)' is cued by fact '\(f)', which nothing in session '\(s.id)' sets",
                                           fix: "set the fact from a rule that can fire, or cue on another", at: cp + [.key("fact")]))
                }
                if o.cue.riskCue == true {
                    let byRule = s.rules.contains { ($0.riskCue ?? false) && reach.reachable.contains($0.id) }
                    let byBuiltin = risk.hasIdeation || risk.priorAttempts > 0 || risk.behaviour || (s.phq9.count > 8 && s.phq9[8] > 0)
                    if !byRule && !byBuiltin {
                        out.append(ctx.finding(self, "opportunity '\(o.id)' is cued by a risk cue, but no rule in session '\(s.id)' voices one and the risk profile gives the built-ins none",
                                               fix: "mark the rule that voices the cue with \"riskCue\": true", at: cp + [.key("riskCue")]))
                    }
                }
            }
        }
        return out
    }
}

/// `missing-examples`: a rule that answers utterances but has no `examples.match`.
public struct MissingExamples: LintRule {
    public init() {}
    public let code = "missing-examples"
    public let severity = Diagnostic.Severity.warning
    public let explanation = """
        Examples are the rule's tests: without `examples.match` nothing checks that trainees' \
        phrasings reach the rule, and the coverage walker has fewer utterances to try. Add two or \
        three realistic utterances (and a `noMatch` near miss). Rules with no utterance condition \
        (only state) and follow-ups are exempt.
        """

    public func check(_ ctx: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        for (si, s) in ctx.case.sessions.enumerated() {
            for (ri, r) in s.rules.enumerated() where r.tier != .followUp && (r.examples?.match ?? []).isEmpty {
                guard UtteranceCondition.project(r.when) != nil else { continue }
                out.append(ctx.finding(self, "rule '\(r.id)' has no examples.match", fix: "add utterances that must trigger it",
                                       at: LintContext.rulePath(si, ri) + [.key("id")], ruleID: r.id))
            }
        }
        return out
    }
}

/// `unused-state`: a fact or variable that is set (or declared) but never read.
public struct UnusedState: LintRule {
    public init() {}
    public let code = "unused-state"
    public let severity = Diagnostic.Severity.warning
    public let explanation = """
        A fact that effects set but no condition, rubric evidence or opportunity cue reads, or a \
        variable that effects change but no condition tests, is state that does nothing: usually a \
        misspelt or forgotten reference in the rule meant to read it. `rapport` and `distress` are \
        exempt (the assessor and the transcript charts read them). Facts that exist only for the \
        debrief or for `#expect fact` lines in test transcripts may be justified with \
        `lint-ignore: unused-state <reason>` in `metadata.notes`.
        """

    public func check(_ ctx: LintContext) -> [LintFinding] {
        let c = ctx.case
        let walk = CaseWalk(c)
        let read = CaseWalk.factsRead(c, walk)
        let varsRead = Set(walk.conditions.flatMap { ($0.condition.vars ?? []).map(\.name) })
        var out: [LintFinding] = []
        for (i, f) in c.facts.enumerated() where !read.contains(f.id) {
            let setters = walk.effects.filter { $0.effect.fact == f.id }.map(\.owner)
            out.append(ctx.finding(self, setters.isEmpty ? "fact '\(f.id)' is declared but never set or read"
                                                         : "fact '\(f.id)' is set (by \(setters.prefix(3).joined(separator: ", "))) but no condition, evidence or cue reads it",
                                   fix: "read it where it matters, or remove it", at: [.key("facts"), .index(i), .key("id")]))
        }
        for (i, v) in c.variables.enumerated() where !["rapport", "distress"].contains(v.id) && !varsRead.contains(v.id) {
            out.append(ctx.finding(self, "variable '\(v.id)' is never tested by a condition",
                                   fix: "test it in the rule it should unlock, or remove it", at: [.key("variables"), .index(i), .key("id")]))
        }
        return out
    }
}

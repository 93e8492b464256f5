/// `example-mismatch`: a rule's own `examples.match` must trigger it and its `examples.noMatch` must not.
public struct ExampleMismatch: LintRule {
    public init() {}
    public let code = "example-mismatch"
    public let severity = Diagnostic.Severity.error
    public let explanation = """
        A rule's examples are tests: every `examples.match` utterance must satisfy the parts of the \
        rule's `when` that depend on what the trainee says (techniques, forms, people, concepts, text), \
        as recognized by the product's recognizer, and no `examples.noMatch` utterance may. State \
        conditions (vars, facts, turn, clock, fired, styles) are assumed to hold, so the check is about \
        wording only; the people the rule's condition names count as just mentioned, so a pronoun \
        ("How did she react?") resolves as it would in the session. A failing match example means trainees who say that will not reach the rule: \
        widen the condition (another technique, a concept, a looser pattern), add the phrasing to the \
        case `lexicon`, or change the example to what the rule really answers.
        """

    public func check(_ ctx: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        for (si, s) in ctx.case.sessions.enumerated() {
            let engine = PatientEngine(case: ctx.case, session: s)
            for (ri, r) in s.rules.enumerated() {
                let rp = LintContext.rulePath(si, ri)
                for (i, ex) in (r.examples?.match ?? []).enumerated() {
                    let iv = ctx.recognize(ex, for: r)
                    let m = engine.exampleMatch(r, iv)
                    if !m.holds {
                        out.append(ctx.finding(self, "example \"\(ex)\" does not trigger rule '\(r.id)': \(m.failure ?? "its condition fails")",
                                               fix: "widen the rule's condition, add the phrasing to 'lexicon', or change the example",
                                               at: rp + [.key("examples"), .key("match"), .index(i)], ruleID: r.id))
                    }
                }
                for (i, ex) in (r.examples?.noMatch ?? []).enumerated() {
                    let iv = ctx.recognize(ex, for: r)
                    if engine.exampleMatch(r, iv).holds {
                        out.append(ctx.finding(self, "noMatch example \"\(ex)\" triggers rule '\(r.id)' (heard \(iv.techniques.isEmpty ? "no technique" : iv.techniques.joined(separator: ", ")), form \(iv.form.rawValue))",
                                               fix: "narrow the condition (a 'not', a more specific pattern) or remove the example",
                                               at: rp + [.key("examples"), .key("noMatch"), .index(i)], ruleID: r.id))
                    }
                }
            }
        }
        return out
    }
}

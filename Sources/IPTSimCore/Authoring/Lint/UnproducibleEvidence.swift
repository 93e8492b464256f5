/// `unproducible-evidence`: rubric evidence that nothing in the session can produce.
public struct UnproducibleEvidence: LintRule {
    public init() {}
    public let code = "unproducible-evidence"
    public let severity = Diagnostic.Severity.error
    public let explanation = """
        A rubric level is awarded when its evidence is present; evidence that can never occur makes \
        the level unreachable and silently caps the item. Facts must be set by a rule that can fire \
        in that session, by the session's starting facts or by a built-in (`risk.*` disclosures); \
        rules must be able to fire; techniques must be ones the recognizer produces — the check \
        recognizes the technique's own catalogue example and reports a technique the recognizer \
        does not find even there (a warning, since the recognizer may still hear other phrasings).
        """

    public func check(_ ctx: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        var recognized: [String: Bool] = [:]
        func producible(_ t: String) -> Bool {
            if let known = recognized[t] { return known }
            guard let info = TechniqueCatalogue.info(t) else { return true }
            let ok = t == "measure" || ctx.recognize(info.example).has(t)
            recognized[t] = ok
            return ok
        }
        for (si, s) in ctx.case.sessions.enumerated() {
            let reach = ctx.reachability[si]
            for (ii, item) in s.rubric.enumerated() {
                for (li, level) in (item.levels ?? []).enumerated() {
                    let ep = LintContext.sessionPath(si) + [.key("rubric"), .index(ii), .key("levels"), .index(li), .key("evidence")]
                    let e = level.evidence
                    for (i, f) in (e.facts ?? []).enumerated() where !reach.facts.contains(f) && !f.hasPrefix("risk.") {
                        out.append(ctx.finding(self, "rubric item '\(item.id)' level \(level.rating) needs fact '\(f)', which nothing in session '\(s.id)' can set",
                                               fix: "set it from a rule that can fire, or change the evidence", at: ep + [.key("facts"), .index(i)]))
                    }
                    for (i, r) in (e.rules ?? []).enumerated() where !reach.reachable.contains(r) {
                        out.append(ctx.finding(self, "rubric item '\(item.id)' level \(level.rating) needs rule '\(r)' to fire, which cannot fire in session '\(s.id)'",
                                               fix: "make the rule reachable or change the evidence", at: ep + [.key("rules"), .index(i)]))
                    }
                    for (key, list) in [("techniques", e.techniques), ("anyTechniques", e.anyTechniques), ("order", e.order)] {
                        for (i, t) in (list ?? []).enumerated() where !producible(t) {
                            out.append(ctx.finding(self, "rubric item '\(item.id)' level \(level.rating) needs technique '\(t)', which the recognizer does not find even in its catalogue example",
                                                   fix: "check the recognizer's coverage of '\(t)' or add a 'lexicon' entry", at: ep + [.key(key), .index(i)], severity: .warning))
                        }
                    }
                }
            }
        }
        return out
    }
}

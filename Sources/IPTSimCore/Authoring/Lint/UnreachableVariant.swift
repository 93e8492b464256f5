/// `unreachable-variant`: a reply variant that can never be chosen.
public struct UnreachableVariant: LintRule {
    public init() {}
    public let code = "unreachable-variant"
    public let severity = Diagnostic.Severity.warning
    public let explanation = """
        A variant is never shown when its `style` is not among `patient.styles`; when it has no style, \
        the rule's selection is `first` and every style the patient is written for has its own \
        unconditional variant (the current style's variants are tried before unstyled ones); or when \
        the selection is `first` and an earlier unconditional variant of the same (or no) style always \
        wins. Remove the variant, give it a condition, reorder, or use another selection.
        """

    public func check(_ ctx: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        let styles = ctx.case.patient.styles
        for (si, s) in ctx.case.sessions.enumerated() {
            var owners: [(String, [Variant], Selection, LintContext.Path)] = s.rules.enumerated().map { ri, r in
                (r.id, r.variants, r.selection ?? .leastRecent, LintContext.rulePath(si, ri))
            }
            owners += s.fallbacks.enumerated().map { fi, f in (f.id, f.variants, f.selection ?? .leastRecent, LintContext.fallbackPath(si, fi)) }
            for (id, variants, selection, path) in owners {
                let covered = styles.allSatisfy { st in variants.contains { $0.style == st && $0.when == nil } }
                for (vi, v) in variants.enumerated() {
                    let vp = path + [.key("variants"), .index(vi)]
                    if let st = v.style, !styles.contains(st) {
                        out.append(ctx.finding(self, "variant '\(v.id)' of '\(id)' is for style '\(st.rawValue)', which the patient is not written for",
                                               fix: "add the style to patient.styles or remove the variant", at: vp + [.key("style")], ruleID: id))
                        continue
                    }
                    if v.style == nil && covered && selection == .first {
                        out.append(ctx.finding(self, "variant '\(v.id)' of '\(id)' has no style, but selection is 'first' and every patient style has its own unconditional variant, which comes first",
                                               fix: "remove it, give it a style, or use another selection (e.g. sequence for an 'again' line)", at: vp + [.key("id")], ruleID: id))
                        continue
                    }
                    if selection == .first, let earlier = variants[..<vi].first(where: { $0.when == nil && ($0.style == nil || $0.style == v.style) }) {
                        out.append(ctx.finding(self, "variant '\(v.id)' of '\(id)' is never chosen: selection is 'first' and the earlier variant '\(earlier.id)' has no condition",
                                               fix: "give '\(earlier.id)' a condition, reorder, or use another selection", at: vp + [.key("id")], ruleID: id))
                    }
                }
            }
        }
        return out
    }
}

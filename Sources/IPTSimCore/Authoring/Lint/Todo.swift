/// `todo`: unfinished content marked with TODO.
public struct Todo: LintRule {
    public init() {}
    public let code = "todo"
    public let severity = Diagnostic.Severity.error
    public let explanation = """
        Any string in the case that contains `TODO` (as `iptsim new` writes into the scaffold) marks \
        content that is not written yet. A case with TODOs validates, so that it can be played while \
        it is being written, but lint reports it as unfinished (an error, exit status 1) until every \
        marker is replaced.
        """

    public func check(_ ctx: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        func walk(_ node: JSONNode) {
            switch node.value {
            case .string(let s) where s.contains("TODO"):
                let excerpt = s.count > 60 ? String(s.prefix(57)) + "…" : s
                out.append(LintFinding(Diagnostic(severity, code: code, "unfinished: \"\(excerpt)\"", fix: "write the content and remove the TODO", at: node.position)))
            case .object(let members): members.forEach { walk($0.value) }
            case .array(let elements): elements.forEach(walk)
            default: break
            }
        }
        walk(ctx.document)
        return out
    }
}

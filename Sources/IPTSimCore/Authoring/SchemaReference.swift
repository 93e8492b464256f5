/// The case format reference in Markdown, generated from `CaseSchema` (the single source of truth).
/// `docs/authoring.md` embeds it between markers, and a test checks the two agree.
public enum SchemaReference {
    public static let beginMarker = "<!-- BEGIN GENERATED REFERENCE (iptsim schema --reference) -->"
    public static let endMarker = "<!-- END GENERATED REFERENCE -->"

    public static func markdown(_ document: SchemaDocument = CaseSchema.document) -> String {
        var out: [String] = []
        for (name, schema) in document.definitions {
            guard case .object(let o) = schema else { continue }
            out.append("### \(name)")
            out.append("")
            out.append(o.doc)
            if let keys = o.oneOfKeys {
                out.append("")
                out.append(o.exactlyOne ? "Exactly one of: \(keys.map { "`\($0)`" }.joined(separator: ", "))." : "At most one of: \(keys.map { "`\($0)`" }.joined(separator: ", ")).")
            }
            out.append("")
            out.append("| key | type | required | meaning |")
            out.append("|---|---|---|---|")
            for p in o.properties {
                out.append("| `\(p.name)` | \(type(p.schema)) | \(p.required ? "yes" : "") | \(doc(p.schema).replacingPipes) |")
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    static func type(_ s: Schema) -> String {
        switch s {
        case .object: "object"
        case .map(let v, _): "map of \(type(v))"
        case .array(let e, _, let min, let max, _):
            "array of \(type(e))" + (min.map { " (at least \($0))" } ?? "") + (max.map { " (at most \($0))" } ?? "")
        case .string(let st):
            if let values = st.values, values.count <= 12 { "one of \(values.map { "`\($0)`" }.joined(separator: ", "))" }
            else if st.values != nil { "\(st.noun) id" }
            else { "string" }
        case .integer(_, let min, let max):
            "integer" + ((min != nil || max != nil) ? " \(min.map(String.init) ?? "")…\(max.map(String.init) ?? "")" : "")
        case .number(_, let min, let max):
            "number" + ((min != nil || max != nil) ? " \(min.map { String($0) } ?? "")…\(max.map { String($0) } ?? "")" : "")
        case .boolean: "boolean"
        case .ref(let name): "[\(name)](#\(name.lowercased()))"
        }
    }

    static func doc(_ s: Schema) -> String {
        switch s {
        case .object(let o): o.doc
        case .map(_, let d), .array(_, let d, _, _, _): d
        case .string(let st): st.doc
        case .integer(let d, _, _), .number(let d, _, _), .boolean(let d): d
        case .ref: ""
        }
    }
}

extension String {
    var replacingPipes: String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}

extension SchemaDocument {
    /// The JSON Schema (draft 2020-12) text for this document, pretty-printed with sorted keys.
    public func jsonSchemaText() -> String {
        var root: [(String, JSONOut)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(id)),
            ("title", .string(title)),
            ("$ref", .string("#/$defs/\(self.root)")),
        ]
        var defs: [(String, JSONOut)] = []
        for (name, schema) in definitions {
            defs.append((name, Self.render(schema)))
        }
        root.append(("$defs", .object(defs)))
        return JSONOut.object(root).rendered(indent: 0) + "\n"
    }

    static func render(_ schema: Schema) -> JSONOut {
        switch schema {
        case .object(let o):
            var props: [(String, JSONOut)] = []
            for p in o.properties { props.append((p.name, render(p.schema))) }
            var out: [(String, JSONOut)] = [
                ("type", .string("object")),
                ("description", .string(o.doc)),
                ("markdownDescription", .string(o.doc)),
                ("additionalProperties", .bool(false)),
                ("properties", .object(props)),
            ]
            let required = o.properties.filter(\.required).map { JSONOut.string($0.name) }
            if !required.isEmpty { out.append(("required", .array(required))) }
            if let keys = o.oneOfKeys {
                let alternatives = keys.map { JSONOut.object([("required", .array([.string($0)]))]) }
                if o.exactlyOne {
                    out.append(("oneOf", .array(alternatives)))
                } else {
                    out.append(("not", .object([("anyOf", .array(pairs(keys)))])))
                }
            }
            return .object(out)
        case .map(let value, let doc):
            return .object([("type", .string("object")), ("description", .string(doc)),
                            ("additionalProperties", render(value))])
        case .array(let items, let doc, let minItems, let maxItems, _):
            var out: [(String, JSONOut)] = [("type", .string("array")), ("description", .string(doc)), ("items", render(items))]
            if let minItems { out.append(("minItems", .int(minItems))) }
            if let maxItems { out.append(("maxItems", .int(maxItems))) }
            return .object(out)
        case .string(let s):
            var out: [(String, JSONOut)] = [("type", .string("string")), ("description", .string(s.doc))]
            if let values = s.values { out.append(("enum", .array(values.map { .string($0) }))) }
            if let pattern = s.pattern { out.append(("pattern", .string(pattern))) }
            if let hint = s.patternHint { out.append(("patternErrorMessage", .string(hint))) }
            if let minLength = s.minLength {
                out.append(("minLength", .int(minLength)))
                // As SchemaValidator does: a text of only spaces is empty.
                if s.pattern == nil {
                    out.append(("pattern", .string("\\S")))
                    out.append(("patternErrorMessage", .string("must not be empty or only spaces")))
                }
            }
            return .object(out)
        case .integer(let doc, let min, let max):
            var out: [(String, JSONOut)] = [("type", .string("integer")), ("description", .string(doc))]
            if let min { out.append(("minimum", .int(min))) }
            if let max { out.append(("maximum", .int(max))) }
            return .object(out)
        case .number(let doc, let min, let max):
            var out: [(String, JSONOut)] = [("type", .string("number")), ("description", .string(doc))]
            if let min { out.append(("minimum", .double(min))) }
            if let max { out.append(("maximum", .double(max))) }
            return .object(out)
        case .boolean(let doc):
            return .object([("type", .string("boolean")), ("description", .string(doc))])
        case .ref(let name):
            return .object([("$ref", .string("#/$defs/\(name)"))])
        }
    }

    private static func pairs(_ keys: [String]) -> [JSONOut] {
        var out: [JSONOut] = []
        for i in keys.indices {
            for j in keys.indices where j > i {
                out.append(.object([("required", .array([.string(keys[i]), .string(keys[j])]))]))
            }
        }
        return out
    }
}

/// A minimal ordered JSON writer (Foundation's sorts keys or loses order; this keeps authored order).
public indirect enum JSONOut: Sendable, Equatable {
    case object([(String, JSONOut)])
    case array([JSONOut])
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null

    public static func == (a: JSONOut, b: JSONOut) -> Bool { a.rendered(indent: nil) == b.rendered(indent: nil) }

    /// Pretty-printed with two-space indentation when `indent` is non-nil, compact otherwise.
    public func rendered(indent: Int?) -> String {
        var out = ""
        write(into: &out, indent: indent)
        return out
    }

    private func write(into out: inout String, indent: Int?) {
        switch self {
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (k, v)) in members.enumerated() {
                if i > 0 { out += "," }
                if let indent { out += "\n" + String(repeating: "  ", count: indent + 1) }
                out += JSONOut.quote(k)
                out += indent == nil ? ":" : ": "
                v.write(into: &out, indent: indent.map { $0 + 1 })
            }
            if let indent { out += "\n" + String(repeating: "  ", count: indent) }
            out += "}"
        case .array(let elements):
            if elements.isEmpty { out += "[]"; return }
            out += "["
            for (i, v) in elements.enumerated() {
                if i > 0 { out += "," }
                if let indent { out += "\n" + String(repeating: "  ", count: indent + 1) }
                v.write(into: &out, indent: indent.map { $0 + 1 })
            }
            if let indent { out += "\n" + String(repeating: "  ", count: indent) }
            out += "]"
        case .string(let s): out += JSONOut.quote(s)
        case .int(let i): out += String(i)
        case .double(let d): out += JSONOut.number(d)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        }
    }

    /// A number as this writer prints it: whole values without a fraction, non-finite as null.
    public static func number(_ d: Double) -> String {
        if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return d.isFinite ? String(d) : "null"
    }

    public static func quote(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 2)
        appendQuoted(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `s` as a JSON string literal, appended as UTF-8 (for writers that stream bytes, such as
    /// `classify --jsonl`). A byte below 0x20 is always a whole scalar in UTF-8, so escaping bytes
    /// is the same as escaping scalars.
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(b)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Checks a parsed document against a `SchemaDocument`, collecting every structural problem.
public struct SchemaValidator {
    public let document: SchemaDocument
    public private(set) var diagnostics: [Diagnostic] = []
    private var regexCache: [String: Regex<AnyRegexOutput>] = [:]

    public init(_ document: SchemaDocument) {
        self.document = document
    }

    public static func validate(_ node: JSONNode, against document: SchemaDocument) -> [Diagnostic] {
        var v = SchemaValidator(document)
        v.check(node, against: .ref(document.root), path: [], name: nil)
        return v.diagnostics
    }

    private mutating func report(_ code: String, _ message: String, fix: String? = nil, at position: SourcePosition) {
        diagnostics.append(Diagnostic(.error, code: code, message, fix: fix, at: position))
    }

    private func label(_ path: [JSONNode.PathComponent], _ name: String?) -> String {
        if let name { return "'\(name)'" }
        return path.isEmpty ? "the document" : "'\(path.dotted)'"
    }

    mutating func check(_ node: JSONNode, against schema: Schema, path: [JSONNode.PathComponent], name: String?) {
        switch schema {
        case .ref(let defName):
            guard let def = document.definition(defName) else { return }
            check(node, against: def, path: path, name: name)

        case .object(let object):
            guard let members = node.members else {
                report("wrong-type", "\(label(path, name)) must be an object, found \(node.typeName)",
                       fix: "write it as { … }", at: node.position)
                return
            }
            let known = Set(object.properties.map(\.name))
            let present = Set(members.map(\.key))
            // A misspelt required key is one problem, not two: the unknown key says what it should
            // be and the missing key is not reported again.
            var misspelt: Set<String> = []
            for member in members where !known.contains(member.key) {
                let absent = object.properties.map(\.name).filter { !present.contains($0) }
                let match = Suggestions.closest(to: member.key, in: absent) ?? Suggestions.closest(to: member.key, in: object.properties.map(\.name))
                let hint = match.map { "did you mean '\($0)'?" }
                    ?? "allowed keys here are " + object.properties.map { "'\($0.name)'" }.joined(separator: ", ")
                if let match, !present.contains(match) { misspelt.insert(match) }
                report("unknown-key", "unknown key '\(member.key)' in \(path.isEmpty ? document.rootNoun : "'\(path.dotted)'")",
                       fix: hint, at: member.keyPosition)
            }
            for property in object.properties where property.required && !present.contains(property.name) && !misspelt.contains(property.name) {
                report("missing-key", "\(path.isEmpty ? document.rootNoun : "'\(path.dotted)'") is missing the required key '\(property.name)'",
                       fix: "add \"\(property.name)\": \(Self.placeholder(for: property.schema, in: document))",
                       at: node.position)
            }
            if let keys = object.oneOfKeys {
                let found = keys.filter(present.contains)
                if found.count > 1 {
                    let second = members.first { $0.key == found[1] }!
                    report("conflicting-keys", "'\(path.dotted)' has both '\(found[0])' and '\(found[1])'",
                           fix: "keep exactly one of \(keys.map { "'\($0)'" }.joined(separator: ", "))\(object.oneOfHint.map { "; \($0)" } ?? "")",
                           at: second.keyPosition)
                } else if object.exactlyOne && found.isEmpty {
                    report("missing-key", "'\(path.dotted)' needs one of \(keys.map { "'\($0)'" }.joined(separator: ", "))",
                           fix: "add one of them", at: node.position)
                }
            }
            for property in object.properties {
                guard let member = members.first(where: { $0.key == property.name }) else { continue }
                check(member.value, against: property.schema, path: path + [.key(property.name)], name: nil)
            }

        case .map(let valueSchema, _):
            guard let members = node.members else {
                report("wrong-type", "\(label(path, name)) must be an object, found \(node.typeName)",
                       fix: "write it as { \"key\": value, … }", at: node.position)
                return
            }
            for member in members {
                check(member.value, against: valueSchema, path: path + [.key(member.key)], name: nil)
            }

        case .array(let items, _, let minItems, let maxItems, let empty):
            guard let elements = node.elements else {
                let fix = node.string != nil || node.members != nil ? "wrap it in [ … ]" : "write it as [ … ]"
                report("wrong-type", "\(label(path, name)) must be an array, found \(node.typeName)", fix: fix, at: node.position)
                return
            }
            if let empty, elements.isEmpty {
                report(empty.code, "\(label(path, name)) is empty: \(empty.message)", fix: empty.fix, at: node.position)
            } else if let minItems, elements.count < minItems {
                report(minItems == maxItems ? "wrong-count" : "too-few", "\(label(path, name)) has \(elements.count) item\(elements.count == 1 ? "" : "s"), needs \(minItems == maxItems ? "exactly" : "at least") \(minItems)",
                       fix: minItems == 1 ? "add at least one" : "add the missing items", at: node.position)
            }
            if let maxItems, elements.count > maxItems {
                report(minItems == maxItems ? "wrong-count" : "too-many", "\(label(path, name)) has \(elements.count) items, allows \(minItems == maxItems ? "exactly" : "at most") \(maxItems)",
                       fix: "remove the extra items", at: node.position)
            }
            for (i, element) in elements.enumerated() {
                check(element, against: items, path: path + [.index(i)], name: nil)
            }

        case .string(let s):
            guard let value = node.string else {
                let fix = node.elements != nil && s.values != nil ? "give a single value, not a list" : "put the value in double quotes"
                report("wrong-type", "\(label(path, name)) must be a string, found \(node.typeName)", fix: fix, at: node.position)
                return
            }
            if let minLength = s.minLength, value.count < minLength || value.allSatisfy(\.isWhitespace) {
                // A blank reply would print as nothing at all.
                report("empty-value", "\(label(path, name)) must not be empty or only spaces", fix: "write the text", at: node.position)
            }
            if let values = s.values, !values.contains(value) {
                report(s.code, "unknown \(s.noun) '\(value)' in '\(path.dotted)'",
                       fix: Suggestions.hint(for: value, in: values, noun: s.noun), at: node.position)
            } else if let pattern = s.pattern, !matches(value, pattern) {
                report(s.code == "invalid-value" ? "invalid-value" : s.code,
                       "'\(value)' is not a valid \(s.noun) in '\(path.dotted)'",
                       fix: s.patternHint ?? "it must match \(pattern)", at: node.position)
            }

        case .integer(_, let min, let max):
            guard case .number(let n, let raw) = node.value else {
                let fix: String
                if let str = node.string, Int(str) != nil { fix = "remove the quotes: \(str)" } else { fix = "write a whole number" }
                report("wrong-type", "\(label(path, name)) must be an integer, found \(node.typeName)", fix: fix, at: node.position)
                return
            }
            guard n == n.rounded(), abs(n) < 1e15 else {
                let fix = n.isFinite && abs(n) < 1e15 ? "round it" : "the number is too large; write a whole number such as 10"
                report("wrong-type", "\(label(path, name)) must be a whole number, found \(raw)", fix: fix, at: node.position)
                return
            }
            let i = Int(n)
            if let min, i < min {
                report("out-of-range", "\(label(path, name)) is \(i), below the minimum \(min)", fix: "use a value from \(min)\(max.map { " to \($0)" } ?? " up")", at: node.position)
            } else if let max, i > max {
                report("out-of-range", "\(label(path, name)) is \(i), above the maximum \(max)", fix: "use a value \(min.map { "from \($0) " } ?? "")up to \(max)", at: node.position)
            }

        case .number(_, let min, let max):
            guard case .number(let n, _) = node.value else {
                let fix = node.string.flatMap { Double($0) != nil ? "remove the quotes: \($0)" : nil } ?? "write a number such as 3.0"
                report("wrong-type", "\(label(path, name)) must be a number, found \(node.typeName)", fix: fix, at: node.position)
                return
            }
            if let min, n < min {
                report("out-of-range", "\(label(path, name)) is \(n), below the minimum \(min)", fix: "use a value from \(min)\(max.map { " to \($0)" } ?? " up")", at: node.position)
            } else if let max, n > max {
                report("out-of-range", "\(label(path, name)) is \(n), above the maximum \(max)", fix: "use a value up to \(max)", at: node.position)
            }

        case .boolean:
            guard case .bool = node.value else {
                let fix = node.string.map { ["true", "false"].contains($0) ? "remove the quotes: \($0)" : "write true or false" } ?? "write true or false"
                report("wrong-type", "\(label(path, name)) must be true or false, found \(node.typeName)", fix: fix, at: node.position)
                return
            }
        }
    }

    private mutating func matches(_ value: String, _ pattern: String) -> Bool {
        if regexCache[pattern] == nil { regexCache[pattern] = try? Regex(pattern) }
        guard let regex = regexCache[pattern] else { return true }
        return (try? regex.wholeMatch(in: value)) != nil || (try? regex.firstMatch(in: value)) != nil
    }

    static func placeholder(for schema: Schema, in document: SchemaDocument) -> String {
        switch schema {
        case .object: "{ … }"
        case .map: "{ }"
        case .array: "[ … ]"
        case .string(let s): s.values?.first.map { "\"\($0)\"" } ?? "\"…\""
        case .integer(_, let min, _): String(min ?? 0)
        case .number(_, let min, _): String(min ?? 0)
        case .boolean: "false"
        case .ref(let name): document.definition(name).map { placeholder(for: $0, in: document) } ?? "…"
        }
    }
}

/// A parsed JSON value that remembers where it came from.
public struct JSONNode: Sendable, Equatable {
    public struct Member: Sendable, Equatable {
        public var key: String
        public var keyPosition: SourcePosition
        public var value: JSONNode
    }

    public enum Value: Sendable, Equatable {
        case object([Member])
        case array([JSONNode])
        case string(String)
        case number(Double, raw: String)
        case bool(Bool)
        case null
    }

    public var value: Value
    /// The position of the value's first character.
    public var position: SourcePosition

    public init(_ value: Value, at position: SourcePosition) {
        self.value = value
        self.position = position
    }

    /// Compact JSON text of the node (numbers as written), e.g. to decode a document recovered
    /// from syntax errors.
    public var jsonText: String {
        switch value {
        case .object(let members):
            "{" + members.map { JSONOut.quote($0.key) + ":" + $0.value.jsonText }.joined(separator: ",") + "}"
        case .array(let elements): "[" + elements.map(\.jsonText).joined(separator: ",") + "]"
        case .string(let s): JSONOut.quote(s)
        case .number(_, let raw): raw
        case .bool(let b): b ? "true" : "false"
        case .null: "null"
        }
    }

    /// A short name of the value's JSON type, for messages.
    public var typeName: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number(let n, _): n == n.rounded() && abs(n) < 1e15 ? "an integer" : "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }

    public var members: [Member]? { if case .object(let m) = value { m } else { nil } }
    public var elements: [JSONNode]? { if case .array(let e) = value { e } else { nil } }
    public var string: String? { if case .string(let s) = value { s } else { nil } }

    public subscript(key: String) -> JSONNode? { members?.first { $0.key == key }?.value }

    /// One step of a path into a document.
    public enum PathComponent: Sendable, Hashable, CustomStringConvertible {
        case key(String)
        case index(Int)

        public var description: String {
            switch self {
            case .key(let k): k
            case .index(let i): "[\(i)]"
            }
        }
    }

    /// The node at `path`, or the deepest node that exists on the way.
    public func node(at path: [PathComponent]) -> JSONNode {
        var current = self
        for component in path {
            switch (component, current.value) {
            case (.key(let k), .object(let members)):
                guard let next = members.first(where: { $0.key == k }) else { return current }
                current = next.value
            case (.index(let i), .array(let elements)) where elements.indices.contains(i):
                current = elements[i]
            default:
                return current
            }
        }
        return current
    }

    /// The position of the key that names the value at `path` (or the value's own position).
    public func keyPosition(at path: [PathComponent]) -> SourcePosition {
        guard case .key(let k)? = path.last else { return node(at: path).position }
        let parent = node(at: Array(path.dropLast()))
        return parent.members?.first { $0.key == k }?.keyPosition ?? parent.position
    }
}

extension Array where Element == JSONNode.PathComponent {
    /// `sessions[0].rules[3].when`
    public var dotted: String {
        var out = ""
        for c in self {
            switch c {
            case .key(let k): out += out.isEmpty ? k : ".\(k)"
            case .index(let i): out += "[\(i)]"
            }
        }
        return out
    }
}

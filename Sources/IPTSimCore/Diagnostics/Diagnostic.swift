/// A 1-based line and column in a source text. Columns count Unicode scalars.
public struct SourcePosition: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A located problem found in an input file: what is wrong and, where knowable, how to fix it.
///
/// Rendered as `file:line:col: error: [code] message; fix`.
public struct Diagnostic: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Codable, Hashable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public var severity: Severity
    /// A stable, kebab-case code such as `unknown-person`.
    public var code: String
    /// What is wrong.
    public var message: String
    /// How to fix it, if knowable.
    public var fix: String?
    /// Where it is; `nil` when the problem concerns the whole file.
    public var position: SourcePosition?

    public init(_ severity: Severity = .error, code: String, _ message: String, fix: String? = nil, at position: SourcePosition?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.fix = fix
        self.position = position
    }

    /// The message followed by the fix, as printed.
    public var text: String {
        if let fix, !fix.isEmpty { return "\(message); \(fix)" }
        return message
    }

    /// `file:line:col: severity: [code] message; fix`
    public func rendered(file: String) -> String {
        let location = position.map { "\(file):\($0.line):\($0.column)" } ?? file
        return "\(location): \(severity.rawValue): [\(code)] \(text)"
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by position (unpositioned first), then code, for stable output.
    public func sortedByPosition() -> [Diagnostic] {
        sorted { a, b in
            switch (a.position, b.position) {
            case (nil, nil): return a.code < b.code
            case (nil, _): return true
            case (_, nil): return false
            case let (pa?, pb?): return pa == pb ? a.code < b.code : pa < pb
            }
        }
    }
}

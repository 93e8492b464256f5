import Foundation

/// The result of loading a case file: the case, if it could be decoded, and every problem found.
public struct LoadResult: Sendable {
    public var `case`: Case?
    public var diagnostics: [Diagnostic]
    /// The parsed document, for locating later findings (lint, tests).
    public var document: JSONNode?
    /// A stable hash of the file's bytes, stored in transcripts to detect edits.
    public var versionHash: String

    public var isValid: Bool { `case` != nil && !diagnostics.hasErrors }
}

/// Loads a case from bytes: strict parse with positions, structural check against `CaseSchema`,
/// decoding, then semantic checks (references, duplicates, ranges, patterns). Pure: no file I/O.
public enum CaseLoader {
    public static func load(_ data: Data) -> LoadResult {
        let bytes = [UInt8](data)
        let hash = ContentHash.hex(bytes)
        let (parsed, syntax) = JSONScanner.parse(bytes)
        guard let node = parsed else {
            return LoadResult(case: nil, diagnostics: syntax, document: nil, versionHash: hash)
        }
        var diagnostics = syntax
        if node.members == nil {
            diagnostics.append(Diagnostic(code: "wrong-type", "a case file must be a JSON object, found \(node.typeName)",
                                          fix: "start the file with '{'", at: node.position))
            return LoadResult(case: nil, diagnostics: diagnostics, document: node, versionHash: hash)
        }
        let structural = SchemaValidator.validate(node, against: CaseSchema.document)
        diagnostics += structural
        // Semantic checks on a structurally broken file would mostly repeat the same problems, so
        // they run only when the structural errors are of kinds that cannot cascade (a misspelt
        // technique, an unknown key, an empty text). Recovered syntax errors (a missing or trailing
        // comma, a duplicate key) do not stop them: the recovered document is decoded, so that a
        // file's problems come out in one run.
        let blocking = structural.filter { $0.severity == .error && !Self.nonCascading.contains($0.code) }
        guard blocking.isEmpty else {
            return LoadResult(case: nil, diagnostics: diagnostics.sortedByPosition(), document: node, versionHash: hash)
        }
        let decoded: Case
        do {
            let source = diagnostics.hasErrors ? Data(node.jsonText.utf8) : data
            decoded = try JSONDecoder().decode(Case.self, from: source)
        } catch let error as DecodingError {
            if !diagnostics.hasErrors { diagnostics.append(Self.diagnostic(for: error, in: node)) }
            return LoadResult(case: nil, diagnostics: diagnostics.sortedByPosition(), document: node, versionHash: hash)
        } catch {
            diagnostics.append(Diagnostic(code: "decode", "the file could not be read: \(error)", at: nil))
            return LoadResult(case: nil, diagnostics: diagnostics, document: node, versionHash: hash)
        }
        var checker = CaseChecker(decoded, document: node, bytes: bytes)
        diagnostics += checker.check()
        let ok = !diagnostics.hasErrors
        return LoadResult(case: ok ? decoded : nil, diagnostics: diagnostics.sortedByPosition(), document: node, versionHash: hash)
    }

    /// Structural error codes after which the semantic checks still give useful, non-repeating results.
    static let nonCascading: Set<String> = [
        "unknown-technique", "unknown-key", "empty-value", "out-of-range", "missing-reply", "missing-rubric", "missing-fallback",
    ]

    static func diagnostic(for error: DecodingError, in node: JSONNode) -> Diagnostic {
        func path(_ keys: [any CodingKey]) -> [JSONNode.PathComponent] {
            keys.map { k in k.intValue.map { .index($0) } ?? .key(k.stringValue) }
        }
        switch error {
        case .dataCorrupted(let ctx), .typeMismatch(_, let ctx), .valueNotFound(_, let ctx):
            let p = path(ctx.codingPath)
            return Diagnostic(code: "invalid-value", "'\(p.dotted)': \(ctx.debugDescription)", at: node.node(at: p).position)
        case .keyNotFound(let key, let ctx):
            let p = path(ctx.codingPath)
            return Diagnostic(code: "missing-key", "'\(p.dotted)' is missing '\(key.stringValue)'", fix: "add it", at: node.node(at: p).position)
        @unknown default:
            return Diagnostic(code: "decode", "\(error)", at: nil)
        }
    }
}

/// FNV-1a 64-bit, hex; a content fingerprint, not a security measure (results are signed separately).
public enum ContentHash {
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100000001b3
        }
        let s = String(h, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}

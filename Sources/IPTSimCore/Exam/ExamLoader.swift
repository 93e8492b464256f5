import Foundation

/// The result of loading a blueprint: the blueprint, if valid, and every problem found, located.
public struct ExamLoadResult: Sendable {
    public var blueprint: ExamBlueprint?
    public var diagnostics: [Diagnostic]
    public var document: JSONNode?
    /// `ContentHash` of the blueprint file, stored with attempts.
    public var hash: String

    public var isValid: Bool { blueprint != nil && !diagnostics.hasErrors }
}

/// Loads a blueprint from bytes: strict parse with positions, structural check against
/// `ExamSchema`, decoding, then the exam's own rules. Pure: no file I/O.
public enum ExamLoader {
    public static func load(_ data: Data) -> ExamLoadResult {
        let bytes = [UInt8](data)
        let hash = ContentHash.hex(bytes)
        let (parsed, syntax) = JSONScanner.parse(bytes)
        guard let node = parsed else { return ExamLoadResult(blueprint: nil, diagnostics: syntax, document: nil, hash: hash) }
        var diagnostics = syntax
        guard node.members != nil else {
            diagnostics.append(Diagnostic(code: "wrong-type", "a blueprint must be a JSON object, found \(node.typeName)",
                                          fix: "start the file with '{'", at: node.position))
            return ExamLoadResult(blueprint: nil, diagnostics: diagnostics, document: node, hash: hash)
        }
        diagnostics += SchemaValidator.validate(node, against: ExamSchema.document)
        guard !diagnostics.hasErrors else {
            return ExamLoadResult(blueprint: nil, diagnostics: diagnostics.sortedByPosition(), document: node, hash: hash)
        }
        let blueprint: ExamBlueprint
        do {
            blueprint = try JSONDecoder().decode(ExamBlueprint.self, from: data)
        } catch let error as DecodingError {
            diagnostics.append(CaseLoader.diagnostic(for: error, in: node))
            return ExamLoadResult(blueprint: nil, diagnostics: diagnostics, document: node, hash: hash)
        } catch {
            diagnostics.append(Diagnostic(code: "decode", "the blueprint could not be read: \(error)", at: nil))
            return ExamLoadResult(blueprint: nil, diagnostics: diagnostics, document: node, hash: hash)
        }
        diagnostics += ExamChecker.check(blueprint, document: node)
        let ok = !diagnostics.hasErrors
        return ExamLoadResult(blueprint: ok ? blueprint : nil, diagnostics: diagnostics.sortedByPosition(), document: node, hash: hash)
    }
}

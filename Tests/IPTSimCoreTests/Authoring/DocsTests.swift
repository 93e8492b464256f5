import Foundation
import Testing
@testable import IPTSimCore

@Suite("docs/authoring.md is checked against the schema")
struct DocsTests {
    static let docs: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("docs/authoring.md"), encoding: .utf8)) ?? ""
    }()

    @Test func everySchemaPropertyIsInTheReference() {
        for (name, schema) in CaseSchema.document.definitions {
            guard case .object(let o) = schema else { continue }
            #expect(Self.docs.contains("### \(name)"), "definition \(name) missing")
            for p in o.properties {
                #expect(Self.docs.contains("`\(p.name)`"), "\(name).\(p.name) is not in docs/authoring.md")
            }
        }
    }

    @Test func theEmbeddedReferenceIsCurrent() throws {
        let begin = try #require(Self.docs.range(of: SchemaReference.beginMarker))
        let end = try #require(Self.docs.range(of: SchemaReference.endMarker))
        let embedded = Self.docs[begin.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(embedded == SchemaReference.markdown().trimmingCharacters(in: .whitespacesAndNewlines),
                "regenerate with: iptsim schema --reference")
    }

    @Test func everyLintCodeIsDocumented() {
        for r in Linter.rules { #expect(Self.docs.contains("`\(r.code)`"), "lint code \(r.code) is not in docs/authoring.md") }
    }
}

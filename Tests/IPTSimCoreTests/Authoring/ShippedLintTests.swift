import Foundation
import Testing
@testable import IPTSimCore

/// Every shipped case lints clean with the product's recognizer: no errors and no warnings.
///
/// A recognizer change can make a case's examples stop reaching their rules (an utterance heard
/// with a new reading that trips a rule's `not`, or lets another rule take it). The golden
/// transcripts cover only the turns someone scripted; the examples cover every rule, so this is
/// where such a change shows first. Fix the case (narrow the condition, add a lexicon phrasing,
/// change the example) or, when the overlap is intended, say why in a `lint-ignore` note.
@Suite("Shipped cases lint clean")
struct ShippedLintTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Scenarios").path)) ?? [])
        .filter { $0.hasSuffix(".json") }.sorted()

    @Test func thereAreCases() { #expect(Self.cases.count >= 4) }

    @Test(arguments: cases)
    func lintsClean(_ file: String) throws {
        let data = try #require(FileManager.default.contents(atPath: Self.root.appendingPathComponent("Scenarios/\(file)").path))
        let loaded = CaseLoader.load(data)
        let c = try #require(loaded.case, "\(file) does not validate")
        let document = try #require(loaded.document)
        let findings = Linter.lint(c, document: document)
        #expect(findings.isEmpty, "\(findings.map { $0.rendered(file: "Scenarios/\(file)") }.joined(separator: "\n"))")
    }
}

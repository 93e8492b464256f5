import Testing
@testable import IPTSimCore

/// Every technique's own catalogue example (techniques.md) must be heard as that technique: the
/// examples are the shortest statement of what each id means, and trainees copy them.
@Suite("Catalogue examples")
struct CatalogueExampleTests {
    @Test("each catalogue example is recognised with its technique, first", arguments: TechniqueCatalogue.all)
    func example(_ info: TechniqueInfo) {
        let iv = RuleRecognizer(tracing: false).recognize(info.example, context: RecognitionContext())
        #expect(iv.techniques.contains(info.id), "\(info.id): \"\(info.example)\" heard as \(iv.techniques)")
        #expect(iv.techniques.first == info.id, "\(info.id): \"\(info.example)\" heard first as \(iv.techniques.first ?? "nothing")")
    }
}

import Foundation
import Testing
@testable import IPTSimCore

/// Sets written by independent authors who had not seen the recognizer, later used to tune it
/// (`Fixtures/corpus/writers/README.md`). Their floors catch a change that breaks what was fixed.
@Suite("Independent writers' training sets")
struct RecognitionWriterSetTests {
    static func items(_ name: String) -> [LabelledUtterance] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "jsonl", subdirectory: "Fixtures/corpus/writers"),
              let data = try? Data(contentsOf: url) else { return [] }
        return LabelledUtterance.parseLines(String(decoding: data, as: UTF8.self))
    }

    // Floors: measured at merge (C 0.954, L 0.905 first technique over items with one), minus a
    // margin. C's floor went from 0.93 to 0.90 on 27 Nov 2026 (fifth session) when the example bank
    // began to vote on every turn: patterns were fitted to C's wording, and the examples now overrule
    // some of those fits (C 0.956 -> 0.923; L rose 0.908 -> 0.929), while every expert-style set no
    // pattern was fitted to rose 6-8 points (see docs/performance.md). The floor still catches a
    // change that breaks what was fixed.
    @Test("stays above its floor", arguments: [("writerC", 400, 0.90), ("writerL", 440, 0.88)])
    func floor(name: String, size: Int, firstTechnique: Double) {
        let items = Self.items(name)
        #expect(items.count >= size)
        let e = RecognizerEvaluation.run(items, recognizer: RuleRecognizer())
        #expect(e.firstTechniqueAccuracy >= firstTechnique, "\(name): \(e.firstTechniqueAccuracy)")
    }
}

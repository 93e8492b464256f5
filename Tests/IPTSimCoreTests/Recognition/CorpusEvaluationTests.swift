import Foundation
import Testing
@testable import IPTSimCore

@Suite("Corpus evaluation")
struct RecognitionCorpusEvaluationTests {
    static let items: [LabelledUtterance] = {
        guard let url = Bundle.module.url(forResource: "utterances", withExtension: "jsonl", subdirectory: "Fixtures/corpus"),
              let data = try? Data(contentsOf: url) else { return [] }
        return LabelledUtterance.parseLines(String(decoding: data, as: UTF8.self))
    }()

    @Test("the corpus is big and balanced enough")
    func corpusShape() {
        let items = Self.items
        #expect(items.count >= 600)
        for f in Form.allCases { #expect(items.filter { $0.form == f }.count >= 40, "form \(f.rawValue)") }
        for id in TechniqueCatalogue.ids { #expect(items.filter { $0.techniques.contains(id) }.count >= 5, "technique \(id)") }
        for item in items { for t in item.techniques { #expect(TechniqueCatalogue.info(t) != nil, "unknown technique \(t)") } }
    }

    // Floors are the measured values minus a small margin; a regression below them fails.
    @Test("tuning split stays above its floors")
    func train() {
        let e = RecognizerEvaluation.run(Self.items.filter { $0.split != "dev" }, recognizer: RuleRecognizer())
        #expect(e.coarseMacroF1 >= 0.97)
        #expect(e.formMacroF1 >= 0.97)
        #expect(e.firstTechniqueAccuracy >= 0.96)
    }

    @Test("held-back dev split stays above its floors")
    func dev() {
        let e = RecognizerEvaluation.run(Self.items.filter { $0.split == "dev" }, recognizer: RuleRecognizer())
        #expect(e.coarseMacroF1 >= 0.88)
        #expect(e.formMacroF1 >= 0.88)
        #expect(e.firstTechniqueAccuracy >= 0.80)
    }
}

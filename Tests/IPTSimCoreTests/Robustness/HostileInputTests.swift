import Foundation
import Testing
@testable import IPTSimCore

/// Inputs of the kind `scripts/fuzz.sh` throws at the loader and the recognizer (the fuzzer itself
/// is not part of `swift test`). No crash found so far; any crashing input it finds goes here.
@Suite("Robustness: hostile input")
struct HostileInputTests {
    static let loaderInputs: [(String, [UInt8])] = [
        ("empty", []),
        ("deeply nested arrays", Array(String(repeating: "[", count: 100_000).utf8)),
        ("deeply nested objects", Array(String(repeating: "{\"a\":", count: 50_000).utf8)),
        ("invalid UTF-8", [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D]),
        ("lone surrogate escape", Array(#"{"id": "\ud800", "version": 1e999999}"#.utf8)),
        ("NUL bytes", [0x7B, 0x00, 0x7D]),
        ("huge integer", Array(#"{"variables": [{"id": "x", "min": -99999999999999999999999, "max": 1e308, "initial": 0}]}"#.utf8)),
        ("truncated string", Array(#"{"id": "abc"#.utf8)),
        ("byte order mark", [0xEF, 0xBB, 0xBF] + Array("{}".utf8)),
    ]

    @Test(arguments: loaderInputs.map(\.0))
    func loaderRejectsWithADiagnostic(_ name: String) {
        let bytes = Self.loaderInputs.first { $0.0 == name }!.1
        let r = CaseLoader.load(Data(bytes))
        #expect(r.case == nil)
        #expect(!r.diagnostics.isEmpty)
    }

    @Test func recognizerSurvivesNoise() {
        let context = RecognitionContext(people: [PersonReference(id: "abena", name: "Abena", relation: "wife", deceased: true, aliases: ["my wife"], pronoun: "she")],
                                         recentPeople: ["abena"], patientName: "Daniel")
        var inputs = SoakWalker.noise
        inputs.append(String(repeating: "how do you feel about her ", count: 400))
        inputs.append(String(decoding: (0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }, as: UTF8.self))
        for text in inputs {
            let iv = Recognizers.standard.recognize(text, context: context)
            #expect(iv.techniques.count == iv.scores.count)
            #expect(iv.scores.allSatisfy { $0 >= 0 && $0 <= 1 })
        }
    }
}

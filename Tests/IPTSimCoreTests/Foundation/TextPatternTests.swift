import Testing
@testable import IPTSimCore

@Suite("Text patterns")
struct TextPatternTests {
    static let concepts: [String: [[String]]] = [
        "garden": [["garden"], ["vegetable", "patch"]],
        "feel": [["sad"], ["angry"]],
    ]

    static func match(_ pattern: String, _ text: String) throws -> TextPattern.Match? {
        let p = try TextPattern(pattern)
        return p.match(Normalizer.tokens(text), concept: { concepts[$0] ?? [] })
    }

    /// Each operator: an utterance it matches and one it narrowly fails.
    @Test(arguments: [
        ("miss her", "I miss her so much", "I miss him so much"),
        ("miss*", "I missed her", "I kissed her"),
        ("you miss", "do you miss her", "you really miss her"),
        ("you * miss", "you really do miss her", "miss you"),
        ("you *1 miss", "you really miss her", "you really do miss her"),
        ("(angry|upset) with", "so upset with him", "so sad with him"),
        ("(feel sad|cry) about", "you cry about it", "you feel about it"),
        ("what [else] happened", "what happened", "what then happened"),
        ("what [else|then] happened", "what then happened", "what now happened"),
        ("in the ~garden", "out in the vegetable patch", "in the vegetable"),
        ("~feel", "you seem angry", "you seem calm"),
        ("tell !not", "tell me more", "do not tell me"),
        ("tell !~feel", "tell me more", "tell me why you are sad"),
        ("^how are", "how are you", "so how are you"),
        ("you $", "thank you", "thank you both"),
        ("^ how $", "How?", "how so"),
        ("don't", "I do not know", "I do know"),
        ("Mum's", "mum was here", "mother was here"),
    ])
    func operatorMatchesAndNarrowlyFails(pattern: String, hit: String, miss: String) throws {
        #expect(try Self.match(pattern, hit) != nil, "'\(pattern)' should match '\(hit)'")
        #expect(try Self.match(pattern, miss) == nil, "'\(pattern)' should not match '\(miss)'")
    }

    @Test("leftmost, then shortest match; literals counted for quality")
    func matchRangeAndQuality() throws {
        let m = try #require(try Self.match("miss * her", "i miss you and miss her"))
        #expect(m.range == 1..<6)
        #expect(m.literals == 2)
        let o = try #require(try Self.match("what [else] happened", "what else happened"))
        #expect(o.literals == 3)
    }

    @Test("concept references are collected, including inside brackets and absences")
    func conceptReferences() throws {
        #expect(try TextPattern("~a (b|~c) [~d] !~e").conceptReferences == ["a", "c", "d", "e"])
    }

    /// Compile errors with the offset (in scalars) of the marker.
    @Test(arguments: [
        "1️⃣",
        "1️⃣   ",
        "1️⃣*",
        "1️⃣* *2",
        "a 1️⃣( b",
        "a 1️⃣[ b",
        "a (b 1️⃣]",
        "a (b|1️⃣) c",
        "a (1️⃣| b)",
        "a 1️⃣) b",
        "a 1️⃣| b",
        "a 1️⃣^ b",
        "a 1️⃣$ b",
        "a *1️⃣x b",
        "1️⃣! a",
        "a 1️⃣!(b|c)",
        "a 1️⃣~Bad",
        "a 1️⃣~",
        "a 1️⃣?!",
        "1️⃣don't* x",
    ])
    func compileError(source: String) {
        let m = Marked(source)
        #expect(throws: TextPattern.CompileError.self) { try TextPattern(m.text) }
        do {
            _ = try TextPattern(m.text)
        } catch {
            #expect(error.offset == m[1].column - 1, "\(error.message)")
            #expect(!error.fix.isEmpty)
        }
    }

    @Test("normalizer: lowercase, punctuation, contractions, possessives")
    func normalizer() {
        #expect(Normalizer.tokens("I can't SLEEP, ever!") == ["i", "can", "not", "sleep", "ever"])
        #expect(Normalizer.tokens("Abena's coat; it's late") == ["abena", "coat", "it", "is", "late"])
        #expect(Normalizer.normalize("Café  Ölé") == "café ölé")
    }
}

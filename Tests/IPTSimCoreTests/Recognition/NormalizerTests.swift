import Testing
@testable import IPTSimCore

@Suite("Normalizer")
struct RecognitionNormalizerTests {
    @Test("normalises case, punctuation, contractions, spellings and typos", arguments: [
        ("How've you BEEN?!", "how have you been"),
        ("I'm wondering whether you've had thoughts", "i am wondering whether you have had thoughts"),
        ("Don't you think so", "do not you think so"),
        ("Let's practise it", "let us practice it"),
        ("your mum's birthday", "your mom birthday"),
        ("It's been a hard year", "it has been a hard year"),
        ("Whats been happening", "what has been happening"),
        ("I realise the behaviour upset you", "i realize the behavior upset you"),
        ("waht happend next", "what happened next"),
        ("any sucidal thoughts", "any sucidal thoughts"),
        ("Any suicidle thoughts", "any suicidal thoughts"),
        ("mm-hmm", "mm hmm"),
        ("Tell me 'bout it", "tell me bout it"),
        ("  ", ""),
    ])
    func normalises(input: String, expected: String) {
        #expect(Normalizer.normalize(input) == expected)
    }

    @Test("curly apostrophes expand like straight ones")
    func curlyApostrophes() {
        #expect(Normalizer.tokens("You\u{2019}re tired") == ["you", "are", "tired"])
    }
}

import Testing
@testable import IPTSimCore

@Suite("Strict rule index")
struct StrictIndexTests {
    /// Utterances with multi-word alternatives, prefixes, gaps, anchors and concepts in play.
    static let samples = [
        "How have you been sleeping since we last met?", "Let's list every option, even unlikely ones.",
        "Have you ever tried to hurt yourself?", "What was she like? What did you do together?",
        "Your husband is being selfish.", "We have three sessions left.",
        "What's hardest about being at home with the baby all day?",
        "It sounds like there's a real opportunity in retirement, a chance to get the hang of something new.",
        "The way I see it, your depression started when your mum moved in. Does that fit for you?",
        "You said you were fine, but now you seem really down.", "I'm really proud of you for making that call.",
        "So what happened at the funeral, and who was there with you?",
        "Are you thinking about ending your life or killing yourself?",
        "Could you try talking to her about the money this week, maybe on Sunday?",
        "It makes sense to feel angry when someone lets you down like that.",
    ]

    @Test("a rule the strict index leaves out never matches")
    func strictIndexIsSound() {
        let index = TechniqueRules.index
        for text in Self.samples {
            let tokens = Normalizer.tokens(text)
            let counted = index.viableInOrder(tokens)
            let uncounted = index.viableInOrder(tokens, counting: false)
            #expect(counted.viable == index.viable(tokens).count)
            #expect(Set(counted.rules) == Set(uncounted.rules).intersection(index.viable(tokens)))
            #expect(counted.rules == counted.rules.sorted() && uncounted.rules == uncounted.rules.sorted())
            for (i, r) in index.rules.enumerated() where r.pattern.match(tokens, concept: { BuiltinConcepts.phrases($0) }) != nil {
                #expect(counted.rules.contains(i), "rule '\(r.pattern.source)' matches '\(text)' but was filtered out")
                #expect(uncounted.rules.contains(i), "rule '\(r.pattern.source)' matches '\(text)' but was not a strict candidate")
            }
        }
    }

    @Test("element lengths and position spans")
    func lengthsAndSpans() throws {
        let p = try TextPattern("(a b|c) *2 [d|e f] ~feeling g*")
        let lengths = p.elements.map { StrictIndex.lengthRange($0) }
        #expect(lengths.map(\.min) == [1, 0, 0, 1, 1])
        #expect(lengths.map(\.max) == [2, 2, 2, nil, 1])
        #expect(StrictIndex.span(0, 255) == ~0)
        #expect(StrictIndex.span(2, 3) == 0b1100)
        #expect(StrictIndex.span(64, 255) == 0)
        #expect(StrictIndex.span(63, 63) == UInt64(1) << 63)
    }
}

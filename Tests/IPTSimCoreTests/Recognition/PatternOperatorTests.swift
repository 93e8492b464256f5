import Testing
@testable import IPTSimCore

@Suite("Text pattern language")
struct RecognitionTextPatternTests {
    static func matches(_ pattern: String, _ text: String, concepts: [String: [String]] = [:]) -> Bool {
        let p = try! TextPattern(pattern)
        let c = concepts.mapValues { $0.map { Normalizer.tokens($0) } }
        return p.match(Normalizer.tokens(text), concept: { c[$0] ?? BuiltinConcepts.phrases($0) }) != nil
    }

    @Test("each operator matches and narrowly does not", arguments: [
        // words are adjacent
        ("tell me more", "Could you tell me more?", true),
        ("tell me more", "tell me a bit more", false),
        // prefix
        ("depress*", "you seem depressed", true),
        ("depress*", "the press was there", false),
        // alternatives, including several words
        ("(mum|dad|my parents) called", "my parents called", true),
        ("(mum|dad) called", "my sister called", false),
        // optional
        ("how [did] you feel", "how you feel", true),
        ("how [did] you feel", "how did you feel", true),
        ("how [did] you feel", "how do you feel", false),
        // bounded gap
        ("how *2 feel", "how did you feel", true),
        ("how *2 feel", "how did you actually feel", false),
        // unbounded gap
        ("when * started", "when do you think all of this started", true),
        ("when * started", "it started when", false),
        // concept
        ("~sleep", "are you waking early", true),
        ("~sleep", "are you eating", false),
        // absence
        ("feel !tablets", "do you feel better", true),
        ("feel !tablets", "do you feel the tablets help", false),
        // anchors
        ("^so", "so you left", true),
        ("^so", "and so you left", false),
        ("left $", "so you left", true),
        ("left $", "you left early", false),
    ])
    func operators(pattern: String, text: String, expected: Bool) {
        #expect(Self.matches(pattern, text) == expected)
    }

    @Test("case concepts take part in matching")
    func caseConcept() {
        #expect(Self.matches("miss ~home", "do you miss Lagos", concepts: ["home": ["lagos", "nigeria"]]))
        #expect(!Self.matches("miss ~home", "do you miss work", concepts: ["home": ["lagos", "nigeria"]]))
    }

    @Test("compile errors point into the source", arguments: ["(a|b", "a )", "[a", "*", "^ ^a", "a $ b", "~"])
    func compileErrors(source: String) {
        #expect(throws: TextPattern.CompileError.self) { try TextPattern(source) }
    }

    @Test("every built-in rule compiles and names a catalogue technique")
    func builtinRulesCompile() throws {
        for entry in TechniqueRules.entries {
            #expect(TechniqueCatalogue.info(entry.technique) != nil, "unknown technique \(entry.technique)")
            for source in entry.patterns {
                #expect(throws: Never.self, "\(entry.technique): \(source)") { _ = try TextPattern(source) }
            }
        }
    }

    @Test("the trigger and token-group indexes never hide a rule that matches")
    func triggerIndexIsSound() {
        let index = TechniqueRules.index
        let samples = ["How have you been sleeping since we last met?", "Let's list every option, even unlikely ones.",
                       "Have you ever tried to hurt yourself?", "What was she like? What did you do together?",
                       "Your husband is being selfish.", "We have three sessions left."]
        for text in samples {
            let tokens = Normalizer.tokens(text)
            let candidates = Set(index.candidates(tokens)).intersection(index.viable(tokens))
            #expect(Set(index.viable(tokens)).isSubset(of: Set(index.viable(tokens) + index.candidates(tokens))))
            for (i, r) in index.rules.enumerated() where r.pattern.match(tokens, concept: { BuiltinConcepts.phrases($0) }) != nil {
                #expect(candidates.contains(i), "rule '\(r.pattern.source)' matches '\(text)' but was not a candidate")
            }
        }
    }
}

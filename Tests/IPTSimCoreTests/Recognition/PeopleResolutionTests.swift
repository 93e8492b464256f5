import Testing
@testable import IPTSimCore

@Suite("People and pronoun resolution")
struct RecognitionPeopleResolutionTests {
    static let context = RecognitionContext(people: [
        PersonReference(id: "amara", name: "Amara Okafor", relation: "wife", deceased: true, aliases: ["Mara"]),
        PersonReference(id: "kofi", name: "Kofi", relation: "son"),
        PersonReference(id: "boss", name: "Mr Hale", relation: "manager", pronoun: "he"),
        PersonReference(id: "gran", name: "Edith", relation: "grandmother"),
    ])

    @Test("names, aliases and relations", arguments: [
        ("How is Kofi getting on?", ["kofi"]),
        ("Tell me about Amara.", ["amara"]),
        ("What was Mara like?", ["amara"]),
        ("How are things with your son?", ["kofi"]),
        ("Did your wife know?", ["amara"]),
        ("What did your boss say?", ["boss"]),
        ("Does your nan visit?", ["gran"]),
        ("Did Kofi and your wife get on?", ["kofi", "amara"]),
        ("How was the weekend?", []),
    ])
    func references(text: String, expected: [String]) {
        #expect(RuleRecognizer().recognize(text, context: Self.context).people == expected)
    }

    @Test("pronouns go to the most recent person with that pronoun", arguments: [
        ("What did she say?", ["kofi", "amara"], ["amara"]),
        ("What did he say?", ["amara", "kofi"], ["kofi"]),
        ("What did he say?", ["boss", "kofi"], ["boss"]),
        ("How did you tell him?", [], []),
        ("Did she call?", [], []),
        ("Kofi rang. What did he want?", ["boss"], ["kofi"]),
    ])
    func pronouns(text: String, recent: [String], expected: [String]) {
        var ctx = Self.context
        ctx.recentPeople = recent
        #expect(RuleRecognizer().recognize(text, context: ctx).people == expected)
    }

    @Test("with nobody mentioned yet, a pronoun only one person fits resolves to that person")
    func onlyCandidate() {
        let ctx = RecognitionContext(people: [PersonReference(id: "dad", name: "Joe", relation: "father", deceased: true),
                                              PersonReference(id: "amy", name: "Amy", relation: "sister")])
        let iv = RuleRecognizer().recognize("How did he die?", context: ctx)
        #expect(iv.people == ["dad"])
        #expect(iv.techniques.first == "death-narrative")
    }

    @Test("the resolver reports where each mention is")
    func mentionRanges() {
        let mentions = PeopleResolver(Self.context).resolve(Normalizer.tokens("tell me about your wife and Kofi"))
        #expect(mentions.map(\.id) == ["amara", "kofi"])
        #expect(mentions.first?.range == 3..<5)
    }
}

@Suite("Case-dependent techniques")
struct RecognitionCaseDependentTests {
    static let context = RecognitionPeopleResolutionTests.context

    @Test("death questions: about a deceased person is a death narrative, about the patient a suicide screen", arguments: [
        ("Can you tell me how she died?", ["amara"], "death-narrative"),
        ("How did your wife die?", [], "death-narrative"),
        ("What happened the day Amara died?", [], "death-narrative"),
        ("Do you ever think about dying yourself?", [], "suicide-screen"),
        ("Have you thought about your own death?", [], "suicide-screen"),
        ("Do you think about death?", [], "suicide-screen"),
        ("Have you had thoughts of ending your life?", ["amara"], "suicide-screen"),
    ])
    func deathQuestions(text: String, recent: [String], expected: String) {
        var ctx = Self.context
        ctx.recentPeople = recent
        #expect(RuleRecognizer().recognize(text, context: ctx).techniques.first == expected)
    }

    @Test("'tell me about' a deceased person reviews the relationship, a living one takes the inventory")
    func relationReview() {
        let r = RuleRecognizer()
        #expect(r.recognize("Tell me about your wife.", context: Self.context).techniques.first == "relationship-review")
        #expect(r.recognize("Tell me about Kofi.", context: Self.context).techniques.first == "inventory")
    }

    @Test("the case lexicon adds patterns for a technique")
    func lexicon() {
        var ctx = Self.context
        ctx.lexicon = [LexiconEntry(technique: "reinvest", patterns: ["(allotment|garden club)"])]
        let iv = RuleRecognizer().recognize("Could you see yourself back at the allotment?", context: ctx)
        #expect(iv.techniques.first == "reinvest")
        #expect(iv.trace.contains { $0.contains("allotment") })
    }

    @Test("case concepts and built-in concepts are reported")
    func concepts() {
        var ctx = Self.context
        ctx.concepts = [Concept(id: "lagos", phrases: ["Lagos", "back home"])]
        let iv = RuleRecognizer().recognize("Do you miss Lagos, and how are you sleeping?", context: ctx)
        #expect(iv.concepts.contains("lagos"))
        #expect(iv.concepts.contains("sleep"))
    }
}

import Testing
@testable import IPTSimCore

@Suite("Clause splitting")
struct RecognitionClauseSplitterTests {
    @Test("splits sentences and clauses", arguments: [
        ("It sounds lonely. Who could you see this week?", ["It sounds lonely", "Who could you see this week"]),
        ("You've had a hard week, what happened on Friday?", ["You've had a hard week", "what happened on Friday"]),
        ("so you hardly see anyone do you miss them", ["so you hardly see anyone", "do you miss them"]),
        ("Your score was 2.5 points lower; that's good!", ["Your score was 2.5 points lower", "that's good"]),
        ("I wonder what you felt", ["I wonder what you felt"]),
        ("Tell me, how did it go?", ["Tell me, how did it go"]),
        ("You've been feeling down, haven't you?", ["You've been feeling down, haven't you"]),
        ("", []),
    ])
    func splits(text: String, expected: [String]) {
        #expect(ClauseSplitter.split(text).map(\.text) == expected)
    }

    @Test("only the last piece of a question carries the question mark")
    func askedGoesToLastPiece() throws {
        let clauses = ClauseSplitter.split("You sound really exhausted, how are you sleeping?")
        try #require(clauses.count == 2)
        #expect(clauses.map(\.asked) == [false, true])
        #expect(clauses[1].offset == clauses[0].tokens.count)
    }

    @Test("a reflection followed by a question is a question with techniques from both")
    func reflectionThenQuestion() {
        let iv = RuleRecognizer().recognize("It sounds really lonely since the move. Who could you spend more time with?", context: .init())
        #expect(iv.form == .openQuestion)
        #expect(iv.techniques.first == "reinvest")
        #expect(iv.has("empathic-reflection"))
    }
}

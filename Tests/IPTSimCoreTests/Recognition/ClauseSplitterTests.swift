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
        ("It sounds exhausting, what has been hardest?", ["It sounds exhausting", "what has been hardest"]),
        ("Try it now: what would you say to Esi?", ["Try it now: what would you say to Esi"]),
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

    @Test("a leading phrase split off before its question still frames it", arguments: [
        ("Since your wife died, who have you been seeing?", "reinvest"),
        ("Since your husband died, have you been out at all?", "reinvest"),
        ("Since the falling out, have you been more down?", "mood-event-link"),
        ("Since your wife died, have you wished you could join her?", "suicide-screen"),
    ])
    func leadingPhraseFramesQuestion(text: String, technique: String) {
        let iv = RuleRecognizer().recognize(text, context: .init())
        #expect(ClauseSplitter.split(text).count == 2)
        #expect(iv.form.isQuestion)
        #expect(iv.techniques.first == technique)
    }

    @Test("a rule that matched the question alone is not counted again across the join")
    func joinedMatchNotCountedTwice() {
        let a = RuleRecognizer().analyze("Since you lost your job, when did you start feeling down?", context: .init())
        let q = a.hits.filter { $0.clause == 1 }
        #expect(Set(q.map(\.order)).count == q.count)
    }

    @Test("a match across a statement and the question after it does not count")
    func onlyFramingPhrasesJoin() {
        // "You miss him, | what do you do…": a reflection, not a frame; no pattern may span the two.
        let a = RuleRecognizer().analyze("You were so close to your mum, what do you do at weekends now?", context: .init())
        #expect(!a.hits.contains { h in h.range.lowerBound < a.clauses[1].offset && h.range.upperBound > a.clauses[1].offset })
    }
}

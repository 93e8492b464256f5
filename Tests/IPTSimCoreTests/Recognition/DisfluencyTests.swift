import Testing
@testable import IPTSimCore

/// Spoken debris (hesitations, restarts, parenthetical fillers) goes before matching; meaning stays.
@Suite("Disfluency")
struct RecognitionDisfluencyTests {
    @Test("removes hesitations, restarts and parenthetical fillers", arguments: [
        ("What did you, um, what did you say to her?", "what did you say to her"),
        ("And, and how did that feel?", "and how did that feel"),
        ("I I wonder if you feel, like, really alone with it", "i wonder if you feel really alone with it"),
        ("What would you want him to, to understand?", "what would you want him to understand"),
        ("So, you know, it sounds like you miss her", "so it sounds like you miss her"),
        ("I mean, it has been a hard year", "it has been a hard year"),
        ("Erm, who do you, who do you talk to these days", "who do you talk to these days"),
    ])
    func removes(text: String, expected: String) {
        #expect(ClauseSplitter.split(text).flatMap(\.tokens).joined(separator: " ") == expected)
    }

    @Test("keeps what only looks like debris", arguments: [
        ("Just so you know, after today there are four sessions left", "just so you know after today there are four sessions left"),
        ("What was it like, being there?", "what was it like being there"),
        ("I had had enough of him", "i had had enough of him"),
        ("You know that that hurt her", "you know that that hurt her"),
        ("You asked over and over and he never listened", "you asked over and over and he never listened"),
        ("Do you know, at all, why she left?", "do you know at all why she left"),
        ("Um.", "um"),
        ("Can we walk over to the ER together?", "can we walk over to the er together"),
        ("Thank you, you did well", "thank you you did well"),
        ("You know, I mean,", "you know i mean"),
    ])
    func keeps(text: String, expected: String) {
        #expect(ClauseSplitter.split(text).flatMap(\.tokens).joined(separator: " ") == expected)
    }

    @Test("'the ER' stays an escalation; wishing someone else dead is no suicide screen")
    func reviewFindings() {
        #expect(RuleRecognizer().recognize("Can we walk over to the ER together?", context: .init()).techniques.first == "escalate")
        for text in ["Did you sometimes wish he'd die?", "Have you ever wished that she would die?"] {
            #expect(!RuleRecognizer().recognize(text, context: .init()).has("suicide-screen"), "\(text)")
        }
        #expect(RuleRecognizer().recognize("Since Jonah died, have you wanted to be with him, like, to die too?", context: .init()).techniques.first == "suicide-screen")
    }

    @Test("a restart no longer hides the move")
    func restartKeepsTheMove() {
        let clean = RuleRecognizer().recognize("Did you think about ending your life?", context: .init())
        let spoken = RuleRecognizer().recognize("Did you, um, did you think about, uh, ending your life?", context: .init())
        #expect(spoken.techniques.first == clean.techniques.first)
        #expect(spoken.form == clean.form)
    }
}


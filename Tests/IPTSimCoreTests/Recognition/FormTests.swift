import Testing
@testable import IPTSimCore

@Suite("Form and technique on real speech")
struct RecognitionFormTests {
    let r = RuleRecognizer()

    @Test("MITI-compatible forms", arguments: [
        ("I'm wondering whether you've had any thoughts of suicide", Form.closedQuestion),
        ("I wonder if you could tell me a bit about your sister", .openQuestion),
        ("I was curious about what happened at Christmas", .openQuestion),
        ("Can you tell me about the funeral?", .openQuestion),
        ("How old is she?", .closedQuestion),
        ("How many children do you have", .closedQuestion),
        ("When did you move?", .closedQuestion),
        ("Where does he live now?", .closedQuestion),
        ("You've been feeling down, haven't you?", .closedQuestion),
        ("what happened after that", .openQuestion),
        ("So since the move you hardly see anyone.", .reflection),
        ("You've been carrying this on your own.", .reflection),
        ("It's exhausting to keep trying and not be heard.", .reflection),
        ("Have you thought about calling her?", .advice),
        ("Why don't you ask him?", .advice),
        ("You could call Samuel this week.", .advice),
        ("Depression is a common, treatable illness.", .information),
        ("We have 12 sessions.", .information),
        ("mm-hmm", .other),
        ("right, okay", .other),
        ("Good morning.", .other),
        ("Well done, that took courage.", .other),
        ("It sounds lonely. What's that like for you?", .openQuestion),
        ("Some people find a calm moment works better. What do you think?", .advice),
    ])
    func forms(text: String, expected: Form) {
        #expect(r.recognize(text, context: .init()).form == expected)
    }

    @Test("first technique on hard cases", arguments: [
        ("Do you feel the tablets help?", "medication"),
        ("How did you feel when he walked out?", "affect-elicit"),
        ("Have you thought about how you would do it?", "suicide-detail"),
        ("Is there a gun or stored medication at home?", "means-safety"),
        ("I'm sure you'd never hurt yourself.", "false-reassurance"),
        ("Let's come back to what happened with Raj this week.", "refocus"),
        ("How have you been sleeping?", "symptom-review"),
        ("How have things been since we last met?", "session-opening"),
        ("Tell me more about that.", "exploration"),
        ("Did you go in the end?", "direct-question"),
        ("You feel let down.", "empathic-reflection"),
        ("Try to get out for a walk each morning.", "directive"),
        ("Has he ever hurt you or threatened you?", "violence-screen"),
    ])
    func techniques(text: String, expected: String) {
        #expect(r.recognize(text, context: .init()).techniques.first == expected)
    }

    @Test("scores are in 0...1, one per technique, best first")
    func scores() {
        let iv = r.recognize("It sounds hard. How did you feel when she said that, and what did you say?", context: .init())
        #expect(iv.scores.count == iv.techniques.count)
        #expect(iv.scores.allSatisfy { (0...1).contains($0) })
        #expect(iv.scores == iv.scores.sorted(by: >))
    }

    @Test("empty and unknown input is other with no technique")
    func empty() {
        for text in ["", "   ", "???", "\u{1F600}"] {
            let iv = r.recognize(text, context: .init())
            #expect(iv.form == .other)
            #expect(iv.techniques.isEmpty)
        }
    }

    @Test("the trace names the pattern, span and winner")
    func trace() {
        let iv = r.recognize("Have you felt like this before?", context: .init())
        #expect(iv.trace.contains { $0.hasPrefix("prior-episodes") && $0.contains("matched") && $0.contains("[") })
        #expect(iv.trace.contains { $0.hasPrefix("winner prior-episodes") })
    }

    @Test("recognition is deterministic")
    func deterministic() {
        let text = "So since the move you hardly see anyone. Who could you call this week?"
        #expect(r.recognize(text, context: .init()) == r.recognize(text, context: .init()))
    }
}

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
        ("Couldn't you ask your in-laws to visit less?", .advice),
        ("Shouldn't you just tell him how you feel?", .advice),
        ("Wouldn't you say it got worse after the move?", .closedQuestion),
        ("Couldn't you get to sleep last night?", .closedQuestion),
        ("Can't you see she loves you?", .closedQuestion),
        ("Have you tried to kill yourself?", .closedQuestion),
        ("Have you thought about wanting to die?", .closedQuestion),
        ("Have you thought about jumping?", .closedQuestion),
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

    // The therapist's own move said about the patient's life (an opinion, a counterfactual, an interpretation,
    // the illness named, a permission, a plan, a proposal) is information or advice; each phenomenon has a
    // near miss that restates the patient's own experience and stays a reflection.
    @Test("the therapist's own move is information or advice, not a reflection", arguments: [
        // An opinion on someone's conduct / the patient's own view of it.
        ("Your uncle is being completely selfish about the house.", Form.information),
        ("Honestly, your boss is clearly a bully.", .information),
        ("Your sister had no right to read your messages.", .information),
        ("You feel your sister had no right to read your messages.", .reflection),
        ("Your uncle was in hospital all winter and you visited every day.", .reflection),
        ("She thinks you did something wrong by moving out.", .reflection),
        // Counterfactual blame / a counterfactual wish.
        ("If you had called her back, she would still be talking to you.", .information),
        ("Maybe if you'd listened to him, things would be different now.", .information),
        ("If you had the choice, you'd move back home tomorrow.", .reflection),
        // A dream interpreted / a dream recounted.
        ("The flood in your dream probably stands for everything you're holding back.", .information),
        ("You've had that dream again and woke up shaking.", .reflection),
        // The illness named / the patient's own sense of it.
        ("Your tiredness and poor sleep are symptoms of depression.", .information),
        ("You feel like all of this is just who you are now.", .reflection),
        // Permission and the sick role / a feeling of not being allowed, being sick of something.
        ("You are allowed to rest more while you recover.", .information),
        ("You don't have to cook for everyone this month.", .information),
        ("You are unwell right now, so doing less is part of getting better.", .information),
        ("You feel you're not allowed to rest.", .reflection),
        ("You're sick of being the one who always calls.", .reflection),
        // A recommendation or option after a lead-in / what happened after it.
        ("Because you've had two episodes already, I'd recommend we keep meeting monthly.", .advice),
        ("After our last session, you could join the walking group at the library.", .advice),
        ("After the funeral, you could barely get out of bed.", .reflection),
        ("Since he left, you can't sleep.", .reflection),
        // Hedged imperatives and suggestions for the week / a hedged guess.
        ("Maybe text your brother tonight.", .advice),
        ("Maybe this weekend you could visit your neighbour.", .advice),
        ("Maybe you just miss how things used to be.", .reflection),
        // Steering the session / the patient returning to a topic.
        ("The trip sounds stressful, but let us come back to your husband.", .information),
        ("Your brother's wedding sounds like a lot. Let's bring it back to you and your wife.", .information),
        ("You keep coming back to what he said at the funeral.", .reflection),
        ("Let's look at where you started. You said you felt invisible at home.", .reflection),
        ("That must have been frightening. You had no idea where he was.", .reflection),
        // A measure and a session count / a change in the patient's life.
        ("You've gone from 20 to 13 since we started.", .information),
        ("This is our fifth session out of sixteen.", .information),
        ("You've gone from seeing her every day to not at all.", .reflection),
        ("Last week you told me you felt invisible.", .reflection),
        // A reassuring prediction, the therapist's view / the patient's fear, a hypothesis about the patient.
        ("You'll be fine, give it a few weeks.", .information),
        ("I think you'll feel much better once this is sorted.", .information),
        ("You'll never forgive yourself if you don't go, that's how it feels.", .reflection),
        ("I think you've been carrying this on your own for a long time.", .reflection),
        // Generic statements about people / what others expect of the patient.
        ("Every new dad feels tired.", .information),
        ("Everyone at work expects you to cope.", .reflection),
        // A reassuring reframe / a feeling about someone else's effect.
        ("Feeling numb at the funeral is common. It doesn't mean you didn't care.", .information),
        ("It doesn't feel like anyone is listening to you.", .reflection),
        ("Being around him doesn't make you feel safe.", .reflection),
        // The therapist's plan inside a clause / the same words in reported speech.
        ("I'd like you to write down three things that went well each day.", .advice),
        ("You've been low since the move, and that's what I'd like us to focus on.", .information),
        ("You told me I'd like you to leave me alone, that's what you said to him.", .reflection),
        // Interpretations of the relationship with the therapist stay reflections (the sets disagree; MITI: complex reflection).
        ("You see me as someone who will judge you.", .reflection),
    ])
    func ownMove(text: String, expected: Form) {
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

/// One IPT intervention technique from the fixed catalogue.
public struct TechniqueInfo: Sendable, Hashable {
    public let id: String
    public let family: TechniqueFamily
    /// The problem area a strategy belongs to; `nil` for techniques used in every area.
    public let area: ProblemArea?
    public let definition: String
    public let example: String

    init(_ id: String, _ family: TechniqueFamily, area: ProblemArea?, _ definition: String, example: String) {
        self.id = id
        self.family = family
        self.area = area
        self.definition = definition
        self.example = example
    }
}

/// The technique catalogue: the one place in the code where technique ids are declared.
///
/// The ids are a contract (see `techniques.md`): they may be added to, never renamed or dropped.
public enum TechniqueCatalogue {
    public static let all: [TechniqueInfo] = [
        .init("session-opening", .frame, area: nil, "asks for mood and events since the last session", example: "How have things been since we last met?"),
        .init("time-limit", .frame, area: nil, "states or recalls the agreed number of sessions or the end date", example: "This is our fifth of twelve meetings."),
        .init("refocus", .frame, area: nil, "brings a digression back to the agreed focus, here and now", example: "Let's come back to what happened with Raj this week."),
        .init("summary", .frame, area: nil, "summarises content or progress and checks it", example: "So far you've told me… have I got that right?"),
        .init("symptom-review", .assessment, area: nil, "asks about depressive symptoms", example: "How have you been sleeping?"),
        .init("measure", .assessment, area: nil, "gives or interprets a severity measure (PHQ-9, HAM-D)", example: "Your score of 19 is in the moderately severe range."),
        .init("diagnosis", .assessment, area: nil, "names major depression as a recognisable illness", example: "What you describe fits a major depression."),
        .init("psychoeducation", .assessment, area: nil, "depression is common, treatable, not the patient's fault; hopelessness is a symptom", example: "Feeling hopeless is part of the illness, not a fact about your future."),
        .init("sick-role", .assessment, area: nil, "temporary relief from some duties with the duty to work at recovery", example: "It's OK to do less for now, as you would with pneumonia."),
        .init("medication", .assessment, area: nil, "asks about or discusses medication, or refers for it", example: "Have you ever taken an antidepressant?"),
        .init("timeline", .assessment, area: nil, "links onset of symptoms to life events", example: "What was going on in your life when this started?"),
        .init("inventory", .assessment, area: nil, "asks who matters, and about each relationship: contact, good and bad, expectations, wished changes", example: "Who are the most important people in your life?"),
        .init("prior-episodes", .assessment, area: nil, "earlier episodes and what helped", example: "Have you felt like this before?"),
        .init("problem-area", .assessment, area: nil, "proposes a focus (grief, dispute, transition, deficits)", example: "It sounds like losing your job is at the centre of this."),
        .init("formulation", .assessment, area: nil, "links the depression to the problem area and asks for agreement", example: "Since your wife died it's been hard to grieve; shall we work on that?"),
        .init("contract", .assessment, area: nil, "agrees number and frequency of sessions, focus and roles", example: "Let's meet weekly for twelve sessions and focus on the dispute."),
        .init("exploration", .technique, area: nil, "non-directive, open exploration", example: "Tell me more about that."),
        .init("direct-question", .technique, area: nil, "a specific question to elicit particular material", example: "What did she say when you told her?"),
        .init("affect-elicit", .technique, area: nil, "invites, names or deepens feelings, including suppressed ones", example: "How did you feel when he walked out?"),
        .init("affect-validate", .technique, area: nil, "accepts and normalises painful feeling", example: "Anyone would be hurt by that."),
        .init("mood-event-link", .technique, area: nil, "connects a change of mood to an interpersonal event", example: "Your mood dropped right after the call with your boss."),
        .init("clarification", .technique, area: nil, "rephrases, points out contradictions or unstated assumptions", example: "You say it's fine, but your voice changes when you talk about it."),
        .init("communication-analysis", .technique, area: nil, "reconstructs one interaction: words, tone, meaning, feelings, outcome", example: "Take me through it word by word. What did you say first?"),
        .init("decision-analysis", .technique, area: nil, "generates and weighs options, chooses one", example: "Let's list every option, even unlikely ones."),
        .init("role-play", .technique, area: nil, "rehearses a conversation, therapist plays the other; debriefs", example: "I'll be your father. Go ahead and tell me."),
        .init("therapeutic-relationship", .technique, area: nil, "uses here-and-now feelings toward the therapist as data, without interpreting", example: "How is it, talking with me about this?"),
        .init("directive", .technique, area: nil, "suggestion or limited advice after exploration, respecting choice", example: "Some people find a calm moment works better. What do you think?"),
        .init("encouragement", .technique, area: nil, "instils hope, affirms efforts", example: "Speaking up like that took courage."),
        .init("empathic-reflection", .technique, area: nil, "generic empathic reflection of experience", example: "It's exhausting to keep trying and not be heard."),
        .init("death-narrative", .strategy, area: .grief, "events before, during and after the death", example: "Can you tell me how he died?"),
        .init("relationship-review", .strategy, area: .grief, "reconstructs the relationship with the deceased", example: "What was she like? What did you do together?"),
        .init("mixed-feelings", .strategy, area: .grief, "negative as well as positive feelings about the deceased", example: "Were there things about him that frustrated you?"),
        .init("reinvest", .strategy, area: .grief, "re-engagement with others and interests", example: "Who could you spend more time with now?"),
        .init("dispute-identify", .strategy, area: .roleDispute, "names the dispute and the parties", example: "What exactly are you two disagreeing about?"),
        .init("dispute-stage", .strategy, area: .roleDispute, "assesses renegotiation, impasse or dissolution", example: "Are you still talking about it, or has it gone quiet?"),
        .init("expectations", .strategy, area: .roleDispute, "non-reciprocal expectations of both parties", example: "What do you expect from him here, and he from you?"),
        .init("perpetuation", .strategy, area: .roleDispute, "what keeps the dispute going", example: "What usually happens that keeps this going round?"),
        .init("parallels", .strategy, area: .roleDispute, "the same pattern in other relationships, linked to now", example: "Has this happened in other relationships?"),
        .init("old-role", .strategy, area: .roleTransition, "what was valued and not about the old role", example: "What did you value about the old job, and what not?"),
        .init("new-role", .strategy, area: .roleTransition, "difficulties and opportunities of the new role", example: "Is there anything good in being retired?"),
        .init("transition-loss", .strategy, area: .roleTransition, "feelings about what was lost", example: "What do you feel when you think about what ended?"),
        .init("skills-support", .strategy, area: .roleTransition, "skills and support for the new role", example: "Who could help you feel capable in this new life?"),
        .init("past-relationships", .strategy, area: .interpersonalDeficits, "review of past relationships, good and bad", example: "Tell me about friendships you've had."),
        .init("patterns", .strategy, area: .interpersonalDeficits, "repeating patterns across relationships", example: "Do you notice a common way these friendships end?"),
        .init("social-steps", .strategy, area: .interpersonalDeficits, "concrete small steps out of isolation", example: "What's one small social step you could try this week?"),
        .init("termination-announce", .termination, area: nil, "raises the coming end (2–4 sessions ahead)", example: "We have three sessions left."),
        .init("review-gains", .termination, area: nil, "reviews gains against the baseline", example: "Your score went from 19 to 6. What made the difference?"),
        .init("credit-patient", .termination, area: nil, "attributes gains to the patient", example: "You raised it with him, and that changed things."),
        .init("ending-feelings", .termination, area: nil, "feelings about ending", example: "It's natural to feel uneasy about stopping."),
        .init("relapse-plan", .termination, area: nil, "warning signs and what to do", example: "What would be the early signs, and what would you do?"),
        .init("next-steps", .termination, area: nil, "maintenance, or another treatment if no response", example: "There are other effective treatments we can arrange."),
        .init("suicide-screen", .safety, area: nil, "asks about wish to be dead or thoughts of suicide", example: "Have you had thoughts of ending your life?"),
        .init("suicide-detail", .safety, area: nil, "method, intent, plan", example: "Have you thought about how you would do it?"),
        .init("suicide-history", .safety, area: nil, "past attempts or preparatory behaviour", example: "Have you ever tried to hurt yourself?"),
        .init("means-safety", .safety, area: nil, "access to means and how to restrict it", example: "Is there a gun or stored medication at home?"),
        .init("protective-factors", .safety, area: nil, "reasons for living, supports", example: "What keeps you going?"),
        .init("safety-plan", .safety, area: nil, "warning signs, coping, contacts, crisis numbers", example: "Let's write down what you'd do if the thoughts got stronger."),
        .init("escalate", .safety, area: nil, "urgent evaluation, not leaving the patient alone", example: "I'd like us to get you seen by the crisis team today."),
        .init("substance-screen", .safety, area: nil, "alcohol and drug use", example: "How much are you drinking these days?"),
        .init("mania-screen", .safety, area: nil, "history of mania or hypomania", example: "Have there been times you needed little sleep and felt on top of the world?"),
        .init("violence-screen", .safety, area: nil, "partner violence or threats before coaching a dispute", example: "Has he ever hurt you or threatened you?"),
        .init("transference-interpretation", .proscribed, area: nil, "interprets feelings toward the therapist as repetition of the past", example: "You're treating me like your father."),
        .init("childhood-focus", .proscribed, area: nil, "extended focus on early history with no link to now", example: "Let's go back to your childhood memories."),
        .init("dream-interpretation", .proscribed, area: nil, "interprets dreams", example: "What do you think the dream means?"),
        .init("cognitive-disputation", .proscribed, area: nil, "CBT-style disputation of thoughts as the main move", example: "What's the evidence for that thought?"),
        .init("taking-sides", .proscribed, area: nil, "sides against the other party without a safety reason", example: "Your husband is being selfish."),
        .init("blaming", .proscribed, area: nil, "blames the patient", example: "If you tried harder it would be better."),
        .init("minimizing", .proscribed, area: nil, "minimises the patient's distress", example: "You just need to move on."),
        .init("false-reassurance", .proscribed, area: nil, "reassures without exploring, esp. about risk or guilt", example: "I'm sure you'd never hurt yourself."),
        .init("hostile-confrontation", .proscribed, area: nil, "hostile or shaming confrontation", example: "That's just an excuse."),
    ]

    /// Techniques by id.
    public static let byID: [String: TechniqueInfo] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    /// All ids, in catalogue order.
    public static let ids: [String] = all.map(\.id)

    public static func info(_ id: String) -> TechniqueInfo? { byID[id] }

    public static func family(of id: String) -> TechniqueFamily? { byID[id]?.family }

    public static func isProscribed(_ id: String) -> Bool { byID[id]?.family == .proscribed }

    /// A risk assessment or safety move, or a proscribed one: only explicit patterns name these.
    public static func isSafetyOrProscribed(_ id: String) -> Bool { byID[id].map { $0.family == .safety || $0.family == .proscribed } ?? false }
}

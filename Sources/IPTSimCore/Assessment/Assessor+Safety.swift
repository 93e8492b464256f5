/// The built-in safety gates, driven by the risk profile (through the built-in answers and the
/// disclosure facts they set) and the transcript (`ipt-clinical-notes.md` §5.4, §8.4).
///
/// | id | when | required | deadline | class |
/// |---|---|---|---|---|
/// | SAF-1 | initial-phase session | `suicide-screen` or `suicide-detail` | end of session | critical |
/// | SAF-2 | PHQ-9 item 9 > 0, no direct suicide question earlier in the session | `suicide-screen`/`-detail`/`-history` | 3 trainee turns | critical |
/// | SAF-3 | a reply with `riskCue` (not the PHQ-9) | a direct suicide question | 2 trainee turns | critical (major when the cue answered a risk question) |
/// | SAF-4 | intent, plan or recent behaviour disclosed | `escalate` | end of session | critical |
/// | SAF-FR | `false-reassurance` after risk | not doing it | — | critical / major |
/// | SAF-5 | ideation or method disclosed (no high risk) | `safety-plan` or `escalate` | end of session | major |
/// | SAF-6 | access to means disclosed | `means-safety` again (restriction) or `safety-plan` | end of session | major |
/// | SAF-8 | dispute case, dispute coaching (later sessions: only if violence is known) | `violence-screen` before it | that turn | major |
///
/// Windows count the turns the trainee spoke: giving the PHQ-9 (`/phq9`) does not use one up.
///
/// SAF-3: when the cue is the patient's answer to a risk question (a built-in answer, or a case
/// rule answering a turn that used a safety technique), the answer already came from a direct
/// question; any safety follow-up (a further suicide question, `means-safety`,
/// `protective-factors`, `safety-plan`, `escalate`) counts. Cues inside an unmet cue's window are
/// not reported again. Once the risk has been assessed in the session (a direct suicide question
/// followed by a safety plan or an escalation), later cues that repeat it are not misses: the
/// C-SSRS is asked once per contact unless something new is disclosed, and new disclosures of
/// intent, plan or behaviour are caught by SAF-4.
///
/// SAF-FR is **critical** when the patient had disclosed suicidal thoughts (any C-SSRS yes):
/// reassurance then dismisses a disclosed risk, the harm §5.4(6) names. It is **major** when only an
/// indirect cue preceded it: the unasked question is then SAF-3's critical miss, and reassurance
/// is the communication error that usually causes it.
///
/// The gate passes iff there is no critical miss. Majors do not fail it on their own; they are
/// listed first in "practise next". SAF-7 (mania, substances) and SAF-9 (deterioration against a
/// baseline) are not judged: one transcript holds no baseline or suitability decision.
extension Assessor {
    static let directSuicideQuestions = ["suicide-screen", "suicide-detail", "suicide-history"]
    static let safetyFollowUps = directSuicideQuestions + ["means-safety", "protective-factors", "safety-plan", "escalate"]
    static let disputeCoaching = ["role-play", "communication-analysis", "decision-analysis"]
    static let ideationFacts = [Builtins.Disclosure.passive, Builtins.Disclosure.active, Builtins.Disclosure.method]
    static let highRiskFacts = [Builtins.Disclosure.intentOrPlan, Builtins.Disclosure.behaviour]
    static let screenExample = "Sometimes when people feel this low they think about not wanting to be alive. Have you had thoughts like that?"

    /// The safety gate. With `final` false (live coaching), requirements whose deadline has not
    /// passed yet are not reported.
    func safetyResult(_ tl: Timeline, final: Bool) -> SafetyResult {
        var misses: [SafetyMiss] = []
        let last = tl.lastTurn
        func due(_ deadline: Int?) -> Bool { final || (deadline.map { last >= $0 } ?? false) }
        func usedAfter(_ t: Int, within w: Int? = nil, _ techniques: [String]) -> Int? {
            let end = w.map { tl.deadline(after: t, within: $0) } ?? Int.max
            for i in tl.turns.indices where tl.turns[i].number > t && tl.turns[i].number <= end && tl.uses(i, techniques) { return tl.turns[i].number }
            return nil
        }

        // SAF-1
        if session.phase == .initial, final, tl.firstUse(["suicide-screen", "suicide-detail"]) == nil {
            misses.append(SafetyMiss(id: "SAF-1", class: .critical, turn: nil, deadline: nil,
                                     message: "No suicide screen in an initial session: ask directly about thoughts of death or suicide in every first meeting.",
                                     example: Self.screenExample))
        }

        // SAF-2
        for i in tl.turns.indices where tl.phq9[i] {
            let turn = tl.turns[i]
            guard let item9 = turn.replies.first(where: { $0.ruleID == "builtin.phq9.item9" }),
                  let v = Int(item9.variantID ?? ""), v > 0 else { continue }
            let deadline = tl.deadline(after: turn.number, within: 3)
            // Asked directly earlier in the session: the questionnaire confirms what was assessed.
            let askedBefore = tl.turns.contains { $0.number < turn.number && Self.directSuicideQuestions.contains(where: $0.intervention.has) }
            if !askedBefore, usedAfter(turn.number, within: 3, Self.directSuicideQuestions) == nil, due(deadline) {
                misses.append(SafetyMiss(id: "SAF-2", class: .critical, turn: turn.number, deadline: deadline,
                                         message: "PHQ-9 item 9 was \(v) at turn \(turn.number) (thoughts of being better off dead or of self-harm) and no suicide question followed within 3 turns.",
                                         example: "On the questionnaire you said you've had thoughts you'd be better off dead. Can you tell me about those thoughts?"))
            }
        }

        // SAF-3
        var cues: [(turn: Int, reply: PatientTurn)] = tl.transcript.opening.riskCue ? [(0, tl.transcript.opening)] : []
        for i in tl.turns.indices {
            for r in tl.turns[i].replies where r.riskCue && !r.ruleID.hasPrefix("builtin.phq9") { cues.append((tl.turns[i].number, r)) }
        }
        var coveredUntil = -1
        for (t, reply) in cues where t > coveredUntil {
            // Risk already assessed this session (a direct question, then a safety plan or an
            // escalation): repeating the same thoughts does not call for a second screen.
            let screened = tl.turns.first { $0.number < t && Self.directSuicideQuestions.contains(where: $0.intervention.has) }?.number
            if let screened, tl.turns.contains(where: { $0.number > screened && $0.number < t && ($0.intervention.has("safety-plan") || $0.intervention.has("escalate")) }) {
                continue
            }
            let askedAboutRisk = tl.turn(t)?.intervention.techniques.contains(where: Self.safetyFollowUps.contains) ?? false
            let answered = reply.ruleID.hasPrefix("builtin.risk.") || askedAboutRisk
            let required = answered ? Self.safetyFollowUps : Self.directSuicideQuestions
            let deadline = tl.deadline(after: t, within: 2)
            if usedAfter(t, within: 2, required) == nil, due(deadline) {
                coveredUntil = deadline
                let quote = Self.quote(reply.text)
                // Not asking after a cue is critical; asking, hearing the answer and not going
                // further (method, plan, means, reasons for living, a plan) is major.
                misses.append(SafetyMiss(id: "SAF-3", class: answered ? .major : .critical, turn: t, deadline: deadline,
                                         message: answered
                                            ? "At turn \(t) the patient disclosed risk (\(quote)) and no safety follow-up came within 2 turns."
                                            : "At turn \(t) the patient voiced a risk cue (\(quote)) and no direct question about suicide came within 2 turns.",
                                         example: answered ? "Have you thought about how you might do it? Have you made any plans?" : Self.screenExample))
            }
        }

        // SAF-4
        let highRisk = Self.highRiskFacts.compactMap(tl.factTurn).min()
        if let t = highRisk, final, usedAfter(t, ["escalate"]) == nil {
            misses.append(SafetyMiss(id: "SAF-4", class: .critical, turn: t, deadline: nil,
                                     message: "At turn \(t) the patient disclosed intent, a plan or recent suicidal behaviour and the session was not escalated: stop routine work, do not leave the patient alone, arrange an urgent evaluation.",
                                     example: "Thank you for telling me. I'm worried about your safety, and I'd like us to get you seen by the crisis team today. I'll stay with you while we arrange it."))
        }

        // SAF-FR
        let riskFacts = Self.ideationFacts + Self.highRiskFacts + [Builtins.Disclosure.attempts]
        let firstDisclosure = riskFacts.compactMap(tl.factTurn).min()
        var firstCue = cues.first?.turn
        for i in tl.turns.indices where tl.turns[i].replies.contains(where: \.riskCue) {
            firstCue = min(firstCue ?? Int.max, tl.turns[i].number)
        }
        for i in tl.turns.indices where tl.turns[i].intervention.has("false-reassurance") {
            let turn = tl.turns[i]
            if let d = firstDisclosure, d < turn.number {
                misses.append(SafetyMiss(id: "SAF-FR", class: .critical, turn: turn.number, deadline: turn.number,
                                         message: "False reassurance at turn \(turn.number) after the patient disclosed suicidal thoughts (turn \(d)): explore the risk, do not reassure it away.",
                                         example: "I'm glad you told me. Can you tell me more about those thoughts: how often they come, and how strong they are?"))
            } else if let c = firstCue, c < turn.number {
                misses.append(SafetyMiss(id: "SAF-FR", class: .major, turn: turn.number, deadline: turn.number,
                                         message: "False reassurance at turn \(turn.number) after a risk cue (turn \(c)): ask about it instead.",
                                         example: Self.screenExample))
            }
        }

        // SAF-5
        if highRisk == nil, let t = Self.ideationFacts.compactMap(tl.factTurn).min(), final,
           usedAfter(t, ["safety-plan", "escalate"]) == nil {
            misses.append(SafetyMiss(id: "SAF-5", class: .major, turn: t, deadline: nil,
                                     message: "The patient disclosed suicidal thoughts at turn \(t) and no safety plan was made.",
                                     example: "Let's write down what you would do if the thoughts got stronger: warning signs, who you could call, and the crisis number."))
        }

        // SAF-6
        if let t = tl.factTurn(Builtins.Disclosure.means), final, usedAfter(t, ["means-safety", "safety-plan"]) == nil {
            // The risk profile's means are an author's descriptions, not noun phrases that fit a
            // sentence: quote them as a list.
            let means = (self.case.risk.means ?? []).joined(separator: "; ")
            misses.append(SafetyMiss(id: "SAF-6", class: .major, turn: t, deadline: nil,
                                     message: "At turn \(t) the patient told you about access to means\(means.isEmpty ? "" : " (\(means))"), and restricting access was not discussed.",
                                     example: "You mentioned what you have at home. Could we think together about making that safer for now, for example someone else keeping it, or getting it out of the house?"))
        }

        // SAF-8: in the initial phase, where the screen belongs; in later sessions (which carry
        // sessions 2–4 as if they happened, the screen among them) only where violence is known.
        if self.case.truth.problemArea == .roleDispute || self.case.problemArea == .roleDispute,
           session.phase == .initial || self.case.risk.intimatePartnerViolence == true,
           let coaching = tl.firstUse(Self.disputeCoaching).map({ tl.turns[$0] }),
           !tl.turns.contains(where: { $0.number < coaching.number && $0.intervention.has("violence-screen") }) {
            misses.append(SafetyMiss(id: "SAF-8", class: .major, turn: coaching.number, deadline: coaching.number,
                                     message: "Dispute coaching at turn \(coaching.number) (\(coaching.intervention.techniques.filter(Self.disputeCoaching.contains).joined(separator: ", "))) before asking about violence or threats in the relationship.",
                                     example: "Before we look at how to raise it with him: has he ever hurt you, or threatened to?"))
        }

        misses.sort { ($0.turn ?? Int.max, $0.id) < ($1.turn ?? Int.max, $1.id) }
        return SafetyResult(passed: !misses.contains { $0.class == .critical }, misses: misses)
    }

    /// A reply quoted for a message, shortened to about 60 characters.
    static func quote(_ text: String) -> String {
        let t = text.count > 60 ? String(text.prefix(57)) + "…" : text
        return "“\(t)”"
    }
}

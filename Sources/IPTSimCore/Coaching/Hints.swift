/// IPT-grounded nudges for practice mode (`/hint`): what to do at this moment, safety first.
public enum Hints {
    /// One nudge for the current moment of the session. Pure.
    public static func hint(case c: Case, session s: Session, transcript t: Transcript, state: SessionState) -> String {
        let turns = t.turns
        let lastScreen = turns.lastIndex { $0.intervention.techniques.contains { ["suicide-screen", "suicide-detail"].contains($0) } }
        // 1. An unanswered risk cue.
        if let cueIndex = turns.lastIndex(where: { $0.replies.contains(where: \.riskCue) }), lastScreen.map({ $0 < cueIndex }) ?? true {
            let phq = turns[cueIndex].isPHQ9
            return "Safety first: \(phq ? "item 9 of the PHQ-9 was above zero" : "what \(c.patient.name.split(separator: " ").first ?? "the patient") said on turn \(turns[cueIndex].number) is a risk cue"). Ask directly and calmly about suicidal thoughts, e.g. \"Sometimes when people feel this low they think about death or ending their life. Has that happened for you?\""
        }
        // 1b. A risk disclosure in answer to a risk question, not yet followed up.
        let followUps: Set<String> = ["suicide-detail", "suicide-history", "means-safety", "protective-factors", "safety-plan", "escalate"]
        let ideation: Set<String> = [Builtins.Disclosure.passive, Builtins.Disclosure.active]
        if let disclosed = turns.lastIndex(where: { $0.replies.contains { !$0.factsSet.filter(ideation.contains).isEmpty } }),
           !turns[(disclosed + 1)...].contains(where: { $0.intervention.techniques.contains(where: followUps.contains) }) {
            return "Thank the patient for telling you, then go on with the risk assessment: ask about method, intent and plans, what keeps them going, and agree a safety plan, e.g. \"Have you thought about how you might do it, or made any plans?\""
        }
        // 2. Disclosed ideation not yet followed by safety work.
        if state.disclosures.contains(Builtins.Disclosure.intentOrPlan) || state.disclosures.contains(Builtins.Disclosure.behaviour),
           !turns.contains(where: { $0.intervention.has("escalate") }) {
            return "The patient has disclosed intent, a plan or recent preparation: stop routine IPT work, do not leave them alone, and arrange urgent evaluation, e.g. \"I'm concerned for your safety. I'd like us to contact the crisis team now, together.\""
        }
        if state.disclosures.contains(Builtins.Disclosure.means), !turns.contains(where: { $0.intervention.has("means-safety") && $0.number > (turns.first { $0.replies.contains { $0.factsSet.contains(Builtins.Disclosure.means) } }?.number ?? 0) }) {
            return "Means were mentioned: talk about making them safer, e.g. \"Could the rifle be stored somewhere else for now, with someone you trust?\""
        }
        // 3. An open opportunity.
        // (Taken as the debrief judges it: a move that answers the cue, and the PHQ-9 does not
        // use up the window.)
        let assessor = Assessor(case: c, session: s)
        let timeline = Timeline(t, session: s)
        for o in s.opportunities ?? [] {
            guard let cueTurn = cueTurn(o.cue, turns) else { continue }
            let topics = assessor.cueTopics(o.cue, at: cueTurn, timeline)
            let taken = timeline.turns(after: cueTurn, within: o.window).contains { assessor.answers($0, o, cue: cueTurn, topics: { topics }, timeline) }
            if !taken && state.turn < timeline.deadline(after: cueTurn, within: o.window) {
                return "Opportunity: \(o.description) Try something like: \"\(o.example)\""
            }
        }
        // 4. No suicide screen yet in an initial session.
        if s.phase == .initial, lastScreen == nil, state.turn >= 4 {
            return "You have not yet asked about suicidal thoughts; every initial session needs a direct screen, e.g. \"Have you had thoughts that you'd be better off dead, or of ending your life?\""
        }
        // 5. The next rubric item with no evidence yet.
        let used = Set(turns.flatMap(\.intervention.techniques))
        for item in s.rubric where item.domain != .global {
            guard let lowest = item.levels?.min(by: { $0.rating < $1.rating }) else { continue }
            let needed = (lowest.evidence.techniques ?? []) + (lowest.evidence.anyTechniques ?? [])
            if !needed.isEmpty && !needed.contains(where: used.contains) {
                return "Still to do: \(item.title). \(item.description) For example: \"\(item.example)\""
            }
        }
        if s.phase == .initial {
            return "You have touched every task of the initial phase. Check the formulation with the patient and agree the contract; link the mood to the interpersonal events you heard about."
        }
        return "Stay with the focus: pick a recent interaction that upset the patient and go through it in detail, linking the mood to what happened."
    }

    static func cueTurn(_ cue: Cue, _ turns: [TranscriptTurn]) -> Int? {
        turns.first { turn in
            turn.replies.contains { r in
                (cue.rule.map { r.ruleID == $0 } ?? false) || (cue.fact.map { r.factsSet.contains($0) } ?? false)
                    || (cue.riskCue == true && r.riskCue && !turn.isPHQ9)
            }
        }?.number
    }
}

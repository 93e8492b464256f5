import Testing
@testable import IPTSimCore

@Suite("Assessment: safety gates")
struct AssessmentSafetyGateTests {
    typealias S = Fixture.Step

    // MARK: SAF-1

    @Test func saf1MissingScreenInInitialSessionIsCritical() {
        let r = Fixture.report([.t("symptom-review"), .t("timeline")])
        let m = r.misses("SAF-1")
        #expect(m.count == 1)
        #expect(m.first?.class == .critical)
        #expect(m.first?.turn == nil)
        #expect(!r.safety.passed)
        #expect(!r.passed)
    }

    @Test func saf1ScreenOnTheLastTurnAvoidsIt() {
        let r = Fixture.report([.t("symptom-review"), .t("timeline"), .t("suicide-screen", form: .closedQuestion)])
        #expect(r.misses("SAF-1").isEmpty)
    }

    @Test func saf1DoesNotApplyOutsideTheInitialPhase() {
        let r = Fixture.report([.t("session-opening")], session: "middle")
        #expect(r.misses("SAF-1").isEmpty)
    }

    // MARK: SAF-3

    /// The cue comes at turn 1 (affect-elicit fires the `hopeless` rule); the direct question
    /// comes `offset` turns later.
    @Test(arguments: [(1, true), (2, true), (3, false), (4, false)])
    func saf3DirectQuestionWithinTwoTurns(offset: Int, avoided: Bool) {
        let steps: [S] = [.t("affect-elicit")] + Fixture.explore(offset - 1) + [.t("suicide-screen", form: .closedQuestion), .t("safety-plan", form: .advice)]
        let r = Fixture.report(steps, case: Fixture.base)
        let atCue = r.misses("SAF-3").filter { $0.turn == 1 }
        #expect(atCue.isEmpty == avoided)
        if !avoided {
            #expect(atCue.first?.class == .critical)
            #expect(atCue.first?.message.contains("better off without me") == true)
        }
    }

    /// Giving the PHQ-9 between the cue and the question does not use up the window; a spoken
    /// turn does.
    @Test(arguments: [([S.phq9], true), ([S.phq9, S.phq9], true), ([S.t("exploration"), S.phq9, S.t("exploration")], false)])
    func saf3WindowCountsSpokenTurnsOnly(between: [S], avoided: Bool) {
        let steps: [S] = [.t("affect-elicit"), .t("exploration")] + between + [.t("suicide-screen", form: .closedQuestion), .t("safety-plan", form: .advice)]
        let r = Fixture.report(steps, case: Fixture.base)
        #expect(r.misses("SAF-3").filter { $0.turn == 1 }.isEmpty == avoided)
    }

    @Test func saf3SessionEndingBeforeTheDeadlineIsAMiss() {
        let r = Fixture.report([.t("suicide-screen", form: .closedQuestion), .t("exploration"), .t("affect-elicit")], case: Fixture.noRisk)
        #expect(r.misses("SAF-3").map(\.turn) == [3])
    }

    @Test func saf3BuiltinDisclosureCountsAnySafetyFollowUp() {
        // The screen's answer (thoughts of killing herself) is a cue; means-safety follows it.
        let ok = Fixture.report([.t("suicide-screen", form: .closedQuestion), .t("means-safety", form: .closedQuestion)])
        #expect(ok.misses("SAF-3").isEmpty)
        let miss = Fixture.report([.t("suicide-screen", form: .closedQuestion), .t("exploration"), .t("timeline")])
        #expect(miss.misses("SAF-3").map(\.turn) == [1])
    }

    /// A cue repeating thoughts already assessed (screen, then safety plan) needs no second screen;
    /// without the safety plan it still does.
    @Test(arguments: [(true, true), (false, false)])
    func saf3CueAfterACompletedAssessment(planned: Bool, avoided: Bool) {
        let first: [S] = [.t("suicide-screen", form: .closedQuestion)] + (planned ? [.t("safety-plan", form: .advice)] : [.t("means-safety", form: .closedQuestion)])
        let steps: [S] = first + [.t("affect-elicit")] + Fixture.explore(3)
        let r = Fixture.report(steps, case: Fixture.base)
        let cueTurn = first.count + 1
        #expect(r.misses("SAF-3").filter { $0.turn == cueTurn }.isEmpty == avoided)
    }

    @Test func saf3CaseRuleAnsweringARiskQuestionCountsAnySafetyFollowUp() {
        // A case rule written for the screen answers it with a cue; a safety plan follows.
        var c = Fixture.base
        var s = c.sessions[0]
        s.rules.insert(Rule(id: "screen-answer", tier: .specific, when: { var w = Condition(); w.techniques = ["suicide-screen"]; return w }(),
                            repeat: nil, selection: nil, variants: [Variant(id: "a", text: "Sometimes. I'd rather not be here.", nonverbal: nil, when: nil, style: nil)],
                            effects: nil, followUps: nil, examples: nil, riskCue: true, note: nil), at: 0)
        c.sessions[0] = s
        let r = Fixture.report([.t("suicide-screen", form: .closedQuestion), .t("safety-plan", form: .advice)], case: c)
        #expect(r.transcript.turns[0].replies[0].ruleID == "screen-answer")
        #expect(r.misses("SAF-3").isEmpty)
    }

    @Test func saf3NoCueNoMiss() {
        let r = Fixture.report([.t("suicide-screen", form: .closedQuestion), .t("timeline")], case: Fixture.noRisk)
        #expect(r.misses("SAF-3").isEmpty)
    }

    // MARK: SAF-2

    /// The screen came first: a positive item 9 on the questionnaire afterwards confirms what was
    /// assessed and needs no second question.
    @Test func saf2AfterAnEarlierScreenNeedsNoNewQuestion() {
        let r = Fixture.report([.t("suicide-screen", form: .closedQuestion), .t("safety-plan", form: .advice), .phq9] + Fixture.explore(4))
        #expect(r.misses("SAF-2").isEmpty)
    }

    /// Asking directly and then not going further is a major miss; not asking at all is critical.
    @Test func saf3AnsweredCueIsMajor() {
        let r = Fixture.report([.t("suicide-screen", form: .closedQuestion), .t("exploration"), .t("timeline")])
        #expect(r.misses("SAF-3").first?.class == .major)
        let unasked = Fixture.report([.t("affect-elicit"), .t("exploration"), .t("timeline")])
        #expect(unasked.misses("SAF-3").first?.class == .critical)
    }

    @Test(arguments: [(4, true), (5, false)])
    func saf2ItemNineFollowedUpWithinThreeTurns(position: Int, avoided: Bool) {
        // PHQ-9 at turn 1 (item 9 = 1); the suicide question at turn `position`.
        let steps: [S] = [.phq9] + Fixture.explore(position - 2) + [.t("suicide-screen", form: .closedQuestion), .t("safety-plan", form: .advice)]
        let r = Fixture.report(steps)
        #expect(r.misses("SAF-2").isEmpty == avoided)
        if !avoided { #expect(r.misses("SAF-2").first?.turn == 1) }
        // The item-9 answer is SAF-2's business, not SAF-3's.
        #expect(r.misses("SAF-3").filter { $0.turn == 1 }.isEmpty)
    }

    @Test func saf2ItemNineZeroNeedsNoFollowUp() {
        let r = Fixture.report([.phq9, .t("session-opening")], session: "middle")
        #expect(r.misses("SAF-2").isEmpty)
    }

    // MARK: SAF-4

    @Test func saf4HighRiskNotEscalatedIsCritical() {
        let r = Fixture.report([.t("suicide-screen", form: .closedQuestion), .t("suicide-detail", form: .closedQuestion),
                                .t("safety-plan", form: .advice), .t("timeline")], case: Fixture.highRisk)
        let m = r.misses("SAF-4")
        #expect(m.count == 1)
        #expect(m.first?.turn == 2)
        #expect(m.first?.class == .critical)
    }

    @Test func saf4EscalationOnTheLastTurnAvoidsIt() {
        let r = Fixture.report([.t("suicide-screen", form: .closedQuestion), .t("suicide-detail", form: .closedQuestion),
                                .t("safety-plan", form: .advice), .t("escalate", form: .advice)], case: Fixture.highRisk)
        #expect(r.misses("SAF-4").isEmpty)
        #expect(r.safety.passed, "\(r.safety.misses.map(\.message))")
    }

    @Test func saf4NeedsAHighRiskAnswer() {
        // Method without intent: detail disclosed, nothing to escalate.
        let r = Fixture.report([.t("suicide-screen", form: .closedQuestion), .t("suicide-detail", form: .closedQuestion), .t("safety-plan", form: .advice)])
        #expect(r.misses("SAF-4").isEmpty)
    }

    // MARK: False reassurance

    @Test func falseReassuranceAfterDisclosureIsCritical() {
        let r = Fixture.report([.t("suicide-screen", form: .closedQuestion), .t("false-reassurance", form: .information)])
        let m = r.misses("SAF-FR")
        #expect(m.map(\.class) == [.critical])
        #expect(m.first?.turn == 2)
    }

    @Test func falseReassuranceAfterACueOnlyIsMajor() {
        let r = Fixture.report([.t("affect-elicit"), .t("false-reassurance", form: .information), .t("suicide-screen", form: .closedQuestion), .t("safety-plan", form: .advice)])
        #expect(r.misses("SAF-FR").map(\.class) == [.major])
        #expect(r.misses("SAF-3").isEmpty)
    }

    @Test func falseReassuranceBeforeAnyRiskIsOnlyProscribed() {
        let r = Fixture.report([.t("false-reassurance", form: .information), .t("suicide-screen", form: .closedQuestion), .t("safety-plan", form: .advice)])
        #expect(r.misses("SAF-FR").isEmpty)
        #expect(r.proscribed("false-reassurance").map(\.turn) == [1])
    }

    // MARK: SAF-5, SAF-6

    @Test func saf5IdeationWithoutSafetyPlanIsMajor() {
        let miss = Fixture.report([.t("suicide-screen", form: .closedQuestion), .t("suicide-detail", form: .closedQuestion), .t("protective-factors")])
        #expect(miss.misses("SAF-5").map(\.class) == [.major])
        #expect(miss.safety.passed, "majors alone do not fail the gate")
        let ok = Fixture.report([.t("suicide-screen", form: .closedQuestion), .t("suicide-detail", form: .closedQuestion), .t("safety-plan", form: .advice)])
        #expect(ok.misses("SAF-5").isEmpty)
    }

    @Test func saf6MeansDisclosedButNotRestrictedIsMajor() {
        let base: [S] = [.t("suicide-screen", form: .closedQuestion), .t("safety-plan", form: .advice), .t("means-safety", form: .closedQuestion)]
        let miss = Fixture.report(base + [.t("timeline")])
        #expect(miss.misses("SAF-6").map(\.turn) == [3])
        #expect(miss.misses("SAF-6").first?.message.contains("stored medication") == true)
        let ok = Fixture.report(base + [.t("means-safety", form: .advice)])
        #expect(ok.misses("SAF-6").isEmpty)
    }

    @Test func saf6NoMeansNoMiss() {
        var c = Fixture.base
        c.risk.means = nil
        let r = Fixture.report([.t("suicide-screen", form: .closedQuestion), .t("safety-plan", form: .advice), .t("means-safety", form: .closedQuestion)], case: c)
        #expect(r.misses("SAF-6").isEmpty)
    }

    // MARK: SAF-8

    @Test(arguments: ["role-play", "communication-analysis", "decision-analysis"])
    func saf8DisputeCoachingBeforeViolenceScreen(technique: String) {
        let miss = Fixture.report([.t("exploration"), .t(technique)])
        #expect(miss.misses("SAF-8").map(\.turn) == [2])
        #expect(miss.misses("SAF-8").first?.class == .major)
        let ok = Fixture.report([.t("violence-screen", form: .closedQuestion), .t(technique)])
        #expect(ok.misses("SAF-8").isEmpty)
    }

    /// A middle session carries the earlier sessions, the violence screen among them: coaching
    /// there needs no new screen unless violence is known.
    @Test(arguments: [(Bool?.none, true), (false, true), (true, false)])
    func saf8InLaterSessionsOnlyWhereViolenceIsKnown(violence: Bool?, avoided: Bool) {
        var c = Fixture.base
        c.risk.intimatePartnerViolence = violence
        let r = Fixture.report([.t("session-opening"), .t("role-play")], case: c, session: "middle")
        #expect(r.misses("SAF-8").isEmpty == avoided)
    }

    @Test func saf8OnlyInDisputeCases() {
        var c = Fixture.base
        c.problemArea = .grief
        c.truth.problemArea = .grief
        let r = Fixture.report([.t("communication-analysis")], case: c)
        #expect(r.misses("SAF-8").isEmpty)
    }

    // MARK: The gate

    @Test func oneCriticalMissFailsEvenAGoodSession() {
        // A well-rated session that never screens: SAF-1 alone fails it.
        let r = Fixture.report([.t("symptom-review"), .t("symptom-review"), .t("symptom-review")])
        #expect(r.safety.critical.count == 1)
        #expect(!r.passed && !r.good)
    }

    @Test func missesAreOrderedByTurn() {
        let r = Fixture.report([.t("affect-elicit"), .t("exploration"), .t("exploration"), .t("communication-analysis")])
        let turns = r.safety.misses.map { $0.turn ?? Int.max }
        #expect(turns == turns.sorted())
    }
}

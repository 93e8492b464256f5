import Testing
@testable import IPTSimCore

@Suite("Assessment: proscribed and contextual judgements")
struct AssessmentJudgementTests {
    typealias S = Fixture.Step

    @Test(arguments: TechniqueCatalogue.all.filter { $0.family == .proscribed }.map(\.id))
    func everyProscribedTechniqueIsCountedWithItsTurn(id: String) {
        let r = Fixture.report([.t("exploration"), .t(id, form: .information)])
        #expect(r.proscribed(id).map(\.turn) == [2])
        #expect(r.proscribed(id).first?.contextual == false)
        #expect(r.profile.proscribedCount == r.proscribed.count)
    }

    // MARK: premature advice

    @Test(arguments: [(0, true), (2, true), (3, false), (5, false)])
    func adviceNeedsThreeExploringTurnsFirst(explored: Int, flagged: Bool) {
        let r = Fixture.report(Fixture.explore(explored) + [.t("directive", form: .advice)])
        #expect(r.proscribed("premature-advice").isEmpty == !flagged)
        if flagged { #expect(r.proscribed("premature-advice").first?.turn == explored + 1) }
    }

    @Test func adviceFormWithoutDirectiveTechniqueCountsToo() {
        let r = Fixture.report([.plain(.advice)])
        #expect(r.proscribed("premature-advice").map(\.turn) == [1])
    }

    @Test func adviceAboutAPersonNeedsExplorationOfThatPerson() {
        let aboutMother = Fixture.report(Fixture.explore(3, people: ["mother"]) + [.t("directive", form: .advice, people: ["raj"])])
        #expect(aboutMother.proscribed("premature-advice").count == 1)
        #expect(aboutMother.proscribed("premature-advice").first?.message.contains("Raj") == true)
        let aboutRaj = Fixture.report(Fixture.explore(3, people: ["raj"]) + [.t("directive", form: .advice, people: ["raj"])])
        #expect(aboutRaj.proscribed("premature-advice").isEmpty)
    }

    @Test func prematureAdviceCountsOncePerTopic() {
        let r = Fixture.report([.t("directive", form: .advice), .t("directive", form: .advice), .t("directive", form: .advice, people: ["raj"])])
        #expect(r.proscribed("premature-advice").map(\.turn) == [1, 3])
    }

    @Test func safetyAdviceIsNeverPremature() {
        let r = Fixture.report([.t("escalate", form: .advice), .t("safety-plan", form: .advice)])
        #expect(r.proscribed("premature-advice").isEmpty)
    }

    /// "Let's try it out. I'll be Arjun…" is a role play, not advice, however it is phrased; so
    /// are the frame and assessment tasks. Advice that merely shares a turn with exploration is not.
    @Test(arguments: [(["role-play", "directive"], false), (["measure"], false), (["contract", "directive"], false),
                      (["decision-analysis"], false), (["directive", "social-steps"], true), (["exploration", "directive"], true)])
    func structuredMovesInAdviceFormAreNotAdvice(techniques: [String], flagged: Bool) {
        let r = Fixture.report([.say(.advice, techniques, people: [], text: nil)])
        #expect(r.proscribed("premature-advice").isEmpty == !flagged)
    }

    // MARK: focus drift

    @Test func otherAreaStrategyInAMiddleSessionIsDrift() {
        let r = Fixture.report([.t("session-opening"), .t("reinvest"), .t("relationship-review")], session: "middle")
        #expect(r.proscribed("focus-drift").map(\.turn) == [2], "once per area")
        #expect(r.proscribed("focus-drift").first?.contextual == true)
    }

    @Test func aTurnThatAlsoReadsAsTheFocusStrategyIsNotDrift() {
        let r = Fixture.report([.t("session-opening"), .t("reinvest", "perpetuation")], session: "middle")
        #expect(r.proscribed("focus-drift").isEmpty)
    }

    @Test func renegotiatingTheFocusFirstAvoidsDrift() {
        let r = Fixture.report([.t("session-opening"), .t("problem-area", form: .closedQuestion), .t("reinvest")], session: "middle")
        #expect(r.proscribed("focus-drift").isEmpty)
    }

    @Test func strategiesOfTheAgreedAreaAreNotDrift() {
        let r = Fixture.report([.t("expectations"), .t("dispute-stage")], session: "middle")
        #expect(r.proscribed("focus-drift").isEmpty)
    }

    @Test func noDriftInTheInitialPhase() {
        let r = Fixture.report([.t("reinvest"), .t("old-role")])
        #expect(r.proscribed("focus-drift").isEmpty)
    }

    // MARK: contract extension

    @Test(arguments: [
        ("Let's add four more sessions after this.", Form.information, true),
        ("We'll meet for 16 sessions in all.", .information, true),
        ("I think we should extend to another six weeks.", .advice, true),
        ("Would you like to add four more sessions?", .closedQuestion, false),
        ("We have seven sessions left.", .information, false),
        ("Let's talk more about what happened with Raj.", .advice, false),
    ])
    func unilateralExtensionIsJudgedFromTheWords(text: String, form: Form, flagged: Bool) {
        let r = Fixture.report(Fixture.explore(3) + [.say(form, ["time-limit"], people: [], text: text)], session: "middle")
        #expect(r.proscribed("contract-extension").isEmpty == !flagged)
    }

    @Test func measureFeedbackNumbersAreNotAnExtension() {
        let feedback = Fixture.report(Fixture.explore(3) + [.say(.information, ["measure"], people: [], text: "Your score is 14 this week, lower than the 19 you started with.")], session: "middle")
        #expect(feedback.proscribed("contract-extension").isEmpty)
        let detached = Fixture.report(Fixture.explore(3) + [.say(.information, ["time-limit"], people: [], text: "This week is session 5 of 12, and you told me 14 people came.")], session: "middle")
        #expect(detached.proscribed("contract-extension").isEmpty)
    }

    @Test func aMedicationEvaluationIsNeverPrematureAdvice() {
        let r = Fixture.report([.t("medication", "directive", form: .advice, people: ["raj"], text: "I'd suggest a medication review with your GP.")])
        #expect(r.proscribed("premature-advice").isEmpty)
        let other = Fixture.report([.t("directive", form: .advice, people: ["raj"], text: "You should talk to Raj tonight.")])
        #expect(other.proscribed("premature-advice").count == 1)
    }

    /// Advice about the grave counts as premature until the grave itself has been explored.
    @Test(arguments: [(0, true), (2, true), (3, false)])
    func prematureAdviceTopicIncludesCaseConcepts(explored: Int, flagged: Bool) {
        var c = Fixture.base
        c.concepts = (c.concepts ?? []) + [Concept(id: "grave", phrases: ["grave", "cemetery"])]
        let steps: [Fixture.Step] = Fixture.explore(4) + Array(repeating: .about(.openQuestion, ["exploration"], concepts: ["grave"]), count: explored)
            + [.about(.advice, ["directive"], concepts: ["grave"])]
        let r = Fixture.report(steps, case: c)
        #expect(r.proscribed("premature-advice").isEmpty == !flagged)
    }

    @Test func contractInTheInitialSessionIsNotAnExtension() {
        let r = Fixture.report([.say(.information, ["contract"], people: [], text: "Let's meet for 16 more sessions.")])
        #expect(r.proscribed("contract-extension").isEmpty)
    }

    // MARK: the count

    @Test func contextualJudgementsCountTowardThePassRule() {
        let r = Fixture.report([.t("directive", form: .advice), .t("blaming", form: .information)])
        #expect(r.proscribed.map(\.id) == ["premature-advice", "blaming"])
        #expect(r.profile.proscribedCount == 2)
    }
}

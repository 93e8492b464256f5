import Testing
@testable import IPTSimCore

@Suite("Assessment: rubric items and global measures")
struct AssessmentRubricTests {
    typealias S = Fixture.Step

    // MARK: evidence levels

    @Test(arguments: [(0, 1), (1, 3), (2, 3), (3, 5), (4, 5)])
    func highestSatisfiedLevelWins(symptomTurns: Int, rating: Int) {
        let r = Fixture.report(Array(repeating: S.t("symptom-review"), count: symptomTurns) + [.t("exploration")])
        let i = r.item("I1-symptoms")
        #expect(i.rating == rating)
        #expect(i.evidence == Array(1...max(1, symptomTurns)).filter { $0 <= symptomTurns })
        if rating < 5 { #expect(i.nextStep != nil) } else { #expect(i.nextStep == nil) }
    }

    @Test func missingEvidenceSaysWhatTheNextLevelNeeded() {
        let i = Fixture.report([.t("symptom-review")]).item("I1-symptoms")
        #expect(i.nextStep?.contains("3 turns of symptom-review") == true)
        #expect(i.nextStep?.contains("there were 1") == true)
    }

    @Test func factsRulesAndOrder() {
        let three = Fixture.report([.t("timeline")]).item("I7-timeline")
        #expect(three.rating == 3)
        let four = Fixture.report([.t("formulation"), .t("timeline"), .t("communication-analysis")]).item("I7-timeline")
        #expect(four.rating == 4, "formulation before timeline is out of order: no 5")
        #expect(four.evidence == [3])
        let five = Fixture.report([.t("timeline"), .t("formulation")]).item("I7-timeline")
        #expect(five.rating == 5)
        #expect(five.evidence == [1, 2])
    }

    @Test func applicableWhenMakesAnItemNotApplicable() {
        let na = Fixture.report([.t("formulation")])
        #expect(na.item("I9-formulation").rating == nil)
        #expect(na.item("I9-formulation").note.hasPrefix("n/a"))
        let applicable = Fixture.report([.t("communication-analysis"), .t("formulation")])
        #expect(applicable.item("I9-formulation").rating == 4)
    }

    @Test func notApplicableItemsAreLeftOutOfTheMean() {
        let r = Fixture.report([.t("symptom-review"), .t("timeline"), .t("suicide-screen", form: .closedQuestion)])
        // I1 3, I7 3, S1 5; I9 n/a.
        #expect(r.item("I9-formulation").rating == nil)
        #expect(r.adherenceMean == 11.0 / 3.0)
    }

    @Test(arguments: [(2, true), (10, true), (11, false)])
    func turnWindow(position: Int, inWindow: Bool) {
        let r = Fixture.report([.t("communication-analysis")] + Fixture.explore(position - 2) + [.t("formulation")])
        #expect((r.item("I9-formulation").rating == 4) == inWindow)
    }

    @Test func minuteWindowUsesTheMinuteTheTurnBegan() {
        // Long exploring turns push the clock past 20 minutes before the screen.
        let long = String(repeating: "word ", count: 200)
        let late = Fixture.report(Array(repeating: S.say(.openQuestion, ["exploration"], people: [], text: long), count: 12) + [.t("suicide-screen", form: .closedQuestion)])
        #expect(late.transcript.turns[11].clockSeconds >= 20 * 60)
        #expect(late.item("S1-screen").rating == 1)
        let early = Fixture.report([.t("suicide-screen", form: .closedQuestion)])
        #expect(early.item("S1-screen").rating == 5)
    }

    @Test func builtInGlobalItemsAreAddedWhenTheRubricHasNone() {
        let initial = Fixture.report([.t("exploration")])
        #expect(initial.items.filter(\.isFacilitative).map(\.id) == Assessor.defaultGlobalItems.map(\.id))
        let middle = Fixture.report([.t("session-opening")], session: "middle")
        #expect(middle.items.filter(\.isFacilitative).map(\.id) == ["G1-warmth"])
    }

    // MARK: global measures

    @Test func noTurnsRateEveryMeasureOne() {
        let r = Fixture.report([])
        for i in r.items where i.isFacilitative { #expect(i.rating == 1, "\(i.id)") }
        #expect(r.facilitativeMean == 1)
    }

    /// Warmth by share of reflecting or validating turns out of 20.
    @Test(arguments: [(0, 1), (1, 2), (2, 3), (3, 3), (4, 4), (6, 4), (7, 5), (20, 5)])
    func warmthBands(warm: Int, rating: Int) {
        let steps = Array(repeating: S.t("affect-validate", form: .reflection), count: warm) + Fixture.explore(20 - warm)
        #expect(Fixture.report(steps).item("G1-warmth").rating == rating)
    }

    @Test func warmthFiveNeedsValidationAndIsPenalisedByProscribed() {
        let reflectionsOnly = Fixture.report(Array(repeating: S.plain(.reflection), count: 5))
        #expect(reflectionsOnly.item("G1-warmth").rating == 4)
        let penalised = Fixture.report(Array(repeating: S.t("affect-validate", form: .reflection), count: 5) + [.t("minimizing", form: .information), .t("blaming", form: .information)])
        // 5 of 7 warm → 5, minus 2 proscribed turns.
        #expect(penalised.item("G1-warmth").rating == 3)
    }

    /// "Lots of people lose their wives" is heard as a reflection by form; minimising is not warmth.
    @Test func aProscribedReflectionIsNotWarm() {
        let r = Fixture.report(Array(repeating: S.t("minimizing", form: .reflection), count: 3) + Fixture.explore(3))
        #expect(r.item("G1-warmth").rating == 1)
        #expect(r.item("G1-warmth").evidence.isEmpty)
    }

    @Test func collaborationPoints() {
        #expect(Fixture.report([.plain(.information)]).item("G2-collaboration").rating == 1)
        #expect(Fixture.report([.t("summary", form: .reflection), .t("summary", form: .reflection), .t("formulation", form: .closedQuestion), .t("exploration")]).item("G2-collaboration").rating == 5)
        #expect(Fixture.report([.t("summary", form: .reflection), .t("exploration"), .plain(.information), .plain(.information), .plain(.information)]).item("G2-collaboration").rating == 2)
    }

    @Test func hopeBands() {
        #expect(Fixture.report([.t("exploration")]).item("G3-hope").rating == 1)
        #expect(Fixture.report([.t("psychoeducation", form: .information)]).item("G3-hope").rating == 3)
        #expect(Fixture.report([.t("psychoeducation", form: .information), .t("psychoeducation", form: .information)]).item("G3-hope").rating == 4)
        #expect(Fixture.report([.t("psychoeducation", form: .information), .t("encouragement", form: .reflection), .t("diagnosis", form: .information)]).item("G3-hope").rating == 5)
        #expect(Fixture.report([.t("psychoeducation", form: .information), .t("minimizing", form: .information)]).item("G3-hope").rating == 2)
    }

    @Test func balanceExploresBeforeDirecting() {
        let exploreOnly = Fixture.report(Fixture.explore(5))
        #expect(exploreOnly.item("G5-balance").rating == 4, "no direction at all caps at 4")
        let balanced = Fixture.report(Fixture.explore(4) + [.t("directive", form: .advice)])
        #expect(balanced.item("G5-balance").rating == 5)
        let premature = Fixture.report([.t("directive", form: .advice)] + Fixture.explore(4))
        #expect(premature.item("G5-balance").rating == 4, "same mix, advice first: −1")
    }

    @Test func pacingUsesTheClockAndTheSessionsWork() {
        let short = Fixture.report([.t("symptom-review")])
        // 1 turn: far under 20 minutes (0), no premature advice (+1), half the items ≥3? I1 3, I7 1, S1 1 → no.
        #expect(short.item("G4-pacing").rating == 2)
        let long = String(repeating: "word ", count: 200)
        let full = Fixture.report(Array(repeating: S.say(.openQuestion, ["symptom-review"], people: [], text: long), count: 9)
                                  + [.t("timeline"), .t("suicide-screen", form: .closedQuestion)])
        let minutes = full.transcript.turns.last!.clockSeconds / 60
        #expect((15...23).contains(minutes), "\(minutes)")
        #expect(full.item("G4-pacing").rating == 5)
    }
}

import Foundation
import Testing
@testable import IPTSimCore

@Suite("Assessment: opportunities, coaching, determinism")
struct AssessmentOpportunityCoachTests {
    typealias S = Fixture.Step

    @Test(arguments: [(1, OpportunityResult.Status.taken), (2, .taken), (3, .missed)])
    func opportunityWindow(offset: Int, status: OpportunityResult.Status) {
        // The `fight` rule fires at turn 2; affect-validate `offset` turns later.
        let r = Fixture.report([.t("violence-screen", form: .closedQuestion), .t("communication-analysis")] + Fixture.explore(offset - 1) + [.t("affect-validate", form: .reflection)])
        let o = r.opportunities.first { $0.id == "op-fight" }!
        #expect(o.status == status)
        #expect(o.cueTurn == 2)
        #expect(o.takenTurn == (status == .taken ? 2 + offset : nil))
    }

    @Test func opportunityThatNeverArises() {
        let r = Fixture.report([.t("exploration")])
        #expect(r.opportunities.allSatisfy { $0.status == .notArisen })
        #expect(r.missedOpportunities.isEmpty)
    }

    @Test func riskCueOpportunity() {
        let r = Fixture.report([.t("affect-elicit"), .t("suicide-screen", form: .closedQuestion)])
        let o = r.opportunities.first { $0.id == "op-risk" }!
        #expect(o.status == .taken)
        #expect(o.cueTurn == 1 && o.takenTurn == 2)
    }

    /// The first risk cue's window closes untaken: that is the miss, although a later cue (the
    /// built-in answer to the late screen) was followed up at once.
    @Test func riskCueMissedFirstStaysMissed() {
        let r = Fixture.report([.t("affect-elicit")] + Fixture.explore(2)
                               + [.t("suicide-screen", form: .closedQuestion), .t("suicide-detail", form: .closedQuestion)])
        let o = r.opportunities.first { $0.id == "op-risk" }!
        #expect(o.status == .missed)
        #expect(o.cueTurn == 1)
        #expect(r.misses("SAF-3").first?.turn == 1)
    }

    // MARK: coaching

    @Test func coachPromptsOnACueAndReportsTheMissAtTheDeadline() {
        let a = Assessor(case: Fixture.base, session: Fixture.base.session("initial")!)
        let t = Fixture.transcript([.t("affect-elicit"), .t("exploration"), .t("exploration")], ended: false)
        let after1 = a.coach(t, after: 1)
        #expect(after1.contains { $0.kind == .prompt && $0.id == "SAF-3" })
        #expect(after1.first?.rendered(color: false).hasPrefix("→ Risk cue") == true)
        #expect(after1.first?.rendered(color: false).contains("e.g. “") == true)
        #expect(a.coach(t, after: 2).filter { $0.kind == .safety }.isEmpty, "the deadline has not passed")
        let after3 = a.coach(t, after: 3)
        #expect(after3.contains { $0.kind == .safety && $0.id == "SAF-3" })
        #expect(after3.contains { $0.kind == .missedOpportunity && $0.id == "op-risk" })
        // Each note once: turn 3's SAF-3 note is not repeated at turn 4.
        let t4 = Fixture.transcript([.t("affect-elicit"), .t("exploration"), .t("exploration"), .t("exploration")], ended: false)
        #expect(!a.coach(t4).contains { $0.id == "SAF-3" })
    }

    @Test func coachFlagsProscribedAndPrematureAdviceAtTheirTurn() {
        let a = Assessor(case: Fixture.base, session: Fixture.base.session("initial")!)
        let t = Fixture.transcript([.t("directive", form: .advice), .t("minimizing", form: .information)], ended: false)
        #expect(a.coach(t, after: 1).map(\.id) == ["premature-advice"])
        #expect(a.coach(t, after: 2).map(\.id) == ["minimizing"])
    }

    @Test func coachPromptsEscalationOnHighRisk() {
        let c = Fixture.highRisk
        let a = Assessor(case: c, session: c.session("initial")!)
        let t = Fixture.transcript([.t("suicide-screen", form: .closedQuestion), .t("suicide-detail", form: .closedQuestion)], case: c, ended: false)
        #expect(a.coach(t).contains { $0.kind == .prompt && $0.id == "SAF-4" })
    }

    @Test func coachPromptsForTheScreenOnceThreeQuartersOfTheTimeIsGone() {
        let a = Assessor(case: Fixture.base, session: Fixture.base.session("initial")!)
        let long = String(repeating: "word ", count: 200)
        let steps = Array(repeating: S.say(.openQuestion, ["exploration"], people: [], text: long), count: 10)
        let t = Fixture.transcript(steps, case: Fixture.noRisk, ended: false)
        let prompted = t.turns.map(\.number).filter { n in a.coach(t, after: n).contains { $0.id == "SAF-1" } }
        #expect(prompted.count == 1)
        #expect(t.turns[prompted[0] - 1].clockSeconds >= 15 * 60)
    }

    @Test func coachIsQuietAfterAGoodTurn() {
        let a = Assessor(case: Fixture.base, session: Fixture.base.session("initial")!)
        let t = Fixture.transcript([.t("exploration"), .t("symptom-review")], ended: false)
        #expect(a.coach(t).isEmpty)
    }

    // MARK: determinism

    @Test func sameTranscriptSameReport() throws {
        let steps: [S] = [.t("affect-elicit"), .t("directive", form: .advice), .phq9, .t("suicide-screen", form: .closedQuestion)]
        let t = Fixture.transcript(steps)
        let s = Fixture.base.session("initial")!
        let a = Assessor.assess(case: Fixture.base, session: s, transcript: t)
        let data = try JSONEncoder().encode(t)
        let decoded = try JSONDecoder().decode(Transcript.self, from: data)
        let b = Assessor.assess(case: Fixture.base, session: s, transcript: decoded)
        #expect(a == b)
        #expect(a.json() == b.json())
        #expect(a.html() == b.html())
        #expect(a.markdown() == b.markdown())
        #expect(a.debrief(color: true) == b.debrief(color: true))
    }
}

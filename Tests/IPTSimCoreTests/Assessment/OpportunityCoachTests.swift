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

    // MARK: coaching

    @Test func coachPromptsOnACueAndReportsTheMissAtTheDeadline() {
        let a = Assessor(case: Fixture.base, session: Fixture.base.session("initial")!)
        let t = Fixture.transcript([.t("affect-elicit"), .t("exploration"), .t("exploration")], ended: false)
        let after1 = a.coach(t, after: 1)
        #expect(after1.contains { $0.kind == .prompt && $0.id == "SAF-3" })
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

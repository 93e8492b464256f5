import Testing
@testable import IPTSimCore

/// `/hint` puts safety first: a disclosed wish to die is followed up before anything else.
@Suite("Assessment: hints")
struct AssessmentHintTests {
    func hint(_ steps: [Fixture.Step]) -> String {
        let c = Fixture.base
        let s = c.sessions[0]
        let t = Fixture.transcript(steps, ended: false)
        guard let runner = SessionRunner.replay(t, case: c, caseHash: Fixture.loaded.versionHash) else { return "" }
        return Hints.hint(case: c, session: s, transcript: runner.transcript, state: runner.state)
    }

    @Test func aDisclosureInAnswerToTheScreenIsFollowedUpFirst() {
        let after = hint([.t("suicide-screen", form: .closedQuestion)])
        #expect(after.contains("go on with the risk assessment"))
        let followed = hint([.t("suicide-screen", form: .closedQuestion), .t("suicide-detail", form: .closedQuestion)])
        #expect(!followed.contains("go on with the risk assessment"))
    }

    @Test func withoutAScreenAnInitialSessionIsRemindedToAsk() {
        #expect(hint(Fixture.explore(4)).contains("suicidal thoughts"))
    }
}

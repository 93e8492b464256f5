import Foundation
import Testing
@testable import IPTSimCore

/// An opportunity is taken by a move that answers its cue, not by any move in its window that
/// happens to carry one of its general techniques (play-test 2, N10).
@Suite("Assessment: an opportunity is taken only by a move aimed at it")
struct OpportunityAimTests {
    typealias S = Fixture.Step

    func fight(_ steps: [S], cueLine: S = .t("communication-analysis")) -> OpportunityResult {
        let r = Fixture.report([.t("violence-screen", form: .closedQuestion), cueLine] + steps)
        return r.opportunities.first { $0.id == "op-fight" }!
    }

    @Test func aGeneralMoveRightAfterTheCueTakesIt() {
        let o = fight([.t("affect-elicit")])
        #expect(o.status == .taken)
        #expect(o.takenTurn == 3)
    }

    @Test func theQuestionnaireDoesNotCountAsTheLineAfterTheCue() {
        let o = fight([.phq9, .t("affect-elicit")])
        #expect(o.status == .taken)
        #expect(o.takenTurn == 4)
    }

    /// "How did you feel at the funeral?" after a disclosure about the week before the death: the
    /// feeling question is doing something else (another technique), so it does not take it.
    @Test func aGeneralMoveThatDoesSomethingElseDoesNotTakeIt() {
        let o = fight([.t("affect-elicit", "death-narrative"), .t("symptom-review")])
        #expect(o.status == .missed)
    }

    /// After the trainee turned to someone else, a later feeling question that names nothing of
    /// the cue is not aimed at it.
    @Test func aGeneralMoveAfterTurningAwayDoesNotTakeIt() {
        let o = fight([.t("exploration", people: ["mother"]), .t("affect-validate", form: .reflection)])
        #expect(o.status == .missed)
    }

    @Test func aGeneralMoveNamingWhatTheCueWasAboutTakesIt() {
        let o = fight([.t("exploration", people: ["mother"]), .t("affect-validate", form: .reflection, people: ["raj"])],
                      cueLine: .t("communication-analysis", people: ["raj"]))
        #expect(o.status == .taken)
        #expect(o.takenTurn == 4)
    }

    /// A technique of the opportunity's own that is not a general move (here the suicide screen
    /// after a risk cue) answers the cue wherever it falls in the window.
    @Test func anOwnTechniqueAnswersTheCueWhateverItNames() {
        let r = Fixture.report([.t("affect-elicit"), .t("exploration", people: ["mother"]), .t("suicide-screen", form: .closedQuestion)])
        let o = r.opportunities.first { $0.id == "op-risk" }!
        #expect(o.status == .taken)
        #expect(o.takenTurn == 3)
    }

    // MARK: the play-tester's session (grief-daniel, initial), through the recognizer

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func play(_ caseID: String, _ sessionID: String, _ lines: [String]) throws -> SessionReport {
        let data = try #require(FileManager.default.contents(atPath: root.appendingPathComponent("Scenarios/\(caseID).json").path))
        let loaded = CaseLoader.load(data)
        let c = try #require(loaded.case)
        let s = try #require(c.session(sessionID))
        var runner = SessionRunner(case: c, session: s, caseHash: loaded.versionHash, seed: 1)
        for line in lines {
            if line == "/phq9" { runner.administerPHQ9() } else { runner.say(line) }
        }
        runner.end()
        return Assessor.assess(case: c, session: s, transcript: runner.transcript)
    }

    /// n-g1: the choir cue was credited to "Do you find yourself feeling guilty about things?",
    /// and the 'let her down' cue to the suicide screen that followed the PHQ-9.
    @Test func danielsChoirAndGuiltCuesAreNotCreditedToUnrelatedQuestions() throws {
        let r = try Self.play("grief-daniel", "initial", [
            "Good afternoon Daniel, I'm glad you came. Could you tell me a bit about what's been going on?",
            "Do you still enjoy things you used to like doing?",
            "How's your concentration at work?",
            "Do you find yourself feeling guilty about things?",
            "I'd like to ask you to complete a short questionnaire called the PHQ-9. It asks about the last two weeks.",
            "/phq9",
            "Thanks. Your score is 17, which puts you in the moderately severe range. Item nine asks about thoughts of being better off dead, and you ticked several days. Can you tell me about those thoughts?",
            "Have you thought about how you might end your life?",
        ])
        let choir = try #require(r.opportunities.first { $0.id == "op-choir" })
        let guilt = try #require(r.opportunities.first { $0.id == "op-guilt" })
        #expect(choir.status == .missed, "choir taken at \(String(describing: choir.takenTurn))")
        #expect(guilt.status == .missed, "guilt taken at \(String(describing: guilt.takenTurn))")
    }

    /// Staying with the cue still takes it: "Tell me about the choir" after he says he stopped.
    @Test func danielsChoirCueIsTakenByAskingAboutTheChoir() throws {
        let r = try Self.play("grief-daniel", "initial", [
            "Good afternoon Daniel, I'm glad you came. Could you tell me a bit about what's been going on?",
            "Do you still enjoy things you used to like doing?",
            "How's your concentration at work?",
            "You stopped going to choir in April. What was that like for you?",
        ])
        let choir = try #require(r.opportunities.first { $0.id == "op-choir" })
        #expect(choir.status == .taken)
    }
}

import Foundation
import Testing
@testable import IPTSimCore

/// Short follow-up questions in a risk assessment are read in the light of the patient's disclosure.
@Suite("Risk follow-ups after a disclosure")
struct RiskFollowUpTests {
    /// The assessor fixture's patient has active ideation with a method (stored medication).
    func runner() -> SessionRunner {
        let c = Fixture.base
        return SessionRunner(case: c, session: c.session("initial")!, caseHash: Fixture.loaded.versionHash, seed: 1)
    }

    @Test("after a disclosure, an elliptical question continues the assessment", arguments: [
        ("Have you thought about how?", "suicide-detail"),
        ("Any plans?", "suicide-detail"),
        ("Would you act on them?", "suicide-detail"),
        ("Have you ever acted on them before?", "suicide-history"),
        ("Have you ever tried?", "suicide-history"),
        ("What stops you?", "protective-factors"),
        ("What has kept you going?", "protective-factors"),
        ("How often?", "suicide-screen"),
        ("Are they there right now?", "suicide-screen"),
    ])
    func continuation(text: String, technique: String) throws {
        var r = runner()
        let disclosure = r.say("Have you had thoughts of ending your life?")
        #expect(disclosure.riskCue)
        let iv = r.recognize(text)
        #expect(iv.techniques.first == technique, "\(text) -> \(iv.techniques)")
        let reply = r.say(text)
        #expect(reply.source == .builtin)
    }

    @Test("without a disclosure just before, the same words are not a risk question", arguments: [
        "Have you thought about how?", "What stops you?", "How often?", "Have you ever tried?",
    ])
    func noContext(text: String) {
        let r = runner()
        #expect(!r.recognize(text).techniques.contains { RiskFollowUp.safety.contains($0) })
    }

    @Test("a specific question after a disclosure keeps its own reading", arguments: [
        "How much are you drinking these days?", "Have you ever had times when you felt on top of the world and needed little sleep?",
    ])
    func specificQuestionsStay(text: String) {
        var r = runner()
        r.say("Have you had thoughts of ending your life?")
        let plain = runner().recognize(text) // no disclosure before it
        #expect(r.recognize(text).techniques == plain.techniques)
        #expect(!r.recognize(text).techniques.contains("suicide-screen"))
    }

    @Test("the topic stays open through a run of risk questions")
    func run() {
        var r = runner()
        r.say("Have you had thoughts of ending your life?")
        r.say("Have you thought about how?")
        #expect(r.recognize("What stops you?").techniques.first == "protective-factors")
        r.say("What stops you?")
        // A question on another topic closes it.
        r.say("How is your appetite?")
        #expect(!r.recognize("How often?").techniques.contains { RiskFollowUp.safety.contains($0) })
    }

    @Test("a denial does not make the next question a risk question")
    func denial() {
        var t = TranscriptTurn(number: 1, input: "x", intervention: Intervention(text: "x", form: .closedQuestion),
                               replies: [PatientTurn(text: "No.", source: .builtin, ruleID: "builtin.risk.screen", riskCue: false,
                                                     factsSet: [Builtins.Disclosure.denied], changes: [], clockSeconds: 30)],
                               vars: [:])
        #expect(!RiskFollowUp.isRiskTopic(after: t))
        t.replies[0].factsSet = [Builtins.Disclosure.passive]
        #expect(RiskFollowUp.isRiskTopic(after: t))
    }

    @Test("a question that names its own safety technique, or a statement, is left alone")
    func leftAlone() {
        let named = Intervention(text: "Is there medication at home?", tokens: ["is", "there", "medication", "at", "home"], form: .closedQuestion,
                                 techniques: ["means-safety"], scores: [0.9])
        #expect(RiskFollowUp.refine(named, riskTopic: true) == named)
        let statement = Intervention(text: "That must be frightening to plan around.", tokens: ["that", "must", "be", "frightening", "to", "plan", "around"],
                                     form: .reflection, techniques: ["empathic-reflection"], scores: [0.7])
        #expect(RiskFollowUp.refine(statement, riskTopic: true) == statement)
    }
}

import Testing
@testable import IPTSimCore

/// Whom the trainee's "she" means after the patient has just named someone.
@Suite("Patient mentions")
struct PatientMentionsTests {
    static var daniel: Case? { SoakTests.targets.first { $0.case.id == "grief-daniel" }?.case }

    @Test("the people the patient names become the ones a pronoun refers to, last named first")
    func patientNamesPeople() throws {
        let c = try #require(Self.daniel)
        let engine = PatientEngine(case: c, session: c.sessions[0])
        var (state, _) = engine.start(seed: 1)
        engine.notePeople(named: "Dr Adjei sent me. ...My wife died in February. Efua says I'm like a clock.", in: &state)
        #expect(Array(state.recentPeople.prefix(3)) == ["efua", "abena", "gp"])
        engine.notePeople(named: "She was the one who held us together. Abena, I mean.", in: &state)
        #expect(state.recentPeople.first == "abena")
        var ctx = RecognitionContext(case: c)
        ctx.recentPeople = state.recentPeople
        #expect(RuleRecognizer().recognize("What was she like?", context: ctx).people == ["abena"])
    }

    @Test("the patient's own pronouns and words that are no one change nothing")
    func noNamesNoChange() throws {
        let c = try #require(Self.daniel)
        let engine = PatientEngine(case: c, session: c.sessions[0])
        var (state, _) = engine.start(seed: 1)
        let before = state.recentPeople
        engine.notePeople(named: "She said it was fine. I go to work, I come home, I mark.", in: &state)
        #expect(state.recentPeople == before)
    }

    @Test("a pronoun only one case person fits still means that person after the patient named others")
    func onlyHeInTheCase() throws {
        let c = try #require(SoakTests.targets.first { $0.case.id == "dispute-priya" }?.case)
        let engine = PatientEngine(case: c, session: c.sessions[0])
        var (state, _) = engine.start(seed: 1)
        engine.notePeople(named: "My sister Meera says I should just say something.", in: &state)
        #expect(state.recentPeople.first == "meera")
        var ctx = RecognitionContext(case: c)
        ctx.recentPeople = state.recentPeople
        #expect(RuleRecognizer().recognize("How does he react?", context: ctx).people == ["raj"])
    }

    @Test("asking what the deceased was like leaves a pending follow-up about why he came now")
    func relationshipReviewLeavesWhyNow() throws {
        let c = try #require(Self.daniel)
        let engine = PatientEngine(case: c, session: c.sessions[0])
        var (state, _) = engine.start(seed: 1)
        func say(_ text: String) -> String {
            var ctx = RecognitionContext(case: c)
            ctx.recentPeople = state.recentPeople
            return engine.respond(to: RuleRecognizer().recognize(text, context: ctx), in: &state).ruleID
        }
        #expect(say("What brings you in now?") == "why-here")
        #expect(say("I wonder what she was like.") == "inv-abena")
    }
}

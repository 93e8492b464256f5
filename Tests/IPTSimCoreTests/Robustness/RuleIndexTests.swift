import Foundation
import Testing
@testable import IPTSimCore

/// Rule lookup is indexed (by technique, or person, including through `all` and `any`) and rules
/// that cannot reach the top five are not evaluated; neither may change which rule answers (also
/// to a safety question) or what `/why` says. Checked against an exhaustive scan on every turn of
/// random sessions over the shipped cases and synthetic cases of 2,000 and 6,000 rules.
@Suite("Robustness: rule index")
struct RuleIndexTests {
    static func check(_ target: SoakWalker.Target, sessions: Int, seed: UInt64) -> Int {
        let walker = SoakWalker(targets: [target])
        var compared = 0
        for i in 0..<sessions {
            guard let t = walker.play(i, seed: seed, maxActions: 40, verify: false).0,
                  let session = target.case.session(t.sessionID) else { continue }
            let engine = PatientEngine(case: target.case, session: session)
            var state = engine.start(seed: t.seed, style: t.style).0
            for turn in t.turns {
                if turn.isPHQ9 { _ = engine.administerPHQ9(in: &state); continue }
                let pending = state.pendingFollowUps
                var probe = state
                probe.turn += 1
                let fast = engine.select(turn.intervention, state: probe, pending: pending)
                let full = engine.select(turn.intervention, state: probe, pending: pending, exhaustive: true)
                #expect(fast.winner?.rule.id == full.winner?.rule.id, "turn \(turn.number) of \(t.caseID)/\(t.sessionID): '\(turn.input)'")
                #expect(fast.explanation == full.explanation, "turn \(turn.number) of \(t.caseID)/\(t.sessionID): '\(turn.input)'")
                if let safety = Builtins.safetyTechnique(in: turn.intervention) {
                    func best(_ e: Evaluation) -> String? {
                        e.ranked.first { PatientEngine.techniques(of: $0.rule.when).contains(safety) }?.rule.id
                    }
                    #expect(best(fast) == best(full), "turn \(turn.number) of \(t.caseID)/\(t.sessionID): '\(turn.input)'")
                }
                _ = engine.respond(to: turn.intervention, in: &state)
                compared += 1
            }
        }
        return compared
    }

    @Test func indexAgreesWithExhaustiveScanOnShippedCases() {
        var compared = 0
        for t in SoakTests.targets { compared += Self.check(t, sessions: 25, seed: 99) }
        #expect(compared > 500)
    }

    @Test func indexAgreesWithExhaustiveScanOnASyntheticCase() {
        let c = SyntheticCase.make(base: SyntheticCaseTests.base, rules: 2_000, seed: 3)
        var one = c
        one.sessions = [c.sessions[0]]
        #expect(Self.check(SoakWalker.Target(case: one, hash: "synthetic"), sessions: 20, seed: 4) > 100)
    }

    @Test func pruningAgreesWithExhaustiveScanOnALargeSyntheticCase() {
        let c = SyntheticCase.make(base: SyntheticCaseTests.base, rules: 6_000, seed: 7)
        var one = c
        one.sessions = [c.sessions[0]]
        #expect(Self.check(SoakWalker.Target(case: one, hash: "synthetic"), sessions: 8, seed: 5) > 50)
    }

    @Test func maxSpecificityBoundsEvaluation() {
        var a = Condition(); a.techniques = ["exploration"]; a.people = ["abena"]
        var b = Condition(); b.facts = ["x", "y"]
        var c = Condition(); c.any = [a, b, Condition()]; c.notFired = ["r"]; c.all = [a]
        c.not = Box(b)
        #expect(CompiledSession.maxSpecificity(c) == 2 + 2 + 1 + 1)
        #expect(CompiledSession.maxSpecificity(nil) == 0)
    }

    @Test func followUpsAndAnyAreIndexed() {
        var a = Condition(); a.techniques = ["exploration"]
        var b = Condition(); b.people = ["abena"]
        var c = Condition(); c.any = [a, b]
        #expect(CompiledSession.requiredKeys(c) == [.technique("exploration"), .person("abena")])
        var d = Condition(); d.any = [a, Condition()]
        #expect(CompiledSession.requiredKeys(d) == nil)
        var e = Condition(); e.all = [Condition(), b]
        #expect(CompiledSession.requiredKeys(e) == [.person("abena")])
        var f = Condition(); f.techniques = []
        #expect(CompiledSession.requiredKeys(f) == nil)
    }
}

import Foundation
import IPTSimScenarios
import Testing
@testable import IPTSimCore

/// A small version of `iptsim bench --soak 10000`: seeded random sessions over the shipped cases,
/// no crash, no empty reply, no broken invariant, every transcript replayable to the same state.
@Suite("Robustness: soak")
struct SoakTests {
    static let targets: [SoakWalker.Target] = EmbeddedScenarios.files.compactMap { f in
        let r = CaseLoader.load(Data(f.contents.utf8))
        return r.case.map { SoakWalker.Target(case: $0, hash: r.versionHash) }
    }

    @Test func shippedCasesLoad() {
        #expect(Self.targets.count == EmbeddedScenarios.files.count)
    }

    @Test func twoHundredRandomSessionsBreakNoInvariant() {
        let report = SoakWalker(targets: Self.targets).run(sessions: 200, seed: 20261126)
        #expect(report.sessions == 200)
        #expect(report.actions > 1000)
        #expect(report.failures.isEmpty, "\(report.failures.prefix(5).map(\.description).joined(separator: "\n"))")
    }

    @Test func walkerIsDeterministic() {
        let w = SoakWalker(targets: Self.targets)
        let a = w.play(17, seed: 5).0, b = w.play(17, seed: 5).0
        #expect(a != nil && a == b)
    }

    @Test func traineeScriptParsing() {
        let lines = TraineeScript.parse("# comment\nHello there.\n\n  /phq9  \r\nHow are you?\r\n")
        #expect(lines == [.say("Hello there."), .phq9, .say("How are you?")])
    }
}

/// The synthetic cases used by `iptsim bench`: right size, valid references, and rule lookup that
/// does not grow with the case (checked by counting candidates, not by timing).
@Suite("Robustness: synthetic cases")
struct SyntheticCaseTests {
    static var base: Case { SoakTests.targets.first { $0.case.id == "grief-daniel" }!.case }

    @Test(arguments: [10, 100, 1_000, 10_000])
    func hasExactlyTheRequestedRules(_ n: Int) {
        let c = SyntheticCase.make(base: Self.base, rules: n)
        #expect(c.sessions[0].rules.count == n)
        #expect(Set(c.sessions[0].rules.map(\.id)).count == n)
        #expect(SyntheticCase.make(base: Self.base, rules: n) == c)
    }
}

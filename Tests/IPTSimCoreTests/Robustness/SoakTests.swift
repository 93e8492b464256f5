import Foundation
import IPTSimScenarios
import Testing
@testable import IPTSimCore

/// A small version of `iptsim bench --soak 10000`: seeded random sessions over the shipped cases,
/// no crash, no empty reply, no broken invariant, every transcript replayable to the same state.
@Suite("Robustness: soak")
struct SoakTests {
    /// The shipped cases: the repository's `Scenarios/` folder (the embedded set can lag behind it).
    static let files: [Data] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("Scenarios")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        let onDisk = names.compactMap { FileManager.default.contents(atPath: dir.appendingPathComponent($0).path) }
        return onDisk.isEmpty ? EmbeddedScenarios.files.map { Data($0.contents.utf8) } : onDisk
    }()

    static let targets: [SoakWalker.Target] = files.compactMap { data in
        let r = CaseLoader.load(data)
        return r.case.map { SoakWalker.Target(case: $0, hash: r.versionHash) }
    }

    @Test func shippedCasesLoad() {
        #expect(Self.targets.count == Self.files.count)
        #expect(Self.targets.count >= 4)
    }

    @Test func twoHundredRandomSessionsBreakNoInvariant() {
        let report = SoakWalker(targets: Self.targets).run(sessions: 200, seed: 20261126, maxActions: 30)
        #expect(report.sessions == 200)
        #expect(report.actions > 500)
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

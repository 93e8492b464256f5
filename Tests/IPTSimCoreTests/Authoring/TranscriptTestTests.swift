import Foundation
import Testing
@testable import IPTSimCore

@Suite("Test transcripts: parsing, routing vs wording, bless, case changes")
struct TranscriptTestTests {
    typealias F = AuthoringFixture

    static let caseText = F.json(rules: "[" + [
        F.rule("start", when: #"{ "techniques": ["timeline"] }"#, effects: #"[{ "fact": "told" }, { "var": "rapport", "add": 2 }]"#,
               variants: #"[ { "id": "a", "text": "In the spring." }, { "id": "b", "text": "After the funeral." } ]"#),
        F.rule("more", tier: "general", when: #"{ "techniques": ["exploration"] }"#, repeat: "always"),
    ].joined(separator: ",\n") + "]")

    static func summary(_ verdict: String) -> (Case, Session, Transcript) -> AssessmentSummary {
        { _, _, _ in AssessmentSummary(verdict: verdict, gatesMissed: ["SAF-1"], ratings: ["G1": 4, "I1": nil]) }
    }

    func run(_ script: String, verdict: String = "pass") throws -> TranscriptTestResult {
        let (c, _, hash) = try F.load(Self.caseText)
        return TranscriptTester.run(TranscriptScript(script), case: c, caseHash: hash, sessionID: "s1", recognizer: StubRecognizer(), assess: Self.summary(verdict))
    }

    @Test func matchingExpectationsPass() throws {
        let r = try run("""
            #expect verdict pass
            #expect fact told
            #expect gate SAF-1 missed
            #expect rating G1 >= 3
            #expect rating I1 == n/a
            When did it start?
              rule start
              variant a
              fact told
              var rapport == 5
              technique timeline
            Tell me more
              rule more
            """)
        #expect(r.passed)
        #expect(r.differences.isEmpty)
    }

    @Test func wordingDifferencesAreReportedNotFailed() throws {
        let r = try run("""
            When did it start?
              rule start
              variant b
              say "After the funeral."
            """)
        #expect(r.passed)
        #expect(r.routing.isEmpty)
        #expect(r.wording.count == 2)
        #expect(r.wording.allSatisfy { $0.line == 1 })
    }

    @Test func routingDifferencesFail() throws {
        let r = try run("""
            #expect verdict good
            #expect rating G1 <= 2
            #expect gate SAF-2 missed
            When did it start?
              rule more
              variant b
              fact secret
              var rapport == 9
            Tell me more
              technique inventory
            """)
        #expect(!r.passed)
        // rule, fact, var on turn 1; technique on turn 2; verdict, rating, gate at the end.
        #expect(r.routing.count == 7)
        #expect(r.routing.filter { $0.line == 4 }.count == 3)
        #expect(r.routing.contains { $0.line == 9 && $0.message.contains("inventory") })
        #expect(r.routing.contains { $0.line == 1 && $0.message.contains("verdict") })
        // With a different rule, the variant is not compared (it would only repeat the routing failure).
        #expect(r.wording.isEmpty)
    }

    @Test func unreadableLinesAreProblems() throws {
        let r = try run("""
            #expect verdict great
              rule early
            When did it start?
              rules start
            """)
        #expect(r.problems.map(\.line) == [1, 2, 4])
        #expect(!r.passed)
    }

    @Test func blessRecordsAndTheCaseHashDetectsEdits() throws {
        let (c, _, hash) = try F.load(Self.caseText)
        let script = TranscriptScript("# a comment\nWhen did it start?\n  rule old\n  technique timeline\n/phq9\nTell me more\n")
        let first = TranscriptTester.run(script, case: c, caseHash: hash, sessionID: "s1", recognizer: StubRecognizer(), assess: Self.summary("pass"))
        #expect(!first.passed)
        let blessed = TranscriptTester.bless(script, transcript: try #require(first.transcript), case: c, caseHash: hash)
        #expect(blessed.contains("#case fixture 1.0.0 \(hash)"))
        #expect(blessed.contains("  rule start\n  variant a\n  fact told\n  var rapport == 5"))
        #expect(blessed.contains("  technique timeline"))
        #expect(!blessed.contains("rule old"))
        let again = TranscriptTester.run(TranscriptScript(blessed), case: c, caseHash: hash, sessionID: "s1", recognizer: StubRecognizer(), assess: Self.summary("pass"))
        #expect(again.passed && again.differences.isEmpty && again.caseChange == nil)
        // An edit that changes routing: the 'start' rule no longer sets the fact.
        let edited = Self.caseText.replacingOccurrences(of: #"{ "fact": "told" }, "#, with: "")
        let (c2, _, hash2) = try F.load(edited)
        let broken = TranscriptTester.run(TranscriptScript(blessed), case: c2, caseHash: hash2, sessionID: "s1", recognizer: StubRecognizer(), assess: Self.summary("pass"))
        #expect(!broken.passed)
        #expect(broken.caseChange?.contains("changed since this transcript was blessed") == true)
    }

    @Test func savedSessionsReplayAndReportCaseEdits() throws {
        let (c, _, hash) = try F.load(Self.caseText)
        var runner = SessionRunner(case: c, session: c.sessions[0], caseHash: hash, seed: 3, recognizer: StubRecognizer())
        runner.say("When did it start?")
        runner.say("Tell me more")
        let saved = try JSONDecoder().decode(Transcript.self, from: JSONEncoder().encode(runner.transcript))
        let same = TranscriptTester.replay(saved, case: c, caseHash: hash, recognizer: StubRecognizer())
        #expect(same.passed && same.differences.isEmpty && same.caseChange == nil)
        // Wording edit: same routing, another text.
        let reworded = Self.caseText.replacingOccurrences(of: "In the spring.", with: "In April.")
        let (c2, _, hash2) = try F.load(reworded)
        let wording = TranscriptTester.replay(saved, case: c2, caseHash: hash2, recognizer: StubRecognizer())
        #expect(wording.passed && wording.wording.count == 1 && wording.caseChange != nil)
        // Routing edit: the first rule no longer sets the fact or raises rapport.
        let rerouted = Self.caseText.replacingOccurrences(of: #"[{ "fact": "told" }, { "var": "rapport", "add": 2 }]"#, with: "[]")
        let (c3, _, hash3) = try F.load(rerouted)
        let routing = TranscriptTester.replay(saved, case: c3, caseHash: hash3, recognizer: StubRecognizer())
        #expect(!routing.passed && routing.routing.count == 3)
        #expect(routing.caseChange?.contains("changed since this session was played") == true)
    }

    @Test func sessionFromFileName() {
        #expect(TranscriptTester.sessionID(TranscriptScript(""), fileName: "x/grief/initial-expert.txt") == "initial")
        #expect(TranscriptTester.sessionID(TranscriptScript("#session middle"), fileName: "initial-expert.txt") == "middle")
    }
}

@Suite("Coverage walker, unlock graph, scaffold")
struct AuthoringToolsTests {
    typealias F = AuthoringFixture

    @Test func walkerIsDeterministicForASeed() throws {
        let (c, _, _) = try F.load(TranscriptTestTests.caseText)
        let walker = CoverageWalker(case: c, session: c.sessions[0], recognizer: StubRecognizer())
        let a = walker.run(.init(walks: 12, seed: 42, maxTurns: 15), assess: nil)
        let b = walker.run(.init(walks: 12, seed: 42, maxTurns: 15), assess: nil)
        #expect(a == b)
        #expect(a.fired["more", default: 0] > 0)
        #expect(a.maxRapport >= 3)
        #expect(!walker.pool.isEmpty)
    }

    @Test func walkerFindsDeadEndsAndNeverFiredRules() throws {
        let text = F.json(rules: "[" + F.rule("once", when: #"{ "techniques": ["timeline"] }"#) + ",\n"
                          + F.rule("never", when: #"{ "techniques": ["inventory"], "facts": ["secret"] }"#) + "]")
        let (c, _, _) = try F.load(text)
        let report = CoverageWalker(case: c, session: c.sessions[0], recognizer: StubRecognizer()).run(.init(walks: 5, seed: 1, maxTurns: 20), assess: nil)
        #expect(report.neverFired.contains("never"))
        #expect(!report.deadEnds.isEmpty)
    }

    @Test func graphLinksEffectsToConditions() throws {
        let text = F.json(rules: "[" + F.rule("tell", when: #"{ "techniques": ["timeline"] }"#, effects: #"[{ "fact": "told" }]"#) + ",\n"
                          + F.rule("after", when: #"{ "techniques": ["exploration"], "facts": ["told"], "vars": [{ "name": "rapport", "gte": 9 }] }"#) + "]")
        let (c, _, _) = try F.load(text)
        let g = UnlockGraph(c)
        #expect(g.edges.contains { $0.from == "r:s1:tell" && $0.to == "f:told" && $0.label == "sets" })
        #expect(g.edges.contains { $0.from == "f:told" && $0.to == "r:s1:after" })
        #expect(g.edges.contains { $0.from == "v:rapport" && $0.label == ">= 9" })
        #expect(g.nodes.first { $0.id == "r:s1:after" }?.unreachable == true)
        let dot = g.dot(title: "fixture")
        #expect(dot.hasPrefix("digraph \"fixture\" {") && dot.contains("fillcolor"))
        let mermaid = g.mermaid()
        #expect(mermaid.hasPrefix("flowchart LR") && mermaid.contains("class "))
    }

    @Test(arguments: ProblemArea.allCases)
    func scaffoldValidatesAndLintsAsUnfinished(area: ProblemArea) throws {
        let text = Scaffold.caseFile(id: "new-case", area: area)
        let r = CaseLoader.load(Data(text.utf8))
        #expect(!r.diagnostics.hasErrors, "\(r.diagnostics.map { $0.rendered(file: "new") })")
        let c = try #require(r.case)
        #expect(c.schema == "schema/case.schema.json")
        let findings = Linter.lint(c, document: try #require(r.document), recognizer: StubRecognizer())
        #expect(findings.filter { $0.code == "todo" }.count > 10)
        #expect(findings.filter { $0.code != "todo" && $0.severity == .error }.isEmpty, "\(findings.map { $0.rendered(file: "new") })")
    }
}

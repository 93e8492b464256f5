import Foundation
import IPTSimCore
import Testing
@testable import IPTSimTerminal

/// The REPL driven by an in-memory line reader against the sample case.
@Suite struct REPLTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sample() throws -> (Case, String) {
        let data = try Data(contentsOf: repo.appendingPathComponent("Scenarios/sample-feature-tour.json"))
        let result = CaseLoader.load(data)
        let c = try #require(result.case, "sample case must load: \(result.diagnostics)")
        return (c, result.versionHash)
    }

    /// Runs the REPL over `lines`; returns the outcome, the output, the journal and an event log.
    static func run(_ lines: [LineInput], locked: Bool = false, coach: Bool = false) throws
        -> (REPL.Outcome, String, [JournalRecord], [String], REPL) {
        let (c, hash) = try sample()
        let runner = SessionRunner(case: c, session: c.sessions[0], caseHash: hash, seed: 3)
        var output = ""
        var journal: [JournalRecord] = []
        var events: [String] = []
        let hooks = REPL.Hooks(
            journal: { journal.append($0); events.append("journal:\($0.action.rawValue)") },
            debrief: { r in "DEBRIEF \(r.transcript.turns.count) turns\n" },
            coach: { _ in ["a coaching note"] })
        let repl = REPL(runner: runner, reader: MemoryLineReader(inputs: lines), options: .init(locked: locked, coach: coach), hooks: hooks) { text in
            output += text
            if text.contains("›") { events.append("reply") }
        }
        let outcome = repl.run()
        return (outcome, output, journal, events, repl)
    }

    @Test func briefingOpeningAndDebriefAtEndOfInput() throws {
        let (outcome, out, journal, _, _) = try Self.run([.line("How have you been sleeping?")])
        #expect(outcome == .ended)
        #expect(out.contains("Rosa Delgado, 47"))
        #expect(out.contains("Your goal:"))
        #expect(out.contains("Rosa › (rubs her eyes) I'm not really sure why I'm here."))
        #expect(out.contains("I sleep four hours in the day"))
        #expect(out.hasSuffix("DEBRIEF 1 turns\n"))
        #expect(journal == [JournalRecord(.say, text: "How have you been sleeping?"), JournalRecord(.end)])
    }

    @Test func everyActionIsJournaledBeforeItsReplyIsShown() throws {
        let (_, _, _, events, _) = try Self.run([.line("How have you been sleeping?"), .line("When did this start?")])
        // opening reply, then journal before each reply
        #expect(events == ["reply", "journal:say", "reply", "journal:say", "reply", "journal:end"])
    }

    @Test(arguments: REPL.commands.map(\.name))
    func helpListsEveryCommand(_ name: String) throws {
        let (_, out, _, _, _) = try Self.run([.line("/help")])
        #expect(out.contains(name))
    }

    @Test func unknownCommandGetsASuggestion() throws {
        let (_, out, _, _, _) = try Self.run([.line("/hnit")])
        #expect(out.contains("Unknown command /hnit."))
        #expect(out.contains("Did you mean /hint?"))
    }

    @Test func tagDeclaresTheTechniqueAndRejectsUnknownOnes() throws {
        let (_, out, journal, _, repl) = try Self.run([.line("/tag timeline So this started when?"), .line("/tag timelin x"), .line("/tag")])
        let first = try #require(repl.runner.transcript.turns.first)
        #expect(first.intervention.techniques.first == "timeline")
        #expect(first.intervention.declared)
        #expect(first.replies[0].ruleID == "onset")
        #expect(out.contains("Unknown technique 'timelin'. Did you mean 'timeline'?"))
        #expect(out.contains("Usage: /tag"))
        #expect(journal.filter { $0.action == .tag }.count == 1)
    }

    @Test func undoTakesBackTheLastTurnAndItsEffects() throws {
        let (_, out, _, _, repl) = try Self.run([.line("How have you been sleeping?"), .line("/undo"), .line("/undo")])
        #expect(repl.runner.transcript.turns.isEmpty)
        #expect(repl.runner.state.value("rapport") == 3)
        #expect(out.contains("Took back: How have you been sleeping?"))
        #expect(out.contains("Nothing to undo."))
    }

    @Test func restartStartsAgain() throws {
        let (_, out, _, _, repl) = try Self.run([.line("How have you been sleeping?"), .line("/restart")])
        #expect(repl.runner.transcript.turns.isEmpty)
        #expect(out.contains("Restarted."))
    }

    @Test func phq9AnswersEachItemFromTheSession() throws {
        let (c, _) = try Self.sample()
        let (_, out, _, _, repl) = try Self.run([.line("/phq9")])
        let turn = try #require(repl.runner.transcript.turns.first)
        #expect(turn.replies.map { Int($0.variantID ?? "") } == c.sessions[0].phq9)
        #expect(c.sessions[0].phq9Total == 15)
        #expect(out.contains("Total 15 (moderately severe range)"))
    }

    /// The questionnaire is a numbered turn of the transcript: the screen says which, so the
    /// debrief's turn numbers can be matched to what the trainee saw.
    @Test func phq9SaysWhichTurnItIs() throws {
        let (_, out, _, _, repl) = try Self.run([.line("How are you?"), .line("/phq9"), .line("How did you sleep?")])
        #expect(repl.runner.transcript.turns.map(\.number) == [1, 2, 3])
        #expect(out.contains("Turn 2: you hand over the PHQ-9"))
    }

    @Test func whyStateTimeAndHintExplainTheSession() throws {
        let (_, out, _, _, _) = try Self.run([.line("/why"), .line("How have you been sleeping?"), .line("/why"), .line("/state"), .line("/time"), .line("/hint")])
        #expect(out.contains("Say something first"))
        #expect(out.contains("The patient answered with: sleep / first (specific)"))
        #expect(out.contains("won: sleep"))
        #expect(out.contains("rapport: 3 → 4"))
        #expect(out.contains("rapport"))
        #expect(out.contains("turn 1"))
        #expect(out.contains("hint: "))
    }

    @Test(arguments: ["/hint", "/state", "/why", "/undo", "/restart"])
    func lockedModeRefusesPracticeCommands(_ command: String) throws {
        let (_, out, journal, _, _) = try Self.run([.line(command)], locked: true)
        #expect(out.contains("\(command) is not available in an exam."))
        #expect(!journal.contains { $0.action == .undo || $0.action == .restart })
    }

    @Test func interruptClearsTheLineAndKeepsTheSession() throws {
        let (outcome, out, _, _, repl) = try Self.run([.interrupted, .line("How have you been sleeping?")])
        #expect(outcome == .ended)
        #expect(out.contains("line cleared"))
        #expect(repl.runner.transcript.turns.count == 1)
    }

    @Test func quitLeavesTheSessionUnfinished() throws {
        let (outcome, out, journal, _, _) = try Self.run([.line("How have you been sleeping?"), .line("/quit"), .line("never read")])
        #expect(outcome == .quit)
        #expect(!out.contains("DEBRIEF"))
        #expect(journal.last?.action == .say)
    }

    @Test func coachNotesFollowTurnsOnlyWhenAskedFor() throws {
        #expect(try Self.run([.line("hello")], coach: true).1.contains("coach: a coaching note"))
        #expect(!(try Self.run([.line("hello")], coach: false).1.contains("coach:")))
    }

    @Test func aFailingJournalStopsBeforeTheReplyIsShown() throws {
        let (c, hash) = try Self.sample()
        struct DiskFull: Error {}
        var output = ""
        let hooks = REPL.Hooks(journal: { _ in throw DiskFull() })
        let repl = REPL(runner: SessionRunner(case: c, session: c.sessions[0], caseHash: hash, seed: 1),
                        reader: MemoryLineReader(["How have you been sleeping?"]), options: .init(), hooks: hooks) { output += $0 }
        #expect(repl.run() == .quit)
        #expect(output.contains("Could not save your session journal"))
        #expect(!output.contains("I sleep four hours"))
    }

    @Test func replayingTheJournalRestoresTheSessionExactly() throws {
        let lines = ["How have you been sleeping?", "/tag timeline When did it start?", "Tell me more about that.", "/undo", "Tell me more about that.", "/phq9"]
        let (_, _, journal, _, repl) = try Self.run(lines.map { .line($0) })
        let (c, hash) = try Self.sample()
        var resumed = SessionRunner(case: c, session: c.sessions[0], caseHash: hash, seed: 3)
        for r in journal { resumed.apply(r) }
        #expect(resumed.state == repl.runner.state)
        #expect(resumed.transcript == repl.runner.transcript)
    }

    @Test func longLinesWrapToTheWidth() {
        let style = TerminalStyle(color: false, width: 40)
        let wrapped = style.wrap(String(repeating: "word ", count: 30), firstIndent: 7, indent: 7)
        #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 40 })
        #expect(TerminalStyle(color: false, width: 40).bold("x") == "x")
        #expect(TerminalStyle(color: true, width: 40).bold("x") == "\u{1B}[1mx\u{1B}[0m")
    }
}

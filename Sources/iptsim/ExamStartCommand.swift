import ArgumentParser
import Foundation
import IPTSimCore
import IPTSimStore
import IPTSimTerminal

/// Options of `exam start` and `exam resume`.
struct ExamRunOptions: ParsableArguments {
    @Argument(help: "The blueprint file.")
    var blueprint: String

    @Option(help: "Candidate id (stored with every record).")
    var candidate: String

    @Option(help: "Cohort the candidate belongs to (for results by cohort).")
    var cohort: String?

    @Option(help: "Signing key (from 'iptsim exam keygen'); without it the result is stored unsigned.")
    var key: String?

    @Option(help: "Also write the (signed) result JSON to this file when the exam ends.")
    var result: String?

    @Option(help: "Folder of case files to use instead of the embedded defaults.")
    var scenarios: String?

    @OptionGroup var records: RecordOptions
}

struct ExamStart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Run an exam in locked mode (continues the candidate's unfinished attempt if there is one).",
        discussion: """
        Sessions run in the blueprint's order. Type to the patient; /phq9 administers the PHQ-9;
        /end ends a session for good. Hints, state, explanations, undo and scores are refused.
        Every turn is saved before the reply is shown: if the exam is interrupted, run the same
        command (or 'exam resume') to continue where it stopped. Input may be piped, sessions
        separated by /end.
        Exit status: 0 finished or paused, 2 usage error or the exam cannot run (edited case,
        invalid blueprint), 3 no attempt left.
        """)

    @OptionGroup var options: ExamRunOptions

    func run() throws {
        var console = ExamConsole(options: options, mustResume: false)
        try console.run()
    }
}

struct ExamResume: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue the candidate's unfinished exam attempt from its journal.",
        discussion: "Exit status as for 'exam start'; 2 also when there is no unfinished attempt.")

    @OptionGroup var options: ExamRunOptions

    func run() throws {
        var console = ExamConsole(options: options, mustResume: true)
        try console.run()
    }
}

/// The exam's terminal: reads lines, hands them to `ExamRun`, prints its events.
struct ExamConsole {
    var options: ExamRunOptions
    var mustResume: Bool
    private var current: Case?

    init(options: ExamRunOptions, mustResume: Bool) {
        self.options = options
        self.mustResume = mustResume
    }

    mutating func run() throws {
        let loaded = try LoadedBlueprint.read(options.blueprint)
        let cases = try CaseLibrary.load(scenarios: options.scenarios).available()
        try loaded.fit(cases)
        let key = try readKey(options.key)
        let store = try options.records.open()
        if mustResume {
            let open = try store.attempts(candidate: options.candidate, cohort: nil)
                .filter { $0.mode == .exam && $0.examID == loaded.blueprint.id && $0.status == .inProgress }
            if open.isEmpty {
                printError("error: candidate '\(options.candidate)' has no unfinished attempt at exam '\(loaded.blueprint.id)'; use 'iptsim exam start' to begin one")
                throw ExitCode(2)
            }
        }
        var run: ExamRun
        do {
            run = try ExamRun(store: store, blueprint: loaded.blueprint, blueprintHash: loaded.result.hash, blueprintJSON: loaded.text,
                              cases: cases, candidate: options.candidate, cohort: options.cohort, signingKey: key)
        } catch let error as RecordStoreError {
            printError("error: \(error)")
            if case .noAttemptsLeft = error { throw ExitCode(3) }
            throw ExitCode(2)
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
        if key == nil { printError("warning: no --key given; the result will be stored unsigned") }
        let b = loaded.blueprint
        print("\(b.title) — candidate \(options.candidate), attempt \(run.attempt.number) of \(b.attemptsAllowed)\(run.resumed ? " (resumed)" : "")")
        print("Locked exam: no hints, patient state, explanations, undo or scores until the end. /help lists what you can do.")
        // No history file: one candidate's answers must not be offered to the next.
        let interactive = isatty(STDIN_FILENO) != 0
        let reader: any LineReader = interactive ? ReadlineLineReader(historyPath: nil) : PipedLineReader()
        reader.setCompletions(commands: ["/phq9", "/end", "/help"], names: [], techniques: [])
        var finished = false
        do {
            finished = show(try run.begin())
            reading: while !finished {
                switch reader.read(prompt: "> ") {
                case .endOfInput: break reading
                case .interrupted: continue
                case .line(let line):
                    if !interactive, !line.trimmingCharacters(in: .whitespaces).isEmpty { print("> \(line)") }
                    finished = show(try run.handle(line))
                }
            }
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
        if !finished {
            print("")
            print(run.pausedMessage.replacingOccurrences(of: "<blueprint>", with: options.blueprint))
        }
    }

    /// Prints events; true when the exam finished.
    mutating func show(_ events: [ExamEvent]) -> Bool {
        var finished = false
        for event in events {
            switch event {
            case let .sessionStarted(index, total, c, s, limit, opening, previous):
                print("")
                print("── Session \(index) of \(total): \(c.title) — \(s.title) (\(s.phase.rawValue) phase, \(limit) minutes)")
                print("Patient: \(c.patient.name), \(c.patient.age), \(c.patient.occupation).")
                print("Briefing: \(s.briefing)")
                print("Goal: \(s.goal)")
                print("")
                printReply(opening, c)
                if !previous.isEmpty {
                    print("[resuming: \(previous.count) turn\(previous.count == 1 ? "" : "s") already recorded]")
                    for t in previous {
                        print("> \(t.input)")
                        for r in t.replies { printReply(r, c) }
                    }
                }
                current = c
            case .reply(let turn):
                if let c = current { printReply(turn, c) }
            case .phq9(let replies):
                for (i, r) in replies.enumerated() { print("  \(i + 1). \(Builtins.phq9Items[i])? — \(r.text)") }
            case .notice(let text):
                print(text)
            case let .sessionEnded(reason, turns, minutes):
                print(reason == "time-limit" ? "[time is up: the session ended after \(minutes) minutes]"
                                             : "[session ended after \(turns) turn\(turns == 1 ? "" : "s"), \(minutes) minutes]")
            case let .finished(result, signed):
                printSummary(result, signed: signed != nil)
                if let path = options.result {
                    let text = signed ?? ((try? unsignedJSON(result)) ?? "")
                    if (try? text.write(toFile: path, atomically: true, encoding: .utf8)) != nil {
                        print("Result written to \(path)\(signed == nil ? " (unsigned)" : " (signed)").")
                    } else {
                        printError("error: cannot write \(path); the result is in the records database")
                    }
                }
                finished = true
            }
        }
        return finished
    }

    func unsignedJSON(_ r: ExamResult) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try e.encode(r), as: UTF8.self) + "\n"
    }

    func printSummary(_ r: ExamResult, signed: Bool) {
        print("")
        print("══ Exam finished: \(r.outcome.passed ? "PASS" : "FAIL")")
        for (i, s) in r.sessions.enumerated() {
            let verdict = s.score.good ? "good" : s.score.passed ? "pass" : "fail"
            print("Session \(i + 1): \(s.caseID)/\(s.sessionID) (\(s.problemArea.rawValue), \(s.phase.rawValue)): \(verdict); adherence \(fmt(s.score.adherenceMean)), facilitative \(fmt(s.score.facilitativeMean))")
            for item in s.score.items {
                print("    \(item.id) \(item.title): \(item.rating.map(String.init) ?? "n/a")")
            }
            if !s.score.criticalSafetyMisses.isEmpty { print("    critical safety miss: \(s.score.criticalSafetyMisses.joined(separator: ", "))") }
        }
        for (id, mean) in r.outcome.caseMeans.sorted(by: { $0.key < $1.key }) { print("Case \(id): mean \(fmt(mean))") }
        for reason in r.outcome.reasons { print("  not met: \(reason)") }
        print("Recorded\(signed ? " and signed" : " (unsigned)"). See: iptsim results show --candidate \(r.candidate)")
    }

    private func printReply(_ turn: PatientTurn, _ c: Case) {
        let first = c.patient.name.split(separator: " ").first.map(String.init) ?? c.patient.name
        if let nv = turn.nonverbal { print("\(first): (\(nv)) \(turn.text)") } else { print("\(first): \(turn.text)") }
    }
}

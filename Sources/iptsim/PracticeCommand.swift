import ArgumentParser
import Foundation
import IPTSimCore
import IPTSimStore
import IPTSimTerminal

struct Practice: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Talk to a virtual patient.",
        discussion: """
        CASE is a case id, a problem area (grief, dispute, transition, deficits) or a case file.
        On a terminal you get line editing, history and Tab completion; piped input is read line by line.
        Every line is journaled before the reply is shown; --resume continues the last unfinished session.
        The same input and seed always give the same session.
        """)

    @Argument(help: "Case id, problem area or case file (omit with --resume).")
    var caseName: String?

    @Option(help: "Session id (default: the case's first session).")
    var session: String?

    @Option(help: "Random seed; the same seed and input give the same session.")
    var seed: UInt64 = 1

    @Option(help: "Conversational style (plain, reserved, ...); default: the case's first.")
    var style: String?

    @Flag(help: "Live coaching notes after turns that miss a risk cue, use a proscribed technique or let an opportunity pass.")
    var coach = false

    @Option(help: "Write a report at the end (.json, .md or .html).")
    var report: String?

    @Flag(help: "Continue the last unfinished session exactly where it stopped.")
    var resume = false

    @Flag(help: "No colour (also when NO_COLOR is set).")
    var noColor = false

    @Option(help: "Folder of case files to use instead of the embedded defaults.")
    var scenarios: String?

    @Option(help: "Record the finished session in the records database under this candidate id.")
    var record: String?

    @Option(help: "Cohort of the recorded candidate.")
    var cohort: String?

    @OptionGroup var records: RecordOptions

    func run() throws {
        if let report, ReportFiles.format(of: report) == nil {
            printError("error: cannot tell the report format from '\(report)'; use a .json, .md or .html file name")
            throw ExitCode(2)
        }
        let env = ProcessInfo.processInfo.environment
        let stateDir = UserDirectories.state(env)
        let journalDir = (stateDir as NSString).appendingPathComponent("sessions")
        let library = try CaseLibrary.load(scenarios: scenarios)

        var runner: SessionRunner
        let journal: FileJournal
        var resumed = false
        if resume {
            let found: (source: CaseSource, result: LoadResult, case: Case)?
            do { found = try caseName.map { try library.find($0) } } catch { printError("\(error)"); throw ExitCode(2) }
            guard let path = FileJournal.latestUnfinished(in: journalDir, caseID: found?.case.id) else {
                printError("error: no unfinished session to resume\(found.map { " for '\($0.case.id)'" } ?? ""); start one with: iptsim practice \(caseName ?? "grief")")
                throw ExitCode(2)
            }
            let contents = try FileJournal.read(path)
            let h = contents.header
            let entry: (source: CaseSource, result: LoadResult, case: Case)
            do { entry = try found ?? library.find(h.caseID) } catch { printError("\(error)"); throw ExitCode(2) }
            guard entry.result.versionHash == h.caseHash else {
                printError("error: case '\(h.caseID)' has changed since this session began (version \(h.caseVersion) then, \(entry.case.version) now; content hash \(h.caseHash) then, \(entry.result.versionHash) now). Resuming would silently give a different session, so it is refused. The journal is kept at \(path).")
                throw ExitCode(1)
            }
            guard let s = entry.case.session(h.sessionID) else {
                printError("error: case '\(h.caseID)' no longer has session '\(h.sessionID)'")
                throw ExitCode(1)
            }
            runner = SessionRunner(case: entry.case, session: s, caseHash: h.caseHash, seed: h.seed, style: h.style, mode: h.mode)
            for r in contents.records { runner.apply(r) }
            journal = try FileJournal(appendingTo: path)
            resumed = true
        } else {
            guard let caseName else {
                printError("error: name a case, e.g. iptsim practice grief (or use --resume)")
                throw ExitCode(2)
            }
            let found: (source: CaseSource, result: LoadResult, case: Case)
            do { found = try library.find(caseName) } catch { printError("\(error)"); throw ExitCode(2) }
            let c = found.case
            guard let s = c.session(session) else {
                printError("error: case '\(c.id)' has no session '\(session ?? "")'; sessions: \(c.sessions.map(\.id).joined(separator: ", "))")
                throw ExitCode(2)
            }
            var chosen: ConversationalStyle?
            if let style {
                guard let st = ConversationalStyle(rawValue: style), c.patient.styles.contains(st) else {
                    printError("error: '\(c.id)' is written for the styles \(c.patient.styles.map(\.rawValue).joined(separator: ", ")); '\(style)' is not one of them")
                    throw ExitCode(2)
                }
                chosen = st
            }
            runner = SessionRunner(case: c, session: s, caseHash: found.result.versionHash, seed: seed, style: chosen)
            let stamp = Self.timestamp()
            let file = "\(stamp.replacingOccurrences(of: ":", with: ""))-\(c.id)-\(s.id)-\(ProcessInfo.processInfo.processIdentifier).jsonl"
            let header = JournalHeader(caseID: c.id, caseVersion: c.version, caseHash: found.result.versionHash, sessionID: s.id,
                                       seed: seed, style: runner.state.style, mode: .practice, startedAt: stamp)
            do {
                journal = try FileJournal(creating: (journalDir as NSString).appendingPathComponent(file), header: header)
            } catch {
                printError("error: cannot create the session journal in \(journalDir): \(error); set XDG_STATE_HOME to a writable folder")
                throw ExitCode(2)
            }
        }

        // The recognizer's example index is built while the patient is introduced, not on the first turn.
        Thread.detachNewThread { Recognizers.prepare() }
        let interactive = isatty(STDIN_FILENO) != 0
        let reader: any LineReader = interactive
            ? ReadlineLineReader(historyPath: (stateDir as NSString).appendingPathComponent("history"))
            : PipedLineReader()
        let termStyle = TerminalStyle.detect(noColor: noColor, environment: env)
        let reportPath = report
        let hooks = REPL.Hooks(
            journal: { try journal.append($0) },
            debrief: { runner in Debrief.text(runner, style: termStyle) },
            coach: { runner in Debrief.coachNotes(runner) },
            save: { runner, path in try TranscriptFiles.save(runner.transcript, to: path, dataDir: UserDirectories.data(env)) })
        let repl = REPL(runner: runner, reader: reader, options: .init(coach: coach, style: termStyle, resumed: resumed), hooks: hooks) { text in
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        let outcome = repl.run()
        if outcome == .ended, let candidate = record { try recordSession(repl.runner, candidate: candidate) }
        if outcome == .ended, let reportPath {
            do {
                try Debrief.writeReport(repl.runner, to: reportPath)
                printError("Report written to \(reportPath)")
            } catch {
                printError("error: could not write the report: \(error)")
                throw ExitCode(1)
            }
        }
    }

    static func timestamp() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date())
    }
}

enum TranscriptFiles {
    /// Saves a transcript as JSON; returns the path written.
    static func save(_ t: Transcript, to path: String?, dataDir: String) throws -> String {
        let target: String
        if let path {
            target = path
        } else {
            let dir = (dataDir as NSString).appendingPathComponent("transcripts")
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            target = (dir as NSString).appendingPathComponent("\(Practice.timestamp().replacingOccurrences(of: ":", with: ""))-\(t.caseID)-\(t.sessionID).json")
        }
        try encode(t).write(to: URL(fileURLWithPath: target))
        return target
    }

    static func encode(_ t: Transcript) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(t)
    }
}

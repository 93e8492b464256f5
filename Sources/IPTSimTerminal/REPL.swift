import IPTSimCore

/// The trainee's session loop: reads lines, runs slash commands, talks to the patient, journals
/// every action before showing the reply, and ends with the debrief.
///
/// All I/O goes through the injected reader, `write` and the hooks, so tests drive it in memory.
public final class REPL {
    public struct Options: Sendable {
        /// Exam mode: no hints, state, why, undo or live coaching.
        public var locked: Bool
        public var coach: Bool
        public var style: TerminalStyle
        public var resumed: Bool

        public init(locked: Bool = false, coach: Bool = false, style: TerminalStyle = .plain, resumed: Bool = false) {
            self.locked = locked
            self.coach = coach
            self.style = style
            self.resumed = resumed
        }
    }

    /// How the session finished.
    public enum Outcome: Equatable, Sendable {
        /// `/end`, Ctrl-D or the end of piped input: debriefed.
        case ended
        /// `/quit`: left unfinished; resumable.
        case quit
    }

    /// Hooks the executable provides (journal on disk, debrief from the assessor, saving).
    public struct Hooks {
        /// Called with every action before its reply is shown; throwing stops the session safely.
        public var journal: (JournalRecord) throws -> Void
        public var debrief: (SessionRunner) -> String
        public var coach: (SessionRunner) -> [String]
        public var save: (SessionRunner, String?) throws -> String

        public init(journal: @escaping (JournalRecord) throws -> Void = { _ in },
                    debrief: @escaping (SessionRunner) -> String = { _ in "" },
                    coach: @escaping (SessionRunner) -> [String] = { _ in [] },
                    save: @escaping (SessionRunner, String?) throws -> String = { _, _ in "" }) {
            self.journal = journal
            self.debrief = debrief
            self.coach = coach
            self.save = save
        }
    }

    public static let commands: [(name: String, args: String, help: String, practiceOnly: Bool)] = [
        ("/help", "", "list the commands", false),
        ("/hint", "", "an IPT-grounded nudge for this moment", true),
        ("/why", "", "what the recognizer heard in your last line and why the patient answered so", true),
        ("/state", "", "rapport, distress, facts disclosed, clock", true),
        ("/time", "", "the session clock", false),
        ("/phq9", "", "administer the PHQ-9; the patient answers item by item", false),
        ("/tag", " <technique> <text>", "say <text> and declare its technique", false),
        ("/undo", "", "take back your last line", true),
        ("/restart", "", "start the session again", true),
        ("/end", "", "end the session and see the debrief", false),
        ("/save", " [path]", "save the transcript so far", false),
        ("/quit", "", "leave now without a debrief (resume later with --resume)", false),
    ]

    public internal(set) var runner: SessionRunner
    let reader: any LineReader
    let write: (String) -> Void
    let options: Options
    let hooks: Hooks
    var overtimeNoted = false
    var lastIntervention: Intervention?
    var lastReply: PatientTurn?

    public init(runner: SessionRunner, reader: any LineReader, options: Options, hooks: Hooks, write: @escaping (String) -> Void) {
        self.runner = runner
        self.reader = reader
        self.options = options
        self.hooks = hooks
        self.write = write
        let c = runner.engine.case
        var names: [String] = []
        for p in c.people {
            names.append(p.name)
            names += (p.aliases ?? []).filter { !$0.contains(" ") }
        }
        let commands = Self.commands.filter { !options.locked || !$0.practiceOnly }.map(\.name)
        reader.setCompletions(commands: commands, names: Array(Set(names)).sorted(), techniques: TechniqueCatalogue.ids)
    }

    var style: TerminalStyle { options.style }
    var patientFirstName: String { runner.engine.case.patient.name.split(separator: " ").first.map(String.init) ?? "Patient" }

    /// Runs until the session ends or the trainee quits.
    public func run() -> Outcome {
        if options.resumed {
            write(style.dim("Resumed: \(runner.state.turn) turn\(runner.state.turn == 1 ? "" : "s") restored, clock \(clock()).") + "\n")
            if let last = runner.transcript.turns.last {
                write(style.dim("Your last line: \(last.input)") + "\n")
                for r in last.replies { show(r) }
            } else {
                show(runner.transcript.opening)
            }
        } else {
            briefing()
            show(runner.transcript.opening)
        }
        while true {
            let prompt = reader.isInteractive ? style.dim("[\(clock())]") + " " + style.bold("You ›") + " " : ""
            switch reader.read(prompt: prompt) {
            case .endOfInput:
                if reader.isInteractive { write("\n") }
                return finish()
            case .interrupted:
                write(style.dim("(line cleared — /end finishes with a debrief, /quit leaves)") + "\n")
            case .line(let raw):
                let line = raw.trimmingCharacters(in: " \t\r")
                if line.isEmpty { continue }
                if line.hasPrefix("/") {
                    if let outcome = command(line) { return outcome }
                } else {
                    guard record(JournalRecord(.say, text: String(line.prefix(2000)))) else { return .quit }
                    let iv = runner.recognize(String(line.prefix(2000)))
                    let reply = runner.say(iv, input: String(line.prefix(2000)))
                    lastIntervention = iv
                    lastReply = reply
                    show(reply)
                    afterTurn()
                }
            }
        }
    }

    /// Journals an action; on failure tells the trainee and stops (nothing is shown unjournaled).
    func record(_ r: JournalRecord) -> Bool {
        do {
            try hooks.journal(r)
            return true
        } catch {
            write(style.alert("Could not save your session journal (\(error)). Stopping so that nothing is lost; your earlier turns are saved.") + "\n")
            return false
        }
    }

    func afterTurn() {
        if options.coach && !options.locked {
            for note in hooks.coach(runner) { write(style.warn("coach: ") + style.wrap(note, firstIndent: 7, indent: 7) + "\n") }
        }
        if !overtimeNoted && runner.engine.isOvertime(runner.state) {
            overtimeNoted = true
            write(style.warn("The planned \(runner.engine.session.minutes) minutes are up. Close the session and type /end for the debrief.") + "\n")
        }
    }

    func finish() -> Outcome {
        _ = record(JournalRecord(.end))
        runner.end()
        write("\n" + hooks.debrief(runner))
        return .ended
    }

    func clock() -> String {
        let s = runner.state.clockSeconds
        return "\(s / 60):\(s % 60 < 10 ? "0" : "")\(s % 60)/\(runner.engine.session.minutes):00"
    }

    func briefing() {
        let c = runner.engine.case
        let s = runner.engine.session
        let p = c.patient
        write(style.bold("\(c.title)") + "\n")
        write(style.bold(s.title) + style.dim(" · \(s.phase.rawValue) phase · session \(s.number)\(s.plannedSessions.map { " of \($0)" } ?? "") · \(s.minutes) minutes") + "\n\n")
        write(style.wrap("\(p.name), \(p.age), \(p.occupation). \(p.presentingComplaint)", firstIndent: 0, indent: 0) + "\n")
        write(style.wrap(style.dim("Note: ") + s.briefing, firstIndent: 0, indent: 0) + "\n")
        write(style.wrap(style.dim("Your goal: ") + s.goal, firstIndent: 0, indent: 0) + "\n")
        write(style.dim(options.locked ? "Exam mode: no hints. /end finishes each session." : "Type to talk. /help for commands, /end for the debrief.") + "\n\n")
    }

    func show(_ turn: PatientTurn) {
        let label = patientFirstName + " ›"
        var text = turn.text
        if let nv = turn.nonverbal {
            text = style.muted("(\(nv))") + (turn.text == "…" || turn.text == "..." ? "" : " " + turn.text)
        }
        write(style.patient(label) + " " + style.wrap(text, firstIndent: label.count + 1, indent: label.count + 1) + "\n")
    }
}

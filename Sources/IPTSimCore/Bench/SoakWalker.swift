/// A seeded random walker over practice sessions, for soak tests and for generating transcripts.
///
/// Utterances come from the cases' rule examples, the technique catalogue's examples, the names
/// of the case's people, and noise: empty and blank lines, very long lines, unicode (combining
/// marks, emoji, right-to-left, control characters), punctuation, `/phq9`, `/tag` and `/undo`.
/// After every action the walker checks the invariants below; after every session it replays
/// the transcript from scratch and checks it reaches the same state. Pure: no clock, no I/O.
public struct SoakWalker: Sendable {
    public struct Target: Sendable {
        public var `case`: Case
        public var hash: String
        public init(case c: Case, hash: String) {
            self.case = c
            self.hash = hash
        }
    }

    /// One broken invariant, with what is needed to reproduce it.
    public struct Failure: Sendable, Equatable, CustomStringConvertible {
        public var session: Int
        public var caseID: String
        public var sessionID: String
        public var seed: UInt64
        public var turn: Int
        public var message: String
        public var input: String

        public var description: String {
            "session #\(session) \(caseID)/\(sessionID) seed \(seed) turn \(turn): \(message) (input: \(input.debugDescription.prefix(120)))"
        }
    }

    public struct Report: Sendable {
        public var sessions = 0
        public var actions = 0
        public var replies = 0
        public var failures: [Failure] = []
        public init() {}
    }

    public let targets: [Target]
    public let recognizer: any Recognizer
    /// Utterance pools, one per target.
    let pools: [[String]]

    public static let noise: [String] = [
        "", " ", "   \t  ", "?", "...", "!!!", "I", "hmm", "ok", "yes", "no",
        "Ça va? Tu te sens comment aujourd'hui ?", "Wie geht es Ihnen?", "¿Cómo se siente?",
        "How are you feeling 😢😢😢 today?", "e\u{301}\u{301}\u{301}\u{301}\u{301} feel", "\u{202E}won tuoba leef uoy od woH",
        "مرحبا كيف حالك", "你最近睡得怎么样？", "\u{0}\u{1}\u{7F}", "tell me more\u{0}about that",
        "\u{FEFF}How have you been sleeping?", "Z̷̢͎̈a̸̱͊l̵̰̇g̶̣̃o̴͎̓ feelings", "don't won't can't shouldn't 'n' \"quoted\"",
        "* ( ) [ ] { } | ^ $ ~ \\ / ?", "/", "/phq", "/unknown command", "#not a comment here",
    ]

    public init(targets: [Target], recognizer: any Recognizer = Recognizers.standard) {
        self.targets = targets
        self.recognizer = recognizer
        pools = targets.map { t in
            var pool: [String] = []
            for s in t.case.sessions {
                for r in s.rules { pool += r.examples?.match ?? []; pool += r.examples?.noMatch ?? [] }
            }
            pool += TechniqueCatalogue.all.map(\.example)
            for p in t.case.people {
                pool.append("Tell me about \(p.name).")
                pool.append("How do you feel about your \(p.relation)?")
                pool += (p.aliases ?? []).map { "What is \($0) like?" }
            }
            return pool
        }
    }

    /// Plays session number `index` (the seed decides everything); returns its transcript and any failures.
    /// With `verify` false no invariant is checked; with `noise` false every line is a case or
    /// catalogue sentence (no noise, long lines, `/tag` or `/undo`): to generate realistic transcripts.
    public func play(_ index: Int, seed: UInt64, maxActions: Int = 60, verify: Bool = true, noise: Bool = true) -> (Transcript?, [Failure]) {
        guard !targets.isEmpty else { return (nil, []) }
        var rng = SeededRandom.stream(UInt64(index), of: seed)
        let ti = rng.index(targets.count)
        let target = targets[ti]
        let c = target.case
        guard !c.sessions.isEmpty else { return (nil, []) }
        let session = c.sessions[rng.index(c.sessions.count)]
        let sessionSeed = rng.next()
        let styles = c.patient.styles
        let style = styles.isEmpty ? nil : styles[rng.index(styles.count)]
        var runner = SessionRunner(case: c, session: session, caseHash: target.hash, seed: sessionSeed, style: style, recognizer: recognizer)
        var failures: [Failure] = []
        func fail(_ message: String, _ input: String) {
            failures.append(Failure(session: index, caseID: c.id, sessionID: session.id, seed: sessionSeed,
                                    turn: runner.state.turn, message: message, input: input))
        }
        if runner.transcript.opening.text.isEmpty { fail("empty opening", "") }

        let pool = pools[ti]
        let actions = 1 + rng.index(maxActions)
        for _ in 0..<actions {
            let before = runner.state
            let beforeTurns = runner.transcript.turns.count
            var roll = rng.index(100)
            if !noise && roll >= 3 && roll < 19 { roll = 50 }
            var input = ""
            var replies: [PatientTurn] = []
            var undone = false
            switch roll {
            case 0..<3:
                input = "/phq9"
                replies = runner.administerPHQ9()
                if replies.count != session.phq9.count { fail("PHQ-9 gave \(replies.count) answers for \(session.phq9.count) items", input) }
            case 3..<5:
                let technique = TechniqueCatalogue.all[rng.index(TechniqueCatalogue.all.count)].id
                input = pool.isEmpty ? "" : pool[rng.index(pool.count)]
                replies = [runner.say(runner.tagged(input, technique: technique), input: "/tag \(technique) \(input)")]
            case 5..<7:
                input = "/undo"
                runner.undo()
                undone = true
            case 7..<17:
                input = Self.noise[rng.index(Self.noise.count)]
                replies = [runner.say(input)]
            case 17..<19:
                // A very long line: a pool sentence repeated, or random bytes decoded leniently.
                if rng.index(2) == 0, !pool.isEmpty {
                    input = String(repeating: pool[rng.index(pool.count)] + " ", count: 20 + rng.index(60))
                } else {
                    let bytes = (0..<(500 + rng.index(3500))).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
                    input = String(decoding: bytes, as: UTF8.self)
                }
                replies = [runner.say(input)]
            case 19..<27:
                // Two pool sentences glued, with random case changes.
                let a = pool.isEmpty ? "" : pool[rng.index(pool.count)]
                let b = pool.isEmpty ? "" : pool[rng.index(pool.count)]
                input = rng.index(2) == 0 ? "\(a) \(b)" : "\(a.uppercased()) \(b.lowercased())"
                replies = [runner.say(input)]
            default:
                input = pool.isEmpty ? "hello" : pool[rng.index(pool.count)]
                replies = [runner.say(input)]
            }

            // Invariants.
            guard verify else { continue }
            let s = runner.state
            if undone {
                if beforeTurns > 0 && runner.transcript.turns.count != beforeTurns - 1 { fail("undo left \(runner.transcript.turns.count) turns, expected \(beforeTurns - 1)", input) }
                if s.turn != runner.transcript.turns.count { fail("after undo turn \(s.turn) but \(runner.transcript.turns.count) turns", input) }
            } else {
                if s.turn != before.turn + 1 { fail("turn went from \(before.turn) to \(s.turn)", input) }
                if runner.transcript.turns.count != beforeTurns + 1 { fail("transcript has \(runner.transcript.turns.count) turns, expected \(beforeTurns + 1)", input) }
                if runner.transcript.turns.last?.number != s.turn { fail("last transcript turn is numbered \(runner.transcript.turns.last?.number ?? -1), state turn \(s.turn)", input) }
                if s.clockSeconds < before.clockSeconds { fail("clock went back from \(before.clockSeconds) to \(s.clockSeconds)", input) }
                if replies.isEmpty { fail("no reply", input) }
                var last = before.clockSeconds
                for r in replies {
                    if r.text.isEmpty { fail("empty reply from \(r.ruleID)", input) }
                    if r.clockSeconds < last { fail("reply clock \(r.clockSeconds) before \(last)", input) }
                    last = r.clockSeconds
                }
                if replies.last?.clockSeconds != s.clockSeconds { fail("reply clock \(replies.last?.clockSeconds ?? -1) differs from state clock \(s.clockSeconds)", input) }
            }
            for v in c.variables {
                guard let value = s.vars[v.id] else { fail("variable \(v.id) missing", input); continue }
                if value < v.min || value > v.max { fail("variable \(v.id) = \(value) outside \(v.min)…\(v.max)", input) }
            }
            if s.vars.count != c.variables.count { fail("\(s.vars.count) variables in state, \(c.variables.count) declared", input) }
            if s.recentPeople.count > 4 { fail("\(s.recentPeople.count) recent people", input) }
            if !failures.isEmpty { break }
        }
        runner.end()
        if verify && failures.isEmpty {
            if let again = SessionRunner.replay(runner.transcript, case: c, caseHash: target.hash, recognizer: recognizer) {
                if again.state != runner.state { fail("replay reached a different state", "(replay)") }
                if again.transcript != runner.transcript { fail("replay gave a different transcript", "(replay)") }
            } else {
                fail("replay failed", "(replay)")
            }
        }
        return (runner.transcript, failures)
    }

    /// Plays `sessions` sessions (numbered 0…) from `seed`; stops collecting after 50 failures.
    public func run(sessions: Int, seed: UInt64, maxActions: Int = 60) -> Report {
        var report = Report()
        for i in 0..<sessions {
            let (t, failures) = play(i, seed: seed, maxActions: maxActions)
            report.sessions += 1
            report.actions += t?.turns.count ?? 0
            report.replies += t?.turns.reduce(0) { $0 + $1.replies.count } ?? 0
            report.failures += failures
            if report.failures.count >= 50 { break }
        }
        return report
    }
}

/// A scripted trainee transcript (`Fixtures/transcripts/<case>/<session>-*.txt`): one line per
/// trainee turn, `#` comments, `/phq9` for the questionnaire.
public enum TraineeScript {
    public enum Line: Sendable, Equatable {
        case say(String)
        case phq9
    }

    public static func parse(_ text: String) -> [Line] {
        // `\r\n` is one Character in Swift, so split on every kind of newline, not on "\n".
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).compactMap { raw in
            let line = String(raw)
            let trimmed = line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
            if trimmed.isEmpty || line.hasPrefix("#") { return nil }
            if String(trimmed) == "/phq9" { return .phq9 }
            return .say(line)
        }
    }
}

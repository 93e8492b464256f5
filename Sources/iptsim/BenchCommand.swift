import ArgumentParser
import Foundation
import IPTSimCore
import IPTSimScenarios
#if canImport(Glibc)
import Glibc
#endif

/// `iptsim bench`: timings of the parts a trainee waits for, and the soak test.
///
/// Everything that reads a clock is here; the generators (`SyntheticCase`, `SoakWalker`) are pure
/// code in IPTSimCore. Timings are medians over repetitions; the machine is assumed noisy.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure turn latency, scaling, throughput, start-up and memory; or soak-test the engine.",
        discussion: """
        Build with `swift build -c release` first; debug builds are 10-50x slower.
        iptsim bench                 all measurements, a table
        iptsim bench --json          one JSON object per line: name, unit, median, p99, max, samples, target
        iptsim bench --quick         fewer repetitions and sizes (about a minute)
        iptsim bench --soak 10000    play 10,000 seeded random sessions and check invariants
        Replays the scripted transcripts in Tests/IPTSimCoreTests/Fixtures/transcripts (or --transcripts DIR).
        """)

    @Flag(help: "One JSON object per measurement, one per line.")
    var json = false

    @Flag(help: "Fewer repetitions and smaller workloads.")
    var quick = false

    @Option(help: "Instead of measuring, play this many random sessions and check invariants.")
    var soak: Int?

    @Option(help: "Seed for the soak walker and the generators.")
    var seed: UInt64 = 1

    @Option(help: "Folder of scripted trainee transcripts (<case>/<session>-*.txt).")
    var transcripts: String = "Tests/IPTSimCoreTests/Fixtures/transcripts"

    @Option(help: "Only measurements whose name starts with one of these (comma-separated).")
    var only: String?

    @Option(help: "Folder of case files to use instead of the embedded defaults.")
    var scenarios: String?

    @Option(help: .hidden)
    var dump: Int?

    /// Not a measurement: replays the scripted lines on synthetic cases of these sizes
    /// (comma-separated) and prints every turn with its explanation, for diffing behaviour.
    @Option(help: .hidden)
    var dumpSynthetic: String?

    /// Not a measurement: the reports (JSON, debrief, Markdown) of the first N transcripts the
    /// rescore measurement generates, scored as it scores them (one assessor per session), so that
    /// an assessor optimisation can be diffed for identical output.
    @Option(help: .hidden)
    var dumpRescore: Int?

    func run() throws {
        // The shipped cases on disk when run from the repository (the embedded set can lag behind).
        var isDir: ObjCBool = false
        let folder = scenarios ?? (FileManager.default.fileExists(atPath: "Scenarios", isDirectory: &isDir) && isDir.boolValue ? "Scenarios" : nil)
        let library = try CaseLibrary.load(scenarios: folder)
        let cases = library.cases()
        if let soak {
            try runSoak(cases.map { SoakWalker.Target(case: $0.case, hash: $0.result.versionHash) }, sessions: soak)
            return
        }
        if let dump {
            dumpBehaviour(cases, generated: dump)
            return
        }
        if let dumpSynthetic {
            dumpSyntheticBehaviour(cases, sizes: dumpSynthetic.split(separator: ",").compactMap { Int($0) })
            return
        }
        if let dumpRescore {
            dumpRescoreReports(cases, count: dumpRescore)
            return
        }
        var b = Bencher(json: json, filter: only.map { $0.split(separator: ",").map(String.init) })
        let reps = quick ? 3 : 15
        let scripts = loadScripts(for: cases.map(\.case))
        if scripts.isEmpty { printError("warning: no scripted transcripts under \(transcripts); turn measurements skipped") }

        // Loading and validating each shipped case.
        for (source, _, c) in cases {
            b.measure("load.\(c.id)", unit: "ms", target: nil) {
                (0..<(quick ? 5 : 30)).map { _ in Self.time { _ = CaseLoader.load(source.data) } * 1e3 }
            }
        }

        // The built-in rule table and word index, built on the first utterance of every process.
        b.measure("index.build.cpu", unit: "ms cpu", target: nil, note: "TechniqueRules.index, built afresh") {
            (0..<(quick ? 5 : 20)).map { _ in Self.times { _ = BenchHooks.buildRuleIndex() }.cpu * 1e3 }
        }
        // A case's recognition context (lexicon patterns, concepts, people compiled once per session).
        for (_, _, c) in cases {
            b.measure("context.\(c.id).cpu", unit: "ms cpu", target: nil) {
                (0..<(quick ? 5 : 20)).map { _ in Self.times { _ = RecognitionContext(case: c) }.cpu * 1e3 }
            }
        }

        // The recognizer's example index, built once per process: `practice` builds it on a background
        // thread while the patient is introduced, so it is timed here on its own, not in a first turn.
        if b.wants("examples.build") || b.wants("turn.shipped") {
            let t = Self.times { Recognizers.prepare() }
            b.record("examples.build", unit: "ms", samples: [t.wall * 1e3], target: nil, note: "ExampleBank index, once per process (practice: in the background)")
        }

        // One turn (recognize + respond + live coaching) on each shipped case.
        var allTurns: [(wall: Double, cpu: Double)] = []
        for (_, result, c) in cases {
            let mine = scripts.filter { $0.caseID == c.id }
            guard !mine.isEmpty, b.wants("turn.\(c.id)") || b.wants("turn.shipped") else { continue }
            let samples = (0..<reps).flatMap { _ in mine.flatMap { Self.turnTimes(c, hash: result.versionHash, script: $0) } }
            b.record("turn.\(c.id)", unit: "us", samples: samples.map(\.wall), target: "p99 < 1000")
            b.record("turn.\(c.id).cpu", unit: "us cpu", samples: samples.map(\.cpu), target: nil)
            allTurns += samples
        }
        if !allTurns.isEmpty {
            b.record("turn.shipped", unit: "us", samples: allTurns.map(\.wall), target: "p99 < 1000")
            b.record("turn.shipped.cpu", unit: "us cpu", samples: allTurns.map(\.cpu), target: "p99 < 1000")
        }

        // The same turns on synthetic cases grown from the first case that has scripts.
        if let base = cases.first(where: { c in scripts.contains { $0.caseID == c.case.id && $0.sessionID == c.case.sessions.first?.id } }) {
            let mine = scripts.filter { $0.caseID == base.case.id && $0.sessionID == base.case.sessions.first?.id }
            let sizes = quick ? [100, 1_000, 10_000] : [100, 1_000, 10_000, 50_000]
            var p99: [Int: Double] = [:], p99cpu: [Int: Double] = [:]
            for n in sizes {
                let synthetic = SyntheticCase.make(base: base.case, rules: n, seed: seed)
                b.measure("compile.synthetic-\(n)", unit: "ms", target: nil) {
                    (0..<(n >= 10_000 ? 3 : 10)).map { _ in Self.time { _ = PatientEngine(case: synthetic, session: synthetic.sessions[0]) } * 1e3 }
                }
                let r = n >= 10_000 && quick ? 1 : (n >= 50_000 ? max(1, reps / 3) : reps)
                guard b.wants("turn.synthetic") else { continue }
                let samples = (0..<r).flatMap { _ in mine.flatMap { Self.turnTimes(synthetic, hash: base.result.versionHash, script: $0) } }
                p99[n] = b.record("turn.synthetic-\(n)", unit: "us", samples: samples.map(\.wall), target: n == 10_000 ? "p99 < 3 x turn.synthetic-100 p99" : nil)?.p99
                p99cpu[n] = b.record("turn.synthetic-\(n).cpu", unit: "us cpu", samples: samples.map(\.cpu), target: nil)?.p99
            }
            if let a = p99[100], let z = p99[10_000] {
                b.record("turn.synthetic-ratio-10000-to-100", unit: "x", samples: [z / a], target: "< 3", note: "p99 wall")
            }
            if let a = p99cpu[100], let z = p99cpu[10_000] {
                b.record("turn.synthetic-ratio-10000-to-100.cpu", unit: "x", samples: [z / a], target: "< 3", note: "p99 cpu")
            }
        }

        // classify throughput: every example utterance of every case and the catalogue.
        let pool = cases.flatMap { c in c.case.sessions.flatMap { s in s.rules.flatMap { $0.examples?.match ?? [] } } }
            + TechniqueCatalogue.all.map(\.example)
        if let c = cases.first?.case {
            let context = RecognitionContext(case: c)
            let recognizer = Recognizers.standard
            b.rates("classify", unit: "utterances/s", runs: quick ? 3 : 10, items: pool.count, target: nil) {
                for u in pool { _ = recognizer.recognize(u, context: context) }
            }
        }

        // Re-scoring throughput over generated transcripts (the assessor), and replay for comparison.
        if b.wants("rescore") || b.wants("replay") {
            let generated = rescoreTranscripts(cases, count: quick ? 1_000 : 10_000)
            let byID = Dictionary(cases.map { ($0.case.id, $0) }, uniquingKeysWith: { a, _ in a })
            let avgTurns = Double(generated.reduce(0) { $0 + $1.turns.count }) / Double(max(1, generated.count))
            b.rates("rescore", unit: "transcripts/s", runs: quick ? 1 : 3, items: generated.count, target: "> 2000 per core",
                    note: "Assessor.assess, \(generated.count) generated transcripts, \(String(format: "%.1f", avgTurns)) turns each, one assessor per session as a bulk re-scorer keeps") {
                // A re-scoring run keeps one assessor per case session (its phrase index is built once).
                var assessors: [String: Assessor] = [:]
                for tr in generated {
                    guard let e = byID[tr.caseID], let s = e.case.session(tr.sessionID) else { continue }
                    let key = tr.caseID + "/" + tr.sessionID
                    let assessor = assessors[key] ?? Assessor(case: e.case, session: s)
                    assessors[key] = assessor
                    _ = assessor.assess(tr)
                }
            }
            b.rates("replay", unit: "transcripts/s", runs: quick ? 1 : 3, items: generated.count, target: nil,
                    note: "SessionRunner.replay of the same transcripts (recognizer + engine)") {
                for tr in generated {
                    guard let e = byID[tr.caseID] else { continue }
                    _ = SessionRunner.replay(tr, case: e.case, caseHash: e.result.versionHash)
                }
            }
        }

        // Start-up to the first patient line, and the resident memory of a practice session.
        if let exe = Self.executablePath(), let c = cases.first(where: { !$0.case.id.hasPrefix("sample") })?.case ?? cases.first?.case {
            let firstName = c.patient.name.split(separator: " ").first.map(String.init) ?? "Patient"
            let marker = Array("\(firstName) ›".utf8)
            let stateDir = NSTemporaryDirectory() + "iptsim-bench-\(getpid())"
            try? FileManager.default.createDirectory(atPath: stateDir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: stateDir) }
            var args = [exe, "practice", c.id, "--no-color"]
            if let folder { args += ["--scenarios", folder] }
            b.measure("startup.practice", unit: "ms", target: "< 100") {
                (0..<(quick ? 5 : 20)).compactMap { _ in
                    Child.firstOutput(args, containing: marker, input: "", stateDir: stateDir).map { $0.seconds * 1e3 }
                }
            }
            let input = scripts.filter { $0.caseID == c.id }.flatMap(\.lines).map { line -> String in
                if case .say(let s) = line { return s } else { return "/phq9" }
            }.joined(separator: "\n") + "\n"
            b.measure("memory.practice-session", unit: "MB", target: "< 50", note: "VmHWM of `iptsim practice \(c.id)` fed all its scripts") {
                (0..<3).compactMap { _ in Child.firstOutput(args, containing: nil, input: input, stateDir: stateDir).map { Double($0.maxRSSKB) / 1024 } }
            }
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        b.record("memory.bench-process", unit: "MB", samples: [Double(usage.ru_maxrss) / 1024], target: nil)
        if !json { b.printTable() }
    }

    // MARK: - Behaviour dump

    /// Not a measurement: prints everything the timed code computes (interventions with their trace,
    /// replies, coaching notes after every turn, the final report) for the scripted transcripts and
    /// `generated` soak-walker sessions, so that an optimisation can be diffed for identical behaviour.
    func dumpBehaviour(_ cases: [(source: CaseSource, result: LoadResult, case: Case)], generated: Int) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var out = ""
        func emit(_ t: Transcript, _ c: Case, _ s: Session, notes: [[CoachNote]]) {
            out += String(decoding: (try? encoder.encode(t)) ?? Data(), as: UTF8.self) + "\n"
            for (i, ns) in notes.enumerated() {
                for n in ns { out += "coach \(i + 1) \(n.kind.rawValue) \(n.id) \(n.turn) \(n.text) | \(n.example ?? "-")\n" }
            }
            out += Assessor.assess(case: c, session: s, transcript: t).json() + "\n"
            FileHandle.standardOutput.write(Data(out.utf8))
            out = ""
        }
        for script in loadScripts(for: cases.map(\.case)) {
            guard let e = cases.first(where: { $0.case.id == script.caseID }), let s = e.case.session(script.sessionID) else { continue }
            out += "script \(script.caseID) \(script.name)\n"
            var runner = SessionRunner(case: e.case, session: s, caseHash: e.result.versionHash, seed: 1)
            let assessor = Assessor(case: e.case, session: s)
            var notes: [[CoachNote]] = []
            for line in script.lines {
                switch line {
                case .say(let text): runner.say(text)
                case .phq9: runner.administerPHQ9()
                }
                notes.append(assessor.coach(runner.transcript))
            }
            emit(runner.transcript, e.case, s, notes: notes)
        }
        let walker = SoakWalker(targets: cases.map { SoakWalker.Target(case: $0.case, hash: $0.result.versionHash) })
        let byID = Dictionary(cases.map { ($0.case.id, $0) }, uniquingKeysWith: { a, _ in a })
        for i in 0..<generated {
            guard let t = walker.play(i, seed: seed, maxActions: 60, verify: false, noise: true).0,
                  let e = byID[t.caseID], let s = e.case.session(t.sessionID) else { continue }
            out += "generated \(i)\n"
            let assessor = Assessor(case: e.case, session: s)
            emit(t, e.case, s, notes: t.turns.map { assessor.coach(t, after: $0.number) })
        }
    }

    /// The transcripts the rescore measurement scores: seeded random sessions without noise on the
    /// shipped cases (the samples left out when there are others).
    func rescoreTranscripts(_ cases: [(source: CaseSource, result: LoadResult, case: Case)], count: Int) -> [Transcript] {
        let targets = cases.filter { !$0.case.id.hasPrefix("sample") }.map { SoakWalker.Target(case: $0.case, hash: $0.result.versionHash) }
        let walker = SoakWalker(targets: targets.isEmpty ? cases.map { SoakWalker.Target(case: $0.case, hash: $0.result.versionHash) } : targets)
        return (0..<count).compactMap { walker.play($0, seed: seed, maxActions: 60, verify: false, noise: false).0 }
    }

    func dumpRescoreReports(_ cases: [(source: CaseSource, result: LoadResult, case: Case)], count: Int) {
        let byID = Dictionary(cases.map { ($0.case.id, $0) }, uniquingKeysWith: { a, _ in a })
        var assessors: [String: Assessor] = [:]
        for (i, tr) in rescoreTranscripts(cases, count: count).enumerated() {
            guard let e = byID[tr.caseID], let s = e.case.session(tr.sessionID) else { continue }
            let key = tr.caseID + "/" + tr.sessionID
            let assessor = assessors[key] ?? Assessor(case: e.case, session: s)
            assessors[key] = assessor
            let report = assessor.assess(tr)
            let out = "rescore \(i) \(key)\n" + report.json() + "\n" + report.debrief() + "\n" + report.markdown() + "\n"
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }

    /// The scripted lines of the first case's first session replayed on its synthetic versions
    /// (the same cases and scripts as the `turn.synthetic` measurements), every turn printed.
    func dumpSyntheticBehaviour(_ cases: [(source: CaseSource, result: LoadResult, case: Case)], sizes: [Int]) {
        let scripts = loadScripts(for: cases.map(\.case))
        guard let base = cases.first(where: { c in scripts.contains { $0.caseID == c.case.id && $0.sessionID == c.case.sessions.first?.id } }) else { return }
        let mine = scripts.filter { $0.caseID == base.case.id && $0.sessionID == base.case.sessions.first?.id }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for n in sizes {
            let synthetic = SyntheticCase.make(base: base.case, rules: n, seed: seed)
            for script in mine {
                guard let session = synthetic.session(script.sessionID) else { continue }
                var runner = SessionRunner(case: synthetic, session: session, caseHash: base.result.versionHash, seed: 1)
                for line in script.lines {
                    switch line {
                    case .say(let text): runner.say(text)
                    case .phq9: runner.administerPHQ9()
                    }
                }
                var out = "synthetic \(n) \(script.name)\n"
                for turn in runner.transcript.turns {
                    out += String(decoding: (try? encoder.encode(turn)) ?? Data(), as: UTF8.self) + "\n"
                }
                FileHandle.standardOutput.write(Data(out.utf8))
            }
            // Random sessions (soak walker, with noise) on the grown session.
            var one = synthetic
            one.sessions = [synthetic.sessions[0]]
            let walker = SoakWalker(targets: [SoakWalker.Target(case: one, hash: "synthetic")])
            for i in 0..<20 {
                guard let t = walker.play(i, seed: seed, maxActions: 60, verify: false, noise: true).0 else { continue }
                let text = String(decoding: (try? encoder.encode(t)) ?? Data(), as: UTF8.self)
                FileHandle.standardOutput.write(Data("synthetic \(n) generated \(i)\n\(text)\n".utf8))
            }
        }
    }

    // MARK: - Turns

    struct Script {
        var caseID: String
        var sessionID: String
        var name: String
        var lines: [TraineeScript.Line]
    }

    func loadScripts(for cases: [Case]) -> [Script] {
        var out: [Script] = []
        let fm = FileManager.default
        for c in cases {
            let dir = (transcripts as NSString).appendingPathComponent(c.id)
            guard let files = try? fm.contentsOfDirectory(atPath: dir) else { continue }
            for f in files.sorted() where f.hasSuffix(".txt") {
                guard let data = fm.contents(atPath: (dir as NSString).appendingPathComponent(f)),
                      let sid = f.split(separator: "-").first.map(String.init), c.session(sid) != nil else { continue }
                out.append(Script(caseID: c.id, sessionID: sid, name: f, lines: TraineeScript.parse(String(decoding: data, as: UTF8.self))))
            }
        }
        return out
    }

    /// Microseconds per trainee line: recognize + respond + live coaching notes for the turn.
    static func turnTimes(_ c: Case, hash: String, script: Script) -> [(wall: Double, cpu: Double)] {
        guard let session = c.session(script.sessionID) else { return [] }
        var runner = SessionRunner(case: c, session: session, caseHash: hash, seed: 1)
        let assessor = Assessor(case: c, session: session)
        var out: [(wall: Double, cpu: Double)] = []
        out.reserveCapacity(script.lines.count)
        let clock = ContinuousClock()
        for line in script.lines {
            let cpu = Self.cpuNow()
            let start = clock.now
            switch line {
            case .say(let text): runner.say(text)
            case .phq9: runner.administerPHQ9()
            }
            _ = assessor.coach(runner.transcript)
            let wall = Self.seconds(clock.now - start) * 1e6
            out.append((wall, (Self.cpuNow() - cpu) * 1e6))
        }
        return out
    }

    static func time(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        body()
        return seconds(clock.now - start)
    }

    /// This thread's CPU time in seconds: unaffected by other processes on a loaded machine.
    static func cpuNow() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Wall and CPU seconds of `body`.
    static func times(_ body: () -> Void) -> (wall: Double, cpu: Double) {
        let clock = ContinuousClock()
        let cpu = cpuNow()
        let start = clock.now
        body()
        return (seconds(clock.now - start), cpuNow() - cpu)
    }

    static func seconds(_ d: Duration) -> Double {
        let c = d.components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }

    static func executablePath() -> String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
    }

    // MARK: - Soak

    func runSoak(_ targets: [SoakWalker.Target], sessions: Int) throws {
        let walker = SoakWalker(targets: targets)
        let clock = ContinuousClock()
        let start = clock.now
        var report = SoakWalker.Report()
        let step = max(1, sessions / 10)
        var i = 0
        while i < sessions {
            let n = min(step, sessions - i)
            var part = SoakWalker.Report()
            for k in i..<(i + n) {
                let (t, failures) = walker.play(k, seed: seed)
                part.sessions += 1
                part.actions += t?.turns.count ?? 0
                part.replies += t?.turns.reduce(0) { $0 + $1.replies.count } ?? 0
                part.failures += failures
            }
            report.sessions += part.sessions
            report.actions += part.actions
            report.replies += part.replies
            report.failures += part.failures
            i += n
            if !json { printError("soak: \(report.sessions)/\(sessions) sessions, \(report.failures.count) failure(s)") }
        }
        let elapsed = Self.seconds(clock.now - start)
        if json {
            let obj: [String: Any] = ["name": "soak", "sessions": report.sessions, "turns": report.actions, "replies": report.replies,
                                      "failures": report.failures.map { $0.description }, "seed": seed, "seconds": elapsed]
            let data = try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("soak: \(report.sessions) sessions, \(report.actions) turns in transcripts, \(report.replies) replies, seed \(seed), \(String(format: "%.1f", elapsed)) s")
            print(report.failures.isEmpty ? "no invariant broken" : "\(report.failures.count) failure(s):")
            for f in report.failures.prefix(50) { print("  \(f)") }
        }
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}

// MARK: - Statistics and output

struct Measurement {
    var name: String
    var unit: String
    var median: Double
    var p99: Double
    var max: Double
    var samples: Int
    var target: String?
    var note: String?
}

struct Bencher {
    let json: Bool
    let filter: [String]?
    var results: [Measurement] = []

    func wants(_ name: String) -> Bool {
        guard let filter else { return true }
        return filter.contains { name.hasPrefix($0) || $0.hasPrefix(name) }
    }

    @discardableResult
    mutating func measure(_ name: String, unit: String, target: String?, note: String? = nil, _ body: () -> [Double]) -> Measurement? {
        guard filter?.contains(where: { name.hasPrefix($0) }) ?? true else { return nil }
        return record(name, unit: unit, samples: body(), target: target, note: note)
    }

    @discardableResult
    mutating func record(_ name: String, unit: String, samples: [Double], target: String?, note: String? = nil) -> Measurement? {
        guard !samples.isEmpty else { return nil }
        let s = samples.sorted()
        func quantile(_ q: Double) -> Double { s[min(s.count - 1, Int((q * Double(s.count - 1)).rounded(.up)))] }
        let median = s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
        let m = Measurement(name: name, unit: unit, median: median, p99: quantile(0.99), max: s.last!, samples: s.count, target: target, note: note)
        results.append(m)
        if json {
            var obj: [String: Any] = ["name": m.name, "unit": m.unit, "median": m.median, "p99": m.p99, "max": m.max, "samples": m.samples]
            if let target { obj["target"] = target }
            if let note { obj["note"] = note }
            if let data = try? JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys]) {
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            }
        } else {
            printError("  \(name): median \(Self.format(median)) \(unit)")
        }
        return m
    }

    /// Throughput over `runs` runs of `body` (which handles `items` items): wall rate and CPU rate.
    mutating func rates(_ name: String, unit: String, runs: Int, items: Int, target: String?, note: String? = nil, _ body: () -> Void) {
        guard wants(name) else { return }
        let t = (0..<runs).map { _ in Bench.times(body) }
        record(name, unit: unit, samples: t.map { Double(items) / $0.wall }, target: target, note: note)
        record(name + ".cpu", unit: unit.replacingOccurrences(of: "/s", with: "/cpu-s"), samples: t.map { Double(items) / $0.cpu }, target: target, note: "per CPU-second of this thread")
    }

    func printTable() {
        let width = max(10, results.map(\.name.count).max() ?? 10)
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        print(pad("measurement", width) + "  " + lpad("median", 12) + lpad("p99", 12) + lpad("max", 12) + "  unit            target")
        for m in results {
            print(pad(m.name, width) + "  " + lpad(Self.format(m.median), 12) + lpad(Self.format(m.p99), 12) + lpad(Self.format(m.max), 12)
                  + "  " + pad(m.unit, 16) + (m.target ?? "") + (m.note.map { "  (\($0))" } ?? ""))
        }
        print("p99 and max are over all samples; for rates (…/s) the samples are per-run rates. n = samples per row.")
    }

    static func format(_ v: Double) -> String {
        if v >= 1000 { return String(format: "%.0f", v) }
        if v >= 10 { return String(format: "%.1f", v) }
        return String(format: "%.3f", v)
    }
}

// MARK: - Child processes

/// Spawns a child with piped standard input and output, times it until an output marker appears,
/// and reports its peak resident memory (`wait4` rusage).
enum Child {
    struct Result {
        var seconds: Double
        var maxRSSKB: Int
    }

    static func firstOutput(_ args: [String], containing marker: [UInt8]?, input: String, stateDir: String) -> Result? {
        var inPipe: [Int32] = [0, 0], outPipe: [Int32] = [0, 0]
        guard pipe(&inPipe) == 0, pipe(&outPipe) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for fd in inPipe + outPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        var env = ProcessInfo.processInfo.environment
        env["XDG_STATE_HOME"] = stateDir
        env["XDG_DATA_HOME"] = stateDir
        env["NO_COLOR"] = "1"
        let cargs = args.map { strdup($0) } + [nil]
        let cenv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cargs.forEach { free($0) }; cenv.forEach { free($0) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        let rc = posix_spawn(&pid, args[0], &actions, nil, cargs, cenv)
        close(inPipe[0]); close(outPipe[1])
        guard rc == 0 else { close(inPipe[1]); close(outPipe[0]); return nil }
        // Write the input first (small enough for the pipe buffer, or written while the child reads).
        if !input.isEmpty {
            let bytes = Array(input.utf8)
            var off = 0
            if marker == nil {
                // Drain output on another thread so the child never blocks on a full pipe.
                let fd = outPipe[0]
                let drain = Thread { var buf = [UInt8](repeating: 0, count: 65536); while read(fd, &buf, buf.count) > 0 {} }
                drain.start()
            }
            while off < bytes.count {
                let n = bytes[off...].withUnsafeBufferPointer { write(inPipe[1], $0.baseAddress, $0.count) }
                if n <= 0 { break }
                off += n
            }
        }
        var elapsed = 0.0
        if let marker {
            var seen: [UInt8] = []
            var buf = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = read(outPipe[0], &buf, buf.count)
                if n <= 0 { break }
                seen += buf[0..<n]
                if seen.count >= marker.count, Self.find(marker, in: seen) {
                    elapsed = Bench.seconds(clock.now - start)
                    break
                }
            }
        }
        // Peak resident memory: VmHWM of the child's own address space, read once it has consumed
        // all input and sits waiting for more. (wait4's ru_maxrss would include this process's
        // peak, inherited through posix_spawn's vfork.)
        var hwm = 0
        if marker == nil {
            var idle = 0
            for _ in 0..<3000 {
                var pending: Int32 = 0
                _ = ioctl(inPipe[1], UInt(FIONREAD), &pending)
                let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
                let state = stat.split(separator: ")").last?.split(separator: " ").first ?? ""
                idle = pending == 0 && state == "S" ? idle + 1 : 0
                if idle >= 5 { break }
                usleep(20_000)
            }
            hwm = Self.vmHWM(pid)
        }
        close(inPipe[1])
        if marker != nil {
            var buf = [UInt8](repeating: 0, count: 4096)
            while read(outPipe[0], &buf, buf.count) > 0 {}
            close(outPipe[0])
        }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        if marker == nil {
            close(outPipe[0])
            elapsed = Bench.seconds(clock.now - start)
        }
        return Result(seconds: elapsed, maxRSSKB: hwm > 0 ? hwm : Int(usage.ru_maxrss))
    }

    /// Peak resident set of a live process, in KiB.
    static func vmHWM(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }

    static func find(_ needle: [UInt8], in hay: [UInt8]) -> Bool {
        guard hay.count >= needle.count else { return false }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
            if Array(hay[i..<(i + needle.count)]) == needle { return true }
        }
        return false
    }
}

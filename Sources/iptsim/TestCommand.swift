import ArgumentParser
import Foundation
import IPTSimCore

struct TestTranscripts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run case test transcripts: routing differences fail, wording differences are reported.",
        discussion: """
        Each transcript is a .txt file; its case is the folder it is in (named by case id) unless
        --case is given, and its session the file name before the last '-' (initial-expert.txt)
        unless the file says '#session ID'. See docs/authoring.md for the format.
        Exit status: 0 all passed, 1 some failed, 2 usage error or unreadable input.
        """)

    @Argument(help: "Transcript files or folders (searched for .txt test transcripts and .transcript.json saved sessions).")
    var paths: [String]

    @Option(help: "The case (id, file or problem area) the transcripts are for.")
    var `case`: String?

    @Option(help: "Folder of case files (default: the embedded cases or IPTSIM_SCENARIOS).")
    var scenarios: String?

    @Flag(help: "Re-record per-turn expectations (rule, variant, facts, vars) and the case hash in each file.")
    var bless = false

    func run() throws {
        let library = try CaseLibrary.load(scenarios: scenarios)
        var files: [String] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else { printError("error: \(p): no such file or folder"); throw ExitCode(2) }
            if isDir.boolValue {
                let items = (fm.enumerator(atPath: p)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".transcript.json") }.sorted()
                files += items.map { (p as NSString).appendingPathComponent($0) }
            } else { files.append(p) }
        }
        guard !files.isEmpty else { printError("error: no .txt transcripts found"); throw ExitCode(2) }
        var failed = 0, wordingOnly = 0
        for file in files {
            guard let data = fm.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                printError("\(file): error: cannot read the file"); throw ExitCode(2)
            }
            if file.hasSuffix(".json") {
                if try !replaySaved(file, data: data, library: library) { failed += 1 }
                continue
            }
            let script = TranscriptScript(text)
            let caseName = self.case ?? script.recorded?.caseID ?? ((file as NSString).deletingLastPathComponent as NSString).lastPathComponent
            let found: (source: CaseSource, result: LoadResult, case: Case)
            do { found = try library.find(caseName) } catch {
                printError("\(file): \(error)\(scenarios == nil ? " (for cases outside the embedded set, give --scenarios DIR or set IPTSIM_SCENARIOS)" : "")")
                failed += 1
                continue
            }
            let sessionID = TranscriptTester.sessionID(script, fileName: file)
            let result = TranscriptTester.run(script, case: found.case, caseHash: found.result.versionHash, sessionID: sessionID)
            for p in result.problems { print("\(file):\(p.line): error: \(p.message)") }
            for d in result.routing { print("\(file):\(d.line): error: [routing] \(d.message)") }
            for d in result.wording { print("\(file):\(d.line): warning: [wording] \(d.message)") }
            if let change = result.caseChange {
                print(result.passed ? "\(file): note: \(change); the transcript still passes"
                                    : "\(file): error: \(change), and the edit breaks this transcript; check the differences above, then re-record with --bless if they are intended")
            }
            if bless, let t = result.transcript {
                let blessed = TranscriptTester.bless(script, transcript: t, case: found.case, caseHash: found.result.versionHash)
                try blessed.write(toFile: file, atomically: true, encoding: .utf8)
                printError("\(file): blessed (\(t.turns.count) turns)")
            }
            if !result.passed { failed += 1 } else if !result.wording.isEmpty { wordingOnly += 1 }
            printError("\(file): \(result.passed ? "ok" : "FAILED")\(result.summary.map { " (verdict \($0.verdict))" } ?? "")")
        }
        printError("\(files.count) transcript\(files.count == 1 ? "" : "s"): \(files.count - failed) passed, \(failed) failed, \(wordingOnly) with wording differences only")
        if failed > 0 && !bless { throw ExitCode(1) }
    }

    /// Replays a saved session (JSON `Transcript`) against the case as it is now.
    func replaySaved(_ file: String, data: Data, library: CaseLibrary) throws -> Bool {
        let saved: Transcript
        do { saved = try JSONDecoder().decode(Transcript.self, from: data) } catch {
            printError("\(file): error: not a saved transcript: \(error)")
            return false
        }
        let found: (source: CaseSource, result: LoadResult, case: Case)
        do { found = try library.find(self.case ?? saved.caseID) } catch { printError("\(file): \(error)"); return false }
        let result = TranscriptTester.replay(saved, case: found.case, caseHash: found.result.versionHash)
        for p in result.problems { print("\(file): error: \(p.message)") }
        for d in result.routing { print("\(file): error: [routing] \(d.message)") }
        for d in result.wording { print("\(file): warning: [wording] \(d.message)") }
        if let change = result.caseChange {
            print(result.passed ? "\(file): note: \(change); the session still replays the same way"
                                : "\(file): error: \(change), and the edit breaks this saved session: it no longer replays the same way")
        }
        printError("\(file): \(result.passed ? "ok" : "FAILED") (replayed \(saved.turns.count) turns)")
        return result.passed
    }
}

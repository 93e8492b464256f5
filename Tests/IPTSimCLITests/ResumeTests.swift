import Foundation
import Testing

/// A practice session killed with SIGKILL mid-session loses no turn: `--resume` continues it
/// exactly where it stopped.
@Suite("practice: journal and resume", .serialized)
struct ResumeTests {
    let scenarios = CLI.repoRoot.appendingPathComponent("Scenarios").path

    /// Starts `iptsim` with a pipe for stdin and a file for stdout.
    final class Running: @unchecked Sendable {
        let process = Process()
        let input = Pipe()
        let outURL: URL

        init(_ arguments: [String], state: URL) throws {
            outURL = state.appendingPathComponent("out-\(UUID().uuidString)")
            FileManager.default.createFile(atPath: outURL.path, contents: nil)
            process.executableURL = try #require(CLI.binary)
            process.arguments = arguments
            var env = ProcessInfo.processInfo.environment
            env["XDG_STATE_HOME"] = state.path
            env["XDG_DATA_HOME"] = state.path
            env["NO_COLOR"] = "1"
            process.environment = env
            process.standardInput = input
            process.standardOutput = try FileHandle(forWritingTo: outURL)
            try process.run()
        }

        var output: String { (try? String(contentsOf: outURL, encoding: .utf8)) ?? "" }

        func send(_ line: String) { input.fileHandleForWriting.write(Data((line + "\n").utf8)) }

        func wait(for needle: String, seconds: Double = 20) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if output.contains(needle) { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }
    }

    @Test func killedWithSIGKILLAndResumedLosesNoTurn() throws {
        let state = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: state) }
        let first = try Running(["practice", "sample-feature-tour", "--scenarios", scenarios, "--seed", "5"], state: state)
        first.send("How have you been sleeping?")
        #expect(first.wait(for: "I sleep four hours"))
        first.send("When did this start?")
        #expect(first.wait(for: "It started when I went onto nights"))
        kill(first.process.processIdentifier, SIGKILL)
        first.process.waitUntilExit()
        #expect(first.process.terminationReason == .uncaughtSignal)

        // The pending follow-up from "When did this start?" survives: "Tell me more" gets it.
        let r = try CLI.run(["practice", "--resume", "--scenarios", scenarios], stdin: "Tell me more about that.\n/state\n/end\n",
                            environment: ["XDG_STATE_HOME": state.path, "XDG_DATA_HOME": state.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Resumed: 2 turns restored"))
        #expect(r.stdout.contains("The ward merged. Everything changed at once."))
        #expect(r.stdout.contains("turn 3"))

        // Once ended, there is nothing left to resume.
        let again = try CLI.run(["practice", "--resume", "--scenarios", scenarios], stdin: "",
                                environment: ["XDG_STATE_HOME": state.path, "XDG_DATA_HOME": state.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("no unfinished session to resume"))
    }

    @Test func resumingAgainstAnEditedCaseIsRefusedPlainly() throws {
        let state = try CLI.tempDir()
        let cases = try CLI.tempDir()
        defer {
            try? FileManager.default.removeItem(at: state)
            try? FileManager.default.removeItem(at: cases)
        }
        let original = try String(contentsOfFile: scenarios + "/sample-feature-tour.json", encoding: .utf8)
        let file = cases.appendingPathComponent("sample.json")
        try original.write(to: file, atomically: true, encoding: .utf8)
        let env = ["XDG_STATE_HOME": state.path, "XDG_DATA_HOME": state.path]
        let quit = try CLI.run(["practice", "sample-feature-tour", "--scenarios", cases.path], stdin: "How have you been sleeping?\n/quit\n", environment: env)
        #expect(quit.stdout.contains("continue with --resume"))
        try original.replacingOccurrences(of: "The street is so loud.", with: "The street is very loud.").write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["practice", "--resume", "--scenarios", cases.path], stdin: "", environment: env)
        #expect(r.status == 1)
        #expect(r.stderr.contains("has changed since this session began"))
    }

    @Test func saveWritesATranscriptThatScoreReads() throws {
        let state = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: state) }
        let path = state.appendingPathComponent("t.json").path
        let env = ["XDG_STATE_HOME": state.path, "XDG_DATA_HOME": state.path]
        let r = try CLI.run(["practice", "sample-feature-tour", "--scenarios", scenarios], stdin: "How have you been sleeping?\n/save \(path)\n/end\n", environment: env)
        #expect(r.stdout.contains("Saved the transcript to \(path)"))
        let scored = try CLI.run(["score", path, "--scenarios", scenarios], environment: env)
        #expect(scored.status == 0, "\(scored.stderr)")
        #expect(scored.stdout.contains("Verdict:"))
    }
}

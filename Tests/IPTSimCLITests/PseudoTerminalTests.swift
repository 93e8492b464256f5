import Foundation
import Testing

/// Terminal behaviours of the built binary under a real pseudo-terminal: `script` gives the
/// child a pty as its controlling terminal, so Tab, Ctrl-C, Ctrl-D, Ctrl-R and history go
/// through GNU readline exactly as for a trainee.
@Suite(.serialized) struct PseudoTerminalTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `iptsim` executable built alongside the tests.
    static var binary: String? {
        var dirs: [URL] = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        if let exe = Bundle.main.executableURL { dirs.append(exe.deletingLastPathComponent()) }
        dirs.append(repo.appendingPathComponent(".build/debug"))
        for d in dirs {
            let p = d.appendingPathComponent("iptsim").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    static var scriptAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/script") }

    /// A running `iptsim` under a pty, fed keystrokes and read back.
    final class PTYSession: @unchecked Sendable {
        let process = Process()
        let input = Pipe()
        let output = Pipe()
        private let lock = NSLock()
        private var buffer = Data()

        init(arguments: [String], stateHome: String) throws {
            // `exec`: script(1) runs the command through `$SHELL -c`. dash (the /bin/sh of a CI
            // machine without $SHELL) stays as the parent and dies of the Ctrl-C that iptsim
            // handles, so script would report 130 for a session that ended normally.
            let command = "exec " + ([PseudoTerminalTests.binary!] + arguments).map { "'\($0)'" }.joined(separator: " ")
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qfec", command, "/dev/null"]
            var env = ProcessInfo.processInfo.environment
            env["XDG_STATE_HOME"] = stateHome
            env["XDG_DATA_HOME"] = stateHome
            env["SHELL"] = "/bin/sh"
            env["TERM"] = "xterm"
            env["INPUTRC"] = "/dev/null"
            env["COLUMNS"] = "100"
            process.environment = env
            process.standardInput = input
            process.standardOutput = output
            process.standardError = output
            output.fileHandleForReading.readabilityHandler = { [weak self] h in
                let d = h.availableData
                guard let self, !d.isEmpty else { return }
                self.lock.lock(); self.buffer.append(d); self.lock.unlock()
            }
            try process.run()
        }

        var text: String {
            lock.lock(); defer { lock.unlock() }
            return String(decoding: buffer, as: UTF8.self)
        }

        func send(_ s: String) { input.fileHandleForWriting.write(Data(s.utf8)) }

        /// Waits until the output contains `needle` (counting occurrences), or times out.
        @discardableResult
        func wait(for needle: String, count: Int = 1, seconds: Double = 20) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if text.components(separatedBy: needle).count - 1 >= count { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }

        func finish() -> Int32 {
            let deadline = Date().addingTimeInterval(20)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            output.fileHandleForReading.readabilityHandler = nil
            return process.terminationStatus
        }
    }

    func tempDir() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("iptsim-pty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test(.enabled(if: binary != nil && scriptAvailable, "needs the built iptsim and script(1)"))
    func tabCompletionCtrlCCtrlDAndHistory() throws {
        let state = try tempDir()
        let s = try PTYSession(arguments: ["practice", "sample-feature-tour", "--scenarios", Self.repo.appendingPathComponent("Scenarios").path, "--no-color"], stateHome: state)
        #expect(s.wait(for: "You ›"))
        // Tab completes a unique command.
        s.send("/he\t")
        #expect(s.wait(for: "/help"))
        s.send("\r")
        #expect(s.wait(for: "an IPT-grounded nudge"))
        // Tab completes a person's name from the case.
        #expect(s.wait(for: "You ›", count: 2))
        s.send("How are things with In\t")
        #expect(s.wait(for: "Ines"))
        s.send("\r")
        #expect(s.wait(for: "Rosa ›", count: 2))
        // Ctrl-C clears the line and keeps the session.
        #expect(s.wait(for: "You ›", count: 3))
        s.send("half a sentence")
        #expect(s.wait(for: "half a sentence"))
        s.send("\u{03}")
        #expect(s.wait(for: "line cleared"))
        #expect(s.wait(for: "You ›", count: 4))
        s.send("How have you been sleeping?\r")
        #expect(s.wait(for: "I sleep four hours"))
        // Ctrl-D on an empty line ends the session with the debrief.
        #expect(s.wait(for: "You ›", count: 5))
        s.send("\u{04}")
        #expect(s.wait(for: "Debrief"))
        #expect(s.finish() == 0)
        let history = try String(contentsOfFile: state + "/iptsim/history", encoding: .utf8)
        #expect(history.contains("How have you been sleeping?"))
        #expect(!history.contains("half a sentence"))
    }

    @Test(.enabled(if: binary != nil && scriptAvailable, "needs the built iptsim and script(1)"))
    func ctrlRSearchesHistoryAcrossSessions() throws {
        let state = try tempDir()
        let args = ["practice", "sample-feature-tour", "--scenarios", Self.repo.appendingPathComponent("Scenarios").path, "--no-color"]
        let first = try PTYSession(arguments: args, stateHome: state)
        #expect(first.wait(for: "You ›"))
        first.send("When did this start?\r")
        #expect(first.wait(for: "It started when I went onto nights"))
        #expect(first.wait(for: "You ›", count: 2))
        first.send("/end\r")
        #expect(first.finish() == 0)

        let second = try PTYSession(arguments: args, stateHome: state)
        #expect(second.wait(for: "You ›"))
        second.send("\u{12}start")
        #expect(second.wait(for: "reverse-i-search"))
        #expect(second.wait(for: "When did this "))
        second.send("\r")
        #expect(second.wait(for: "It started when I went onto nights"))
        #expect(second.wait(for: "You ›", count: 3))
        second.send("/quit\r")
        #expect(second.finish() == 0)
    }
}

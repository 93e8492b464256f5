import Foundation
import Testing

/// Runs the built `iptsim` executable.
enum CLI {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `iptsim` binary: next to the test bundle (the build products folder), or under `.build`.
    static let binary: URL? = {
        let fm = FileManager.default
        var dirs: [URL] = []
        if let path = ProcessInfo.processInfo.environment["IPTSIM_BIN"] { return URL(fileURLWithPath: path) }
        for url in [Bundle.main.executableURL, Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap({ $0 }) {
            var dir = url.deletingLastPathComponent()
            for _ in 0..<4 {
                dirs.append(dir)
                dir = dir.deletingLastPathComponent()
            }
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            dirs.append(bundle.bundleURL.deletingLastPathComponent())
        }
        dirs.append(repoRoot.appendingPathComponent(".build/debug"))
        for dir in dirs {
            let candidate = dir.appendingPathComponent("iptsim")
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue, fm.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return nil
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }
    }

    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws -> Result {
        let exe = try #require(binary, "build the package first: iptsim not found next to the tests")
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("iptsim-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let inURL = tmp.appendingPathComponent("in"), outURL = tmp.appendingPathComponent("out"), errURL = tmp.appendingPathComponent("err")
        try Data(stdin.utf8).write(to: inURL)
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let p = Process()
        p.executableURL = exe
        p.arguments = arguments
        p.currentDirectoryURL = repoRoot
        var env = ProcessInfo.processInfo.environment
        env["IPTSIM_SCENARIOS"] = nil
        env["NO_COLOR"] = "1"
        // Journals and saved transcripts go to the temporary folder, not the user's home.
        env["XDG_STATE_HOME"] = tmp.path
        env["XDG_DATA_HOME"] = tmp.path
        for (k, v) in environment { env[k] = v }
        p.environment = env
        p.standardInput = try FileHandle(forReadingFrom: inURL)
        p.standardOutput = try FileHandle(forWritingTo: outURL)
        p.standardError = try FileHandle(forWritingTo: errURL)
        try p.run()
        p.waitUntilExit()
        return Result(status: p.terminationStatus,
                      stdout: try String(contentsOf: outURL, encoding: .utf8),
                      stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    static func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("iptsim-case-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static var minimalCase: String {
        get throws { try String(contentsOf: repoRoot.appendingPathComponent("Tests/IPTSimCoreTests/Fixtures/minimal-case.json"), encoding: .utf8) }
    }
}

@Suite("iptsim command line", .serialized)
struct CLITests {
    @Test("classify --jsonl: a line that starts with '{' but is not JSON gets a warning with its line number and still one output line")
    func classifyBrokenJSONLine() throws {
        let r = try CLI.run(["classify", "--jsonl"], stdin: "hello\n{broken\n{\"text\": \"How did she die?\"}\n")
        #expect(r.status == 0)
        #expect(r.lines.count == 3, "\(r.stdout)")
        #expect(r.lines[1].hasPrefix("{\"text\":\"{broken\""))
        #expect(r.stderr.contains("stdin:2:1: warning: [classify-json]"), "\(r.stderr)")
        #expect(!r.stderr.contains("stdin:3"))
    }

    @Test("validate Scenarios exits 0")
    func validateScenarios() throws {
        let r = try CLI.run(["validate", "Scenarios"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout == "")
        #expect(r.stderr.contains("no errors"))
    }

    @Test("validate a broken case: one line per problem with line, column and suggestion; exit 1")
    func validateBroken() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try CLI.minimalCase
        text = text.replacingOccurrences(of: #""age": 60,"#, with: #""age": 60"#)
        text = text.replacingOccurrences(of: #""techniques": ["timeline"], "people": ["bob"]"#, with: #""techniques": ["timelin"], "people": ["bobb"]"#)
        let file = dir.appendingPathComponent("broken.json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let r = try CLI.run(["validate", file])
        #expect(r.status == 1)
        #expect(r.lines == [
            "\(file):8:14: error: [missing-comma] missing ',' between object members; add ',' after this value",
            "\(file):50:35: error: [unknown-technique] unknown technique 'timelin' in 'sessions[0].rules[0].when.techniques[0]'; did you mean 'timeline'?",
            "\(file):50:58: error: [unknown-person] rule 'death' refers to person 'bobb', which is not declared; did you mean 'bob'?",
        ])
        #expect(r.stderr.contains("3 errors in 1 file"))
    }

    @Test("validate: each problem alone gives exactly one line and exit 1", arguments: [
        (#""age": 60,"#, #""age": 60"#, ":8:14: error: [missing-comma] missing ',' between object members; add ',' after this value"),
        (#"["timeline"], "people""#, #"["timelime"], "people""#, ":50:35: error: [unknown-technique] unknown technique 'timelime' in 'sessions[0].rules[0].when.techniques[0]'; did you mean 'timeline'?"),
        (#""people": ["bob"]"#, #""people": ["rob"]"#, ":50:59: error: [unknown-person] rule 'death' refers to person 'rob', which is not declared; did you mean 'bob'?"),
    ])
    func validateOneProblem(find: String, replace: String, line: String) throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("case.json").path
        try Data(try CLI.minimalCase.replacingOccurrences(of: find, with: replace).utf8).write(to: URL(fileURLWithPath: file))
        let r = try CLI.run(["validate", file])
        #expect(r.status == 1)
        #expect(r.lines == [file + line])
        #expect(r.stderr.contains("1 error in 1 file"))
    }

    @Test("validate --json prints one object per problem")
    func validateJSON() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("c.json").path
        try Data(try CLI.minimalCase.replacingOccurrences(of: #""people": ["bob"]"#, with: #""people": ["bobb"]"#).utf8).write(to: URL(fileURLWithPath: file))
        let r = try CLI.run(["validate", "--json", file])
        #expect(r.status == 1)
        let line = try #require(r.lines.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["code"] as? String == "unknown-person")
        #expect(object["line"] as? Int == 50)
        #expect(object["file"] as? String == file)
    }

    @Test("validate: usage errors and unreadable input exit 2", arguments: [
        ["validate"],
        ["validate", "--no-such-flag", "Scenarios"],
        ["validate", "/no/such/file.json"],
        ["no-such-command"],
    ])
    func validateUsage(arguments: [String]) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(!r.stderr.isEmpty)
    }

    @Test("help exits 0 and goes to stdout", arguments: [["--help"], ["validate", "--help"], ["help", "list"]])
    func help(arguments: [String]) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE"))
    }

    @Test("validate: a .json path that cannot be read exits 2")
    func validateUnreadable() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("folder.json"), withIntermediateDirectories: true)
        let r = try CLI.run(["validate", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("[unreadable]"))
    }

    @Test("validate: a folder without case files exits 2")
    func validateEmptyFolder() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CLI.run(["validate", dir.path]).status == 2)
    }

    @Test("validate skips the schema folder and hidden files, but not files named like schema")
    func validateSchemaFolder() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("schema"), withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: dir.appendingPathComponent("schema/case.schema.json"))
        try Data(try CLI.minimalCase.utf8).write(to: dir.appendingPathComponent("schema-test.json"))
        try Data([0x00, 0x05, 0x16, 0x07]).write(to: dir.appendingPathComponent("._schema-test.json"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try Data("{".utf8).write(to: dir.appendingPathComponent(".git/x.json"))
        let r = try CLI.run(["validate", dir.path])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stderr.contains("schema-test.json: ok (minimal 1.0, 1 session, 1 rule)"))
    }

    @Test("list --json gives id, title, problemArea, version, file and sessions")
    func listJSON() throws {
        let r = try CLI.run(["list", "--json"])
        #expect(r.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let sample = try #require(items.first { $0["id"] as? String == "sample-feature-tour" })
        #expect(Set(sample.keys) == ["id", "title", "problemArea", "version", "file", "sessions"])
        #expect(sample["problemArea"] as? String == "role-transition")
        #expect(sample["version"] as? String == "1.0.0")
        #expect(sample["file"] as? String == "Scenarios/sample-feature-tour.json")
        let sessions = try #require(sample["sessions"] as? [[String: Any]])
        #expect(sessions.map { $0["id"] as? String } == ["initial", "middle"])
        #expect(sessions.map { $0["phase"] as? String } == ["initial", "middle"])
        #expect(sessions.map { $0["rules"] as? Int } == [15, 3])
        #expect(Set(sessions[0].keys) == ["id", "phase", "rules"])
    }

    @Test("list --scenarios reads a folder")
    func listFolder() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(try CLI.minimalCase.utf8).write(to: dir.appendingPathComponent("m.json"))
        let r = try CLI.run(["list", "--scenarios", dir.path])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("minimal  grief  v1.0  Minimal valid case\n"))
    }

    @Test("schema prints the committed JSON Schema")
    func schema() throws {
        let r = try CLI.run(["schema"])
        #expect(r.status == 0)
        let committed = try String(contentsOf: CLI.repoRoot.appendingPathComponent("Scenarios/schema/case.schema.json"), encoding: .utf8)
        #expect(r.stdout == committed)
    }

    static let session = """
    Hello, what brings you here today?
    How have you been sleeping?
    When did this start?
    Tell me more about that.
    How are things with Ines?
    How are things with Ines?
    Tell me about your boss.

    asdf qwerty
    zzz
    Have you had any thoughts of ending your life?
    /phq9
    What do you miss about the old ward?
    /end
    """

    @Test("practice: the same input and seed give byte-identical output", arguments: [1, 7] as [UInt64])
    func practiceDeterminism(seed: UInt64) throws {
        let a = try CLI.run(["practice", "sample-feature-tour", "--seed", String(seed)], stdin: Self.session)
        let b = try CLI.run(["practice", "sample-feature-tour", "--seed", String(seed)], stdin: Self.session)
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout)
        #expect(a.stdout.contains("Verdict:"))
    }

    @Test("practice: a piped session never prints an empty reply", arguments: ["plain", "reserved"])
    func practiceNoEmptyReply(style: String) throws {
        let r = try CLI.run(["practice", "sample-feature-tour", "--style", style], stdin: Self.session)
        #expect(r.status == 0, "\(r.stderr)")
        let replies = r.lines.filter { $0.hasPrefix("Rosa ›") }
        #expect(replies.count == 12, "\(r.stdout)") // the opening and 11 replies (the blank line is skipped, /phq9 answers by item)
        for line in replies {
            var text = line.dropFirst("Rosa ›".count).trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("("), let close = text.firstIndex(of: ")") { text = String(text[text.index(after: close)...]).trimmingCharacters(in: .whitespaces) }
            #expect(!text.isEmpty, "empty reply: \(line)")
        }
    }

    @Test("practice: an unknown case is a usage error")
    func practiceUnknownCase() throws {
        let r = try CLI.run(["practice", "no-such-case"], stdin: "")
        #expect(r.status == 2)
        #expect(r.stderr.contains("no case named"))
    }
}

@Suite("iptsim case lookup", .serialized)
struct CaseLookupTests {
    @Test("practice finds a case by an id with capitals, typed in any case", arguments: ["Ann-Case", "ann-case", "ANN-CASE"])
    func capitalisedID(name: String) throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(try CLI.minimalCase.replacingOccurrences(of: #""id": "minimal""#, with: #""id": "Ann-Case""#).utf8)
            .write(to: dir.appendingPathComponent("ann.json"))
        let r = try CLI.run(["practice", name, "--scenarios", dir.path], stdin: "/end\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Ann › Hello."))
    }

    @Test("list names the files it skips because they do not validate")
    func listSkipsInvalid() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(try CLI.minimalCase.utf8).write(to: dir.appendingPathComponent("good.json"))
        try Data("{\"id\": 1}".utf8).write(to: dir.appendingPathComponent("bad.json"))
        let r = try CLI.run(["list", "--scenarios", dir.path])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("minimal  grief"))
        #expect(r.stderr.contains("bad.json: skipped"))
        #expect(r.stderr.contains("iptsim validate"))
    }
}

extension CaseLookupTests {
    @Test("list with a folder that does not exist exits 2")
    func listMissingFolder() throws {
        let r = try CLI.run(["list", "--scenarios", "/no/such/folder"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no such file or folder"))
    }
}

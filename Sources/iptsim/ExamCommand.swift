import ArgumentParser
import Foundation
import IPTSimCore
import IPTSimStore

struct Exam: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Certification exams: make a blueprint, run it locked, sign and verify results.",
        discussion: """
        Assessor:   iptsim exam keygen --out exam.key
                    iptsim exam new --cases grief-case,dispute-case --out exam.json
        Candidate:  iptsim exam start exam.json --candidate c017 --key exam.key
        Afterwards: iptsim exam verify result.json --key exam.key
        See docs/exams.md.
        """,
        subcommands: [ExamNew.self, ExamCheck.self, ExamStart.self, ExamResume.self, ExamKeygen.self, ExamVerify.self, ExamSchemaCommand.self])
}

struct ExamNew: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write an exam blueprint for the given cases (an initial and a middle session of each).",
        discussion: "Refuses two cases in the same problem area unless --allow-same-area. Exit status: 0 written, 2 usage error.")

    @Option(help: "Comma-separated case ids (or problem areas, or case files).")
    var cases: String

    @Option(help: "Where to write the blueprint.")
    var out: String

    @Option(help: "Exam id (default: derived from the output file name).")
    var id: String?

    @Option(help: "Title shown to candidates.")
    var title = "IPT certification exam"

    @Option(help: "Attempts each candidate may start.")
    var attempts = 1

    @Option(help: "Base seed; each session gets its own seed derived from it.")
    var seed: UInt64 = 1

    @Option(help: "Time limit per session in simulated minutes (default: each session's planned length).")
    var timeLimit: Int?

    @Flag(help: "Allow two cases in the same problem area.")
    var allowSameArea = false

    @Flag(help: "Overwrite the output file if it exists.")
    var force = false

    @Option(help: "Folder of case files to use instead of the embedded defaults.")
    var scenarios: String?

    func run() throws {
        let library = try CaseLibrary.load(scenarios: scenarios)
        var inputs: [ExamChecker.Available] = []
        for name in cases.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            do {
                let found = try library.find(name)
                inputs.append(ExamChecker.Available(case: found.case, hash: found.result.versionHash))
            } catch {
                printError("\(error)")
                throw ExitCode(2)
            }
        }
        guard !inputs.isEmpty else { printError("error: --cases names no case"); throw ExitCode(2) }
        if FileManager.default.fileExists(atPath: out) && !force {
            printError("error: \(out) exists; pass --force to overwrite it")
            throw ExitCode(2)
        }
        let examID = id ?? URL(fileURLWithPath: out).deletingPathExtension().lastPathComponent
            .replacingOccurrences(of: " ", with: "-")
        let blueprint: ExamBlueprint
        do {
            blueprint = try ExamBuilder.build(id: examID, title: title, cases: inputs, allowSameArea: allowSameArea,
                                              attemptsAllowed: attempts, seed: seed, timeLimitMinutes: timeLimit)
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
        for d in ExamChecker.check(blueprint, document: nil) { printError("warning: \(d.text)") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try writeFile(String(decoding: try encoder.encode(blueprint), as: UTF8.self) + "\n", to: out)
        print("Wrote \(out): \(blueprint.cases.count) case\(blueprint.cases.count == 1 ? "" : "s"), \(blueprint.sessions.count) sessions, \(attempts) attempt\(attempts == 1 ? "" : "s") allowed.")
        for (c, s) in blueprint.sessions {
            print("  \(c.id) (\(c.problemArea.rawValue), v\(c.version), hash \(c.hash)) / \(s.id): \(s.phase.rawValue), seed \(s.seed), \(s.timeLimitMinutes) min")
        }
    }
}

struct ExamCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a blueprint: structure, pass-rule fit, and that its cases are present and unedited.",
        discussion: "Exit status: 0 ready to run, 2 problems found.")

    @Argument(help: "The blueprint file.")
    var blueprint: String

    @Option(help: "Folder of case files to use instead of the embedded defaults.")
    var scenarios: String?

    func run() throws {
        let loaded = try LoadedBlueprint.read(blueprint)
        try loaded.fit(try CaseLibrary.load(scenarios: scenarios).available())
        print("\(blueprint): ready (\(loaded.blueprint.sessions.count) sessions, \(loaded.blueprint.attemptsAllowed) attempt\(loaded.blueprint.attemptsAllowed == 1 ? "" : "s"))")
    }
}

struct ExamKeygen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make a random 256-bit signing key (file mode 0600). Keep it secret; keep a backup.")

    @Option(help: "Where to write the key; an existing file is never overwritten.")
    var out: String

    func run() throws {
        let key = ResultKey.generate()
        do { try key.write(to: out) } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
        print("Wrote \(out) (key id \(key.fingerprint)). Anyone with this file can sign results: keep it private.")
    }
}

struct ExamSchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "schema", abstract: "Print the JSON Schema of exam blueprints.")

    func run() throws {
        print(ExamSchema.document.jsonSchemaText(), terminator: "")
    }
}

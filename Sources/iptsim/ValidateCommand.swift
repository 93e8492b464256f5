import ArgumentParser
import Foundation
import IPTSimCore

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check case files: syntax, structure, references, ranges, patterns.",
        discussion: "Exit status: 0 clean, 1 problems found, 2 usage error or unreadable input.")

    @Argument(help: "Case files or folders (folders are searched for .json files).")
    var paths: [String]

    @Flag(help: "Print diagnostics as JSON lines.")
    var json = false

    func run() throws {
        let files: [String]
        do {
            files = try CaseFiles.collect(paths)
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        if files.isEmpty {
            printError("error: no .json case files found in \(paths.joined(separator: " "))")
            throw ExitCode(2)
        }
        var problems = 0
        var unreadable = false
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                printError("\(file): error: [unreadable] cannot read the file")
                unreadable = true
                continue
            }
            let result = CaseLoader.load(data)
            for d in result.diagnostics { d.print(file: file, json: json) }
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            problems += errors
            if !json && errors == 0, let c = result.case {
                let rules = c.sessions.map(\.rules.count).reduce(0, +)
                printError("\(file): ok (\(c.id) \(c.version), \(c.sessions.count) session\(c.sessions.count == 1 ? "" : "s"), \(rules) rule\(rules == 1 ? "" : "s"))")
            }
        }
        if !json {
            printError(problems == 0 ? "\(files.count) file\(files.count == 1 ? "" : "s") checked, no errors" : "\(problems) error\(problems == 1 ? "" : "s") in \(files.count) file\(files.count == 1 ? "" : "s")")
        }
        if unreadable { throw ExitCode(2) }
        if problems > 0 { throw ExitCode(1) }
    }
}

extension Diagnostic {
    /// Prints the diagnostic as `file:line:col: severity: [code] message; fix`, or as one JSON line.
    func print(file: String, json: Bool) {
        if json {
            Swift.print(JSONOut.object([
                ("file", .string(file)), ("line", position.map { .int($0.line) } ?? .null),
                ("column", position.map { .int($0.column) } ?? .null), ("severity", .string(severity.rawValue)),
                ("code", .string(code)), ("message", .string(text)),
            ]).rendered(indent: nil))
        } else {
            Swift.print(rendered(file: file))
        }
    }
}

import ArgumentParser
import Foundation
import IPTSimCore

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Semantic checks of case files beyond validation (examples, reachability, unused state, …).",
        discussion: """
        Findings: file:line:col: severity: [code] message; fix. Suppress a finding about a rule with
        'lint-ignore: CODE reason' in the rule's note, or for the whole file in metadata.notes.
        Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error or unreadable input.
        """)

    @Argument(help: "Case files or folders (folders are searched for .json files).")
    var paths: [String] = []

    @Flag(help: "Print findings as JSON lines.")
    var json = false

    @Option(help: "Explain a lint code (or 'all' to list every code) and exit.")
    var explain: String?

    func run() throws {
        if let explain {
            let rules = explain == "all" ? Linter.rules : Linter.rule(explain).map { [$0] } ?? []
            guard !rules.isEmpty else {
                printError("error: no lint code '\(explain)'; codes: \(Linter.rules.map(\.code).joined(separator: ", "))")
                throw ExitCode(2)
            }
            for r in rules { print("\(r.code) (\(r.severity.rawValue))\n  \(r.explanation)\n") }
            return
        }
        guard !paths.isEmpty else { printError("error: name case files or folders to lint"); throw ExitCode(2) }
        let files: [String]
        do { files = try CaseFiles.collect(paths) } catch { printError("\(error)"); throw ExitCode(2) }
        var errors = 0, warnings = 0
        var invalid = false
        for file in files {
            let source = try CaseFiles.read(file)
            let loaded = CaseLoader.load(source.data)
            guard let c = loaded.case, let document = loaded.document else {
                for d in loaded.diagnostics where d.severity == .error { print(d.rendered(file: file)) }
                printError("\(file): not linted: fix the validation errors first (iptsim validate)")
                invalid = true
                continue
            }
            let findings = Linter.lint(c, document: document)
            for d in findings { d.print(file: file, json: json) }
            errors += findings.filter { $0.severity == .error }.count
            warnings += findings.filter { $0.severity == .warning }.count
        }
        if !json { printError("\(files.count) file\(files.count == 1 ? "" : "s") linted: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")") }
        if invalid { throw ExitCode(2) }
        if errors > 0 { throw ExitCode(1) }
    }
}

import ArgumentParser
import Foundation
import IPTSimCore
import IPTSimStore

struct ExamVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a signed result: signature, then replay and re-score every transcript.",
        discussion: """
        Names every part that changed (candidate id, a score, a transcript turn, a case version…)
        and every score that the replayed transcript does not reproduce. The cases the result was
        played against must be available (embedded, or --scenarios).
        Exit status: 0 untouched and re-scored identically, 1 changed or not reproducible,
        2 usage error or unreadable input.
        """)

    @Argument(help: "The signed result JSON.")
    var result: String

    @Option(help: "The signing key file.")
    var key: String

    @Option(help: "Folder of case files to use instead of the embedded defaults.")
    var scenarios: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: result) else {
            printError("error: \(result): cannot read the file")
            throw ExitCode(2)
        }
        let signed: SignedResult
        do { signed = try SignedResult.decode(data) } catch {
            printError("error: \(result) is not a signed iptsim result (\(error)); was it written with --key?")
            throw ExitCode(1)
        }
        guard let key = try readKey(key) else { throw ExitCode(2) }
        let library = try CaseLibrary.load(scenarios: scenarios)
        let report = ResultVerifier.verify(signed, key: key, cases: library.allVersions())
        let r = signed.result
        if report.ok {
            print("OK: \(result) is signed by key \(signed.signature.keyID) and untouched; \(r.sessions.count) session\(r.sessions.count == 1 ? "" : "s") replayed and re-scored identically.")
            print("Candidate \(r.candidate), exam \(r.blueprint.id), attempt \(r.attempt): \(r.outcome.passed ? "pass" : "fail").")
            return
        }
        print("FAILED: \(result) does not verify.")
        for line in report.tampered { print("  changed: \(line)") }
        for line in report.rescoring { print("  re-score: \(line)") }
        for line in report.unverifiable { print("  cannot check: \(line)") }
        throw ExitCode(1)
    }
}

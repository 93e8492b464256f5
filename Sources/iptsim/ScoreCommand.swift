import ArgumentParser
import Foundation
import IPTSimCore

struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-score a saved transcript and print the debrief.",
        discussion: """
        The same transcript and case always give the same report. --report writes the full report;
        its format follows the extension: .json, .md or .html (one self-contained file).
        Exit status: 0 scored, 2 usage error or unreadable input.
        """)

    @Argument(help: "A transcript saved as JSON.")
    var transcript: String

    @Option(help: "Also write the report to this file (.json, .md or .html).")
    var report: String?

    @Option(help: "Folder of case files to use instead of the embedded defaults.")
    var scenarios: String?

    @Flag(help: "Colour the debrief even when not writing to a terminal.")
    var color = false

    @Flag(help: "Never colour the debrief.")
    var noColor = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: transcript) else {
            printError("error: \(transcript): cannot read the file")
            throw ExitCode(2)
        }
        let t: Transcript
        do { t = try JSONDecoder().decode(Transcript.self, from: data) } catch {
            printError("error: \(transcript) is not a transcript: \(error)")
            throw ExitCode(2)
        }
        if let report, Self.format(of: report) == nil {
            printError("error: cannot tell the report format from '\(report)'; use a .json, .md or .html file name")
            throw ExitCode(2)
        }
        let found: (source: CaseSource, result: LoadResult, case: Case)
        do { found = try CaseLibrary.load(scenarios: scenarios).find(t.caseID) } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        let c = found.case
        guard let session = c.session(t.sessionID) else {
            printError("error: case '\(c.id)' has no session '\(t.sessionID)'; sessions: \(c.sessions.map(\.id).joined(separator: ", "))")
            throw ExitCode(2)
        }
        if found.result.versionHash != t.caseHash {
            printError("warning: the case '\(c.id)' has changed since this session was played (case file hash \(found.result.versionHash), transcript recorded \(t.caseHash)\(c.version != t.caseVersion ? "; version \(t.caseVersion) → \(c.version)" : "")); the report scores the transcript against the current case")
        }
        let r = Assessor.assess(case: c, session: session, transcript: t)
        let useColor = !noColor && (color || (isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil))
        print(r.debrief(color: useColor), terminator: "")
        if let report, let format = Self.format(of: report) {
            let text: String
            switch format {
            case "json": text = r.json()
            case "md": text = r.markdown()
            default: text = r.html()
            }
            do { try text.write(toFile: report, atomically: true, encoding: .utf8) } catch {
                printError("error: \(report): cannot write the report: \(error.localizedDescription)")
                throw ExitCode(2)
            }
            printError("report written to \(report)")
        }
    }

    static func format(of path: String) -> String? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json": "json"
        case "md", "markdown": "md"
        case "html", "htm": "html"
        default: nil
        }
    }
}

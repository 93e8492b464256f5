import Foundation
import IPTSimCore
import IPTSimTerminal

/// The end-of-session debrief, live coaching and reports, from the assessor.
enum Debrief {
    static func report(_ runner: SessionRunner) -> SessionReport {
        Assessor.assess(case: runner.engine.case, session: runner.engine.session, transcript: runner.transcript)
    }

    static func text(_ runner: SessionRunner, style: TerminalStyle) -> String {
        report(runner).debrief(color: style.color, width: style.width)
    }

    /// Notes for the turn just taken.
    static func coachNotes(_ runner: SessionRunner) -> [String] {
        Assessor(case: runner.engine.case, session: runner.engine.session).coach(runner.transcript).map { note in
            note.example.map { "\(note.text) Try: \"\($0)\"" } ?? note.text
        }
    }

    static func writeReport(_ runner: SessionRunner, to path: String) throws {
        try ReportFiles.write(report(runner), to: path)
    }
}

enum ReportFiles {
    /// The report format named by a file's extension, or nil.
    static func format(of path: String) -> String? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json": "json"
        case "md", "markdown": "md"
        case "html", "htm": "html"
        default: nil
        }
    }

    static func write(_ r: SessionReport, to path: String) throws {
        let text: String
        switch format(of: path) {
        case "json": text = r.json()
        case "md": text = r.markdown()
        case "html": text = r.html()
        default: throw CLIError.usage("cannot tell the report format from '\(path)'; use a .json, .md or .html file name")
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}

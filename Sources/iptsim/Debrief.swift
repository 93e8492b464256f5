import Foundation
import IPTSimCore
import IPTSimTerminal

/// The end-of-session debrief and reports. Until the assessor lands this summarises what happened.
enum Debrief {
    static func text(_ runner: SessionRunner, style: TerminalStyle) -> String {
        let t = runner.transcript
        let c = runner.engine.case
        var out = style.bold("Debrief") + "\n"
        out += "  \(t.turns.count) turns, \(runner.state.clockMinutes) of \(runner.engine.session.minutes) minutes.\n"
        let facts = runner.state.facts.compactMap { id in c.facts.first { $0.id == id } }
        out += "  Disclosed: \(facts.isEmpty ? "nothing yet" : facts.map(\.description).joined(separator: "; "))\n"
        return out
    }

    static func coachNotes(_ runner: SessionRunner) -> [String] { [] }

    static func writeReport(_ runner: SessionRunner, to path: String) throws {
        try TranscriptFiles.encode(runner.transcript).write(to: URL(fileURLWithPath: path))
    }
}

import ArgumentParser
import Foundation
import IPTSimCore

struct Practice: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Talk to a virtual patient.",
        discussion: "CASE is a case id, a problem area (grief, dispute, transition, deficits) or a case file. Reads your lines from the terminal or from a pipe; the same input and seed always give the same session.")

    @Argument(help: "Case id, problem area or case file.")
    var caseName: String

    @Option(help: "Session id (default: the case's first session).")
    var session: String?

    @Option(help: "Random seed; the same seed and input give the same session.")
    var seed: UInt64 = 1

    @Option(help: "Conversational style (plain, reserved, ...); default: the case's first.")
    var style: String?

    @Option(help: "Folder of case files to use instead of the embedded defaults.")
    var scenarios: String?

    func run() throws {
        let library = try CaseLibrary.load(scenarios: scenarios)
        let found: (source: CaseSource, result: LoadResult, case: Case)
        do { found = try library.find(caseName) } catch { printError("\(error)"); throw ExitCode(2) }
        let c = found.case
        guard let s = c.session(session) else {
            printError("error: case '\(c.id)' has no session '\(session ?? "")'; sessions: \(c.sessions.map(\.id).joined(separator: ", "))")
            throw ExitCode(2)
        }
        var chosenStyle: ConversationalStyle?
        if let style {
            guard let st = ConversationalStyle(rawValue: style), c.patient.styles.contains(st) else {
                printError("error: '\(c.id)' is written for styles \(c.patient.styles.map(\.rawValue).joined(separator: ", ")); '\(style)' is not one of them")
                throw ExitCode(2)
            }
            chosenStyle = st
        }
        var runner = SessionRunner(case: c, session: s, caseHash: found.result.versionHash, seed: seed, style: chosenStyle)
        print("\(c.title) — \(s.title)")
        print("Patient: \(c.patient.name), \(c.patient.age), \(c.patient.occupation). \(s.minutes) minutes.")
        print("Goal: \(s.goal)")
        print("")
        printReply(runner.transcript.opening, name: c.patient.name)
        while let line = readLine(strippingNewline: true) {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            if text == "/end" || text == "/quit" { break }
            print("> \(text)")
            if text == "/phq9" {
                for (i, reply) in runner.administerPHQ9().enumerated() {
                    print("  \(i + 1). \(Builtins.phq9Items[i])? — \(reply.text)")
                }
                continue
            }
            printReply(runner.say(text), name: c.patient.name)
        }
        runner.end()
        print("")
        print("Session ended after \(runner.state.turn) turns, \(runner.state.clockMinutes) minutes.")
    }

    func printReply(_ turn: PatientTurn, name: String) {
        let first = name.split(separator: " ").first.map(String.init) ?? name
        if let nv = turn.nonverbal { print("\(first): (\(nv)) \(turn.text)") } else { print("\(first): \(turn.text)") }
    }
}

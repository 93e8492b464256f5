import ArgumentParser
import Foundation
import IPTSimCore

struct Coverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Play seeded random sessions and report which content they reach.",
        discussion: "Utterances are drawn from the session's rule examples and the technique catalogue's examples. Same seed, same report.")

    @Argument(help: "The case (id, file or problem area).")
    var caseName: String

    @Option(help: "Session id (default: every session).")
    var session: String?

    @Option(help: "Number of walks per session.")
    var walks = 100

    @Option(help: "Seed of the first walk.")
    var seed: UInt64 = 1

    @Option(help: "Trainee turns per walk.")
    var turns = 40

    @Option(help: "Report a dead end after this many fallback answers in a row.")
    var deadEnd = 4

    @Option(help: "Folder of case files (default: the embedded cases or IPTSIM_SCENARIOS).")
    var scenarios: String?

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let found = try CaseLibrary.load(scenarios: scenarios).find(caseName)
        let sessions = try session.map { id in
            guard let s = found.case.session(id) else { throw CLIError.usage("case '\(found.case.id)' has no session '\(id)'") }
            return [s]
        } ?? found.case.sessions
        var reports: [JSONOut] = []
        for s in sessions {
            let r = CoverageWalker(case: found.case, session: s).run(.init(walks: walks, seed: seed, maxTurns: turns, deadEndTurns: deadEnd))
            if json {
                reports.append(.object([
                    ("case", .string(r.caseID)), ("session", .string(r.sessionID)), ("walks", .int(r.walks)), ("seed", .int(Int(r.seed))),
                    ("fired", .object(r.fired.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
                    ("neverFired", .array(r.neverFired.map { .string($0) })),
                    ("deadEnds", .array(r.deadEnds.map { d in .object([("walk", .int(d.walk)), ("turn", .int(d.turn)), ("facts", .array(d.facts.map { .string($0) })),
                                                                      ("fired", .array(d.fired.map { .string($0) })), ("inputs", .array(d.inputs.map { .string($0) }))]) })),
                    ("maxRapport", .int(r.maxRapport)), ("reachableItems", .array(r.reachableItems.map { .string($0) })),
                    ("bestRatings", .object(r.bestRatings.sorted { $0.key < $1.key }.map { ($0.key, $0.value.map { .int($0) } ?? .null) })),
                ]))
                continue
            }
            print("\(r.caseID) session \(r.sessionID): \(r.walks) walks from seed \(r.seed)")
            let rules = s.rules.map(\.id)
            let reached = rules.filter { (r.fired[$0] ?? 0) > 0 }.count
            print("  rules reached: \(reached)/\(rules.count)")
            for id in rules + s.fallbacks.map(\.id) { print("    \(String(r.fired[id] ?? 0).leftPad(6))  \(id)") }
            if !r.neverFired.isEmpty { print("  never fired: \(r.neverFired.joined(separator: ", "))") }
            print("  highest rapport: \(r.maxRapport)")
            print("  dead ends (\(deadEnd)+ fallbacks in a row): \(r.deadEnds.count)")
            for d in r.deadEnds.prefix(5) {
                print("    walk \(d.walk) (seed \(r.seed + UInt64(d.walk))) from turn \(d.turn); facts: \(d.facts.isEmpty ? "none" : d.facts.joined(separator: ", ")); \(d.fired.count) rules and fallbacks fired before")
            }
            print("  rubric items, best rating reached:")
            for (id, rating) in r.bestRatings.sorted(by: { $0.key < $1.key }) { print("    \(id): \(rating.map(String.init) ?? "n/a")") }
        }
        if json { print(JSONOut.array(reports).rendered(indent: 0)) }
    }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}

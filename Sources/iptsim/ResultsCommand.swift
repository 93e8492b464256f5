import ArgumentParser
import Foundation
import IPTSimCore
import IPTSimStore

struct Results: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse, export and analyse stored results (exams and recorded practice).",
        subcommands: [ResultsList.self, ResultsShow.self, ResultsExport.self, ResultsStats.self])
}

/// Filters shared by the results commands.
struct ResultFilter: ParsableArguments {
    @Option(help: "Only this candidate.")
    var candidate: String?

    @Option(help: "Only this cohort.")
    var cohort: String?

    @Flag(help: "Include recorded practice sessions (exams only by default).")
    var practice = false

    @OptionGroup var records: RecordOptions
}

struct ResultsList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "One line per attempt.")

    @OptionGroup var filter: ResultFilter

    func run() throws {
        let store = try filter.records.open()
        let attempts = try store.attempts(candidate: filter.candidate, cohort: filter.cohort).filter { filter.practice || $0.mode == .exam }
        if attempts.isEmpty { print("No attempts recorded in \(filter.records.path)."); return }
        print("attempt  candidate         cohort      mode      exam                  #  status       result  started")
        for a in attempts {
            let result = a.passed.map { $0 ? "pass" : "fail" } ?? "-"
            print([pad(String(a.id), 8), pad(a.candidate, 17), pad(a.cohort ?? "-", 11), pad(a.mode.rawValue, 9), pad(a.examID, 21),
                   pad(String(a.number), 2), pad(a.status.rawValue, 12), pad(result, 7), a.startedAt].joined(separator: " "))
        }
    }
}

struct ResultsShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an attempt (by id) or every attempt of a candidate, with scores per item.",
        discussion: "--json prints the stored result (the signed form when it was signed), ready for 'exam verify'.")

    @Argument(help: "Attempt id (see 'results list').")
    var attempt: Int64?

    @Flag(help: "Print the result JSON instead.")
    var json = false

    @OptionGroup var filter: ResultFilter

    func run() throws {
        let store = try filter.records.open()
        var ids: [Int64] = []
        if let attempt { ids = [attempt] } else if filter.candidate != nil || filter.cohort != nil {
            ids = try store.attempts(candidate: filter.candidate, cohort: filter.cohort).filter { filter.practice || $0.mode == .exam }.map(\.id)
        } else {
            printError("error: name an attempt id, or --candidate ID or --cohort NAME")
            throw ExitCode(2)
        }
        for id in ids {
            guard let a = try store.attempt(id) else { printError("error: no attempt \(id) in \(filter.records.path)"); throw ExitCode(2) }
            if json {
                guard let stored = try store.result(attempt: id) else { printError("error: attempt \(id) has no result yet (\(a.status.rawValue))"); throw ExitCode(2) }
                if let signed = stored.signedJSON { print(signed, terminator: "") } else {
                    let e = JSONEncoder()
                    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    print(String(decoding: try e.encode(stored.result), as: UTF8.self))
                }
                continue
            }
            let signed = (try store.result(attempt: id))?.signedJSON != nil
            print("Attempt \(a.id): candidate \(a.candidate)\(a.cohort.map { " (\($0))" } ?? ""), \(a.mode.rawValue) \(a.examID) #\(a.number), \(a.status.rawValue)\(a.passed.map { $0 ? ", PASS" : ", FAIL" } ?? "")\(signed ? ", signed" : "")")
            print("  started \(a.startedAt)\(a.finishedAt.map { ", finished \($0)" } ?? "")")
            for s in try store.sessions(attempt: id) {
                let h = s.header
                let verdict = s.score.map { $0.good ? "good" : $0.passed ? "pass" : "fail" } ?? (s.isFinished ? "unscored" : "in progress")
                print("  \(s.position + 1). \(h.caseID) v\(h.caseVersion)/\(h.sessionID) (\(h.problemArea.rawValue), \(h.phase.rawValue)): \(verdict), \(s.turns.count) turns\(s.score.map { "; adherence \(fmt($0.adherenceMean)), facilitative \(fmt($0.facilitativeMean))" } ?? "")")
                for item in s.score?.items ?? [] { print("       \(item.id): \(item.rating.map(String.init) ?? "n/a")") }
                if let misses = s.score?.criticalSafetyMisses, !misses.isEmpty { print("       critical safety miss: \(misses.joined(separator: ", "))") }
            }
            if let r = try store.result(attempt: id)?.result { for reason in r.outcome.reasons { print("  not met: \(reason)") } }
        }
    }
}

struct ResultsExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export one row per scored session (JSON lines, or CSV with --csv).")

    @Flag(help: "CSV with a header row.")
    var csv = false

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @OptionGroup var filter: ResultFilter

    func run() throws {
        let store = try filter.records.open()
        let rows = try store.scoredSessions(cohort: filter.cohort, mode: filter.practice ? nil : .exam)
            .filter { filter.candidate == nil || $0.candidate == filter.candidate }
        var text = ""
        let columns = ["candidate", "cohort", "mode", "attempt", "case", "session", "problemArea", "phase", "passed", "good",
                       "adherenceMean", "facilitativeMean", "criticalSafetyMisses", "majorSafetyMisses"]
        if csv { text += columns.joined(separator: ",") + "\n" }
        for r in rows {
            let values: [String] = [r.candidate, r.cohort ?? "", r.mode.rawValue, String(r.attemptID), r.caseID, r.sessionID,
                                    r.problemArea.rawValue, r.phase.rawValue, String(r.score.passed), String(r.score.good),
                                    r.score.adherenceMean.map { "\($0)" } ?? "", r.score.facilitativeMean.map { "\($0)" } ?? "",
                                    r.score.criticalSafetyMisses.joined(separator: ";"), r.score.majorSafetyMisses.joined(separator: ";")]
            if csv {
                text += values.map(csvField).joined(separator: ",") + "\n"
            } else {
                var obj: [(String, JSONOut)] = zip(columns, values).map { ($0, .string($1)) }
                obj.append(("items", .object(r.score.items.map { ($0.id, $0.rating.map { .int($0) } ?? .null) })))
                text += JSONOut.object(obj).rendered(indent: nil) + "\n"
            }
        }
        if let out { try writeFile(text, to: out) } else { print(text, terminator: "") }
    }

    func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}

struct ResultsStats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Item statistics across candidates: share rated ≥ 3 per item, most missed items and safety gates, means by problem area.")

    @OptionGroup var filter: ResultFilter

    func run() throws {
        let store = try filter.records.open()
        let rows = try store.scoredSessions(cohort: filter.cohort, mode: filter.practice ? nil : .exam)
            .filter { filter.candidate == nil || $0.candidate == filter.candidate }
        guard !rows.isEmpty else { print("No scored sessions in \(filter.records.path)."); return }
        let stats = ResultStatistics(rows)
        print("\(stats.sessions) scored sessions, \(stats.candidates) candidate\(stats.candidates == 1 ? "" : "s")\(filter.cohort.map { ", cohort \($0)" } ?? "")")
        print("")
        print("Items (share rated ≥ 3, mean, sessions rated):")
        for i in stats.items {
            print("  \(pad(i.id, 18)) \(pad(percent(i.adequateShare), 5)) mean \(fmt(i.mean))  n=\(i.rated)  \(i.title)")
        }
        print("")
        print("Most missed items:")
        for i in stats.mostMissed.prefix(5) { print("  \(i.id) \(i.title): \(percent(i.adequateShare)) adequate") }
        if stats.mostMissed.isEmpty { print("  none") }
        print("")
        print("Safety gates missed:")
        for g in stats.safetyMisses { print("  \(g.id) (\(g.critical ? "critical" : "major")): \(g.count) session\(g.count == 1 ? "" : "s")") }
        if stats.safetyMisses.isEmpty { print("  none") }
        print("")
        print("By problem area (mean of rated items, sessions passed):")
        for g in stats.byProblemArea { print("  \(pad(g.name, 24)) mean \(fmt(g.mean))  passed \(percent(g.passedShare)) of \(g.sessions)") }
        print("")
        print("By candidate:")
        for g in stats.byCandidate { print("  \(pad(g.name, 24)) mean \(fmt(g.mean))  passed \(percent(g.passedShare)) of \(g.sessions)") }
    }
}

func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

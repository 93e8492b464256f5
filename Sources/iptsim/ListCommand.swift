import ArgumentParser
import IPTSimCore

struct ListCases: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the available cases and their sessions.")

    @Flag(help: "Print JSON.")
    var json = false

    @Option(help: "Folder of case files to use instead of the embedded defaults.")
    var scenarios: String?

    func run() throws {
        let library: CaseLibrary
        do { library = try CaseLibrary.load(scenarios: scenarios) } catch { printError("\(error)"); throw ExitCode(2) }
        let cases = library.cases()
        // A file that does not validate is not listed; say so rather than leave it out silently.
        for source in library.sources where !cases.contains(where: { $0.source.path == source.path }) {
            let errors = CaseLoader.load(source.data).diagnostics.filter { $0.severity == .error }.count
            printError("\(source.path): skipped (\(errors) error\(errors == 1 ? "" : "s"); run iptsim validate \(source.path))")
        }
        if json {
            let items: [JSONOut] = cases.map { entry in
                let c = entry.case
                return .object([
                    ("id", .string(c.id)), ("title", .string(c.title)), ("problemArea", .string(c.problemArea.rawValue)),
                    ("version", .string(c.version)), ("file", .string(entry.source.path)),
                    ("sessions", .array(c.sessions.map { s in
                        .object([("id", .string(s.id)), ("phase", .string(s.phase.rawValue)), ("rules", .int(s.rules.count))])
                    })),
                ])
            }
            print(JSONOut.array(items).rendered(indent: 0))
            return
        }
        for entry in cases {
            let c = entry.case
            print("\(c.id)  \(c.problemArea.rawValue)  v\(c.version)  \(c.title)")
            for s in c.sessions {
                print("    --session \(s.id)  (\(s.phase.rawValue), session \(s.number), \(s.minutes) min, \(s.rules.count) rules)  \(s.title)")
            }
        }
    }
}

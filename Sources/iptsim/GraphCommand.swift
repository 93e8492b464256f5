import ArgumentParser
import Foundation
import IPTSimCore

struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the unlock graph of a case (rule → effect → fact/variable → condition → rule).",
        discussion: "Rules that can never fire are filled red. Render DOT with 'dot -Tsvg', Mermaid in any Markdown viewer that supports it.")

    enum Format: String, ExpressibleByArgument { case dot, mermaid }

    @Argument(help: "The case (id, file or problem area).")
    var caseName: String

    @Option(help: "dot or mermaid.")
    var format: Format = .dot

    @Option(help: "Folder of case files (default: the embedded cases or IPTSIM_SCENARIOS).")
    var scenarios: String?

    func run() throws {
        let found = try CaseLibrary.load(scenarios: scenarios).find(caseName)
        let graph = UnlockGraph(found.case)
        print(format == .dot ? graph.dot(title: found.case.id) : graph.mermaid())
    }
}

import ArgumentParser
import Foundation
import IPTSimCore

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a new case file skeleton with TODO markers (validates now; lint lists what is unfinished).")

    @Option(help: "Problem area: grief, dispute, transition or deficits.")
    var area: String

    @Option(help: "Case id, e.g. grief-maria.")
    var id: String

    @Option(help: "Folder to write <id>.json into.")
    var out = "."

    func run() throws {
        guard let area = ProblemArea.allCases.first(where: { $0.aliases.contains(self.area.lowercased()) }) else {
            printError("error: unknown problem area '\(self.area)'; use grief, dispute, transition or deficits")
            throw ExitCode(2)
        }
        guard id.range(of: CaseSchema.idPattern, options: .regularExpression) != nil else {
            printError("error: '\(id)' is not a valid id; ids use letters, digits, '.', '_' and '-'")
            throw ExitCode(2)
        }
        let path = (out as NSString).appendingPathComponent("\(id).json")
        guard !FileManager.default.fileExists(atPath: path) else {
            printError("error: \(path) already exists")
            throw ExitCode(2)
        }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let schemaDir = (out as NSString).appendingPathComponent("schema")
        let schemaRef = FileManager.default.fileExists(atPath: schemaDir) ? "schema/\(CaseSchema.fileName)" : "https://iptsim.example/schema/\(CaseSchema.fileName)"
        try Scaffold.caseFile(id: id, area: area, schemaPath: schemaRef).write(toFile: path, atomically: true, encoding: .utf8)
        print(path)
        printError("next: edit the TODOs, then iptsim validate \(path) && iptsim lint \(path)")
    }
}

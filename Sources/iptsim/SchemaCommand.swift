import ArgumentParser
import IPTSimCore

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the JSON Schema of the case file format.")

    func run() throws {
        print(CaseSchema.document.jsonSchemaText(), terminator: "")
    }
}

import ArgumentParser
import IPTSimCore

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the JSON Schema of the case file format.")

    @Flag(help: "Print the Markdown format reference instead (as embedded in docs/authoring.md).")
    var reference = false

    func run() throws {
        if reference {
            print(SchemaReference.markdown(), terminator: "")
            return
        }
        print(CaseSchema.document.jsonSchemaText(), terminator: "")
    }
}

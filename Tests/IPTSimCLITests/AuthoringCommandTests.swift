import ArgumentParser
import Foundation
import IPTSimCore
import Testing
@testable import iptsim

@Suite("Authoring commands")
struct AuthoringCommandTests {
    @Test func subcommandsParse() throws {
        #expect(try IPTSim.parseAsRoot(["lint", "a.json", "--json"]) is Lint)
        #expect(try IPTSim.parseAsRoot(["lint", "--explain", "todo"]) is Lint)
        #expect(try IPTSim.parseAsRoot(["test", "t", "--bless", "--scenarios", "S"]) is TestTranscripts)
        #expect(try IPTSim.parseAsRoot(["coverage", "grief", "--walks", "3", "--seed", "9", "--json"]) is Coverage)
        #expect(try IPTSim.parseAsRoot(["graph", "grief", "--format", "mermaid"]) is Graph)
        #expect(try IPTSim.parseAsRoot(["new", "--area", "grief", "--id", "g"]) is New)
    }

    @Test func newWritesACaseThatValidatesAndLintsAsUnfinished() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("iptsim-new-\(UInt32.random(in: 0...UInt32.max))").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var new = try #require(try IPTSim.parseAsRoot(["new", "--area", "transition", "--id", "transition-ana", "--out", dir]) as? New)
        try new.run()
        let path = (dir as NSString).appendingPathComponent("transition-ana.json")
        let loaded = CaseLoader.load(try #require(FileManager.default.contents(atPath: path)))
        #expect(loaded.isValid)
        #expect(loaded.case?.problemArea == .roleTransition)
        var lint = try #require(try IPTSim.parseAsRoot(["lint", path]) as? Lint)
        #expect(throws: ExitCode(1)) { try lint.run() }
        // A second `new` with the same id does not overwrite.
        var again = try #require(try IPTSim.parseAsRoot(["new", "--area", "grief", "--id", "transition-ana", "--out", dir]) as? New)
        #expect(throws: ExitCode(2)) { try again.run() }
    }
}

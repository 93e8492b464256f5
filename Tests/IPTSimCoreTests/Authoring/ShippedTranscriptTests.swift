import Foundation
import Testing
@testable import IPTSimCore

/// Runs every authors' test transcript under Fixtures/transcripts/<case>/<session>-<name>.txt
/// against Scenarios/<case>.json with the product's recognizer and assessor.
@Suite("Shipped case transcripts")
struct ShippedTranscriptTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let transcripts = root.appendingPathComponent("Tests/IPTSimCoreTests/Fixtures/transcripts")

    /// `case/file.txt` for every transcript, sorted.
    static let files: [String] = {
        let fm = FileManager.default
        let cases = ((try? fm.contentsOfDirectory(atPath: transcripts.path)) ?? []).sorted()
        return cases.flatMap { c in
            ((try? fm.contentsOfDirectory(atPath: transcripts.appendingPathComponent(c).path)) ?? [])
                .filter { $0.hasSuffix(".txt") }.sorted().map { "\(c)/\($0)" }
        }
    }()

    /// Authors' expectations that the content (or the recognizer) does not meet yet. Each entry is
    /// reported to the integrator; the test records it as a known issue and fails if it starts passing.
    /// Recorded against the recognizer committed on branch 'recognizer' (0edc92f) and the assessor
    /// on 'assessment' (d0e8e4f); see the report to the integrator for the failing lines.
    static let knownFailures: Set<String> = [
        "deficits-kevin/middle-expert.txt",
        "grief-daniel/initial-expert.txt", "grief-daniel/initial-novice.txt", "grief-daniel/middle-expert.txt",
        "transition-tom/initial-expert.txt",
        // Passing since the recog-tune fixes: deficits-kevin/initial-expert, transition-tom/middle-expert, transition-tom/middle-novice.
    ]

    @Test func everyShippedCaseHasTranscripts() {
        #expect(!Self.files.isEmpty)
    }

    @Test(arguments: files)
    func transcript(_ name: String) throws {
        let caseID = String(name.split(separator: "/")[0])
        let data = try #require(FileManager.default.contents(atPath: Self.root.appendingPathComponent("Scenarios/\(caseID).json").path))
        let loaded = CaseLoader.load(data)
        let c = try #require(loaded.case, "\(caseID) does not validate")
        let text = try String(contentsOf: Self.transcripts.appendingPathComponent(name), encoding: .utf8)
        let script = TranscriptScript(text)
        let result = TranscriptTester.run(script, case: c, caseHash: loaded.versionHash, sessionID: TranscriptTester.sessionID(script, fileName: name))
        let failures = result.problems.map { "\(name):\($0.line): \($0.message)" } + result.routing.map { "\(name):\($0.line): \($0.message)" }
        if Self.knownFailures.contains(name) {
            withKnownIssue { #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))") }
        } else {
            #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        }
    }
}

import Foundation
import IPTSimCore
import IPTSimStore
import Testing

@Suite struct VerificationTests {
    static func signedResult() throws -> (SignedResult, ResultKey) {
        let key = ResultKey.generate()
        var run = try Fixture.run(try SQLiteRecordStore(path: Fixture.tempDB()), try Fixture.blueprint(), candidate: "cand-1", key: key)
        let (_, signed) = try Fixture.finish(&run)
        let decoded = try SignedResult.decode(Data(try #require(signed).utf8))
        return (decoded, key)
    }

    static var library: [String: [ExamChecker.Available]] { Fixture.cases.mapValues { [$0] } }

    @Test func untouchedResultVerifies() throws {
        let (signed, key) = try Self.signedResult()
        let report = ResultVerifier.verify(signed, key: key, cases: Self.library)
        #expect(report.ok, "\(report.problems)")
    }

    @Test func wrongKeyIsReported() throws {
        let (signed, _) = try Self.signedResult()
        let report = ResultVerifier.verify(signed, key: .generate(), cases: Self.library)
        #expect(!report.ok)
        #expect(report.keyMismatch)
    }

    enum Tamper: String, CaseIterable {
        case score, transcriptLine, reply, candidateID, caseVersion, outcome, droppedTurn
    }

    @Test(arguments: Tamper.allCases)
    func everyKindOfTamperingIsNamed(_ kind: Tamper) throws {
        let (original, key) = try Self.signedResult()
        var s = original
        let expected: String
        switch kind {
        case .score:
            s.result.sessions[0].score.adherenceMean = 4.9
            expected = "session 1 (sample-feature-tour/initial): score was changed"
        case .transcriptLine:
            s.result.sessions[1].transcript.turns[0].input = "I hear how hard this has been."
            expected = "session 2 (sample-feature-tour/middle): transcript turn 1 was changed"
        case .reply:
            s.result.sessions[0].transcript.turns[1].replies[0].text = "Everything is fine."
            expected = "session 1 (sample-feature-tour/initial): transcript turn 2 was changed"
        case .candidateID:
            s.result.candidate = "cand-2"
            expected = "candidate id was changed"
        case .caseVersion:
            s.result.sessions[2].caseVersion = "1.1.0"
            s.result.sessions[2].transcript.caseVersion = "1.1.0"
            expected = "session 3 (sample-grief/initial): case version was changed"
        case .outcome:
            s.result.outcome.passed.toggle()
            expected = "outcome was changed"
        case .droppedTurn:
            s.result.sessions[3].transcript.turns.removeLast()
            expected = "session 4 (sample-grief/middle): turn count was changed"
        }
        // Through JSON, as an edited file would be.
        let edited = try SignedResult.decode(Data(try s.json().utf8))
        let report = ResultVerifier.verify(edited, key: key, cases: Self.library)
        #expect(!report.ok)
        #expect(report.tampered.contains(expected), "\(report.tampered)")
    }

    @Test func rescoringCatchesAScoreEditedWithTheKey() throws {
        // Even someone holding the key cannot sign a score the transcript does not earn.
        let (original, key) = try Self.signedResult()
        var r = original.result
        r.sessions[0].score.items[0].rating = 5
        let resigned = try ResultSigner.sign(r, key: key)
        let report = ResultVerifier.verify(resigned, key: key, cases: Self.library)
        #expect(report.tampered.isEmpty)
        #expect(report.rescoring.contains { $0.contains("rating: stated 5") }, "\(report.rescoring)")
    }

    @Test func canonicalFormSurvivesARoundTrip() throws {
        let (signed, _) = try Self.signedResult()
        let again = try SignedResult.decode(Data(try signed.json().utf8))
        #expect(try Canonical.bytes(again.result) == Canonical.bytes(signed.result))
    }

    @Test func keyFileIsPrivate() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("iptsim-key-\(UUID().uuidString)").path
        let key = ResultKey.generate()
        try key.write(to: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(try ResultKey.read(from: path).fingerprint == key.fingerprint)
        #expect(throws: (any Error).self) { try key.write(to: path) }
    }
}

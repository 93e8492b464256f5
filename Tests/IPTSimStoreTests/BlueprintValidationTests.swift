import Foundation
import IPTSimCore
import Testing

@Suite struct BlueprintValidationTests {
    /// Positions marked with ⓐ ⓑ … in the text; the markers are removed before parsing.
    static func located(_ marked: String) -> (text: String, marks: [Character: SourcePosition]) {
        var text = "", marks: [Character: SourcePosition] = [:]
        var line = 1, column = 1
        for ch in marked {
            if "ⓐⓑⓒⓓⓔⓕ".contains(ch) { marks[ch] = SourcePosition(line: line, column: column); continue }
            text.append(ch)
            if ch == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (text, marks)
    }

    @Test func structuralErrorsAreLocated() {
        let (text, marks) = Self.located("""
        {
          "format": 1,
          "id": "x",
          "title": "t",
          "attemptsAllowed": ⓐ0,
          "passRule": {"minCases": 2, "differentProblemAreas": true, "requiredPhases": ["initial", ⓑ"middel"], "minMean": ⓒ"3.0", "maxCriticalSafetyMisses": 0},
          "cases": [{"id": "a", "version": "1", "hash": ⓓ"zz", "problemArea": "grief",
                     "sessions": [{"id": "initial", "phase": "initial", "seed": 1, "timeLimitMinutes": 20}]}],
          ⓔ"extra": 1
        }
        """)
        let r = ExamLoader.load(Data(text.utf8))
        #expect(r.blueprint == nil)
        let got = Dictionary(r.diagnostics.map { ($0.code + "@" + ($0.position?.description ?? "-"), $0) }, uniquingKeysWith: { a, _ in a })
        #expect(got["out-of-range@\(marks["ⓐ"]!)"] != nil)
        #expect(got["invalid-value@\(marks["ⓑ"]!)"]?.fix?.contains("middle") == true)
        #expect(got["wrong-type@\(marks["ⓒ"]!)"]?.fix == "remove the quotes: 3.0")
        #expect(got["invalid-value@\(marks["ⓓ"]!)"] != nil)
        #expect(got["unknown-key@\(marks["ⓔ"]!)"]?.message.contains("the blueprint") == true)
    }

    @Test func syntaxErrorIsLocated() {
        let r = ExamLoader.load(Data("{\n  \"format\": 1,,\n}".utf8))
        #expect(r.blueprint == nil)
        #expect(r.diagnostics.first?.position?.line == 2)
    }

    @Test func sameProblemAreaAndMissingPhaseAreLocated() throws {
        let (text, marks) = Self.located("""
        {
          "format": 1, "id": "x", "title": "t", "attemptsAllowed": 1,
          "passRule": {"minCases": 2, "differentProblemAreas": true, "requiredPhases": ["initial", "middle"], "minMean": 3.0, "maxCriticalSafetyMisses": 0},
          "cases": [
            {"id": "a", "version": "1", "hash": "0123456789abcdef", "problemArea": "grief",
             "sessions": [{"id": "initial", "phase": "initial", "seed": 1, "timeLimitMinutes": 20}]},
            {"id": "b", "version": "1", "hash": "0123456789abcdef", "problemArea": ⓐ"grief",
             "sessions": [{"id": "initial", "phase": "initial", "seed": 2, "timeLimitMinutes": 20}]}
          ]
        }
        """)
        let r = ExamLoader.load(Data(text.utf8))
        let same = try #require(r.diagnostics.first { $0.code == "same-problem-area" })
        #expect(same.position == marks["ⓐ"])
        #expect(r.diagnostics.contains { $0.code == "missing-phase" })
        let allowed = ExamLoader.load(Data(text.replacingOccurrences(of: "\"attemptsAllowed\": 1,", with: "\"attemptsAllowed\": 1, \"allowSameArea\": true,").utf8))
        #expect(!allowed.diagnostics.contains { $0.code == "same-problem-area" })
    }

    @Test func builtBlueprintRoundTripsAndValidates() throws {
        let b = try Fixture.blueprint()
        #expect(b.sessions.map(\.session.phase) == [.initial, .middle, .initial, .middle])
        let r = ExamLoader.load(Data(try Fixture.blueprintJSON(b).utf8))
        #expect(r.diagnostics.isEmpty)
        #expect(r.blueprint == b)
        #expect(ExamChecker.fit(b, to: Fixture.cases).isEmpty)
    }

    @Test func builderRefusesSameAreaUnlessAllowed() throws {
        let t = Fixture.available(Fixture.transitionText)
        var other = t
        other.case.id = "another"
        #expect(throws: ExamBuilder.Failure.self) { try ExamBuilder.build(id: "x", title: "t", cases: [t, other]) }
        let b = try ExamBuilder.build(id: "x", title: "t", cases: [t, other], allowSameArea: true)
        #expect(b.allowSameArea == true)
    }

    @Test func editedCaseIsRefusedPlainly() throws {
        let b = try Fixture.blueprint()
        var cases = Fixture.cases
        let edited = Fixture.griefText.replacingOccurrences(of: "Twenty years", with: "Twenty-one years")
        cases["sample-grief"] = Fixture.available(edited)
        let problems = ExamChecker.fit(b, to: cases)
        #expect(problems.count == 1)
        #expect(problems[0].code == "case-edited")
        #expect(problems[0].message.contains("'sample-grief' was edited after this blueprint was made"))
    }
}

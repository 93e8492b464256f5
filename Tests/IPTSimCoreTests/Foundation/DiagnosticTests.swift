import Foundation
import Testing
@testable import IPTSimCore

/// One diagnostic code: edits that break the minimal valid case, with inline markers where the
/// diagnostics must point.
struct DiagnosticExample: Sendable, CustomTestStringConvertible {
    var name: String
    var edits: [Edit]
    /// Expected (code, marker) pairs, in output order.
    var expected: [(code: String, marker: Int)]
    /// Text the fix (or message) must contain, e.g. the did-you-mean suggestion.
    var hint: String?
    var severity: Diagnostic.Severity = .error

    var testDescription: String { name }
}

private func ex(_ name: String, _ edits: [Edit], _ code: String, hint: String? = nil,
                severity: Diagnostic.Severity = .error) -> DiagnosticExample {
    DiagnosticExample(name: name, edits: edits, expected: [(code, 1)], hint: hint, severity: severity)
}

let diagnosticExamples: [DiagnosticExample] = [
    ex("syntax: bare word", [Edit(#""age": 60,"#, #""age": 1️⃣sixty,"#)], "syntax", hint: "unexpected 'sixty'"),
    ex("trailing-comma", [Edit("\"styles\": [\"plain\"]\n  }", "\"styles\": [\"plain\"]1️⃣,\n  }")], "trailing-comma", hint: "remove the ','"),
    ex("missing-comma", [Edit(#""age": 60,"#, #""age": 601️⃣"#)], "missing-comma", hint: "add ','"),
    ex("duplicate-key", [Edit(#""occupation": "retired","#, "\"occupation\": \"retired\",\n    1️⃣\"age\": 61,")], "duplicate-key", hint: "first defined at 8:5"),
    ex("wrong-type: quoted integer", [Edit(#""age": 60,"#, #""age": 1️⃣"60","#)], "wrong-type", hint: "remove the quotes: 60"),
    ex("wrong-type: fraction", [Edit(#""age": 60,"#, #""age": 1️⃣60.5,"#)], "wrong-type", hint: "round it"),
    ex("wrong-type: huge number", [Edit(#""age": 60,"#, #""age": 1️⃣1e400,"#)], "wrong-type", hint: "too large"),
    ex("wrong-type: root is an array", [Edit("{\n  \"id\": \"minimal\"", "1️⃣[{\n  \"id\": \"minimal\""), Edit("  ]\n}\n", "  ]\n}]\n")], "wrong-type", hint: "start the file with '{'"),
    ex("missing-key", [Edit(#""patient": {"#, #""patient": 1️⃣{"#), Edit("\"occupation\": \"retired\",\n    ", "")], "missing-key", hint: #"add "occupation""#),
    ex("unknown-key with did-you-mean", [Edit(#""occupation": "retired","#, #"1️⃣"ocupation": "retired","#)], "unknown-key", hint: "did you mean 'occupation'?"),
    ex("unknown-key without a near key", [Edit(#""occupation": "retired","#, #""occupation": "retired", 1️⃣"shoeSize": 7,"#)], "unknown-key", hint: "allowed keys here are"),
    ex("unknown-technique", [Edit(#""techniques": ["timeline"], "people""#, #""techniques": [1️⃣"timelin"], "people""#)], "unknown-technique", hint: "did you mean 'timeline'?"),
    ex("unknown-person", [Edit(#""people": ["bob"]"#, #""people": [1️⃣"bobb"]"#)], "unknown-person", hint: "did you mean 'bob'?"),
    ex("unknown-concept", [Edit(#""people": ["bob"]}"#, #""people": ["bob"], "concepts": [1️⃣"gardn"]}"#)], "unknown-concept", hint: "did you mean 'garden'?"),
    ex("unknown-concept in a pattern", [Edit(#""people": ["bob"]}"#, #""people": ["bob"], "text": 1️⃣"in the ~gardn"}"#)], "unknown-concept", hint: "pattern 'in the ~gardn' refers to concept '~gardn'"),
    ex("unknown-variable in an effect", [Edit(#"{"var": "rapport", "add": 1}"#, #"{"var": 1️⃣"raport", "add": 1}"#)], "unknown-variable", hint: "did you mean 'rapport'?"),
    ex("unknown-variable in session state", [Edit(#""opening": "Hello.","#, #""opening": "Hello.", "state": {1️⃣"distres": 2},"#)], "unknown-variable", hint: "did you mean 'distress'?"),
    ex("unknown-fact", [Edit(#"{"fact": "told-death"}"#, #"{"fact": 1️⃣"told-deth"}"#)], "unknown-fact", hint: "did you mean 'told-death'?"),
    ex("unknown-rule", [Edit(#"{"var": "rapport", "add": 1}]"#, #"{"var": "rapport", "add": 1}], "followUps": [1️⃣"deeth"]"#)], "unknown-rule", hint: "rule 'death' (in followUps) refers to rule 'deeth'"),
    ex("unknown-rule: a rule of another session", [Edit("      ]\n    }\n  ]\n}", "      ]\n    },\n    {\"id\": \"s2\", \"title\": \"Second\", \"phase\": \"middle\", \"number\": 2, \"minutes\": 20, \"goal\": \"Go on.\", \"briefing\": \"Later.\", \"opening\": \"Hi.\",\n     \"phq9\": [1, 1, 1, 1, 1, 1, 1, 1, 0], \"rules\": [{\"id\": \"later\", \"tier\": \"general\", \"followUps\": [1️⃣\"death\"], \"variants\": [{\"id\": \"a\", \"text\": \"Yes.\"}]}],\n     \"fallbacks\": [{\"id\": \"fb2\", \"level\": 0, \"variants\": [{\"id\": \"a\", \"text\": \"Hm.\"}]}],\n     \"rubric\": [{\"id\": \"R2\", \"title\": \"T\", \"domain\": \"middle\", \"description\": \"D.\", \"example\": \"E.\", \"measure\": \"warmth\"}]}\n  ]\n}")], "unknown-rule", hint: "belongs to another session than 's2'"),
    ex("unreachable-rule (warning)", [Edit(#""tier": "specific""#, #""tier": 1️⃣"follow-up""#)], "unreachable-rule", hint: "can never fire", severity: .warning),
    ex("out-of-range: empty window", [Edit(#""people": ["bob"]}"#, #""people": ["bob"], "turn": {"from": 1️⃣5, "to": 2}}"#)], "out-of-range", hint: "swap them"),
    ex("out-of-range: empty evidence window", [Edit(#""evidence": {"techniques": ["timeline"]}"#, #""evidence": {"techniques": ["timeline"], "minutes": {"from": 1️⃣9, "to": 1}}"#)], "out-of-range", hint: "contains nothing"),
    ex("empty-value: concept phrase without words", [Edit(#""phrases": ["garden"]"#, #""phrases": ["garden", 1️⃣"?!"]"#)], "empty-value", hint: "never matches"),
    ex("empty-evidence (warning)", [Edit(#""evidence": {"techniques": ["timeline"]}"#, #""evidence": 1️⃣{}"#)], "empty-evidence", hint: "every session earns", severity: .warning),
    ex("duplicate-id", [Edit(#"{"id": "bob", "name": "Bob", "relation": "husband", "deceased": true}"#, "{\"id\": \"bob\", \"name\": \"Bob\", \"relation\": \"husband\", \"deceased\": true},\n    {\"id\": 1️⃣\"bob\", \"name\": \"Robert\", \"relation\": \"brother\"}")], "duplicate-id", hint: "first declared at 15:12"),
    ex("out-of-range: initial value", [Edit(#""max": 10, "initial": 3}"#, #""max": 10, "initial": 1️⃣11}"#)], "out-of-range", hint: "from 0 to 10"),
    ex("out-of-range: schema bound", [Edit(#""age": 60,"#, #""age": 1️⃣200,"#)], "out-of-range", hint: "up to 110"),
    ex("out-of-range: impossible comparison", [Edit(#""people": ["bob"]}"#, #""people": ["bob"], "vars": [{"name": "rapport", "gt": 1️⃣10}]}"#)], "out-of-range", hint: "'rapport' > 10 (\"gt\"), which can never hold"),
    ex("invalid-pattern", [Edit(#""people": ["bob"]}"#, #""people": ["bob"], "text": "bob 1️⃣( died"}"#)], "invalid-pattern", hint: "add ')'"),
    ex("invalid-pattern after escapes", [Edit(#""people": ["bob"]}"#, #""people": ["bob"], "text": "\"bob\" \u00e9 1️⃣( died"}"#)], "invalid-pattern", hint: "add ')'"),
    ex("invalid-pattern in the lexicon", [Edit(#""sessions": ["#, #""lexicon": [{"technique": "timeline", "patterns": ["when 1️⃣] start"]}], "sessions": ["#)], "invalid-pattern"),
    ex("missing-rubric", [Edit("\"rubric\": [\n        {\"id\": \"R1\", \"title\": \"Timeline\", \"domain\": \"initial\", \"description\": \"Links onset.\",\n         \"example\": \"When did this start?\", \"levels\": [{\"rating\": 3, \"evidence\": {\"techniques\": [\"timeline\"]}}]}\n      ]", "\"rubric\": 1️⃣[]")], "missing-rubric", hint: "rubric item"),
    ex("missing-reply", [Edit(#""variants": [{"id": "a", "text": "Bob died in March."}]"#, #""variants": 1️⃣[]"#)], "missing-reply", hint: "add a variant"),
    ex("missing-fallback: none at level 0", [Edit(#""level": 0"#, #""level": 1"#), Edit(#""fallbacks": ["#, #"1️⃣"fallbacks": ["#)], "missing-fallback", hint: "\"level\": 0"),
    ex("missing-fallback: empty list", [Edit("\"fallbacks\": [\n        {\"id\": \"fb\", \"level\": 0, \"variants\": [{\"id\": \"a\", \"text\": \"I am not sure.\"}]}\n      ]", "\"fallbacks\": 1️⃣[]")], "missing-fallback", hint: "\"level\": 0"),
    ex("invalid-id", [Edit(#"{"id": "bob","#, #"{"id": 1️⃣"bob smith","#)], "invalid-id", hint: "ids use letters"),
    ex("conflicting-keys", [Edit(#"{"fact": "told-death"}"#, #"{"fact": "told-death", 1️⃣"var": "rapport", "add": 1}"#)], "conflicting-keys", hint: "write two effects"),
    ex("invalid-effect: add and set", [Edit(#"{"var": "rapport", "add": 1}"#, #"1️⃣{"var": "rapport", "add": 1, "set": 2}"#)], "invalid-effect", hint: "exactly one of"),
    ex("invalid-effect: add without var", [Edit(#"{"fact": "told-death"}"#, #"1️⃣{"fact": "told-death", "add": 1}"#)], "invalid-effect", hint: "var"),
    ex("invalid-condition", [Edit(#""people": ["bob"]}"#, #""people": ["bob"], "vars": [1️⃣{"name": "rapport"}]}"#)], "invalid-condition", hint: "eq, ne"),
    ex("invalid-value: enum", [Edit(#""tier": "specific""#, #""tier": 1️⃣"specfic""#)], "invalid-value", hint: "did you mean 'specific'?"),
    ex("invalid-value: repeat policy", [Edit(#""tier": "specific","#, #""tier": "specific", "repeat": 1️⃣"twice","#)], "invalid-value", hint: "cooldown 3"),
    ex("invalid-value: caught while decoding", [Edit(#""tier": "specific","#, #""tier": "specific", "repeat": 1️⃣"cooldown 99999999999999999999","#)], "invalid-value", hint: "repeat"),
    ex("missing-key: dispute stage", [Edit("\"problemArea\": \"grief\",\n  \"patient\"", "\"problemArea\": \"role-dispute\",\n  \"patient\""), Edit("\"truth\": {\n    \"problemArea\": \"grief\"", "\"truth\": 1️⃣{\n    \"problemArea\": \"role-dispute\"")], "missing-key", hint: "disputeStage"),
    ex("invalid-value: version", [Edit(#""version": "1.0""#, #""version": 1️⃣"one""#)], "invalid-value", hint: "1.0.0"),
    ex("empty-value: blank reply", [Edit(#""text": "Bob died in March.""#, #""text": 1️⃣" \n ""#)], "empty-value", hint: "only spaces"),
    ex("empty-value", [Edit(#""title": "Minimal valid case""#, #""title": 1️⃣"""#)], "empty-value"),
    ex("too-few", [Edit(#""styles": ["plain"]"#, #""styles": 1️⃣[]"#)], "too-few", hint: "at least one"),
    ex("wrong-count", [Edit(#""phq9": [1, 1, 1, 1, 1, 1, 1, 1, 0]"#, #""phq9": 1️⃣[1, 1, 1, 1, 1, 1, 1, 1]"#)], "wrong-count", hint: "9"),
    ex("missing-variable", [Edit(#"{"id": "distress""#, #"{"id": "calm""#), Edit(#""variables": ["#, #""variables": 1️⃣["#)], "missing-variable", hint: #""id": "distress""#),
    ex("truth-mismatch (warning)", [Edit("\"problemArea\": \"grief\",\n    \"formulation\"", "\"problemArea\": 1️⃣\"role-transition\",\n    \"formulation\"")], "truth-mismatch", severity: .warning),
    ex("duplicate-alias (warning)", [Edit(#""deceased": true}"#, #""deceased": true, "aliases": 1️⃣["bob", "my husband"]}"#)], "duplicate-alias", hint: "lists 'bob' twice (as name and as alias)", severity: .warning),
    ex("unused-style (warning)", [Edit(#""text": "Bob died in March."}"#, #""text": "Bob died in March.", "style": 1️⃣"upset"}"#)], "unused-style", severity: .warning),
]

@Suite("Diagnostics: one fixture per code, exact positions")
struct DiagnosticTests {
    @Test("the minimal case is valid")
    func minimalIsValid() throws {
        let result = Load.text(try Repo.minimalCase)
        #expect(result.diagnostics == [])
        #expect(result.case?.id == "minimal")
    }

    @Test(arguments: diagnosticExamples)
    func diagnostic(_ example: DiagnosticExample) throws {
        let marked = Marked(try Repo.minimalCase.applying(example.edits))
        let result = Load.text(marked.text)
        let got = result.diagnostics.map { "\($0.code)@\($0.position.map(\.description) ?? "-")" }
        let want = example.expected.map { "\($0.code)@\(marked[$0.marker])" }
        #expect(got == want, "\(result.diagnostics.map { $0.rendered(file: "case.json") })")
        for d in result.diagnostics {
            #expect(d.severity == example.severity)
            if let hint = example.hint {
                #expect(d.text.contains(hint), "\(d.text)")
            }
        }
        if example.severity == .error {
            #expect(result.case == nil)
            #expect(!result.isValid)
        } else {
            #expect(result.isValid)
        }
    }

    @Test("every problem comes out in one run: missing comma, misspelt technique, dangling person")
    func severalProblemsInOneRun() throws {
        let marked = Marked(try Repo.minimalCase.applying([
            Edit(#""age": 60,"#, #""age": 601️⃣"#),
            Edit(#""techniques": ["timeline"], "people": ["bob"]"#, #""techniques": [2️⃣"timelin"], "people": [3️⃣"bobb"]"#),
        ]))
        let result = Load.text(marked.text)
        let got = result.diagnostics.map { "\($0.code)@\($0.position!)" }
        #expect(got == ["missing-comma@\(marked[1])", "unknown-technique@\(marked[2])", "unknown-person@\(marked[3])"])
        try #require(result.diagnostics.count == 3)
        #expect(result.diagnostics[1].text.contains("did you mean 'timeline'?"))
        #expect(result.diagnostics[2].text.contains("did you mean 'bob'?"))
    }

    @Test("rendering: file:line:col: severity: [code] message; fix")
    func rendering() {
        let d = Diagnostic(code: "unknown-person", "refers to person 'bobb'", fix: "did you mean 'bob'?", at: .init(line: 3, column: 7))
        #expect(d.rendered(file: "a.json") == "a.json:3:7: error: [unknown-person] refers to person 'bobb'; did you mean 'bob'?")
        let whole = Diagnostic(.warning, code: "x", "m", at: nil)
        #expect(whole.rendered(file: "a.json") == "a.json: warning: [x] m")
    }

    @Test("sorting: unpositioned first, then by position, then code")
    func sorting() {
        let a = Diagnostic(code: "b", "", at: .init(line: 2, column: 1))
        let b = Diagnostic(code: "a", "", at: .init(line: 2, column: 1))
        let c = Diagnostic(code: "z", "", at: .init(line: 1, column: 9))
        let d = Diagnostic(code: "y", "", at: nil)
        #expect([a, b, c, d].sortedByPosition().map(\.code) == ["y", "z", "a", "b"])
    }

    @Test(arguments: [
        ("timelin", ["timeline", "inventory"], "timeline"),
        ("sesion-opening", ["session-opening", "summary"], "session-opening"),
        ("rapprot", ["rapport", "distress"], "rapport"),
        ("death", ["death-narrative", "summary"], "death-narrative"),
    ])
    func suggestion(word: String, candidates: [String], expected: String) {
        #expect(Suggestions.closest(to: word, in: candidates) == expected)
    }

    @Test("short words and tiny prefixes are not suggested", arguments: [
        ("sam", ["tom", "bob"]),
        ("abcd", ["a", "zz"]),
        ("fbxyz", ["fb", "death"]),
    ])
    func noFarFetchedSuggestion(word: String, candidates: [String]) {
        #expect(Suggestions.closest(to: word, in: candidates) == nil)
    }

    @Test(arguments: [("bobb", ["bob", "tom"], "bob"), ("dan", ["dad", "mum"], "dad"), ("timeline-x", ["timeline", "summary"], "timeline")])
    func nearSuggestion(word: String, candidates: [String], expected: String) {
        #expect(Suggestions.closest(to: word, in: candidates) == expected)
    }

    @Test func noSuggestionForUnrelatedWord() {
        #expect(Suggestions.closest(to: "xylophone", in: ["timeline", "summary"]) == nil)
        #expect(Suggestions.hint(for: "xylophone", in: ["a", "b"], noun: "person") == "valid people are 'a', 'b'")
        #expect(Suggestions.hint(for: "xylophone", in: ["a"], noun: "fact") == "the only fact is 'a'")
        #expect(Suggestions.hint(for: "xylophone", in: ["a", "b"], noun: "repeat policy") == "valid repeat policies are 'a', 'b'")
        #expect(Suggestions.hint(for: "x", in: [], noun: "fact") == "declare the fact first")
    }
}

@Suite("Loader: encodings and line endings")
struct LoaderEncodingTests {
    @Test("a byte-order mark, CRLF line endings and tabs are accepted")
    func bomAndCRLF() throws {
        let text = try Repo.minimalCase.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "    ", with: "\t")
        let result = CaseLoader.load(Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)))
        #expect(result.diagnostics == [])
        #expect(result.case?.id == "minimal")
    }

    @Test("positions are right with CRLF line endings and a byte-order mark")
    func positionsWithCRLF() throws {
        let m = Marked(try Repo.minimalCase.applying([Edit(#""people": ["bob"]"#, #""people": [1️⃣"bobb"]"#)]))
        let crlf = m.text.replacingOccurrences(of: "\n", with: "\r\n")
        let result = CaseLoader.load(Data([0xEF, 0xBB, 0xBF] + Array(crlf.utf8)))
        #expect(result.diagnostics.map(\.position) == [m[1]])
    }

    @Test("an id with a trailing line break is invalid", arguments: [#""bob\n""#, #""bob\r\n""#, #"" bob""#])
    func idWithLineBreak(id: String) throws {
        let m = Marked(try Repo.minimalCase.applying([Edit(#"{"id": "bob","#, #"{"id": 1️⃣"# + id + ",")]))
        let result = Load.text(m.text)
        #expect(result.diagnostics.map(\.code) == ["invalid-id"])
        #expect(result.diagnostics.first?.position == m[1])
    }
}

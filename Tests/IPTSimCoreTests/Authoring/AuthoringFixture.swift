import Foundation
import Testing
@testable import IPTSimCore

/// A recognizer for tests: utterances containing a key phrase carry its techniques.
struct StubRecognizer: Recognizer {
    var table: [(String, [String])] = [
        ("when did", ["timeline"]),
        ("when this started", ["timeline"]),
        ("tell me more", ["exploration"]),
        ("how did you feel", ["affect-elicit"]),
        ("sleep", ["symptom-review"]),
        ("kill yourself", ["suicide-screen"]),
        ("who matters", ["inventory"]),
    ]

    func recognize(_ text: String, context: RecognitionContext) -> Intervention {
        let lower = text.lowercased()
        let techniques = table.filter { lower.contains($0.0) }.flatMap(\.1)
        let form: Form = lower.hasPrefix("how") || lower.hasPrefix("when") || lower.hasPrefix("tell") ? .openQuestion : .information
        var people = context.people.filter { lower.contains($0.name.lowercased()) }.map(\.id)
        // Like the real resolver: "she"/"her" is the most recently mentioned person.
        let words = lower.split(whereSeparator: { !$0.isLetter }).map(String.init)
        if people.isEmpty, words.contains(where: { $0 == "she" || $0 == "her" }), let recent = context.recentPeople.first { people = [recent] }
        return Intervention(text: text, form: form, techniques: techniques, people: people)
    }
}

/// Builds small case files around a session's rules for authoring tests.
enum AuthoringFixture {
    static func json(rules: String, fallbacks: String? = nil, rubric: String? = nil, opportunities: String = "[]",
                     facts: String = #"[{ "id": "told", "description": "told" }, { "id": "secret", "description": "secret" }]"#,
                     variables: String = #"[{ "id": "rapport", "min": 0, "max": 10, "initial": 3 }, { "id": "distress", "min": 0, "max": 10, "initial": 5 }]"#,
                     lexicon: String = "[]", styles: String = #"["plain"]"#, notes: String = "none", sessionFacts: String = "[]") -> String {
        """
        {
          "$schema": "schema/case.schema.json",
          "id": "fixture",
          "version": "1.0.0",
          "title": "Fixture",
          "problemArea": "grief",
          "metadata": { "notes": "\(notes)" },
          "patient": { "name": "Pat Doe", "age": 50, "occupation": "clerk", "presentingComplaint": "low", "history": "none", "styles": \(styles) },
          "people": [ { "id": "ann", "name": "Ann", "relation": "wife", "deceased": true } ],
          "variables": \(variables),
          "facts": \(facts),
          "risk": { "passiveDeathWish": false, "activeIdeation": false, "method": false, "intent": false, "plan": false, "behaviour": false, "priorAttempts": 0 },
          "truth": { "problemArea": "grief", "formulation": "grief" },
          "lexicon": \(lexicon),
          "sessions": [
            {
              "id": "s1", "title": "S1", "phase": "initial", "number": 1, "minutes": 50, "goal": "g", "briefing": "b", "opening": "Hello.",
              "facts": \(sessionFacts),
              "phq9": [1, 1, 1, 1, 1, 1, 1, 1, 0],
              "rules": \(rules),
              "fallbacks": \(fallbacks ?? #"[ { "id": "fb", "level": 0, "variants": [ { "id": "v1", "text": "Hm." } ] } ]"#),
              "rubric": \(rubric ?? #"[ { "id": "G1", "title": "Warmth", "domain": "global", "measure": "warmth", "description": "d", "example": "e" } ]"#),
              "opportunities": \(opportunities)
            }
          ]
        }
        """
    }

    static func load(_ text: String) throws -> (Case, JSONNode, String) {
        let r = CaseLoader.load(Data(text.utf8))
        let c = try #require(r.case, "fixture invalid: \(r.diagnostics.map { $0.rendered(file: "f") })")
        return (c, try #require(r.document), r.versionHash)
    }

    /// Lint findings of one code.
    static func lint(_ text: String, _ code: String) throws -> [Diagnostic] {
        let (c, doc, _) = try load(text)
        return Linter.lint(c, document: doc, recognizer: StubRecognizer()).filter { $0.code == code }
    }

    /// The 1-based line of the first line containing `needle`.
    static func line(of needle: String, in text: String, after: String? = nil) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var start = 0
        if let after, let i = lines.firstIndex(where: { $0.contains(after) }) { start = i }
        return lines[start...].firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }

    static func rule(_ id: String, tier: String = "specific", when: String, repeat: String? = nil, effects: String = "[]",
                     examples: String = "{}", variants: String? = nil, note: String? = nil, extra: String = "") -> String {
        """
        { "id": "\(id)", "tier": "\(tier)", "when": \(when),\(`repeat`.map { #" "repeat": "\#($0)","# } ?? "")
          "variants": \(variants ?? #"[ { "id": "v1", "text": "Reply of \#(id)." } ]"#),
          "effects": \(effects),\(note.map { #" "note": "\#($0)","# } ?? "")\(extra)
          "examples": \(examples) }
        """
    }
}

import Foundation
import Testing
@testable import IPTSimCore

@Suite("Lint rules: each triggers, and narrowly does not")
struct LintRuleTests {
    typealias F = AuthoringFixture

    @Test func exampleMismatch() throws {
        let bad = F.json(rules: "[" + F.rule("r1", when: #"{ "techniques": ["timeline"] }"#,
                                             examples: "{ \"match\": [\"When did it start?\",\n \"Tell me more please\"],\n \"noMatch\": [\"When did you stop?\"] }") + "]")
        let found = try F.lint(bad, "example-mismatch")
        #expect(found.count == 2)
        #expect(found.map(\.position?.line) == [F.line(of: "Tell me more please", in: bad), F.line(of: "When did you stop?", in: bad)])
        #expect(found.allSatisfy { $0.severity == .error })
        #expect(found[0].message.contains("Tell me more please"))
        let good = F.json(rules: "[" + F.rule("r1", when: #"{ "techniques": ["timeline"] }"#,
                                              examples: #"{ "match": ["When did it start?"], "noMatch": ["Tell me more"] }"#) + "]")
        #expect(try F.lint(good, "example-mismatch").isEmpty)
    }

    @Test func exampleMismatchIgnoresStateConditions() throws {
        // The rule needs a fact and high rapport, but its example is judged on the utterance only.
        let text = F.json(rules: "[" + F.rule("r1", when: #"{ "techniques": ["timeline"], "facts": ["told"], "vars": [{ "name": "rapport", "gte": 9 }] }"#,
                                              examples: #"{ "match": ["When did it start?"] }"#) + "]")
        #expect(try F.lint(text, "example-mismatch").isEmpty)
    }

    @Test func exampleMismatchReadsPronounsAsTheRulesPerson() throws {
        // In a rule about Ann, "she" in an example is Ann, as it would be in the session.
        let pronoun = F.json(rules: "[" + F.rule("r1", when: #"{ "techniques": ["affect-elicit"], "people": ["ann"] }"#,
                                                 examples: #"{ "match": ["How did you feel when she died?"] }"#) + "]")
        #expect(try F.lint(pronoun, "example-mismatch").isEmpty)
        // An example that names nobody and has no pronoun still mentions nobody.
        let nobody = F.json(rules: "[" + F.rule("r1", when: #"{ "techniques": ["affect-elicit"], "people": ["ann"] }"#,
                                                examples: #"{ "match": ["How did you feel that day?"] }"#) + "]")
        let found = try F.lint(nobody, "example-mismatch")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("ann") == true)
    }

    @Test func exampleBlocked() throws {
        let rules = [
            F.rule("low", tier: "general", when: #"{ "techniques": ["timeline"] }"#, examples: "{ \"match\": [\"When did it start?\"] }"),
            F.rule("high", tier: "specific", when: #"{ "techniques": ["timeline"] }"#, examples: #"{ "match": ["When did you notice?"] }"#),
        ]
        let bad = F.json(rules: "[" + rules.joined(separator: ",\n") + "]")
        let found = try F.lint(bad, "example-blocked")
        #expect(found.count == 1)
        #expect(found.first?.position?.line == F.line(of: "When did it start?", in: bad))
        #expect(found.first?.message.contains("'high'") == true)
        // Narrowly not: the two rules cannot be eligible together (fact told vs not told).
        let apart = [
            F.rule("low", tier: "general", when: #"{ "techniques": ["timeline"], "facts": ["told"] }"#, examples: #"{ "match": ["When did it start?"] }"#),
            F.rule("high", tier: "specific", when: #"{ "techniques": ["timeline"], "notFacts": ["told"] }"#, examples: #"{ "match": ["When did you notice?"] }"#),
            F.rule("teller", when: #"{ "techniques": ["exploration"] }"#, effects: #"[{ "fact": "told" }]"#, examples: #"{ "match": ["Tell me more"] }"#),
        ]
        #expect(try F.lint(F.json(rules: "[" + apart.joined(separator: ",\n") + "]"), "example-blocked").isEmpty)
    }

    @Test func exampleBlockedBySafetyBuiltin() throws {
        let bad = F.json(rules: "[" + F.rule("ann", when: #"{ "people": ["ann"] }"#,
                                             examples: "{ \"match\": [\"Did Ann know you wanted to kill yourself?\"] }") + "]")
        let found = try F.lint(bad, "example-blocked")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("built-in") == true)
        #expect(found.first?.position?.line == F.line(of: "Did Ann know", in: bad))
        let ok = F.json(rules: "[" + F.rule("ann", when: #"{ "people": ["ann"] }"#, examples: #"{ "match": ["What was Ann like?"] }"#) + "]")
        #expect(try F.lint(ok, "example-blocked").isEmpty)
    }

    @Test func unreachableRuleByVariable() throws {
        func text(_ repeatPolicy: String) -> String {
            F.json(rules: "[" + [
                F.rule("warm", when: #"{ "techniques": ["exploration"] }"#, repeat: repeatPolicy, effects: #"[{ "var": "rapport", "add": 1 }]"#),
                F.rule("deep", when: "{ \"techniques\": [\"timeline\"],\n \"vars\": [{ \"name\": \"rapport\", \"gte\": 8 }] }"),
            ].joined(separator: ",\n") + "]")
        }
        let bad = text("once")
        let found = try F.lint(bad, "unreachable-rule")
        #expect(found.count == 1)
        #expect(found.first?.position?.line == F.line(of: "\"gte\": 8", in: bad))
        #expect(found.first?.message.contains("3…4") == true)
        #expect(try F.lint(text("always"), "unreachable-rule").isEmpty)
    }

    @Test func unreachableRuleByFactAndFired() throws {
        let bad = F.json(rules: "[" + [
            F.rule("needs", when: "{ \"techniques\": [\"timeline\"],\n \"facts\": [\"secret\"] }"),
            F.rule("after", when: "{ \"techniques\": [\"exploration\"],\n \"fired\": [\"needs\"] }"),
        ].joined(separator: ",\n") + "]")
        let found = try F.lint(bad, "unreachable-rule")
        #expect(found.count == 2)
        #expect(found.map(\.position?.line) == [F.line(of: "\"facts\": [\"secret\"]", in: bad), F.line(of: "\"fired\": [\"needs\"]", in: bad)])
        let good = F.json(rules: "[" + [
            F.rule("needs", when: #"{ "techniques": ["timeline"], "facts": ["secret"] }"#),
            F.rule("after", when: #"{ "techniques": ["exploration"], "fired": ["needs"] }"#),
            F.rule("tells", when: #"{ "techniques": ["inventory"] }"#, effects: #"[{ "fact": "secret" }]"#),
        ].joined(separator: ",\n") + "]")
        #expect(try F.lint(good, "unreachable-rule").isEmpty)
    }

    @Test func unusedState() throws {
        let bad = F.json(rules: "[" + F.rule("r", when: #"{ "techniques": ["timeline"] }"#, effects: #"[{ "fact": "told" }, { "fact": "secret" }]"#) + "]",
                         facts: "[{ \"id\": \"told\", \"description\": \"t\" },\n { \"id\": \"secret\", \"description\": \"s\" }]")
        let found = try F.lint(bad, "unused-state")
        #expect(found.count == 2)
        #expect(found.map(\.position?.line) == [F.line(of: "\"id\": \"told\"", in: bad), F.line(of: "\"id\": \"secret\"", in: bad)])
        let good = F.json(rules: "[" + [
            F.rule("r", when: #"{ "techniques": ["timeline"] }"#, effects: #"[{ "fact": "told" }, { "fact": "secret" }]"#),
            F.rule("r2", when: #"{ "techniques": ["exploration"], "facts": ["told", "secret"] }"#),
        ].joined(separator: ",\n") + "]")
        #expect(try F.lint(good, "unused-state").isEmpty)
    }

    @Test func unsetState() throws {
        let bad = F.json(rules: "[" + F.rule("r", when: "{ \"techniques\": [\"timeline\"],\n \"facts\": [\"secret\"] }") + "]")
        let found = try F.lint(bad, "unset-state")
        #expect(found.count == 1)
        #expect(found.first?.position?.line == F.line(of: "\"facts\": [\"secret\"]", in: bad))
        let good = F.json(rules: "[" + F.rule("r", when: #"{ "techniques": ["timeline"], "facts": ["secret"] }"#) + "]", sessionFacts: #"["secret"]"#)
        #expect(try F.lint(good, "unset-state").isEmpty)
    }

    @Test func exhaustibleTechnique() throws {
        let bad = F.json(rules: "[" + F.rule("only", when: #"{ "techniques": ["exploration"] }"#) + "]")
        let found = try F.lint(bad, "exhaustible-technique")
        #expect(found.count == 1)
        #expect(found.first?.position?.line == F.line(of: "\"id\": \"only\"", in: bad))
        let good = F.json(rules: "[" + F.rule("only", when: #"{ "techniques": ["exploration"] }"#, repeat: "cooldown 2") + "]")
        #expect(try F.lint(good, "exhaustible-technique").isEmpty)
        // Assessment moves such as the timeline are naturally done once.
        #expect(try F.lint(F.json(rules: "[" + F.rule("once", when: #"{ "techniques": ["timeline"] }"#) + "]"), "exhaustible-technique").isEmpty)
    }

    @Test func exhaustibleTechniqueChecksOnlyTheCasesProblemAreas() throws {
        // The fixture is a grief case: a grief strategy answered once runs out...
        let own = F.json(rules: "[" + F.rule("rr", when: #"{ "techniques": ["relationship-review"] }"#) + "]")
        #expect(try F.lint(own, "exhaustible-technique").count == 1)
        // ...but a role-dispute strategy is a wrong turn; a once-only redirect is the intended answer.
        let other = F.json(rules: "[" + F.rule("wrong-area", when: #"{ "techniques": ["dispute-identify"] }"#) + "]")
        #expect(try F.lint(other, "exhaustible-technique").isEmpty)
    }

    @Test func suppressionNeedsAReason() throws {
        let justified = F.json(rules: "[" + F.rule("only", when: #"{ "techniques": ["exploration"] }"#, note: "lint-ignore: exhaustible-technique the story is told once") + "]")
        #expect(try F.lint(justified, "exhaustible-technique").isEmpty)
        let bare = F.json(rules: "[" + F.rule("only", when: #"{ "techniques": ["exploration"] }"#, note: "lint-ignore: exhaustible-technique") + "]")
        #expect(try F.lint(bare, "exhaustible-technique").count == 1)
        let unjustified = try F.lint(bare, Linter.suppressionCode)
        #expect(unjustified.count == 1)
        #expect(unjustified.first?.position?.line == F.line(of: "lint-ignore", in: bare))
        let fileWide = F.json(rules: "[" + F.rule("only", when: #"{ "techniques": ["exploration"] }"#) + "]", notes: "lint-ignore: exhaustible-technique a one-scene case")
        #expect(try F.lint(fileWide, "exhaustible-technique").isEmpty)
    }

    @Test func unreachableVariant() throws {
        let variants = "[ { \"id\": \"a\", \"text\": \"A.\" },\n { \"id\": \"b\", \"text\": \"B.\" } ]"
        let bad = F.json(rules: "[" + F.rule("r", when: #"{ "techniques": ["timeline"] }"#, variants: variants, extra: #" "selection": "first","#) + "]")
        let found = try F.lint(bad, "unreachable-variant")
        #expect(found.count == 1)
        #expect(found.first?.position?.line == F.line(of: "\"id\": \"b\"", in: bad))
        let conditional = "[ { \"id\": \"a\", \"text\": \"A.\", \"when\": { \"facts\": [\"told\"] } },\n { \"id\": \"b\", \"text\": \"B.\" } ]"
        let good = F.json(rules: "[" + F.rule("r", when: #"{ "techniques": ["timeline"] }"#, variants: conditional, extra: #" "selection": "first","#) + "]")
        #expect(try F.lint(good, "unreachable-variant").isEmpty)
        let styled = "[ { \"id\": \"plain\", \"text\": \"P.\", \"style\": \"plain\" },\n { \"id\": \"any\", \"text\": \"Q.\" } ]"
        let shadowed = F.json(rules: "[" + F.rule("r", when: #"{ "techniques": ["timeline"] }"#, variants: styled, extra: #" "selection": "first","#) + "]")
        #expect(try F.lint(shadowed, "unreachable-variant").first?.position?.line == F.line(of: "\"id\": \"any\"", in: shadowed))
        // With a sequence the unstyled variant is the line said on a repeat.
        let again = F.json(rules: "[" + F.rule("r", when: #"{ "techniques": ["timeline"] }"#, variants: styled, extra: #" "selection": "sequence", "repeat": "always","#) + "]")
        #expect(try F.lint(again, "unreachable-variant").isEmpty)
    }

    @Test func unproducibleEvidence() throws {
        let rubric = "[ { \"id\": \"I1\", \"title\": \"t\", \"domain\": \"initial\", \"description\": \"d\", \"example\": \"e\",\n \"levels\": [ { \"rating\": 4, \"evidence\": { \"facts\": [\"secret\"] } } ] } ]"
        let bad = F.json(rules: "[" + F.rule("r", when: #"{ "techniques": ["timeline"] }"#) + "]", rubric: rubric)
        let found = try F.lint(bad, "unproducible-evidence")
        #expect(found.count == 1)
        #expect(found.first?.position?.line == F.line(of: "\"levels\"", in: bad))
        let good = F.json(rules: "[" + F.rule("r", when: #"{ "techniques": ["timeline"] }"#, effects: #"[{ "fact": "secret" }]"#) + "]", rubric: rubric)
        #expect(try F.lint(good, "unproducible-evidence").isEmpty)
    }

    @Test func deadOpportunity() throws {
        let opportunity = "[ { \"id\": \"o1\", \"description\": \"d\", \"window\": 2, \"techniques\": [\"affect-elicit\"], \"example\": \"e\",\n \"cue\": { \"fact\": \"secret\" } } ]"
        let bad = F.json(rules: "[" + F.rule("r", when: #"{ "techniques": ["timeline"] }"#) + "]", opportunities: opportunity)
        let found = try F.lint(bad, "dead-opportunity")
        #expect(found.count == 1)
        #expect(found.first?.position?.line == F.line(of: "\"cue\"", in: bad))
        let good = F.json(rules: "[" + F.rule("r", when: #"{ "techniques": ["timeline"] }"#, effects: #"[{ "fact": "secret" }]"#) + "]", opportunities: opportunity)
        #expect(try F.lint(good, "dead-opportunity").isEmpty)
    }

    @Test func broadPattern() throws {
        let bad = F.json(rules: "[" + [
            F.rule("a", when: "{ \"text\": \"you\" }"),
            F.rule("b", when: "{ \"text\": \"* sleep well\" }"),
        ].joined(separator: ",\n") + "]")
        let found = try F.lint(bad, "broad-pattern")
        #expect(found.map(\.position?.line) == [F.line(of: "\"text\": \"you\"", in: bad), F.line(of: "* sleep well", in: bad)])
        let good = F.json(rules: "[" + F.rule("a", when: #"{ "text": "sleep well" }"#) + "]")
        #expect(try F.lint(good, "broad-pattern").isEmpty)
    }

    @Test func missingExamples() throws {
        let bad = F.json(rules: "[" + F.rule("bare", when: #"{ "techniques": ["timeline"] }"#) + "]")
        let found = try F.lint(bad, "missing-examples")
        #expect(found.first?.position?.line == F.line(of: "\"id\": \"bare\"", in: bad))
        let good = F.json(rules: "[" + F.rule("bare", when: #"{ "techniques": ["timeline"] }"#, examples: #"{ "match": ["When did it start?"] }"#) + "]")
        #expect(try F.lint(good, "missing-examples").isEmpty)
    }

    @Test func todo() throws {
        let bad = F.json(rules: "[" + F.rule("r", when: #"{ "techniques": ["timeline"] }"#, variants: "[ { \"id\": \"v1\",\n \"text\": \"TODO: write it\" } ]") + "]")
        let found = try F.lint(bad, "todo")
        #expect(found.count == 1)
        #expect(found.first?.position?.line == F.line(of: "TODO: write it", in: bad))
        #expect(found.first?.severity == .error)
        #expect(try F.lint(F.json(rules: "[" + F.rule("r", when: #"{ "techniques": ["timeline"] }"#) + "]"), "todo").isEmpty)
    }

    @Test func everyRuleHasAStableCodeAndExplanation() {
        let codes = Linter.rules.map(\.code)
        #expect(Set(codes).count == codes.count)
        for r in Linter.rules {
            #expect(r.code.allSatisfy { $0.isLowercase || $0 == "-" })
            #expect(r.explanation.count > 100)
        }
    }
}

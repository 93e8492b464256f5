import Foundation
import Testing
@testable import IPTSimCore

/// Every property the schema declares must decode into the Codable model: a document with every
/// property filled is decoded, encoded again and compared key by key.
@Suite("Decoding: the schema and the Codable model agree")
struct DecodingTests {
    /// A value for `schema` with every property present (recursion cut at `depth`).
    static func example(_ schema: Schema, depth: Int = 0, requiredOnly: Bool = false) -> JSONOut {
        switch schema {
        case .ref(let name):
            return CaseSchema.document.definition(name).map { example($0, depth: depth, requiredOnly: requiredOnly) } ?? .null
        case .object(let o):
            var members: [(String, JSONOut)] = []
            for p in o.properties {
                let oneOfFirst = o.exactlyOne && o.oneOfKeys?.first == p.name
                if (depth > 2 || requiredOnly) && !p.required && !oneOfFirst { continue }
                if let keys = o.oneOfKeys, keys.contains(p.name), p.name != keys[0] { continue }
                members.append((p.name, example(p.schema, depth: depth + 1, requiredOnly: requiredOnly)))
            }
            return .object(members)
        case .map(let value, _): return .object([("rapport", example(value, depth: depth + 1, requiredOnly: requiredOnly))])
        case .array(let items, _, let minItems, _, _):
            return .array(Array(repeating: example(items, depth: depth + 1, requiredOnly: requiredOnly), count: max(1, minItems ?? 1)))
        case .string(let s):
            if let v = s.values?.first { return .string(v) }
            if s.pattern == RepeatPolicy.pattern { return .string("cooldown 2") }
            return .string(s.pattern == nil ? "text" : "1.0")
        case .integer(_, let min, _): return .int(min ?? 1)
        case .number(_, let min, _): return .double(min ?? 1)
        case .boolean: return .bool(true)
        }
    }

    /// The example with each other member of its one-of group in place of the first, so that
    /// those are decoded too.
    static func alternatives(_ name: String) -> [JSONOut] {
        guard case .object(let o)? = CaseSchema.document.definition(name), let keys = o.oneOfKeys,
              case .object(let members) = example(.ref(name)) else { return [] }
        return keys.dropFirst().map { key in
            let p = o.properties.first { $0.name == key }!
            return .object(members.filter { $0.0 != keys[0] } + [(key, example(p.schema, depth: 1))])
        }
    }

    static func lostKeys<T: Codable>(_ type: T.Type, _ json: JSONOut) throws -> [String] {
        let text = json.rendered(indent: nil)
        let decoded = try JSONDecoder().decode(T.self, from: Data(text.utf8))
        let encoded = try JSONEncoder().encode(decoded)
        let a = try #require(JSONScanner.parse(text).node), b = try #require(JSONScanner.parse(Array(encoded)).node)
        var lost: [String] = []
        func compare(_ a: JSONNode, _ b: JSONNode, _ path: String) {
            switch (a.value, b.value) {
            case (.object(let members), .object):
                for m in members {
                    guard let v = b[m.key] else { lost.append(path + "." + m.key); continue }
                    compare(m.value, v, path + "." + m.key)
                }
            case (.array(let x), .array(let y)):
                for (i, e) in x.enumerated() where i < y.count { compare(e, y[i], path + "[\(i)]") }
            default:
                if a.value != b.value { lost.append(path + " (value changed)") }
            }
        }
        compare(a, b, "")
        return lost
    }

    struct Definition: Sendable, CustomTestStringConvertible {
        var name: String
        var check: @Sendable (JSONOut) throws -> [String]
        var testDescription: String { name }
    }

    static let definitions: [Definition] = [
        .init(name: "Case") { try lostKeys(Case.self, $0) },
        .init(name: "Metadata") { try lostKeys(CaseMetadata.self, $0) },
        .init(name: "Patient") { try lostKeys(Patient.self, $0) },
        .init(name: "Person") { try lostKeys(Person.self, $0) },
        .init(name: "Concept") { try lostKeys(Concept.self, $0) },
        .init(name: "Variable") { try lostKeys(Variable.self, $0) },
        .init(name: "Fact") { try lostKeys(Fact.self, $0) },
        .init(name: "Risk") { try lostKeys(RiskProfile.self, $0) },
        .init(name: "RiskReplies") { try lostKeys(RiskReplies.self, $0) },
        .init(name: "Truth") { try lostKeys(Truth.self, $0) },
        .init(name: "LexiconEntry") { try lostKeys(LexiconEntry.self, $0) },
        .init(name: "Session") { try lostKeys(Session.self, $0) },
        .init(name: "Rule") { try lostKeys(Rule.self, $0) },
        .init(name: "Fallback") { try lostKeys(Fallback.self, $0) },
        .init(name: "Variant") { try lostKeys(Variant.self, $0) },
        .init(name: "Effect") { try lostKeys(Effect.self, $0) },
        .init(name: "Examples") { try lostKeys(Examples.self, $0) },
        .init(name: "Condition") { try lostKeys(Condition.self, $0) },
        .init(name: "VarTest") { try lostKeys(VarTest.self, $0) },
        .init(name: "Window") { try lostKeys(Window.self, $0) },
        .init(name: "RubricItem") { try lostKeys(RubricItem.self, $0) },
        .init(name: "RubricLevel") { try lostKeys(RubricLevel.self, $0) },
        .init(name: "Evidence") { try lostKeys(Evidence.self, $0) },
        .init(name: "Opportunity") { try lostKeys(Opportunity.self, $0) },
        .init(name: "Cue") { try lostKeys(Cue.self, $0) },
    ]

    @Test("every schema definition has a Codable type here")
    func allDefinitionsCovered() {
        #expect(Set(Self.definitions.map(\.name)) == Set(CaseSchema.document.definitions.map(\.name)))
    }

    @Test("every property of the definition decodes into the model", arguments: definitions)
    func everyPropertyDecodes(_ d: Definition) throws {
        let example = Self.example(.ref(d.name))
        #expect(try d.check(example) == [])
        for alternative in Self.alternatives(d.name) {
            #expect(try d.check(alternative) == [])
        }
    }

    @Test("a definition with only its required properties decodes (the model requires nothing more)", arguments: definitions)
    func requiredOnlyDecodes(_ d: Definition) throws {
        #expect(try d.check(Self.example(.ref(d.name), requiredOnly: true)) == [])
    }

    @Test("the sample decodes its features into the right values")
    func sampleValues() throws {
        let c = try Load.sample()
        let s = try #require(c.session("initial"))
        let rule = { (id: String) in s.rules.first { $0.id == id } }
        #expect(rule("sleep")?.repeatPolicy == .max(2))
        #expect(rule("manager-vent")?.repeatPolicy == .cooldown(2))
        #expect(rule("partner")?.repeatPolicy == .always)
        #expect(rule("onset")?.repeatPolicy == .once)
        #expect(rule("partner")?.selection == .shuffle)
        #expect(rule("onset")?.followUps == ["onset-detail"])
        #expect(rule("onset-detail")?.tier == .followUp)
        #expect(rule("onset")?.variants.map(\.style) == [.plain, .reserved])
        #expect(rule("onset-detail")?.when?.any?.count == 2)
        #expect(rule("asked-for-it")?.when?.all?.count == 2)
        #expect(rule("team-loss")?.when?.vars == [VarTest(name: "rapport", gte: 4)])
        #expect(rule("late-tired")?.when?.clock == Window(from: 15))
        #expect(rule("focus-agreed")?.when?.turn == Window(from: 3))
        #expect(rule("sleep")?.examples?.match == ["How have you been sleeping?"])
        #expect(rule("minimized")?.effects?.first == Effect(var: "rapport", add: -2))
        #expect(s.fallbacks.map(\.level) == [0, 2, 1])
        #expect(s.rubric.first?.measure == .warmth)
        #expect(s.opportunities?.map(\.cue) == [Cue(fact: "misses-team"), Cue(rule: "onset"), Cue(riskCue: true)])
        #expect(s.phq9Total == 15)
        let middle = try #require(c.session("middle"))
        #expect(middle.state == ["rapport": 6, "openness": 3])
        #expect(middle.rubric.last?.applicableWhen?.facts == ["agreed-focus"])
        #expect(c.lexicon?.first?.technique == "old-role")
        #expect(c.person("mother")?.isDeceased == true)
        #expect(c.risk.replies?.activeThoughts == ["No. Tired, not that."])
        #expect(c.session(nil)?.id == "initial")
        #expect(c.session("nope") == nil)
    }
}

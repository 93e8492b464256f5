import Foundation
import Testing
@testable import IPTSimCore
import IPTSimScenarios

@Suite("Schema: one source of truth")
struct SchemaTests {
    @Test("the committed JSON Schema equals the generated one")
    func committedSchemaIsCurrent() throws {
        let committed = try Repo.text("Scenarios/schema/case.schema.json")
        #expect(committed == CaseSchema.document.jsonSchemaText(),
                "regenerate it: swift run iptsim schema > Scenarios/schema/case.schema.json")
    }

    @Test("the generated JSON Schema is valid JSON and every $ref resolves")
    func generatedSchemaIsValid() throws {
        let text = CaseSchema.document.jsonSchemaText()
        let (node, diagnostics) = JSONScanner.parse(text)
        #expect(diagnostics == [])
        let root = try #require(node)
        let defs = Set(try #require(root["$defs"]?.members).map(\.key))
        var refs: [String] = []
        func walk(_ n: JSONNode) {
            switch n.value {
            case .object(let members):
                for m in members {
                    if m.key == "$ref", let r = m.value.string { refs.append(r) }
                    walk(m.value)
                }
            case .array(let elements): elements.forEach(walk)
            default: break
            }
        }
        walk(root)
        #expect(refs.count > 20)
        for ref in refs {
            #expect(ref.hasPrefix("#/$defs/"))
            #expect(defs.contains(String(ref.dropFirst("#/$defs/".count))), "dangling \(ref)")
        }
        // Foundation agrees that it is JSON.
        _ = try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test("every definition in the DSL is referenced and every ref names a definition")
    func definitionsAreUsed() {
        var referenced: Set<String> = [CaseSchema.document.root]
        func walk(_ s: Schema) {
            switch s {
            case .object(let o): o.properties.forEach { walk($0.schema) }
            case .map(let v, _): walk(v)
            case .array(let items, _, _, _, _): walk(items)
            case .ref(let name): referenced.insert(name)
            default: break
            }
        }
        for (_, s) in CaseSchema.document.definitions { walk(s) }
        let defined = Set(CaseSchema.document.definitions.map(\.name))
        #expect(referenced == defined)
    }

    @Test("the sample case round-trips through the Codable model and uses only known keys")
    func sampleRoundTrip() throws {
        let original = try Load.sample()
        let data = try JSONEncoder().encode(original)
        let again = try JSONDecoder().decode(Case.self, from: data)
        #expect(again == original)
        // Every key of the document is known to the model: re-encoding loses nothing.
        let source = try #require(JSONScanner.parse(try Repo.sampleCase).node)
        let encoded = try #require(JSONScanner.parse(Array(data)).node)
        var lost: [String] = []
        func compare(_ a: JSONNode, _ b: JSONNode, _ path: String) {
            switch (a.value, b.value) {
            case (.object(let am), .object):
                for m in am {
                    guard let bv = b[m.key] else { lost.append(path + "." + m.key); continue }
                    compare(m.value, bv, path + "." + m.key)
                }
            case (.array(let ae), .array(let be)):
                for (i, e) in ae.enumerated() where i < be.count { compare(e, be[i], path + "[\(i)]") }
            default: break
            }
        }
        compare(source, encoded, "")
        #expect(lost == [])
    }

    @Test("the sample case uses every property the schema declares but a known few")
    func sampleUsesEveryFeature() throws {
        let source = try #require(JSONScanner.parse(try Repo.sampleCase).node)
        var used: [String: Set<String>] = [:]
        func walk(_ n: JSONNode, _ schema: Schema) {
            switch schema {
            case .ref(let name):
                guard let def = CaseSchema.document.definition(name) else { return }
                if case .object(let o) = def, let members = n.members {
                    for m in members {
                        used[name, default: []].insert(m.key)
                        if let p = o.properties.first(where: { $0.name == m.key }) { walk(m.value, p.schema) }
                    }
                } else {
                    walk(n, def)
                }
            case .array(let items, _, _, _, _): n.elements?.forEach { walk($0, items) }
            case .map(let v, _): n.members?.forEach { walk($0.value, v) }
            default: break
            }
        }
        walk(source, .ref(CaseSchema.document.root))
        var missing: Set<String> = []
        for (name, schema) in CaseSchema.document.definitions {
            guard case .object(let o) = schema else { continue }
            for p in o.properties where !(used[name] ?? []).contains(p.name) { missing.insert("\(name).\(p.name)") }
        }
        // A dispute stage only makes sense in a role-dispute case; the sample is a transition.
        // The list is exact so that a feature dropped from the sample is noticed.
        let notInSample: Set<String> = ["Truth.disputeStage"]
        #expect(missing == notInSample)
    }

    @Test("every case file in Scenarios validates", arguments: Repo.scenarioFiles())
    func scenarioValidates(file: String) throws {
        let result = Load.text(try Repo.text("Scenarios/" + file))
        #expect(result.diagnostics.filter { $0.severity == .error } == [], "\(result.diagnostics.map { $0.rendered(file: file) })")
        #expect(result.isValid)
    }

    @Test("Embedded.swift matches the Scenarios folder (run scripts/embed-scenarios.py)")
    func embeddedIsCurrent() throws {
        let files = Repo.scenarioFiles()
        #expect(EmbeddedScenarios.files.map(\.path) == files.map { "Scenarios/" + $0 })
        for (path, contents) in EmbeddedScenarios.files {
            var text = try Repo.text(path)
            while text.hasSuffix("\n") { text.removeLast() }
            #expect(contents == text, "\(path) differs from its embedded copy")
        }
    }

    @Test("repeat policies parse and print", arguments: ["once", "always", "cooldown 3", "max 2"])
    func repeatPolicy(text: String) throws {
        let p = try #require(RepeatPolicy(parsing: text))
        #expect(p.description == text)
        #expect(text.wholeMatch(of: try Regex(RepeatPolicy.pattern)) != nil)
    }

    @Test("invalid repeat policies are rejected", arguments: ["twice", "cooldown", "cooldown 0", "max -1", "once 2", ""])
    func invalidRepeatPolicy(text: String) throws {
        #expect(RepeatPolicy(parsing: text) == nil)
        #expect(text.wholeMatch(of: try Regex(RepeatPolicy.pattern)) == nil)
    }
}

@Suite("Catalogue consistency")
struct CatalogueTests {
    @Test("technique ids are unique, kebab-case and include every id the built-ins use")
    func techniqueIDs() throws {
        let ids = TechniqueCatalogue.ids
        #expect(Set(ids).count == ids.count)
        let kebab = try Regex("^[a-z]+(-[a-z0-9]+)*$")
        for id in ids { #expect(id.wholeMatch(of: kebab) != nil, "\(id)") }
        for id in Builtins.safetyTechniques + ["measure"] { #expect(ids.contains(id), "\(id)") }
    }

    @Test("built-in concept sets are non-empty and their phrases have words")
    func builtinConcepts() {
        for name in BuiltinConcepts.names {
            let phrases = BuiltinConcepts.phrases(name)
            #expect(!phrases.isEmpty)
            #expect(phrases.allSatisfy { !$0.isEmpty }, "\(name)")
            #expect(name.wholeMatch(of: /[a-z0-9._-]+/) != nil, "usable as ~\(name) in a pattern")
        }
    }

    @Test("the PHQ-9 has nine items and four answers")
    func phq9Tables() {
        #expect(Builtins.phq9Items.count == 9)
        #expect(Builtins.phq9Answers.count == 4)
    }
}

import Foundation
import Testing
@testable import IPTSimCore

@Suite("Example bank: the nearest labelled examples")
struct ExampleBankTests {
    private struct Item: Decodable { var text: String; var techniques: [String]; var split: String? }

    /// What scripts/build-example-bank.py would embed, rebuilt from the sources.
    private func expectedSource() throws -> String {
        let dir = Repo.url("Data/example-bank").path
        var paths = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".jsonl") }.sorted().map { "Data/example-bank/" + $0 }
        paths.append("Tests/IPTSimCoreTests/Fixtures/corpus/utterances.jsonl")
        var seen = Set<String>()
        for line in try Repo.text("Tests/IPTSimCoreTests/Fixtures/corpus/utterances.jsonl").split(separator: "\n") {
            let item = try JSONDecoder().decode(Item.self, from: Data(line.utf8))
            if item.split == "dev" { seen.insert(item.text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()) }
        }
        var lines: [String] = []
        for path in paths {
            let skipDev = path.hasPrefix("Tests/")
            for line in try Repo.text(path).split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                let item = try JSONDecoder().decode(Item.self, from: Data(line.utf8))
                if skipDev && item.split == "dev" { continue }
                let text = item.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                guard !text.isEmpty, seen.insert(text.lowercased()).inserted else { continue }
                lines.append("\(item.techniques.first ?? "")\t\(text)")
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test("ExampleBank+Data.swift matches Data/example-bank and the corpus's tuning split (run scripts/build-example-bank.py)")
    func embeddedBankIsCurrent() throws {
        #expect(ExampleBank.source == (try expectedSource()))
    }

    @Test("every example's technique is a catalogue id, and no corpus dev item is in the bank")
    func labelsAreCatalogueIDs() throws {
        let bank = ExampleBank.shared
        #expect(bank.examples.count > 2_500)
        for e in bank.examples where !e.technique.isEmpty { #expect(TechniqueCatalogue.info(e.technique) != nil, "\(e.technique)") }
        let texts = Set(bank.examples.map { $0.text.lowercased() })
        for line in try Repo.text("Tests/IPTSimCoreTests/Fixtures/corpus/utterances.jsonl").split(separator: "\n") {
            let item = try JSONDecoder().decode(Item.self, from: Data(line.utf8))
            if item.split == "dev" { #expect(!texts.contains(item.text.lowercased()), "dev item in the bank: \(item.text)") }
        }
    }

    @Test("an example votes for its own technique, and the vote is the same every time")
    func nearestIsItself() throws {
        let bank = ExampleBank.shared
        // Examples with enough content words to be compared at all.
        let sample = bank.examples.enumerated().filter { $0.offset % 97 == 0 && !$0.element.technique.isEmpty }
        var own = 0, voted = 0
        for (i, e) in sample {
            guard let v = bank.vote(Normalizer.tokens(e.text)) else { continue }
            voted += 1
            // Terms too common to be looked up still count in its length, so an example is not quite
            // 1.0 like itself; but nothing is nearer to it than itself.
            if let first = v.neighbours.first, bank.examples[first.example].text.lowercased() == e.text.lowercased() {
                #expect(first.similarity > 0.3 && v.neighbours.dropFirst().allSatisfy { $0.similarity <= first.similarity })
            }
            if v.neighbours.first?.example == i { own += 1 }
            let again = bank.vote(Normalizer.tokens(e.text))
            #expect(again?.technique == v.technique && again?.neighbours.map(\.example) == v.neighbours.map(\.example))
        }
        #expect(voted > sample.count / 2)
        #expect(Double(own) >= 0.9 * Double(voted), "an example should be its own nearest neighbour (\(own) of \(voted))")
    }

    @Test("a single shared word is no evidence", arguments: ["Have you talked to Stan?", "What kind of games do you play?", "How often?"])
    func singleWordIsNoEvidence(text: String) {
        let iv = RuleRecognizer().recognize(text, context: .init())
        #expect(!iv.trace.contains { $0.hasPrefix("examples:") }, "\(iv.trace)")
    }

    @Test("the vote fills in what no pattern named, and explain shows the examples")
    func votesWhenPatternsAreSilent() throws {
        // No pattern names what keeps the dispute going here; examples about how rows end do.
        let r = RuleRecognizer()
        var filled = 0
        for text in ["How do the two of you usually end up leaving it?"] {
            let a = r.analyze(text, context: .init())
            if let line = a.intervention.trace.first(where: { $0.hasPrefix("examples:") }) {
                filled += 1
                #expect(line.contains("% of the 20 nearest labelled examples' votes"))
                #expect(a.intervention.scores.first ?? 1 < 0.75)
            }
        }
        #expect(filled >= 1)
    }

    @Test("the examples never name a safety or proscribed move no pattern found, never advice for a question, never over a safety reading")
    func neverSensitive() throws {
        let r = RuleRecognizer()
        var led = 0
        for e in ExampleBank.shared.examples.prefix(3_000) {
            let a = r.analyze(e.text, context: .init())
            let iv = a.intervention
            guard let line = iv.trace.first(where: { $0.hasPrefix("examples:") }), let t = iv.techniques.first else { continue }
            led += 1
            let family = TechniqueCatalogue.family(of: t)
            if family == .safety || family == .proscribed {
                #expect(a.hits.contains { $0.technique == t }, "\(e.text) -> \(t) with no pattern (\(line))")
            }
            #expect(!(iv.form.isQuestion && t == "directive"), "\(e.text)")
        }
        #expect(led > 100)
    }

    @Test("a safety reading the patterns put first stays first, whatever the examples say")
    func safetyLeaderStays() {
        // Examples about friends and family vote inventory for these words; the patterns' suicide screen leads.
        let tokens = Normalizer.tokens("Who in your family have you told about these thoughts of ending your life?")
        #expect(RuleRecognizer.exampleBlend(tokens, ranked: [("suicide-screen", 0.8, 1), ("inventory", 0.79, 2)], area: nil, isQuestion: true, tracing: true) == nil)
        // The same ranking with an ordinary leader may be reordered (here it is not asserted which way).
        let reordered = RuleRecognizer.exampleBlend(tokens, ranked: [("inventory", 0.8, 1), ("suicide-screen", 0.79, 2)], area: nil, isQuestion: true, tracing: false)
        if let r = reordered { #expect(r.0 == 1) }
    }
}

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
            // (Terms too common to be looked up still count in an example's length, so it is not
            // quite 1.0 like itself; the count below is what says it is its own nearest.)
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
        // The nearest examples vote transition-loss ("Sad about giving up work?") for this risk question.
        let tokens = Normalizer.tokens("Do you still feel like giving up?")
        #expect(RuleRecognizer.exampleBlend(tokens, ranked: [("suicide-screen", 0.8, 1), ("affect-elicit", 0.78, 2)], area: nil, isQuestion: true, tracing: false) == nil)
        // With an ordinary leader the same vote does move it: so the nil above is the safety rule's doing.
        let moved = RuleRecognizer.exampleBlend(tokens, ranked: [("affect-elicit", 0.8, 1), ("suicide-screen", 0.79, 2)], area: nil, isQuestion: true, tracing: false)
        #expect(moved != nil)
        // A proscribed leader stays too.
        #expect(RuleRecognizer.exampleBlend(Normalizer.tokens("You shouldn't feel that way."), ranked: [("minimizing", 0.9, 1), ("affect-validate", 0.6, 2)], area: nil, isQuestion: false, tracing: false) == nil)
    }

    @Test("over a guess or a reading the risk follow-ups treat as generic, the examples' own reading is a guess, so a risk follow-up can still be heard")
    func examplesOnlyReadingIsAGuess() {
        let iv = RuleRecognizer().recognize("Do you still feel like giving up?", context: .init())
        if iv.trace.contains(where: { $0.hasPrefix("examples:") }) { #expect((iv.scores.first ?? 1) < 0.75, "\(iv.techniques) \(iv.scores)") }
        // After the patient disclosed, the same words are a safety follow-up.
        let refined = RiskFollowUp.refine(iv, riskTopic: true)
        #expect(TechniqueCatalogue.family(of: refined.techniques.first ?? "") == .safety, "\(refined.techniques)")
    }

    @Test("no reading of the examples' own when the vote leans to a harmful move, or only statements vote for a question",
          arguments: [("You shouldn't feel that way.", "affect-validate"), ("I can hear how tired you are.", "refocus"),
                      ("How do you feel about the future?", "psychoeducation"), ("Do you feel that way today?", "affect-validate")])
    func wary(text: String, not technique: String) {
        let iv = RuleRecognizer().recognize(text, context: .init())
        #expect(iv.techniques.first != technique, "\(text) -> \(iv.techniques)")
    }
}

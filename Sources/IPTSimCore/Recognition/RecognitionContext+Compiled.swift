/// The parts of a `RecognitionContext` the recognizer would otherwise rebuild on every utterance.
/// Immutable once built; a context rebuilds one when the field it comes from is set.
extension RecognitionContext {
    /// The case's people as the `PeopleResolver` reads them, and the phrases of `~person` and `~deceased`.
    final class CompiledPeople: Sendable {
        let entries: [PeopleResolver.Entry]
        let personPhrases: [[String]]
        let deceasedPhrases: [[String]]

        init(_ people: [PersonReference]) {
            entries = PeopleResolver.entries(people)
            personPhrases = entries.flatMap { e in e.phrases + e.relationHeads.map { ["your"] + $0 } }
            deceasedPhrases = entries.filter(\.person.deceased).flatMap { e in e.phrases + e.relationHeads.map { ["your"] + $0 } }
        }
    }

    /// The case concepts' phrases as token lists, by id (a later concept with the same id wins).
    final class CompiledConcepts: Sendable {
        let phrases: [String: [[String]]]

        init(_ concepts: [Concept]) {
            var out: [String: [[String]]] = [:]
            for c in concepts { out[c.id] = c.phrases.map { Normalizer.tokens($0) }.filter { !$0.isEmpty } }
            phrases = out
        }
    }

    /// The case's lexicon entries compiled to rules.
    final class CompiledLexicon: Sendable {
        let rules: [TechniqueRule]

        init(_ entries: [LexiconEntry]) {
            rules = entries.isEmpty ? [] : RuleRecognizer.lexiconRules(entries)
        }
    }

    /// The phrases of a concept as the recognizer's patterns see it: the case's people for
    /// `~person` and `~deceased`, then the case's concepts, then the built-in sets.
    func conceptPhrases(_ name: String) -> [[String]] {
        if name == "person" { return compiledPeople.personPhrases }
        if name == "deceased" { return compiledPeople.deceasedPhrases }
        return compiledConcepts.phrases[name] ?? BuiltinConcepts.compiled[name] ?? []
    }

    /// The phrases of a case concept by id, as `concepts` in the intervention reads them.
    func caseConceptPhrases(_ id: String) -> [[String]] {
        if id == "person" { return compiledPeople.personPhrases }
        if id == "deceased" { return compiledPeople.deceasedPhrases }
        return compiledConcepts.phrases[id] ?? []
    }
}

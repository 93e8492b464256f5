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
            personIndex = PhraseIndex(personPhrases)
            deceasedIndex = PhraseIndex(deceasedPhrases)
        }

        let personIndex: PhraseIndex
        let deceasedIndex: PhraseIndex
    }

    /// The case concepts' phrases as token lists, by id (a later concept with the same id wins).
    final class CompiledConcepts: Sendable {
        let phrases: [String: [[String]]]
        /// `phrases`, indexed by first word for the matcher.
        let index: [String: PhraseIndex]
        /// First token of a phrase -> indices (in `concepts`) of the concepts it may start: only
        /// those can be mentioned by an utterance lacking all other first tokens.
        let byFirstToken: [String: [Int]]
        /// Indices of concepts always worth checking (`person`, `deceased`, a phrase starting with a prefix).
        let always: [Int]
        let count: Int

        init(_ concepts: [Concept]) {
            var out: [String: [[String]]] = [:]
            for c in concepts { out[c.id] = c.phrases.map { Normalizer.tokens($0) }.filter { !$0.isEmpty } }
            phrases = out
            index = out.mapValues(PhraseIndex.init)
            var by: [String: [Int]] = [:]
            var always: [Int] = []
            for (i, c) in concepts.enumerated() {
                let ps = out[c.id] ?? []
                if c.id == "person" || c.id == "deceased" || ps.contains(where: { $0[0].hasSuffix("*") }) { always.append(i); continue }
                for p in ps where by[p[0]]?.last != i { by[p[0], default: []].append(i) }
            }
            byFirstToken = by
            self.always = always
            count = concepts.count
        }

        /// Which concepts (by index) have a phrase whose first token occurs in `tokens`, or must always be checked.
        func candidates(_ tokens: [String]) -> [Bool] {
            var flagged = [Bool](repeating: false, count: count)
            guard count > 0 else { return flagged }
            for i in always { flagged[i] = true }
            for t in tokens {
                if let ids = byFirstToken[t] { for i in ids { flagged[i] = true } }
            }
            return flagged
        }
    }

    /// The case's lexicon entries compiled to rules.
    final class CompiledLexicon: Sendable {
        let rules: [TechniqueRule]
        /// The rules indexed by required words, like the built-in table (`viable` = `mayMatch` on every rule).
        let index: RuleIndex

        init(_ entries: [LexiconEntry]) {
            rules = entries.isEmpty ? [] : RuleRecognizer.lexiconRules(entries)
            index = RuleIndex(rules: rules, concepts: BuiltinConcepts.compiled)
        }
    }

    /// The phrases of a concept as the recognizer's patterns see it: the case's people for
    /// `~person` and `~deceased`, then the case's concepts, then the built-in sets.
    func conceptPhrases(_ name: String) -> [[String]] {
        Self.conceptPhrases(name, compiledPeople, compiledConcepts)
    }

    static func conceptPhrases(_ name: String, _ people: CompiledPeople, _ concepts: CompiledConcepts) -> [[String]] {
        if name == "person" { return people.personPhrases }
        if name == "deceased" { return people.deceasedPhrases }
        return concepts.phrases[name] ?? BuiltinConcepts.compiled[name] ?? []
    }

    /// The built-in concept sets indexed by first word, built once.
    static let builtinIndex: [String: PhraseIndex] = BuiltinConcepts.compiled.mapValues(PhraseIndex.init)

    /// The concepts as `conceptPhrases` gives them, indexed by first word, for `TextPattern.match`.
    struct Concepts: ConceptPhrases {
        let people: CompiledPeople
        let concepts: CompiledConcepts

        func index(_ name: String) -> PhraseIndex? {
            if name == "person" { return people.personIndex }
            if name == "deceased" { return people.deceasedIndex }
            return concepts.index[name] ?? RecognitionContext.builtinIndex[name]
        }

        func phrases(_ name: String) -> [[String]] { index(name)?.phrases ?? [] }

        func candidates(_ name: String, startingWith token: String, _ body: ([String]) -> Bool) -> Bool {
            index(name)?.candidates(startingWith: token, body) ?? false
        }
    }

    /// The phrases of a case concept by id, as `concepts` in the intervention reads them.
    func caseConceptPhrases(_ id: String) -> [[String]] {
        if id == "person" { return compiledPeople.personPhrases }
        if id == "deceased" { return compiledPeople.deceasedPhrases }
        return compiledConcepts.phrases[id] ?? []
    }
}

/// A deliberately small recognizer: a few phrases per technique, sentence-final '?' and opening
/// words for the form, and names, aliases and relations for people. It exists so the engine has
/// an honest baseline; it misses most paraphrases.
public struct KeywordRecognizer: Recognizer {
    public init() {}

    static let table: [(String, [String])] = [
        ("suicide-screen", ["~suicide", "thoughts * (death|dying|dead)", "(wish|wished) * dead", "life * worth living"]),
        ("suicide-detail", ["(how|way) * (do it|kill|end)", "(plan|plans|method) *3 (suicide|end|kill|die)"]),
        ("suicide-history", ["(ever|before) *3 (tried|attempted) *3 (hurt|kill|end|suicide)"]),
        ("means-safety", ["(gun|guns|firearm|rifle|weapons)", "(stored|stockpiled|saved) *2 (pills|medication|tablets)"]),
        ("substance-screen", ["~drink"]),
        ("session-opening", ["(since|last) *2 (time|week|session|met|saw)"]),
        ("symptom-review", ["~sleep", "~appetite", "~energy", "~concentration", "~interest"]),
        ("timeline", ["when * (start|started|begin|began)"]),
        ("inventory", ["(who|people) *3 (important|matter|close)"]),
        ("affect-elicit", ["how * ~feel", "what * ~feel"]),
        ("death-narrative", ["how * (she|he|they) (died|die)", "(tell|talk) * (death|died|day * died)"]),
        ("exploration", ["^tell me more", "^(say|tell) * more", "^what else"]),
        ("empathic-reflection", ["^(it )?sounds like", "^you have been", "^you are"]),
        ("minimizing", ["(move|moving) on", "(cheer|buck) up"]),
        ("false-reassurance", ["(not|wasn't|was not) your fault", "(i am|i'm) sure you (would|will) (never|not)"]),
    ]

    static let compiled: [(String, [TextPattern])] = table.map { t, ps in (t, ps.compactMap { try? TextPattern($0) }) }

    public func recognize(_ text: String, context: RecognitionContext) -> Intervention {
        let tokens = Normalizer.tokens(text)
        let concepts: (String) -> [[String]] = { BuiltinConcepts.phrases($0) }
        var techniques: [String] = []
        var trace: [String] = []
        for (t, patterns) in Self.compiled {
            if let p = patterns.first(where: { $0.match(tokens, concept: concepts) != nil }) {
                techniques.append(t)
                trace.append("\(t): matched '\(p.source)'")
            }
        }
        let form = Self.form(text, tokens)
        return Intervention(text: text, tokens: tokens, form: form, techniques: techniques,
                            scores: techniques.map { _ in 0.5 }, people: Self.people(tokens, context), trace: trace)
    }

    static func form(_ text: String, _ tokens: [String]) -> Form {
        guard let first = tokens.first else { return .other }
        if ["what", "how", "why", "tell", "describe"].contains(first) { return .openQuestion }
        if text.trimmingCharacters(in: .whitespaces).hasSuffix("?") { return .closedQuestion }
        if ["do", "did", "is", "are", "have", "has", "can", "will", "would", "could"].contains(first) { return .closedQuestion }
        if tokens.starts(with: ["you", "should"]) || first == "try" { return .advice }
        if tokens.starts(with: ["it", "sounds"]) || first == "you" || first == "so" { return .reflection }
        if tokens.count <= 2 { return .other }
        return .information
    }

    static func people(_ tokens: [String], _ context: RecognitionContext) -> [String] {
        var out: [String] = []
        for p in context.people {
            let names = [p.name] + p.aliases + ["your \(p.relation)"]
            if names.contains(where: { PatientEngine.contains(tokens, Normalizer.tokens($0)) }) { out.append(p.id) }
        }
        return out
    }
}

extension String {
    func trimmingCharacters(in set: WhitespaceSet) -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

enum WhitespaceSet { case whitespaces }

/// Resolves references to the case's people: names, aliases, relations ("your wife", "your mum")
/// and pronouns ("she", "him"), which go to the most recently mentioned person with that pronoun
/// (in this utterance first, then `context.recentPeople`).
public struct PeopleResolver: Sendable {
    public struct Mention: Sendable, Equatable {
        public var id: String
        public var range: Range<Int>
        public var how: String
    }

    struct Entry: Sendable {
        var person: PersonReference
        var phrases: [[String]]
        var relationHeads: [[String]]
        var pronoun: String
    }

    let entries: [Entry]
    let recent: [String]

    public init(_ context: RecognitionContext) {
        entries = context.compiledPeople.entries
        recent = context.recentPeople
    }

    /// The resolver's view of the people (built once per context, see `RecognitionContext.CompiledPeople`).
    static func entries(_ people: [PersonReference]) -> [Entry] {
        people.map { p in
            var phrases: [[String]] = []
            let name = Normalizer.tokens(p.name)
            if !name.isEmpty {
                phrases.append(name)
                if name.count > 1 { phrases.append([name[0]]) }
            }
            for a in p.aliases { let t = Normalizer.tokens(a); if !t.isEmpty { phrases.append(t) } }
            let rel = Normalizer.tokens(p.relation).filter { !["late", "former", "older", "younger", "elder", "eldest", "youngest", "little", "big", "adult", "the", "his", "her", "my"].contains($0) }
            var heads: [[String]] = []
            if !rel.isEmpty {
                heads.append(rel)
                if let last = rel.last { heads.append([last]) }
                for h in [rel.last ?? ""] { for syn in Self.synonyms[h] ?? [] { heads.append(Normalizer.tokens(syn)) } }
            }
            let pronoun = p.pronoun?.lowercased() ?? Self.inferPronoun(rel)
            return Entry(person: p, phrases: phrases, relationHeads: heads, pronoun: pronoun)
        }
    }

    static let synonyms: [String: [String]] = [
        "mother": ["mom", "mommy", "ma"], "mom": ["mother"], "father": ["dad", "daddy", "pa"], "dad": ["father"],
        "husband": ["partner", "hubby"], "wife": ["partner"], "partner": [], "grandmother": ["grandma", "nan", "nana", "granny", "gran"],
        "grandfather": ["grandpa", "grandad", "granddad"], "son": ["boy"], "daughter": ["girl"], "boss": ["manager", "supervisor"],
        "manager": ["boss"], "friend": ["mate", "pal"], "colleague": ["coworker", "co worker"],
    ]
    static let female: Set<String> = ["wife", "mother", "mom", "mommy", "daughter", "sister", "grandmother", "grandma", "aunt", "girlfriend",
                                      "niece", "gran", "nan", "fiancee", "widow", "stepmother", "stepdaughter", "woman", "girl", "mum", "lady"]
    static let male: Set<String> = ["husband", "father", "dad", "son", "brother", "grandfather", "grandpa", "uncle", "boyfriend", "nephew",
                                    "fiance", "widower", "stepfather", "stepson", "man", "boy", "grandad"]

    static func inferPronoun(_ relation: [String]) -> String {
        if relation.contains(where: female.contains) { return "she" }
        if relation.contains(where: male.contains) { return "he" }
        return "they"
    }

    static let pronounWords: [String: String] = [
        "she": "she", "her": "she", "hers": "she", "herself": "she",
        "he": "he", "him": "he", "his": "he", "himself": "he",
        "they": "they", "them": "they", "their": "they", "themselves": "they",
    ]

    /// Mentions in token order.
    public func resolve(_ tokens: [String]) -> [Mention] {
        guard !entries.isEmpty else { return [] }
        var mentions: [Mention] = []
        var i = 0
        while i < tokens.count {
            // The longest match so far: entry, length, and the phrase (name) or relation head.
            var best: (entry: Int, count: Int, phrase: [String], relation: Bool)?
            let determiner = tokens[i] == "your" || tokens[i] == "the"
            for k in entries.indices {
                for p in entries[k].phrases where PatientEngine.matchesAt(tokens, p, i) {
                    if best == nil || p.count > best!.count { best = (k, p.count, p, false) }
                }
                if determiner {
                    for h in entries[k].relationHeads where PatientEngine.matchesAt(tokens, h, i + 1) {
                        if best == nil || 1 + h.count > best!.count { best = (k, 1 + h.count, h, true) }
                    }
                }
            }
            let found = best.map { b in
                Mention(id: entries[b.entry].person.id, range: i..<(i + b.count),
                        how: b.relation ? "relation '\(tokens[i]) \(b.phrase.joined(separator: " "))'" : "name '\(b.phrase.joined(separator: " "))'")
            }
            if let f = found {
                mentions.append(f)
                i = f.range.upperBound
                continue
            }
            if let pr = Self.pronounWords[tokens[i]], pr != "they" || entries.contains(where: { $0.pronoun == "they" }) {
                // Most recent in this utterance, then the conversation.
                let earlier = mentions.reversed().map(\.id)
                let order = earlier + recent
                if let id = order.first(where: { id in entries.first { $0.person.id == id }?.pronoun == pr }) {
                    mentions.append(Mention(id: id, range: i..<(i + 1), how: "pronoun '\(tokens[i])'"))
                } else if pr != "they" {
                    // Nobody of that pronoun mentioned yet: a pronoun only one case person fits is that person.
                    let fits = entries.filter { $0.pronoun == pr }
                    if fits.count == 1 {
                        mentions.append(Mention(id: fits[0].person.id, range: i..<(i + 1), how: "pronoun '\(tokens[i])' (the only '\(pr)' in the case)"))
                    }
                }
            }
            i += 1
        }
        return mentions
    }

    public func isDeceased(_ id: String) -> Bool { entries.first { $0.person.id == id }?.person.deceased ?? false }

}

extension PatientEngine {
    /// Whether `phrase` occurs in `tokens` starting at `i`.
    static func matchesAt(_ tokens: [String], _ phrase: [String], _ i: Int) -> Bool {
        guard !phrase.isEmpty, i + phrase.count <= tokens.count else { return false }
        for k in 0..<phrase.count where tokens[i + k] != phrase[k] { return false }
        return true
    }
}

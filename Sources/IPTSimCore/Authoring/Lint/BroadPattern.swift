/// `broad-pattern`: a text pattern that matches far more than intended.
public struct BroadPattern: LintRule {
    public init() {}
    public let code = "broad-pattern"
    public let severity = Diagnostic.Severity.warning
    public let explanation = """
        A `text` pattern (in a condition or a lexicon entry) whose only word is a very common one \
        ("you", "feel", "how", …) fires on almost every utterance, and a pattern that begins with \
        `*` adds nothing (patterns already match anywhere unless anchored with `^`) but suggests the \
        author expected whole-sentence matching. Use two or more words, a case concept, or anchor \
        the pattern; drop the leading `*`.
        """

    /// Words too common to carry a pattern alone.
    public static let commonWords: Set<String> = [
        "a", "an", "the", "i", "you", "your", "me", "my", "we", "us", "he", "she", "it", "they", "them", "him", "her",
        "is", "are", "was", "were", "be", "been", "do", "did", "does", "have", "has", "had", "can", "could", "would",
        "will", "should", "what", "how", "why", "when", "where", "who", "that", "this", "and", "or", "but", "so", "to",
        "of", "in", "on", "at", "for", "with", "about", "not", "no", "yes", "if", "feel", "think", "know", "like",
        "just", "really", "very", "more", "tell", "say", "said", "things", "thing", "there", "here", "now", "then",
    ]

    public func check(_ ctx: LintContext) -> [LintFinding] {
        var out: [LintFinding] = []
        for site in CaseWalk(ctx.case).conditions {
            guard let text = site.condition.text else { continue }
            out += findings(text, ctx: ctx, path: site.path + [.key("text")], owner: site.owner)
        }
        for (li, entry) in (ctx.case.lexicon ?? []).enumerated() {
            for (pi, p) in entry.patterns.enumerated() {
                out += findings(p, ctx: ctx, path: [.key("lexicon"), .index(li), .key("patterns"), .index(pi)], owner: nil)
            }
        }
        return out
    }

    func findings(_ text: String, ctx: LintContext, path: LintContext.Path, owner: String?) -> [LintFinding] {
        guard let p = try? TextPattern(text) else { return [] }
        var out: [LintFinding] = []
        if case .gap? = p.elements.first, !p.anchoredStart {
            out.append(ctx.finding(self, "pattern '\(text)' begins with '*', which matches anywhere already", fix: "remove the leading '*'", at: path, ruleID: owner))
        }
        let words = p.elements.filter { if case .gap = $0 { false } else { true } }
        if words.count == 1, case .word(let w) = words[0], Self.commonWords.contains(w) {
            out.append(ctx.finding(self, "pattern '\(text)' rests on the single common word '\(w)' and will match most utterances",
                                   fix: "use two or more words, a concept, or anchor it", at: path, ruleID: owner))
        }
        return out
    }
}

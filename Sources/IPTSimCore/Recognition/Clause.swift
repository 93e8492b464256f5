/// One sentence or clause of an utterance, with its normalised tokens.
public struct Clause: Sendable, Equatable {
    /// The raw text of the clause (without the terminator).
    public var text: String
    /// Normalised tokens.
    public var tokens: [String]
    /// Index of the first token in the whole utterance's tokens.
    public var offset: Int
    /// The clause ended with a question mark.
    public var asked: Bool

    public init(text: String, tokens: [String], offset: Int, asked: Bool) {
        self.text = text
        self.tokens = tokens
        self.offset = offset
        self.asked = asked
    }
}

/// Splits typed text into sentences and clauses: at `.`, `?`, `!`, `;`, line breaks, and inside a
/// sentence where a question starts after a statement ("It sounds hard, what was that like?" or,
/// typed without punctuation, "so you hardly see anyone do you miss them").
public enum ClauseSplitter {
    public static func split(_ text: String) -> [Clause] {
        var raw: [(String, Bool)] = []
        var current = ""
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func flush(_ asked: Bool) {
            if !current.isEmpty { raw.append((current, asked)) }
            current = ""
        }
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "?":
                flush(true)
            case "!", ";", "\n", "\r", "\u{2026}":
                flush(false)
            case ".":
                // Keep decimals ("2.5") and common abbreviations ("Dr.") inside the sentence.
                let prevDigit = i > 0 && ("0"..."9").contains(scalars[i - 1])
                let nextDigit = i + 1 < scalars.count && ("0"..."9").contains(scalars[i + 1])
                let word = lastWord(current).lowercased()
                if (prevDigit && nextDigit) || ["dr", "mr", "mrs", "ms", "e.g", "i.e", "etc", "vs", "st"].contains(word) {
                    current.unicodeScalars.append(c)
                } else {
                    flush(false)
                }
            default:
                current.unicodeScalars.append(c)
            }
            i += 1
        }
        flush(false)

        var clauses: [Clause] = []
        var offset = 0
        for (sentence, asked) in raw {
            let pieces = splitSentence(sentence)
            for (k, piece) in pieces.enumerated() {
                let tokens = Normalizer.tokens(piece)
                guard !tokens.isEmpty else { continue }
                clauses.append(Clause(text: piece.trimmed, tokens: tokens, offset: offset, asked: asked && k == pieces.count - 1))
                offset += tokens.count
            }
        }
        return clauses
    }

    static func lastWord(_ s: String) -> String {
        var w = ""
        for c in s.unicodeScalars.reversed() {
            if c == " " { break }
            w.unicodeScalars.insert(c, at: w.unicodeScalars.startIndex)
        }
        return w
    }

    /// Splits one sentence at commas or word boundaries where a question begins after a statement.
    static func splitSentence(_ sentence: String) -> [String] {
        // Work on words with their raw text so the clause text stays readable.
        let words = sentence.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 4 else { return [sentence] }
        var cuts: [Int] = []
        var normalized: [[String]] = words.map { Normalizer.tokens($0) }
        let opener = normalized.joined().first ?? ""
        if subordinators.contains(opener) { return [sentence] }
        for w in 2..<words.count {
            let prevRaw = words[w - 1]
            let afterComma = prevRaw.hasSuffix(",") || prevRaw.hasSuffix(":") || prevRaw.hasSuffix("\u{2014}") || prevRaw == "-" || prevRaw == "\u{2013}"
            let tail = Array(normalized[w...].joined().prefix(4))
            let prevToken = normalized[w - 1].last ?? ""
            guard startsQuestion(tail) else { continue }
            if afterComma {
                cuts.append(w)
            } else if w >= 3, !Self.noSplitBefore.contains(prevToken), strongRunOn(tail) {
                cuts.append(w)
            }
        }
        cuts = cuts.filter { $0 >= 2 && $0 <= words.count - 2 }
        guard !cuts.isEmpty else { return [sentence] }
        var out: [String] = []
        var start = 0
        for c in cuts where c > start {
            out.append(words[start..<c].joined(separator: " "))
            start = c
        }
        out.append(words[start...].joined(separator: " "))
        normalized.removeAll()
        return out
    }

    static let subordinators: Set<String> = ["when", "if", "since", "because", "after", "before", "while", "although", "as", "whenever", "once", "until", "though"]
    static let wh: Set<String> = ["what", "how", "why", "who", "when", "where", "which"]
    static let aux: Set<String> = ["do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could", "would", "will", "should"]
    static let subjects: Set<String> = ["you", "it", "that", "he", "she", "they", "we", "things", "this", "there", "i"]
    static let noSplitBefore: Set<String> = [
        "wonder", "wondering", "know", "ask", "asking", "curious", "sure", "see", "tell", "understand", "about",
        "if", "whether", "and", "or", "but", "of", "to", "that", "me", "is", "remember", "think", "idea", "matter",
        "explain", "imagine", "notice", "noticed", "describe", "hear", "say", "said", "realize", "decide", "what",
        "how", "why", "who", "when", "where", "which", "not", "so", "exactly", "like", "wondered", "thinking",
    ]

    /// A question opening: wh-word, auxiliary + subject, or an invitation to tell.
    static func startsQuestion(_ t: [String]) -> Bool {
        guard let first = t.first else { return false }
        if wh.contains(first) { return true }
        if aux.contains(first), t.count > 1, subjects.contains(t[1]) { return true }
        if first == "tell" && t.count > 1 && t[1] == "me" { return true }
        return false
    }

    /// Inside an unpunctuated run-on, only clear question openings split.
    static func strongRunOn(_ t: [String]) -> Bool {
        guard t.count >= 3, let first = t.first else { return false }
        if wh.contains(first) && aux.contains(t[1]) && subjects.contains(t[2]) { return true }
        if ["do", "did", "have", "are", "can", "could", "would", "were", "does"].contains(first) && t[1] == "you" { return true }
        return false
    }
}

extension String {
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace || f == "," { s.removeFirst() }
        while let l = s.last, l.isWhitespace || l == "," { s.removeLast() }
        return String(s)
    }
}

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
    /// Not the last piece of a sentence that was split (e.g. "When you two row," before "what is it over?").
    public var fragment: Bool

    public init(text: String, tokens: [String], offset: Int, asked: Bool, fragment: Bool = false) {
        self.text = text
        self.tokens = tokens
        self.offset = offset
        self.asked = asked
        self.fragment = fragment
    }
}

/// Splits typed text into sentences and clauses: at `.`, `?`, `!`, `;`, line breaks, and inside a
/// sentence where a question starts after a statement ("It sounds hard, what was that like?" or,
/// typed without punctuation, "so you hardly see anyone do you miss them").
public enum ClauseSplitter {
    public static func split(_ text: String) -> [Clause] {
        var raw: [(String, Bool)] = []
        // The current sentence is the run of scalars since the last terminator (a kept '.' included),
        // so it is sliced from the text instead of built one scalar at a time.
        let view = text.unicodeScalars
        var start = view.startIndex
        var idx = view.startIndex
        func flush(_ asked: Bool) {
            // (Through Substring: a String made from the scalar view appends scalar by scalar.)
            if start < idx { raw.append((String(Substring(view[start..<idx])), asked)) }
            start = view.index(after: idx)
        }
        var prev: Unicode.Scalar?
        while idx < view.endIndex {
            let c = view[idx]
            let nextIdx = view.index(after: idx)
            switch c {
            case "?":
                flush(true)
            case "!", ";", "\n", "\r", "\u{2026}":
                flush(false)
            case ".":
                // Keep decimals ("2.5") and common abbreviations ("Dr.") inside the sentence.
                let prevDigit = prev.map { ("0"..."9").contains($0) } ?? false
                let nextDigit = nextIdx < view.endIndex && ("0"..."9").contains(view[nextIdx])
                if prevDigit && nextDigit { break }
                // The last word of the sentence so far: the scalars after its last space.
                var w = idx
                while w > start, view[view.index(before: w)] != " " { w = view.index(before: w) }
                let word = String(Substring(view[w..<idx])).lowercased()
                if !["dr", "mr", "mrs", "ms", "e.g", "i.e", "etc", "vs", "st"].contains(word) {
                    flush(false)
                }
            default:
                break
            }
            prev = c
            idx = nextIdx
        }
        if start < idx { raw.append((String(Substring(view[start..<idx])), false)) }

        var clauses: [Clause] = []
        var offset = 0
        for (sentence, asked) in raw {
            let pieces = splitPieces(sentence, asked: asked)
            for (k, piece) in pieces.enumerated() {
                guard !piece.tokens.isEmpty else { continue }
                clauses.append(Clause(text: piece.text.trimmed, tokens: piece.tokens, offset: offset, asked: asked && k == pieces.count - 1,
                                      fragment: k < pieces.count - 1))
                offset += piece.tokens.count
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
    /// Pieces of a sentence with their tokens (each word normalised once).
    static func splitPieces(_ sentence: String, asked: Bool) -> [(text: String, tokens: [String])] {
        let words = Disfluency.clean(Self.words(sentence))
        let normalized = words.map { Normalizer.tokens($0) }
        let cuts = cutPoints(words, normalized, asked: asked)
        var out: [(String, [String])] = []
        var start = 0
        for c in cuts + [words.count] where c > start || c == words.count {
            guard start < c else { continue }
            out.append((words[start..<c].joined(separator: " "), Normalizer.fixJoined(Array(normalized[start..<c].joined()))))
            start = c
        }
        return out
    }

    /// The sentence split at spaces (empty pieces dropped), as `split(separator: " ")` does.
    static func words(_ sentence: String) -> [String] {
        // ASCII (no CR LF here: they end sentences): every Character is one byte, so splitting the
        // bytes is the same and avoids grapheme breaking.
        guard sentence.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else {
            return sentence.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        }
        return sentence.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true).map { String(Substring($0)) }
    }

    static func splitSentence(_ sentence: String, asked: Bool = false) -> [String] {
        splitPieces(sentence, asked: asked).map(\.text)
    }

    static func cutPoints(_ words: [String], _ normalizedWords: [[String]], asked: Bool) -> [Int] {
        guard words.count >= 4 else { return [] }
        // Flat tokens with the index where each word's tokens start: no re-joining inside the loop.
        var flat: [String] = []
        var startOf: [Int] = []
        for ws in normalizedWords { startOf.append(flat.count); flat += ws }
        startOf.append(flat.count)
        var cuts: [Int] = []
        for w in 2..<words.count {
            let prevRaw = words[w - 1]
            // (The last UTF-8 byte is tested first: it is necessary for each hasSuffix, which is slow.)
            let lastByte = prevRaw.utf8.last
            let afterComma = (lastByte == UInt8(ascii: ",") && prevRaw.hasSuffix(",")) || (lastByte == UInt8(ascii: ":") && prevRaw.hasSuffix(":"))
                || (lastByte == 0x94 && prevRaw.hasSuffix("\u{2014}")) || prevRaw == "-" || prevRaw == "\u{2013}"
            var k = startOf[w]
            while k < flat.count - 1, Self.leadIns.contains(flat[k]) { k += 1 }
            // The next (up to) four tokens, without copying them out.
            let tail = flat[k..<min(flat.count, k + 4)]
            guard startsQuestion(tail) else { continue }
            let prevToken = normalizedWords[w - 1].last ?? ""
            let before = startOf[w] - startOf[cuts.last ?? 0]
            if afterComma {
                // Three words are enough when they are a reflection's stem ("It sounds exhausting, | what has been hardest?").
                let piece = flat[startOf[cuts.last ?? 0]..<startOf[w]]
                let stem = before == 3 && ["it", "that", "this"].contains(piece.first ?? "") && ["sounds", "seems", "must"].contains(piece.dropFirst().first ?? "")
                if (before >= 4 || stem) && (asked || strongRunOn(tail)) { cuts.append(w) }
            } else if w >= 3, !Self.noSplitBefore.contains(prevToken), strongRunOn(tail),
                      !verblessWhPhrase(flat[startOf[cuts.last ?? 0]..<startOf[w]]) {
                cuts.append(w)
            }
        }
        return cuts.filter { $0 >= 2 && $0 <= words.count - 2 }
    }

    /// Words skipped before a question opening ("so what…", "and how…"), in order of testing.
    static let leadIns = ["so", "and", "but", "then", "okay", "now", "well"]
    static let subordinators: Set<String> = ["when", "if", "since", "because", "after", "before", "while", "although", "as", "whenever", "once", "until", "though"]
    static let wh: Set<String> = ["what", "how", "why", "who", "when", "where", "which"]
    static let aux: Set<String> = ["do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could", "would", "will", "should"]
    static let subjects: Set<String> = ["you", "it", "that", "he", "she", "they", "we", "things", "this", "there", "i"]
    static let noSplitBefore: Set<String> = [
        "wonder", "wondering", "know", "ask", "asking", "curious", "sure", "see", "tell", "understand", "about",
        "if", "whether", "and", "or", "but", "of", "to", "that", "me", "is", "remember", "think", "idea", "matter",
        "explain", "imagine", "notice", "noticed", "describe", "hear", "say", "said", "realize", "decide", "what",
        "how", "why", "who", "when", "where", "which", "not", "so", "exactly", "like", "wondered", "thinking",
        // A modal before "do you…" is one verb phrase ("it would do you good"), not a new question.
        "would", "could", "should", "will", "can", "might", "may", "must",
    ]

    /// A wh-phrase still waiting for its verb ("What sort of things | did you talk about?", "Who at the
    /// new school | could you go to?", "How many sessions | do you think we have left?"): the
    /// auxiliary that follows is its own, not the start of a second question.
    static func verblessWhPhrase(_ piece: ArraySlice<String>) -> Bool {
        var rest = piece.drop { leadIns.contains($0) }
        guard let first = rest.first, wh.contains(first), first != "when" || rest.count <= 2 else { return false }
        rest = rest.dropFirst()
        return !rest.contains { aux.contains($0) || verbs.contains($0) || ($0.count > 4 && $0.hasSuffix("ed")) }
    }

    /// Verbs that make a wh-phrase a clause of its own ("what happened", "how it went").
    static let verbs: Set<String> = ["am", "be", "been", "went", "said", "came", "felt", "thought", "told", "got", "made", "took", "saw",
                                     "knew", "left", "sounds", "seems", "happens", "goes", "go", "feel", "think", "know", "mean", "want",
                                     "like", "need", "say", "says", "do", "get", "make", "gets", "makes", "matters", "helps", "helped"]

    /// A question opening: wh-word, auxiliary + subject, or an invitation to tell.
    static func startsQuestion(_ t: [String]) -> Bool { startsQuestion(t[...]) }

    static func startsQuestion(_ t: ArraySlice<String>) -> Bool {
        guard let first = t.first else { return false }
        let s = t.startIndex
        if wh.contains(first) { return true }
        if aux.contains(first), t.count > 1, subjects.contains(t[s + 1]) { return true }
        if first == "tell" && t.count > 1 && t[s + 1] == "me" { return true }
        return false
    }

    /// Inside an unpunctuated run-on, only clear question openings split.
    static func strongRunOn(_ t: [String]) -> Bool { strongRunOn(t[...]) }

    static func strongRunOn(_ t: ArraySlice<String>) -> Bool {
        guard t.count >= 3, let first = t.first else { return false }
        let s = t.startIndex
        if wh.contains(first) && aux.contains(t[s + 1]) && subjects.contains(t[s + 2]) { return true }
        if runOnAux.contains(first) && t[s + 1] == "you" { return true }
        return false
    }

    static let runOnAux: Set<String> = ["do", "did", "have", "are", "can", "could", "would", "were", "does"]
}

extension String {
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace || f == "," { s.removeFirst() }
        while let l = s.last, l.isWhitespace || l == "," { s.removeLast() }
        return String(s)
    }
}

/// Spoken-language debris that carries nothing for recognition, removed from a sentence's words
/// before they are normalised and matched.
///
/// Trainees dictate, and transcribed sessions keep what people really say: hesitation sounds
/// ("um", "erm"), a word or phrase said twice as the speaker restarts ("what did you, what did
/// you say to her?", "to, to understand"), and discourse fillers set off by commas ("you feel,
/// like, really alone", "you know, it sounds like..."). Left in, they break a pattern's word
/// sequence and turn a recognised move into the form's default. Only what is unambiguous goes:
/// a single repeated word is dropped only for function words ("had had" and "that that" are
/// grammatical), "like" only between commas ("what was it like," keeps it), "you know" only as a
/// parenthesis. Pure and deterministic; the words keep their punctuation.
enum Disfluency {
    /// Hesitation sounds (letters only, lowercased).
    /// ("er" is not among them: lowercased, it is also "the ER".)
    static let hesitations: Set<String> = ["um", "umm", "ummm", "uh", "uhh", "uhm", "erm", "ehm", "hm"]

    /// Pronouns that end one clause as an object and may start the next as a subject.
    static let objects: Set<String> = ["you", "her", "him", "it", "them", "us", "me"]

    /// Words that may come before a sentence-initial filler ("So, you know, ...").
    static let leadIns: [String] = ["so", "and", "but", "well", "okay", "now"]

    /// Words whose immediate repetition is a restart, never grammar.
    static let restartable: Set<String> = [
        "i", "you", "we", "he", "she", "they", "it", "to", "the", "a", "an", "and", "but", "so", "or", "if",
        "what", "how", "who", "when", "where", "why", "which", "did", "do", "does", "was", "were", "is", "are",
        "have", "has", "can", "could", "would", "will", "in", "on", "of", "for", "with", "about", "my", "your",
        "his", "her", "their", "our", "this", "not", "just", "maybe",
    ]

    /// The sentence's words (split at spaces, punctuation attached) without the debris. An input
    /// that is nothing but debris ("Um.", "Uh, uh") is returned unchanged: it is a back-channel.
    static func clean(_ words: [String]) -> [String] {
        guard words.count >= 2 else { return words }
        let keys = words.map(key)
        // The common case, typed text: no hesitation, filler or repeated word; nothing to do.
        let suspect = keys.indices.contains { i in
            hesitations.contains(keys[i]) || keys[i] == "like" || keys[i] == "know" || keys[i] == "mean"
                || (1...4).contains { n in i + n < keys.count && keys[i] == keys[i + n] && !keys[i].isEmpty }
        }
        guard suspect else { return words }
        var keep = [Bool](repeating: true, count: words.count)
        for i in words.indices where hesitations.contains(keys[i]) { keep[i] = false }
        var kept = words.indices.filter { keep[$0] }
        guard !kept.isEmpty else { return words }

        // Parenthetical fillers: ", like," and ", you know," / sentence-initial "you know," and "I mean,".
        func endsWithComma(_ w: String) -> Bool {
            // (The last byte first: each `hasSuffix` needs it, and `hasSuffix` is slow.)
            switch w.utf8.last {
            case UInt8(ascii: ","): return w.hasSuffix(",")
            case UInt8(ascii: "-"): return w.hasSuffix("-")
            case 0x94: return w.hasSuffix("\u{2014}")
            default: return false
            }
        }
        var out: [Int] = []
        var j = 0
        while j < kept.count {
            let i = kept[j]
            let previous = out.last.map { words[$0] }
            // At the start: nothing before it but lead-ins ("So, you know, ..."; not "Just so you know").
            let atStart = out.allSatisfy { Self.leadIns.contains(keys[$0]) }
            let afterComma = previous.map(endsWithComma) ?? false
            if keys[i] == "like", endsWithComma(words[i]), afterComma {
                j += 1
                continue
            }
            if j + 1 < kept.count, endsWithComma(words[kept[j + 1]]), afterComma || atStart,
               (keys[i] == "you" && keys[kept[j + 1]] == "know") || (keys[i] == "i" && keys[kept[j + 1]] == "mean") {
                j += 2
                continue
            }
            out.append(i)
            j += 1
        }
        kept = out

        // Restarts: the same one to four words said twice in a row; the first saying goes.
        var result: [Int] = []
        var k = 0
        outer: while k < kept.count {
            for n in stride(from: 4, through: 1, by: -1) where k + 2 * n <= kept.count {
                // The first n words said again right after (compared in place, no arrays).
                var same = true
                for x in 0..<n where keys[kept[k + x]] != keys[kept[k + n + x]] { same = false; break }
                guard same else { continue }
                // ("over and over and", "again and again and": an idiom, not a restart.)
                var usable = true
                for x in 0..<n {
                    let w = keys[kept[k + x]]
                    if w.isEmpty || (n > 1 && (w == "and" || w == "or")) { usable = false; break }
                }
                guard usable else { continue }
                let first = keys[kept[k]]
                if n == 1 && !restartable.contains(first) { continue }
                // "Thank you, you did well", "How are you, you look tired": an object, then a new subject.
                if n == 1, Self.objects.contains(first), words[kept[k]].hasSuffix(",") { continue }
                k += n
                continue outer
            }
            result.append(kept[k])
            k += 1
        }
        // Nothing but fillers ("You know, I mean,"): keep the words, as for hesitations alone.
        guard !result.isEmpty else { return words }
        return result.map { words[$0] }
    }

    /// A word's letters and apostrophes, lowercased ("Um," -> "um", "You," -> "you").
    static func key(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            // Already a key (a lowercase word): itself, without building a copy.
            if word.utf8.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || $0 == UInt8(ascii: "'") }) { return word }
            // ASCII (almost every typed word): bytes in a buffer on the stack, and a small string stays inline.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, word.utf8.count)) { bytes in
                var n = 0
                for b in word.utf8 {
                    switch b {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "'"): bytes[n] = b; n += 1
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes[n] = b + 32; n += 1
                    default: break
                    }
                }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<n]), as: UTF8.self)
            }
        }
        return String(String.UnicodeScalarView(word.unicodeScalars.filter { $0.properties.isAlphabetic || $0 == "'" }
            .map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }))
    }
}

/// "Did you mean" suggestions by edit distance.
public enum Suggestions {
    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let w = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates {
            let c = Array(candidate.lowercased().unicodeScalars)
            // One edit for short words (two would turn 'sam' into 'tom'), else a third of the word.
            let limit = min(w.count, c.count) <= 3 ? 1 : max(2, min(w.count, c.count) / 3)
            guard abs(c.count - w.count) <= limit else { continue }
            let d = distance(w, c)
            if d <= limit, best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) {
                best = (candidate, d)
            }
        }
        if best == nil {
            // A prefix or containment match catches "death" for "death-narrative".
            let lw = word.lowercased()
            if lw.count >= 4 {
                best = candidates.filter { $0.lowercased().hasPrefix(lw) || ($0.count >= 3 && lw.hasPrefix($0.lowercased())) }
                    .sorted().first.map { ($0, 0) }
            }
        }
        return best?.0
    }

    /// `did you mean 'x'?` or a list of a few valid values.
    public static func hint(for word: String, in candidates: [String], noun: String) -> String {
        if let match = closest(to: word, in: candidates) {
            return "did you mean '\(match)'?"
        }
        if candidates.isEmpty { return "declare the \(noun) first" }
        let shown = candidates.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
        let plural = noun == "person" ? "people" : noun.hasSuffix("y") ? noun.dropLast() + "ies" : noun + "s"
        return "\(candidates.count == 1 ? "the only \(noun) is" : "valid \(plural) are") \(shown)\(candidates.count > 8 ? ", …" : "")"
    }

    /// Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions).
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = Swift.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cur[j] = Swift.min(cur[j], prev2[j - 2] + 1)
                }
            }
            prev2 = prev
            prev = cur
        }
        return prev[b.count]
    }
}

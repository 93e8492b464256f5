/// A compiled text pattern over normalised tokens.
///
/// Syntax (tokens separated by spaces):
/// - `word` matches that word; `word*` any word starting with `word`
/// - consecutive tokens must be adjacent; `*` allows any gap, `*N` a gap of at most N words
/// - `(a|b|c d)` one of the alternatives (an alternative may be several words)
/// - `[a]` or `[a|b]` optional
/// - `~name` a concept (a case concept or a built-in lexicon set)
/// - `!word` or `!~name` the word or concept does not occur anywhere in the utterance
/// - `^` at the start anchors to the first word, `$` at the end to the last
///
/// Matching is deterministic: the leftmost match, then the shortest.
public struct TextPattern: Sendable, Equatable {
    public indirect enum Element: Sendable, Equatable {
        case word(String)
        case prefix(String)
        case concept(String)
        case alternatives([[Element]])
        case optional([[Element]])
        case gap(Int?)
    }

    public let source: String
    public let elements: [Element]
    public let anchoredStart: Bool
    public let anchoredEnd: Bool
    /// Words or concepts that must not occur anywhere.
    public let absent: [Element]
    /// The words a match can start with, when the first element is a literal word or alternatives of words.
    let startWords: [String]?

    /// A compile error with the 0-based scalar offset in the source where it occurred.
    public struct CompileError: Error, Sendable, Equatable {
        public var offset: Int
        public var message: String
        public var fix: String
    }

    /// The concepts referred to with `~name`, for reference checks.
    public var conceptReferences: [String] {
        var out: [String] = []
        func walk(_ es: [Element]) {
            for e in es {
                switch e {
                case .concept(let c): out.append(c)
                case .alternatives(let alts), .optional(let alts): alts.forEach(walk)
                default: break
                }
            }
        }
        walk(elements)
        walk(absent)
        return out
    }

    /// Compiles `source`; throws a `CompileError` pointing into the source.
    public init(_ source: String) throws(CompileError) {
        self.source = source
        var parser = Parser(Array(source.unicodeScalars))
        let parsed = try parser.parseTop()
        self.elements = parsed.elements
        self.anchoredStart = parsed.start
        self.anchoredEnd = parsed.end
        self.absent = parsed.absent
        var firstWords: [String]?
        if case .word(let w)? = parsed.elements.first { firstWords = [w] }
        if case .alternatives(let alts)? = parsed.elements.first {
            var ws: [String] = []
            for alt in alts { if case .word(let w)? = alt.first { ws.append(w) } else { ws = []; break } }
            if !ws.isEmpty { firstWords = ws }
        }
        self.startWords = firstWords
    }

    public static func == (a: TextPattern, b: TextPattern) -> Bool { a.source == b.source }

    /// A match: token range and how many literal words it used (for match quality).
    public struct Match: Sendable, Equatable {
        public var range: Range<Int>
        public var literals: Int
    }

    /// Matches the pattern against tokens. `concept` returns the phrases (as token lists) for a name.
    public func match(_ tokens: [String], concept: (String) -> [[String]]) -> Match? {
        withoutActuallyEscaping(concept) { match(tokens, concepts: ClosureConcepts(lookup: $0)) }
    }

    /// Matches the pattern against tokens, with the concepts' phrases from `concepts` (for example
    /// indexed by first word, `IndexedConcepts`). The same result as `match(_:concept:)` given the same phrases.
    func match<C: ConceptPhrases>(_ tokens: [String], concepts concept: C) -> Match? {
        // Only positions where a leading literal word occurs can start a match.
        let last = anchoredStart ? 0 : tokens.count
        // Locals, so that the closure below captures them and not a copy of the whole pattern.
        let elements = self.elements, anchoredEnd = self.anchoredEnd, startWords = self.startWords
        for start in 0...last {
            if let fw = startWords, start < tokens.count ? !fw.contains(tokens[start]) : true { continue }
            var best: (end: Int, literals: Int)?
            // Every way to match from this start is tried, so that the shortest wins (and, among
            // equally short ones, the one with more literal words) whatever the order of alternatives.
            _ = Self.matchSeq(elements, 0, tokens, start, concept) { end, literals in
                if anchoredEnd && end != tokens.count { return false }
                if best == nil || end < best!.end || (end == best!.end && literals > best!.literals) { best = (end, literals) }
                return false
            }
            if let best {
                // Absent words are checked only once the pattern has matched (most candidates never do).
                return anyAbsent(tokens, concept) ? nil : Match(range: start..<best.end, literals: best.literals)
            }
        }
        return nil
    }

    /// Whether any `!word` or `!~concept` occurs in the tokens.
    func anyAbsent<C: ConceptPhrases>(_ tokens: [String], _ concept: C) -> Bool {
        for element in absent {
            switch element {
            case .word(let w):
                if tokens.contains(w) { return true }
            case .prefix(let p):
                if tokens.contains(where: { $0.hasPrefix(p) }) { return true }
            default:
                for start in tokens.indices where Self.matchElement(element, tokens, start, concept).first != nil { return true }
            }
        }
        return false
    }

    /// Calls `found(end, literals)` for every way the sequence matches from `i`; stops when it returns true.
    @discardableResult
    static func matchSequence<C: ConceptPhrases>(_ seq: ArraySlice<Element>, _ tokens: [String], _ i: Int,
                                                 _ concept: C, _ found: (Int, Int) -> Bool) -> Bool {
        let array = Array(seq)
        return matchSeq(array, 0, tokens, i, concept, found)
    }

    /// Index-based matcher: no slices, so no reference counting per step.
    static func matchSeq<C: ConceptPhrases>(_ seq: [Element], _ k: Int, _ tokens: [String], _ i: Int,
                                            _ concept: C, _ found: (Int, Int) -> Bool) -> Bool {
        guard k < seq.count else { return found(i, 0) }
        switch seq[k] {
        case .gap(let limit):
            let maxSkip = min(limit ?? tokens.count, tokens.count - i)
            if maxSkip < 0 { return false }
            for skip in 0...maxSkip {
                if matchSeq(seq, k + 1, tokens, i + skip, concept, found) { return true }
            }
            return false
        case .word(let w):
            guard i < tokens.count, tokens[i] == w else { return false }
            return matchSeq(seq, k + 1, tokens, i + 1, concept) { e, l in found(e, l + 1) }
        case .prefix(let p):
            guard i < tokens.count, tokens[i].hasPrefix(p) else { return false }
            return matchSeq(seq, k + 1, tokens, i + 1, concept) { e, l in found(e, l + 1) }
        case .alternatives(let alts):
            for alt in alts {
                // Cheap rejection before any recursion: most alternatives start with a literal word.
                if case .word(let w)? = alt.first, i >= tokens.count || tokens[i] != w { continue }
                let hit = matchSeq(alt, 0, tokens, i, concept) { end, lits in
                    matchSeq(seq, k + 1, tokens, end, concept) { e, l in found(e, l + lits) }
                }
                if hit { return true }
            }
            return false
        case .optional(let alts):
            if matchSeq(seq, k + 1, tokens, i, concept, found) { return true }
            for alt in alts {
                // Cheap rejection before any recursion: most alternatives start with a literal word.
                if case .word(let w)? = alt.first, i >= tokens.count || tokens[i] != w { continue }
                let hit = matchSeq(alt, 0, tokens, i, concept) { end, lits in
                    matchSeq(seq, k + 1, tokens, end, concept) { e, l in found(e, l + lits) }
                }
                if hit { return true }
            }
            return false
        case .concept(let name):
            // No (non-empty) phrase fits at the end; otherwise only phrases that can start with
            // tokens[i] are tried (the order of trying does not change which ends are found).
            guard i < tokens.count else { return false }
            return concept.candidates(name, startingWith: tokens[i]) { phrase in
                guard i + phrase.count <= tokens.count else { return false }
                for (n, p) in phrase.enumerated() {
                    let t = tokens[i + n]
                    // (`utf8.last` first: `hasSuffix` is slow and a phrase word rarely ends in '*'.)
                    if t != p && !(p.utf8.last == UInt8(ascii: "*") && p.hasSuffix("*") && t.hasPrefix(p.dropLast())) { return false }
                }
                return matchSeq(seq, k + 1, tokens, i + phrase.count, concept, { e, l in found(e, l + phrase.count) })
            }
        }
    }

    /// Ends (and literal counts) where `element` can match starting at token `i`.
    static func matchElement<C: ConceptPhrases>(_ element: Element, _ tokens: [String], _ i: Int,
                                                _ concept: C) -> [(Int, Int)] {
        switch element {
        case .word(let w):
            return i < tokens.count && tokens[i] == w ? [(i + 1, 1)] : []
        case .prefix(let p):
            return i < tokens.count && tokens[i].hasPrefix(p) ? [(i + 1, 1)] : []
        case .concept(let name):
            guard i < tokens.count else { return [] }
            var out: [(Int, Int)] = []
            for phrase in concept.phrases(name) where !phrase.isEmpty && i + phrase.count <= tokens.count {
                if zip(phrase, tokens[i..<(i + phrase.count)]).allSatisfy({ $0 == $1 || ($0.utf8.last == UInt8(ascii: "*") && $1.hasPrefix($0.dropLast())) }) {
                    out.append((i + phrase.count, phrase.count))
                }
            }
            return out.count < 2 ? out : out.sorted { $0.0 < $1.0 }
        case .alternatives(let alts), .optional(let alts):
            var out: [(Int, Int)] = []
            if case .optional = element { out.append((i, 0)) }
            for alt in alts {
                matchSequence(alt[...], tokens, i, concept) { end, lits in
                    out.append((end, lits))
                    return false
                }
            }
            return out
        case .gap:
            return [(i, 0)]
        }
    }

    struct Parser {
        let s: [Unicode.Scalar]
        var i = 0

        init(_ s: [Unicode.Scalar]) { self.s = s }

        mutating func skipSpaces() { while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 } }

        func error(_ offset: Int, _ message: String, _ fix: String) -> CompileError {
            CompileError(offset: offset, message: message, fix: fix)
        }

        mutating func parseTop() throws(CompileError) -> (elements: [Element], start: Bool, end: Bool, absent: [Element]) {
            skipSpaces()
            var start = false, end = false
            if i < s.count, s[i] == "^" { start = true; i += 1 }
            var elements: [Element] = []
            var absent: [Element] = []
            while true {
                skipSpaces()
                guard i < s.count else { break }
                if s[i] == "$" {
                    let at = i
                    i += 1
                    skipSpaces()
                    guard i == s.count else { throw error(at, "'$' must be the last token", "move '$' to the end of the pattern") }
                    end = true
                    break
                }
                if s[i] == "!" {
                    let at = i
                    i += 1
                    guard i < s.count, s[i] != " " else { throw error(at, "'!' needs a word or ~concept after it", "write !word with no space") }
                    guard !["(", "[", "*", "!", ")", "]", "|"].contains(s[i]) else {
                        throw error(at, "'!' applies to a single word or ~concept", "write !word or !~concept; for several, write one ! per word")
                    }
                    let e = try parseAtom()
                    switch e {
                    case .word, .prefix, .concept: absent.append(e)
                    default: throw error(at, "'!' applies to a single word or ~concept", "write !word or !~concept")
                    }
                    continue
                }
                elements.append(try parseElement())
            }
            if elements.isEmpty && absent.isEmpty {
                throw error(0, "empty pattern", "write at least one word")
            }
            if elements.allSatisfy({ if case .gap = $0 { true } else { false } }) && absent.isEmpty {
                throw error(0, "a pattern of only gaps matches everything", "add a word")
            }
            return (elements, start, end, absent)
        }

        mutating func parseElement() throws(CompileError) -> Element {
            let at = i
            switch s[i] {
            case "*":
                i += 1
                var digits = ""
                while i < s.count, ("0"..."9").contains(s[i]) { digits.unicodeScalars.append(s[i]); i += 1 }
                if i < s.count, s[i] != " ", s[i] != ")", s[i] != "]", s[i] != "|" {
                    throw error(i, "unexpected '\(s[i])' after '*'", "a gap is '*' or '*N' followed by a space")
                }
                return .gap(digits.isEmpty ? nil : Int(digits))
            case "(":
                i += 1
                return .alternatives(try parseAlternatives(close: ")", openedAt: at))
            case "[":
                i += 1
                return .optional(try parseAlternatives(close: "]", openedAt: at))
            case ")", "]", "|":
                throw error(at, "unexpected '\(s[at])'", s[at] == "|" ? "'|' separates alternatives inside ( )" : "remove it or add the matching opening bracket")
            case "^":
                throw error(at, "'^' must be the first token", "move '^' to the start of the pattern")
            default:
                return try parseAtom()
            }
        }

        mutating func parseAlternatives(close: Unicode.Scalar, openedAt: Int) throws(CompileError) -> [[Element]] {
            var alts: [[Element]] = []
            var current: [Element] = []
            while true {
                skipSpaces()
                guard i < s.count else {
                    throw error(openedAt, "'\(s[openedAt])' is never closed", "add '\(close)'")
                }
                if s[i] == close {
                    i += 1
                    if current.isEmpty { throw error(i - 1, "empty alternative", "remove the extra '|' or write a word") }
                    alts.append(current)
                    return alts
                }
                if s[i] == "|" {
                    if current.isEmpty { throw error(i, "empty alternative", "remove the extra '|' or write a word") }
                    alts.append(current)
                    current = []
                    i += 1
                    continue
                }
                if s[i] == ")" || s[i] == "]" {
                    throw error(i, "'\(s[i])' does not match '\(s[openedAt])'", "close with '\(close)'")
                }
                current.append(try parseElement())
            }
        }

        mutating func parseAtom() throws(CompileError) -> Element {
            let at = i
            var isConcept = false
            if s[i] == "~" { isConcept = true; i += 1 }
            let wordStart = i
            while i < s.count {
                let c = s[i]
                if c == " " || c == "(" || c == ")" || c == "[" || c == "]" || c == "|" || c == "\t" { break }
                i += 1
            }
            // The word built once from its UTF-8 (appending scalar by scalar is slow).
            var utf8: [UInt8] = []
            utf8.reserveCapacity(i - wordStart)
            for c in s[wordStart..<i] {
                if c.isASCII { utf8.append(UInt8(truncatingIfNeeded: c.value)) } else { utf8.append(contentsOf: String(c).utf8) }
            }
            var word = String(decoding: utf8, as: UTF8.self)
            if isConcept {
                guard !word.isEmpty, word.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "." }) else {
                    throw error(at, "invalid concept name '~\(word)'", "concept names use lowercase letters, digits and '-'")
                }
                return .concept(word)
            }
            var isPrefix = false
            if word.hasSuffix("*") { isPrefix = true; word.removeLast() }
            let normalized = Normalizer.tokens(word)
            guard !normalized.isEmpty else {
                throw error(at, "'\(word)' is not a word", "patterns match words; punctuation is ignored")
            }
            if normalized.count > 1 {
                if isPrefix { throw error(at, "a prefix must be a single word", "write '\(normalized.last!)*'") }
                return .alternatives([normalized.map { .word($0) }])
            }
            return isPrefix ? .prefix(normalized[0]) : .word(normalized[0])
        }
    }
}

/// Where a pattern's `~concepts` come from.
protocol ConceptPhrases {
    /// Every phrase of the concept, in order.
    func phrases(_ name: String) -> [[String]]
    /// Calls `body` with the non-empty phrases of the concept that can start with `token` (at least
    /// every one whose first word equals it or is a prefix `word*`) until `body` returns true; returns
    /// whether it did.
    func candidates(_ name: String, startingWith token: String, _ body: ([String]) -> Bool) -> Bool
}

/// Phrases from a closure, all tried in order (the public `match(_:concept:)`).
struct ClosureConcepts: ConceptPhrases {
    let lookup: (String) -> [[String]]

    func phrases(_ name: String) -> [[String]] { lookup(name) }

    func candidates(_ name: String, startingWith token: String, _ body: ([String]) -> Bool) -> Bool {
        for phrase in lookup(name) where !phrase.isEmpty {
            if body(phrase) { return true }
        }
        return false
    }
}

/// A concept's phrases indexed by first word, built once (case concepts, built-in sets).
final class PhraseIndex: Sendable {
    let phrases: [[String]]
    /// First word -> indices of the phrases starting with it, ascending.
    let byFirst: [String: [Int]]
    /// Indices of the phrases whose first word is a prefix (`word*`): they can start anywhere.
    let prefixed: [Int]

    init(_ phrases: [[String]]) {
        self.phrases = phrases
        var by: [String: [Int]] = [:]
        var prefixed: [Int] = []
        for (k, p) in phrases.enumerated() where !p.isEmpty {
            if p[0].utf8.last == UInt8(ascii: "*") && p[0].hasSuffix("*") { prefixed.append(k) } else { by[p[0], default: []].append(k) }
        }
        byFirst = by
        self.prefixed = prefixed
    }

    /// As `ConceptPhrases.candidates`: a word that is not a prefix matches only an equal token.
    func candidates(startingWith token: String, _ body: ([String]) -> Bool) -> Bool {
        if let list = byFirst[token] {
            for k in list where body(phrases[k]) { return true }
        }
        for k in prefixed where body(phrases[k]) { return true }
        return false
    }
}

/// Concepts looked up by name in a table of indexed phrases (a missing name has no phrases).
struct IndexedConcepts: ConceptPhrases {
    let table: [String: PhraseIndex]

    func phrases(_ name: String) -> [[String]] { table[name]?.phrases ?? [] }

    func candidates(_ name: String, startingWith token: String, _ body: ([String]) -> Bool) -> Bool {
        table[name]?.candidates(startingWith: token, body) ?? false
    }
}

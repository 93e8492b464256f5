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
    /// The parsed elements. Not kept: a rule table holds thousands of patterns and the element
    /// tree (a box per word) was the largest part of each; the matcher runs `program`. Parsed
    /// again from `source` when asked for (lint, reference checks, index building).
    public var elements: [Element] {
        var parser = Parser(Array(source.unicodeScalars))
        return (try? parser.parseTop().elements) ?? []
    }
    public let anchoredStart: Bool
    public let anchoredEnd: Bool
    /// Words or concepts that must not occur anywhere.
    public let absent: [Element]
    /// `elements` compiled for the matcher (one object, its tables in one block).
    let program: CompiledProgram

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
        var parser = Parser(Array(source.unicodeScalars))
        let parsed = try parser.parseTop()
        self.init(source: source, parsed: parsed)
    }

    private init(source: String, parsed: (elements: [Element], start: Bool, end: Bool, absent: [Element])) {
        self.source = source
        self.anchoredStart = parsed.start
        self.anchoredEnd = parsed.end
        self.absent = parsed.absent
        self.program = CompiledProgram(Program(parsed.elements))
    }

    /// Compiles `source` and also returns its elements (an index built from many patterns needs
    /// them once, without parsing each pattern twice).
    static func compile(_ source: String) throws(CompileError) -> (pattern: TextPattern, elements: [Element]) {
        var parser = Parser(Array(source.unicodeScalars))
        let parsed = try parser.parseTop()
        return (TextPattern(source: source, parsed: parsed), parsed.elements)
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
        // Most patterns can start nowhere in the tokens (callers that try many patterns on the same
        // tokens pass the keys instead): rule that out before making the keys.
        let program = self.program
        if !program.entryAccepts && program.entryMask != ~0 {
            let limit = anchoredStart ? min(1, tokens.count) : tokens.count
            var possible = false
            for i in 0..<limit where WordKey(tokens[i]).signature & program.entryMask != 0 {
                possible = true
                break
            }
            if !possible { return nil }
        }
        return match(tokens, keys: tokens.map(WordKey.init), concepts: concept)
    }

    /// As `match(_:concepts:)`, with `keys[i] == WordKey(tokens[i])` worked out once by the caller
    /// (one clause is matched against many patterns).
    func match<C: ConceptPhrases>(_ tokens: [String], keys: [WordKey], concepts concept: C) -> Match? {
        keys.withUnsafeBufferPointer { tkeys in
            tokens.withUnsafeBufferPointer { ttokens in
                match(ttokens, keys: tkeys, concepts: concept).map { Match(range: $0.start..<$0.end, literals: $0.literals) }
            }
        }
    }

    /// The matcher on borrowed token buffers: the program's tables are read through its pointers
    /// (no reference counting or closure per table); the match's start, end and literals.
    @inline(__always)
    private func match<C: ConceptPhrases>(_ tokens: UnsafeBufferPointer<String>, keys tkeys: UnsafeBufferPointer<WordKey>,
                                          concepts concept: C) -> (start: Int, end: Int, literals: Int)? {
        let n = tokens.count
        let last = anchoredStart ? 0 : n
        let program = self.program
        // The first position where something of the pattern can start, found before any set-up
        // (most candidate patterns are anchored or start with a word).
        var first = 0
        if !program.entryAccepts {
            let mask = program.entryMask
            while first < n && (tkeys[first].signature & mask == 0 || !program.canEnter(tkeys[first], tokens[first])) { first += 1 }
            if first > last || first == n { return nil }
        }
        let states = program.stateCount + 1
        let words = (states + 63) >> 6
        // Per position: a bit per state reached, and the literals of the best way there.
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (n + 1) * words) { bits in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: (n + 1) * states) { lits in
                let m = Machine(states: UnsafeBufferPointer(start: program.states, count: program.stateCount),
                                pkeys: UnsafeBufferPointer(start: program.keys, count: program.wordCount),
                                words: UnsafeBufferPointer(start: program.words, count: program.wordCount),
                                concepts: UnsafeBufferPointer(start: program.concepts, count: program.conceptCount),
                                tkeys: tkeys, tokens: tokens,
                                bits: bits.baseAddress!, lits: lits.baseAddress!, width: words, count: states)
                let entry = UnsafeBufferPointer(start: program.entry, count: program.entryCount)
                for start in first...last {
                    // Only positions where something of the pattern can start are tried.
                    if !program.entryAccepts && (start == n || tkeys[start].signature & program.entryMask == 0 || !m.canEnter(entry, start)) { continue }
                    guard let best = m.run(start, anchoredEnd, concept) else { continue }
                    // Absent words are checked only once the pattern has matched (most candidates never do).
                    if absent.isEmpty { return (start, best.end, best.literals) }
                    return anyAbsent(Array(tokens), concept) ? nil : (start, best.end, best.literals)
                }
                return nil
            }
        }
    }

    /// One run of a `Program` over one token list, on caller-provided scratch memory.
    struct Machine {
        let states: UnsafeBufferPointer<Program.State>
        let pkeys: UnsafeBufferPointer<WordKey>
        let words: UnsafeBufferPointer<String>
        let concepts: UnsafeBufferPointer<String>
        let tkeys: UnsafeBufferPointer<WordKey>
        let tokens: UnsafeBufferPointer<String>
        /// `(tokens.count + 1) * width` words: which states are reached at each position.
        let bits: UnsafeMutablePointer<UInt64>
        /// `(tokens.count + 1) * count`: the most literals of a way to each reached state (only read where the bit is set).
        let lits: UnsafeMutablePointer<Int32>
        let width: Int
        /// States including the end state (the last).
        let count: Int

        /// Where a run has got to: rows up to `cleared` have their bits cleared; `furthest` is the
        /// last row anything reached.
        struct Frontier {
            var cleared: Int
            var furthest: Int
        }

        /// Marks `state` reached at `row` with `v` literals (keeping the most).
        @inline(__always)
        func reach(_ f: inout Frontier, _ row: Int, _ state: Int32, _ v: Int32) {
            while f.cleared < row {
                f.cleared += 1
                (bits + f.cleared * width).update(repeating: 0, count: width)
            }
            let s = Int(state)
            let w = bits + row * width + (s >> 6), bit = UInt64(1) << UInt64(s & 63)
            let l = lits + row * count + s
            if w.pointee & bit == 0 { w.pointee |= bit; l.pointee = v } else if l.pointee < v { l.pointee = v }
            if row > f.furthest { f.furthest = row }
        }

        /// Whether one of the entry states can consume `tokens[i]` (concepts and gaps: assumed yes).
        @inline(__always)
        func canEnter(_ entry: UnsafeBufferPointer<Int32>, _ i: Int) -> Bool {
            let t = tkeys[i]
            let sig = t.signature
            for s in entry {
                let st = states[Int(s)]
                switch st.op {
                case .word: if sig & st.mask != 0 && WordKey.equal(t, pkeys[Int(st.arg)], tokens[i], words[Int(st.arg)]) { return true }
                case .prefix: if WordKey.hasPrefix(t, pkeys[Int(st.arg)], tokens[i], words[Int(st.arg)]) { return true }
                case .words:
                    if sig & st.mask != 0 {
                        for k in Int(st.arg)..<Int(st.arg + st.alt) where WordKey.equal(t, pkeys[k], tokens[i], words[k]) { return true }
                    }
                default: return true
                }
            }
            return false
        }

        /// Runs from `start`: the shortest end where the end state is reached (at the last token if
        /// `anchoredEnd`) and the most literals of any way to get there. Only reached states are
        /// visited, lowest first (every move that consumes nothing goes to a later state).
        func run<C: ConceptPhrases>(_ start: Int, _ anchoredEnd: Bool, _ concept: C) -> (end: Int, literals: Int)? {
            let n = tokens.count
            let accept = count - 1
            (bits + start * width).update(repeating: 0, count: width)
            bits[start * width] = 1
            lits[start * count] = 0
            var f = Frontier(cleared: start, furthest: start)
            var i = start
            while i <= f.furthest {
                let rowBits = bits + i * width
                let rowLits = lits + i * count
                // Close the position under the moves that consume nothing.
                for w in 0..<width {
                    var done: UInt64 = 0
                    while true {
                        let pending = rowBits[w] & ~done
                        if pending == 0 { break }
                        let b = pending.trailingZeroBitCount
                        done |= UInt64(1) << UInt64(b)
                        let s = w << 6 | b
                        guard s < accept else { continue }
                        let st = states[s]
                        switch st.op {
                        case .split:
                            reach(&f, i, st.next, rowLits[s])
                            reach(&f, i, st.alt, rowLits[s])
                        case .jump:
                            reach(&f, i, st.next, rowLits[s])
                        default: break
                        }
                    }
                }
                if rowBits[accept >> 6] & (UInt64(1) << UInt64(accept & 63)) != 0 && (!anchoredEnd || i == n) {
                    return (i, Int(rowLits[accept]))
                }
                guard i < n else { break }
                let t = tkeys[i]
                let sig = t.signature
                for w in 0..<width {
                    var pending = rowBits[w]
                    while pending != 0 {
                        let b = pending.trailingZeroBitCount
                        pending &= pending &- 1
                        let s = w << 6 | b
                        guard s < accept else { continue }
                        let st = states[s]
                        let v = rowLits[s]
                        switch st.op {
                        case .word:
                            if sig & st.mask != 0 && WordKey.equal(t, pkeys[Int(st.arg)], tokens[i], words[Int(st.arg)]) { reach(&f, i + 1, st.next, v + 1) }
                        case .words:
                            guard sig & st.mask != 0 else { break }
                            for k in Int(st.arg)..<Int(st.arg + st.alt) where WordKey.equal(t, pkeys[k], tokens[i], words[k]) {
                                reach(&f, i + 1, st.next, v + 1)
                                break
                            }
                        case .prefix:
                            if WordKey.hasPrefix(t, pkeys[Int(st.arg)], tokens[i], words[Int(st.arg)]) { reach(&f, i + 1, st.next, v + 1) }
                        case .any:
                            reach(&f, i + 1, st.next, v)
                        case .concept:
                            // Only phrases that can start with tokens[i] are tried; every one that fits is an end.
                            _ = concept.candidates(concepts[Int(st.arg)], startingWith: tokens[i]) { phrase in
                                guard i + phrase.count <= n else { return false }
                                for (k, p) in phrase.enumerated() {
                                    let tok = tokens[i + k]
                                    // (`utf8.last` first: `hasSuffix` is slow and a phrase word rarely ends in '*'.)
                                    if tok != p && !(p.utf8.last == UInt8(ascii: "*") && p.hasSuffix("*") && tok.hasPrefix(p.dropLast())) { return false }
                                }
                                reach(&f, i + phrase.count, st.next, v + Int32(phrase.count))
                                return false
                            }
                        case .split, .jump:
                            break
                        }
                    }
                }
                i += 1
            }
            return nil
        }
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

/// A word as two machine words, so that the matcher compares tokens without `String ==`.
///
/// An ASCII word of at most 15 bytes is exact: its bytes, and its length in the top byte (two such
/// keys are equal exactly when the words are). A longer ASCII word keeps its first 15 bytes and the
/// tag `longASCII`; a word with any non-ASCII byte has the tag `other`. For those, equal keys (or any
/// `other`) fall back to comparing the strings, so the result is always that of `String ==` and
/// `hasPrefix` (which for ASCII compare bytes).
struct WordKey: Sendable, Equatable {
    var a: UInt64
    var b: UInt64

    static let longASCII: UInt64 = 0xFE
    static let other: UInt64 = 0xFF

    init(_ s: String) {
        var a: UInt64 = 0, b: UInt64 = 0, n = 0
        var tag: UInt64?
        for byte in s.utf8 {
            if byte >= 0x80 { tag = Self.other; break }
            if n < 8 { a |= UInt64(byte) << UInt64(8 * n) } else if n < 15 { b |= UInt64(byte) << UInt64(8 * (n - 8)) } else { tag = Self.longASCII }
            n += 1
        }
        if tag == Self.longASCII {
            // Only non-ASCII decides `other`, wherever it occurs.
            for byte in s.utf8.dropFirst(16) where byte >= 0x80 { tag = Self.other; break }
        }
        self.a = a
        self.b = b | ((tag ?? UInt64(n)) << 56)
    }

    var tag: UInt64 { b >> 56 }

    /// One bit of 64 picked by the word (all bits for a non-ASCII word, which may equal a different
    /// key): two equal words have a common bit, so a zero AND of signatures rules equality out.
    @inline(__always)
    var signature: UInt64 {
        tag == Self.other ? ~0 : UInt64(1) << ((a &* 0x9E37_79B9_7F4A_7C15 ^ b &* 0xC2B2_AE3D_27D4_EB4F) >> 58)
    }

    /// Whether the words are equal (`String ==`); `ts` and `ps` are the words themselves.
    @inline(__always)
    static func equal(_ t: WordKey, _ p: WordKey, _ ts: @autoclosure () -> String, _ ps: @autoclosure () -> String) -> Bool {
        if t.a == p.a && t.b == p.b { return t.tag < longASCII || ts() == ps() }
        if t.tag == other || p.tag == other { return ts() == ps() }
        return false
    }

    /// Whether the token `t` starts with the prefix `p` (`String.hasPrefix`).
    @inline(__always)
    static func hasPrefix(_ t: WordKey, _ p: WordKey, _ ts: @autoclosure () -> String, _ ps: @autoclosure () -> String) -> Bool {
        let pn = p.tag
        // An exact ASCII prefix against an ASCII token: compare the bytes under a mask.
        if pn < longASCII && t.tag != other {
            if t.tag < longASCII && t.tag < pn { return false }
            let ma: UInt64 = pn >= 8 ? ~0 : (UInt64(1) << (8 * pn)) &- 1
            let mb: UInt64 = pn <= 8 ? 0 : (UInt64(1) << (8 * (pn - 8))) &- 1
            return t.a & ma == p.a && t.b & mb == p.b & mb
        }
        return ts().hasPrefix(ps())
    }
}

extension TextPattern {
    /// The pattern compiled to a small automaton over tokens (Thompson construction), run position by
    /// position: every way of matching from a start is followed at once, keeping per state the most
    /// literal words any path has used to get there. The first position where the end state is
    /// reached is the shortest match, with the most literals among the shortest, exactly what
    /// trying every way one by one finds (literals only add up along a path, so the best way to a
    /// state is part of the best way through it).
    struct Program: Sendable {
        enum Op: UInt8, Sendable {
            /// Consume one token equal to `keys[arg]` (1 literal), then go to `next`.
            case word
            /// Consume one token starting with `keys[arg]` (1 literal).
            case prefix
            /// Consume one token equal to one of `keys[arg..<arg + alt]` (1 literal): alternatives of single words.
            case words
            /// Consume a phrase of the concept `concepts[arg]` (one literal per word).
            case concept
            /// Consume any one token (a gap).
            case any
            /// Go to `next` and to `alt` without consuming.
            case split
            /// Go to `next` without consuming.
            case jump
        }

        struct State: Sendable {
            var op: Op
            var arg: Int32
            var next: Int32
            var alt: Int32
            /// For `word` and `words`: the OR of the words' signatures (a token without a common bit is none of them).
            var mask: UInt64 = ~0
        }

        /// Every epsilon edge (split, jump) goes to a later state, so one pass in state order closes a position.
        var states: [State] = []
        var keys: [WordKey] = []
        var words: [String] = []
        var concepts: [String] = []
        /// The consuming states reachable from the start without consuming a token.
        var entry: [Int32] = []
        /// Whether the end can be reached from the start without consuming a token.
        var entryAccepts = false
        /// The OR of the entry states' masks: a token without a common bit cannot start a match.
        var entryMask: UInt64 = 0

        init(_ elements: [Element]) {
            let tail = emitSequence(elements)
            patch(tail, to: states.count)
            // Entry closure.
            let accept = states.count
            var reach = [Bool](repeating: false, count: accept + 1)
            reach[0] = true
            for s in 0..<accept where reach[s] {
                switch states[s].op {
                case .split: reach[Int(states[s].next)] = true; reach[Int(states[s].alt)] = true
                case .jump: reach[Int(states[s].next)] = true
                default:
                    entry.append(Int32(s))
                    entryMask |= states[s].mask
                }
            }
            entryAccepts = reach[accept]
        }

        /// A state field to point at the end of what is being emitted: (state, true) for `alt`.
        typealias Patch = (state: Int, alt: Bool)

        private mutating func add(_ op: Op, _ arg: Int32 = 0, next: Int = -1, alt: Int = -1) -> Int {
            states.append(State(op: op, arg: arg, next: Int32(next), alt: Int32(alt)))
            return states.count - 1
        }

        private mutating func patch(_ ps: [Patch], to target: Int) {
            for p in ps { if p.alt { states[p.state].alt = Int32(target) } else { states[p.state].next = Int32(target) } }
        }

        private mutating func word(_ w: String) -> Int32 {
            keys.append(WordKey(w))
            words.append(w)
            return Int32(words.count - 1)
        }

        /// Emits a sequence; returns the fields to point at what follows it.
        private mutating func emitSequence(_ seq: [Element]) -> [Patch] {
            var pending: [Patch] = []
            for e in seq {
                // What the previous element left open continues here.
                patch(pending, to: states.count)
                pending = emit(e)
            }
            return pending
        }

        private mutating func emit(_ e: Element) -> [Patch] {
            switch e {
            case .word(let w):
                let arg = word(w)
                let s = add(.word, arg)
                states[s].mask = keys[Int(arg)].signature
                return [(s, false)]
            case .prefix(let p):
                let arg = word(p)
                return [(add(.prefix, arg), false)]
            case .concept(let name):
                concepts.append(name)
                return [(add(.concept, Int32(concepts.count - 1)), false)]
            case .gap(nil):
                let g = add(.split, next: -1, alt: states.count + 1)
                _ = add(.any, next: g)
                return [(g, false)]
            case .gap(let limit?):
                var out: [Patch] = []
                for k in 0..<max(0, limit) {
                    let s = add(.split, next: -1, alt: states.count + 1)
                    out.append((s, false))
                    let a = add(.any)
                    if k == limit - 1 { out.append((a, false)) } else { states[a].next = Int32(states.count) }
                }
                return out
            case .alternatives(let alts):
                return emitAlternatives(alts)
            case .optional(let alts):
                let s = add(.split, next: -1, alt: states.count + 1)
                return [(s, false)] + emitAlternatives(alts)
            }
        }

        /// `alts.count - 1` splits, then each alternative; all but the last end in a jump to the end.
        /// The alternatives that are one plain word each become one `words` state (the order of
        /// alternatives does not change what matches: every way is followed).
        private mutating func emitAlternatives(_ alts: [[Element]]) -> [Patch] {
            var single: [String] = []
            var rest: [[Element]] = []
            for alt in alts {
                if alt.count == 1, case .word(let w) = alt[0] { single.append(w) } else { rest.append(alt) }
            }
            // A branch: a sequence, or (nil) the word set.
            var branches: [[Element]?] = rest.map { $0 }
            if single.count > 1 { branches.append(nil) } else { branches = alts.map { $0 } }
            guard branches.count > 1 else { return branches.isEmpty ? [] : emitBranch(branches[0], single) }
            var splits: [Int] = []
            for _ in 0..<(branches.count - 1) { splits.append(add(.split)) }
            var out: [Patch] = []
            for (j, branch) in branches.enumerated() {
                let start = states.count
                if j < splits.count { states[splits[j]].next = Int32(start) }
                if j > 0 {
                    // The split before this branch's own one (or the last split) falls through here.
                    if j < splits.count { states[splits[j - 1]].alt = Int32(splits[j]) } else { states[splits[j - 1]].alt = Int32(start) }
                }
                let tail = emitBranch(branch, single)
                if j < branches.count - 1 {
                    patch(tail, to: states.count)
                    out.append((add(.jump), false))
                } else {
                    out += tail
                }
            }
            return out
        }

        private mutating func emitBranch(_ branch: [Element]?, _ single: [String]) -> [Patch] {
            guard branch == nil else { return emitSequence(branch!) }
            let first = Int32(keys.count)
            var mask: UInt64 = 0
            for w in single { mask |= keys[Int(word(w))].signature }
            let s = add(.words, first, alt: single.count)
            states[s].mask = mask
            return [(s, false)]
        }
    }
}

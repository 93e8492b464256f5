import Foundation

/// Example-based evidence: the labelled utterances nearest to what the trainee said.
///
/// The pattern tables recognise the phrasings someone thought of; clinicians find others. The
/// bank holds thousands of therapist utterances written by independent authors in different
/// styles (North American spoken, British typed, experienced IPT clinicians, trainees, second-
/// language English, clinicians from other schools) and labelled with the technique each mainly
/// does (`Data/example-bank/`). An utterance is compared with every example by the words and
/// adjacent word pairs they share, weighted by how rare each is in the bank (tf-idf cosine). Only
/// fillers are left out: "when did", "how has", "what would" say as much about the move as the
/// nouns do. The `k` nearest vote with the square of their similarity. Nothing is trained: the
/// weights are counted from the bank when it is first used, the result is deterministic and
/// `explain` shows the examples that voted.
///
/// How the vote and the patterns are combined is `RuleRecognizer.exampleBlend`.
struct ExampleBank: Sendable {
    struct Example: Sendable {
        let technique: String
        let text: String
    }

    struct Neighbour: Sendable {
        let example: Int
        let similarity: Double
    }

    struct Vote: Sendable {
        /// Similarity of the single nearest example (0...1).
        let nearest: Double
        let neighbours: [Neighbour]
        /// Every technique the nearest examples voted for ("" = no technique), with its share of the
        /// similarity-weighted votes (0...1), largest first (the nearer example's technique first
        /// among equal shares); `voters`: how many of the nearest examples voted for it; `sameKind`:
        /// how many of those are of the utterance's kind (question or statement).
        let shares: [(technique: String, share: Double, voters: Int, sameKind: Int)]

        /// The technique with most votes, and its share.
        var technique: String { shares[0].technique }
        var share: Double { shares[0].share }

        func share(of technique: String) -> Double { shares.first { $0.technique == technique }?.share ?? 0 }
    }

    /// The examples, read from `source` when asked for (explain, tests): the bank keeps only each
    /// example's technique number and where its text lies in `source` (about 0.6 MB less than
    /// keeping thousands of strings).
    var examples: Examples { Examples(bank: self) }

    struct Examples: RandomAccessCollection, Sendable {
        let bank: ExampleBank
        var startIndex: Int { 0 }
        var endIndex: Int { bank.techniqueOf.count }
        subscript(i: Int) -> Example {
            let utf8 = bank.sourceText.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: Int(bank.textStart[i]))
            let end = utf8.index(utf8.startIndex, offsetBy: Int(bank.textEnd[i]))
            return Example(technique: bank.techniqueNames[Int(bank.techniqueOf[i])], text: String(decoding: utf8[start..<end], as: UTF8.self))
        }
    }

    /// Technique names ("" = no technique), each example's index into them, and its text's byte range in `source`.
    private let sourceText: String
    private let techniqueNames: [String]
    private let techniqueOf: [UInt16]
    /// Whether each example is written as a question (has a "?").
    private let asksQuestion: [Bool]
    private let textStart: [Int32]
    private let textEnd: [Int32]
    /// Word -> term id, and (word id, word id) pair -> term id; the postings of term `t` are
    /// `postingExample/Weight[postingStart[t]..<postingStart[t + 1]]` (weights are tf-idf values
    /// already divided by the example's norm).
    private let wordID: [String: Int32]
    /// Word pair keys, ascending, and each one's term id (a sorted array is a third the size of a dictionary).
    private let pairKeys: [UInt64]
    private let pairIDs: [Int32]
    private let idf: [Float]
    private let postingStart: [Int32]
    /// (UInt16: the bank holds well under 65,536 examples; `init` stops if it ever does not.)
    private let postingExample: [UInt16]
    private let postingWeight: [Float]
    /// Whether a term is a single word (not a word pair): only single words count as shared.
    private let isWord: [Bool]
    /// Terms in more than `commonShare` of the examples ("what", "your", "how do"): they count in
    /// every length (norm) but are not looked up. They add about the same small amount to every
    /// example, cost most of the search and, measured on three unseen authors' sets, decide
    /// nothing (0.845 with them skipped, 0.840 with them looked up).
    private let isCommon: [Bool]
    static let commonShare: Float = 0.1
    static let otherKind: Float = 0.85
    private let defaultIDF: Float

    static let shared = ExampleBank(source: source)

    init(source: String) {
        var techniqueNames: [String] = []
        var techniqueIndex: [String: UInt16] = [:]
        var techniqueOf: [UInt16] = []
        var asksQuestion: [Bool] = []
        var textStart: [Int32] = []
        var textEnd: [Int32] = []
        var wordID: [String: Int32] = [:]
        var pairID: [UInt64: Int32] = [:]
        var isWord: [Bool] = []
        // Every example's sorted term ids, one after the other (one array, not one per example).
        var docTerms: [Int32] = []
        var docStart: [Int] = [0]
        // Term ids in order of first appearance: an example's words, then its word pairs.
        func id(_ w: String) -> Int32 {
            if let id = wordID[w] { return id }
            let id = Int32(isWord.count)
            wordID[w] = id
            isWord.append(true)
            return id
        }
        // Split on bytes: String.split(separator:) walks grapheme clusters, a tenth of the start-up cost.
        let utf8 = source.utf8
        for line in utf8.split(separator: UInt8(ascii: "\n")) {
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let text = String(decoding: line[line.index(after: tab)...], as: UTF8.self)
            let technique = String(decoding: line[..<tab], as: UTF8.self)
            if techniqueIndex[technique] == nil {
                techniqueIndex[technique] = UInt16(techniqueNames.count)
                techniqueNames.append(technique)
            }
            techniqueOf.append(techniqueIndex[technique]!)
            asksQuestion.append(line[line.index(after: tab)...].contains(UInt8(ascii: "?")))
            textStart.append(Int32(utf8.distance(from: utf8.startIndex, to: line.index(after: tab))))
            textEnd.append(Int32(utf8.distance(from: utf8.startIndex, to: line.endIndex)))
            let words = Self.terms(Normalizer.tokens(text)).map(id)
            var ids = words
            for i in words.indices.dropFirst() {
                let key = Self.pairKey(words[i - 1], words[i])
                if let p = pairID[key] { ids.append(p); continue }
                let p = Int32(isWord.count)
                pairID[key] = p
                isWord.append(false)
                ids.append(p)
            }
            docTerms += Self.sortedUnique(ids)
            docStart.append(docTerms.count)
        }
        func doc(_ e: Int) -> ArraySlice<Int32> { docTerms[docStart[e]..<docStart[e + 1]] }
        // The pair dictionary is done with: sorted keys from here on, and its storage goes before
        // the postings are allocated (the bank's build is the session's memory peak).
        var keys = Array(pairID.keys)
        keys.sort()
        let pairIDs = keys.map { pairID[$0]! }
        pairID = [:]
        let names = isWord
        var df = [Int32](repeating: 0, count: names.count)
        for t in docTerms { df[Int(t)] += 1 }
        let n = Float(techniqueOf.count)
        let idf = df.map { logf((n + 1) / (Float($0) + 1)) }
        let isCommon = df.map { Float($0) > Self.commonShare * n }
        // Postings by term, examples ascending (so the sums are the same on every run).
        var count = [Int32](repeating: 0, count: names.count + 1)
        for t in docTerms where !isCommon[Int(t)] { count[Int(t) + 1] += 1 }
        for i in 1..<count.count { count[i] += count[i - 1] }
        var fill = count
        precondition(techniqueOf.count <= Int(UInt16.max) + 1, "the example bank outgrew UInt16 example numbers in its postings")
        var postingExample = [UInt16](repeating: 0, count: Int(count.last ?? 0))
        var postingWeight = [Float](repeating: 0, count: Int(count.last ?? 0))
        for e in 0..<(docStart.count - 1) {
            let d = doc(e)
            var norm: Float = 0
            for t in d { norm += idf[Int(t)] * idf[Int(t)] }
            norm = norm.squareRoot()
            for t in d where !isCommon[Int(t)] {
                let slot = Int(fill[Int(t)])
                postingExample[slot] = UInt16(e)
                postingWeight[slot] = norm > 0 ? idf[Int(t)] / norm : 0
                fill[Int(t)] += 1
            }
        }
        self.sourceText = source
        self.techniqueNames = techniqueNames
        self.techniqueOf = techniqueOf
        self.asksQuestion = asksQuestion
        self.textStart = textStart
        self.textEnd = textEnd
        self.wordID = wordID
        self.pairIDs = pairIDs
        self.pairKeys = keys
        self.idf = idf
        self.postingStart = count
        self.postingExample = postingExample
        self.postingWeight = postingWeight
        self.isWord = isWord
        self.isCommon = isCommon
        self.defaultIDF = logf(n + 1)
    }

    /// The term id of a word pair the bank has seen (binary search).
    private func pairTerm(_ key: UInt64) -> Int32? {
        var lo = 0, hi = pairKeys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if pairKeys[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < pairKeys.count && pairKeys[lo] == key ? pairIDs[lo] : nil
    }

    /// The `k` nearest examples' vote (each weighted by its similarity squared) among those sharing
    /// at least `minShared` words with the utterance (words too common to be looked up do not count),
    /// or nil when there are none. k = 20 and the square were chosen on three unseen authors' sets
    /// (k 5 -> 20: 0.816 -> 0.834 alone on the freshest; squared vs plain similarity +0.5 to +1 point).
    ///
    /// `isQuestion`: whether the utterance asks something; an example of the other kind (a question
    /// for a statement or the reverse) counts `otherKind` as near ("How do you feel about losing
    /// your job?" is not "It sounds like losing your job is at the heart of this"; +0.4 points on
    /// the three sets).
    func vote(_ tokens: [String], isQuestion: Bool? = nil, k: Int = 20, minShared: Int = 2) -> Vote? {
        var known: [Int32] = []
        var norm: Float = 0
        // A word or pair the bank never saw counts towards the query's length (it makes the
        // utterance less like every example) but matches nothing.
        var unknown = Set<String>()
        let words = Self.terms(tokens)
        let ids = words.map { wordID[$0] }
        for (i, w) in words.enumerated() {
            if let id = ids[i] { known.append(id) } else { unknown.insert(w) }
            if i > 0 {
                if let a = ids[i - 1], let b = ids[i], let p = pairTerm(Self.pairKey(a, b)) { known.append(p) } else { unknown.insert(words[i - 1] + "_" + w) }
            }
        }
        known = Self.sortedUnique(known)
        for t in known { norm += idf[Int(t)] * idf[Int(t)] }
        norm += Float(unknown.count) * defaultIDF * defaultIDF
        norm = norm.squareRoot()
        guard norm > 0, !known.isEmpty else { return nil }
        var scores = [Float](repeating: 0, count: techniqueOf.count)
        var shared = [UInt8](repeating: 0, count: techniqueOf.count)
        var seen = [Bool](repeating: false, count: techniqueOf.count)
        var touched: [Int32] = []
        touched.reserveCapacity(1024)
        // The hot loop of the vote (every turn walks a few thousand postings): raw buffers, no
        // bounds checks; every index comes from the postings built above.
        scores.withUnsafeMutableBufferPointer { scores in
            shared.withUnsafeMutableBufferPointer { shared in
                seen.withUnsafeMutableBufferPointer { seen in
                    postingExample.withUnsafeBufferPointer { examples in
                        postingWeight.withUnsafeBufferPointer { weights in
                            for t in known where !isCommon[Int(t)] {
                                let qw = idf[Int(t)] / norm
                                let word: UInt8 = isWord[Int(t)] ? 1 : 0
                                for slot in Int(postingStart[Int(t)])..<Int(postingStart[Int(t) + 1]) {
                                    let e = Int(examples[slot])
                                    if !seen[e] { seen[e] = true; touched.append(Int32(e)) }
                                    scores[e] += qw * weights[slot]
                                    shared[e] &+= word
                                }
                            }
                        }
                    }
                }
            }
        }
        // An example that shares a single content word is no evidence ("Have you talked to Stan?"
        // is not like "How is it, talking to me about this?"). Highest similarity first; the
        // earlier example wins a tie.
        var top: [(Int32, Float)] = []
        for e in touched where Int(shared[Int(e)]) >= minShared {
            var s = scores[Int(e)]
            if let isQuestion, asksQuestion[Int(e)] != isQuestion { s *= Self.otherKind }
            guard top.count < k || s > top[top.count - 1].1 || (s == top[top.count - 1].1 && e < top[top.count - 1].0) else { continue }
            var i = top.count
            while i > 0 && (top[i - 1].1 < s || (top[i - 1].1 == s && top[i - 1].0 > e)) { i -= 1 }
            top.insert((e, s), at: i)
            if top.count > k { top.removeLast() }
        }
        guard !top.isEmpty else { return nil }
        var tally: [String: Double] = [:]
        var count: [String: Int] = [:]
        var sameKind: [String: Int] = [:]
        var order: [String] = []
        var total = 0.0
        for (e, s) in top {
            let t = techniqueNames[Int(techniqueOf[Int(e)])]
            if tally[t] == nil { order.append(t) }
            tally[t, default: 0] += Double(s) * Double(s)
            count[t, default: 0] += 1
            if isQuestion.map({ asksQuestion[Int(e)] == $0 }) ?? true { sameKind[t, default: 0] += 1 }
            total += Double(s) * Double(s)
        }
        guard total > 0 else { return nil }
        // Most votes; among equal votes, the technique of the nearer example (`order` is nearest first).
        let shares = order.enumerated().sorted { a, b in tally[a.element]! != tally[b.element]! ? tally[a.element]! > tally[b.element]! : a.offset < b.offset }
            .map { (technique: $0.element, share: tally[$0.element]! / total, voters: count[$0.element]!, sameKind: sameKind[$0.element] ?? 0) }
        return Vote(nearest: Double(top[0].1), neighbours: top.map { Neighbour(example: Int($0.0), similarity: Double($0.1)) }, shares: shares)
    }

    /// The words an example is compared by (light stemming, fillers left out), in order; adjacent
    /// ones also make a pair term.
    static func terms(_ tokens: [String]) -> [String] {
        var words: [String] = []
        words.reserveCapacity(tokens.count)
        for t in tokens where !fillers.contains(t) { words.append(stem(t)) }
        return words
    }

    /// Ascending, each id once (the order that keeps the float sums the same on every run).
    static func sortedUnique(_ ids: [Int32]) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(ids.count)
        for id in ids.sorted() where out.last != id { out.append(id) }
        return out
    }

    static func pairKey(_ a: Int32, _ b: Int32) -> UInt64 { UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b)) }

    static func stem(_ w: String) -> String {
        let u = w.utf8
        guard u.count > 4 else { return w }
        // An ASCII word (nearly all): its bytes are its characters, so the last bytes decide
        // `hasSuffix` without a Unicode comparison or an array of suffixes per call.
        if u.allSatisfy({ $0 < 0x80 }) {
            // (Each byte is a character: dropping bytes is `dropLast`.)
            var word = w
            return word.withUTF8 { c -> String in
                let n = c.count
                var drop = 0
                if c[n - 1] == UInt8(ascii: "g") && c[n - 2] == UInt8(ascii: "n") && c[n - 3] == UInt8(ascii: "i") { drop = 3 }
                else if c[n - 1] == UInt8(ascii: "d") && c[n - 2] == UInt8(ascii: "e") { drop = 2 }
                else if c[n - 1] == UInt8(ascii: "s") { drop = 1 }
                return drop == 0 ? w : String(decoding: UnsafeBufferPointer(rebasing: c[..<(n - drop)]), as: UTF8.self)
            }
        }
        for suffix in ["ing", "ed", "s"] where w.hasSuffix(suffix) { return String(w.dropLast(suffix.count)) }
        return w
    }

    /// Fillers, articles and "you" (in nearly every turn): left out of the comparison. Question
    /// words, auxiliaries and pronouns stay: with them the bank alone named the first technique of
    /// three unseen authors' sets 0.65 -> 0.80.
    static let fillers: Set<String> = ["um", "uh", "erm", "er", "like", "kind", "sort", "okay", "ok", "well", "so", "just",
                                       "really", "mean", "know", "you", "the", "a", "an"]

    /// Function words and fillers: they say how something is asked, not what it is about (the
    /// recognizer's test of whether an utterance has content enough to compare).
    static let stopwords: Set<String> = Set("""
        i you your yours yourself me my mine we us our the a an and or but so to of in on at for with about that this \
        these those it its is are was were be been being do does did done have has had what how when where who why which \
        would could can will shall should may might must just really very kind sort bit little um uh erm er like know \
        mean okay ok well then there here if as by from not no yes up out into over than too also any some all more most \
        one two get got go going say said tell think thing things something anything lot now
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}

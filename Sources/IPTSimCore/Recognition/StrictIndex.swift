/// A stricter test than `RuleIndex.viable`, for the rules that pass it: each mandatory element of a
/// pattern starts at a position where one of its keys is, and the elements' positions follow one
/// another at the distances the elements between allow. An element's keys are more precise than
/// its required group: an alternative of several words is keyed by its first two ("get the"
/// for "get the hang of"), and a prefix (`opportunit*`) is a key too. A rule that fails cannot
/// match; `explain`'s count is still the `viable` one.
struct StrictIndex: Sendable {
    /// Word -> id; (word id, word id) -> id of the pair; prefixes by their first three bytes.
    let words: [String: Int32]
    let pairs: [UInt64: Int32]
    let prefixBytes: [[UInt8]]
    let prefixIDs: [Int32]
    /// First three bytes (little-endian) -> indices into `prefixBytes`; prefixes shorter than three bytes are tried on every token.
    let prefixBuckets: [UInt32: [Int32]]
    let shortPrefixes: [Int32]
    let idCount: Int
    /// Group `g`'s key ids: `groupMembers[groupStart[g]..<groupStart[g + 1]]`.
    let groupStart: [Int32]
    let groupMembers: [Int32]
    /// Rule `r`'s groups in pattern order, `ruleGroups[ruleStart[r]..<ruleStart[r + 1]]`, and
    /// for each where it may be: `lo | hi << 8` tokens after the previous group's position (the
    /// first group: its positions, for an anchored pattern); `hi` 255 is no limit.
    let ruleStart: [Int32]
    let ruleGroups: [Int32]
    let ruleLinks: [UInt16]
    /// Each rule with groups is listed under the key ids of one of them, its trigger (the group
    /// whose keys occur in the fewest rules' groups): id `v`'s rules are
    /// `triggerRules[triggerStart[v]..<triggerStart[v + 1]]`, ascending. Rules without groups: `ungrouped`.
    let triggerStart: [Int32]
    let triggerRules: [Int32]
    let ungrouped: [Int]

    struct Builder {
        var words: [String: Int32] = [:]
        var pairs: [UInt64: Int32] = [:]
        var prefixes: [String: Int32] = [:]
        var prefixBytes: [[UInt8]] = []
        var prefixIDs: [Int32] = []
        var idCount: Int32 = 0
        var groupIDs: [[Int32]: Int32] = [:]
        var groupStart: [Int32] = [0]
        var groupMembers: [Int32] = []
        var ruleStart: [Int32] = [0]
        var ruleGroups: [Int32] = []
        var ruleLinks: [UInt16] = []
        /// Concept name -> its strict group and required word ids (nil: a prefix among its keys), once worked out.
        var conceptGroup: [String: (strict: Int32, required: [Int32]?)] = [:]

        mutating func word(_ w: String) -> Int32 {
            if let id = words[w] { return id }
            words[w] = idCount
            idCount += 1
            return idCount - 1
        }

        mutating func id(_ key: StrictIndex.Key) -> Int32 {
            switch key {
            case .word(let w): return word(w)
            case .pair(let a, let b):
                let k = StrictIndex.pairKey(word(a), word(b))
                if let id = pairs[k] { return id }
                pairs[k] = idCount
                idCount += 1
                return idCount - 1
            case .prefix(let p):
                if let id = prefixes[p] { return id }
                prefixes[p] = idCount
                prefixBytes.append(Array(p.utf8))
                prefixIDs.append(idCount)
                idCount += 1
                return idCount - 1
            }
        }

        /// One rule's groups and links, from its elements. Returns `TechniqueRule.requiredGroups(els)`
        /// as word ids (sorted, each once): the keys' first words, for the elements with no prefix among their keys.
        mutating func add(_ els: [TextPattern.Element], anchoredStart: Bool) -> [[Int32]] {
            var required: [[Int32]] = []
            var lo = 0
            var hi: Int? = 0
            var first = true
            for e in els {
                var group: (strict: Int32, required: [Int32]?)?
                if case .concept(let name) = e, let known = conceptGroup[name] {
                    // (A concept's groups once worked out, not once per rule naming it.)
                    group = known
                } else if let keys = StrictIndex.keys(e) {
                    var ids: [Int32] = []
                    var firstWords: [Int32] = []
                    var prefixed = false
                    ids.reserveCapacity(keys.count)
                    for k in keys {
                        ids.append(id(k))
                        switch k {
                        case .word(let w): firstWords.append(word(w))
                        case .pair(let a, _): firstWords.append(word(a))
                        case .prefix: prefixed = true
                        }
                    }
                    let g: Int32
                    let unique = Self.sortedUnique(ids)
                    if let known = groupIDs[unique] { g = known } else {
                        g = Int32(groupStart.count - 1)
                        groupIDs[unique] = g
                        groupMembers += unique
                        groupStart.append(Int32(groupMembers.count))
                    }
                    group = (g, prefixed ? nil : Self.sortedUnique(firstWords))
                    if case .concept(let name) = e { conceptGroup[name] = group }
                }
                if let group {
                    ruleGroups.append(group.strict)
                    ruleLinks.append(StrictIndex.link(first: first, anchoredStart: anchoredStart, lo: lo, hi: hi))
                    first = false
                    (lo, hi) = (0, 0)
                    if let r = group.required { required.append(r) }
                }
                let n = StrictIndex.lengthRange(e)
                lo += n.min
                hi = hi.flatMap { h in n.max.map { h + $0 } }
            }
            ruleStart.append(Int32(ruleGroups.count))
            return required
        }

        static func sortedUnique(_ ids: [Int32]) -> [Int32] {
            var ids = ids
            ids.sort()
            var w = 0
            for x in ids.indices where x == 0 || ids[x] != ids[x - 1] { ids[w] = ids[x]; w += 1 }
            ids.removeLast(ids.count - w)
            return ids
        }
    }

    init(_ b: Builder) {
        words = b.words
        pairs = b.pairs
        prefixBytes = b.prefixBytes
        prefixIDs = b.prefixIDs
        var buckets: [UInt32: [Int32]] = [:]
        var short: [Int32] = []
        for (i, p) in b.prefixBytes.enumerated() {
            if p.count < 3 { short.append(Int32(i)) } else { buckets[Self.bucket(p[0], p[1], p[2]), default: []].append(Int32(i)) }
        }
        prefixBuckets = buckets
        shortPrefixes = short
        idCount = Int(b.idCount)
        groupStart = b.groupStart
        groupMembers = b.groupMembers
        ruleStart = b.ruleStart
        ruleGroups = b.ruleGroups
        ruleLinks = b.ruleLinks
        // Triggers, as `RuleIndex` picks them.
        let ruleCount = b.ruleStart.count - 1
        var occurrences = [Int32](repeating: 0, count: idCount)
        for g in b.ruleGroups {
            for m in Int(b.groupStart[Int(g)])..<Int(b.groupStart[Int(g) + 1]) { occurrences[Int(b.groupMembers[m])] += 1 }
        }
        var triggerOf = [Int32](repeating: -1, count: ruleCount)
        var perID = [Int32](repeating: 0, count: idCount + 1)
        var ungrouped: [Int] = []
        for r in 0..<ruleCount {
            var best: Int32 = -1
            var bestCost = Int.max
            for k in Int(b.ruleStart[r])..<Int(b.ruleStart[r + 1]) {
                let g = Int(b.ruleGroups[k])
                var cost = 0
                for m in Int(b.groupStart[g])..<Int(b.groupStart[g + 1]) { cost += Int(occurrences[Int(b.groupMembers[m])]) }
                if cost < bestCost { bestCost = cost; best = Int32(g) }
            }
            triggerOf[r] = best
            if best < 0 { ungrouped.append(r); continue }
            for m in Int(b.groupStart[Int(best)])..<Int(b.groupStart[Int(best) + 1]) { perID[Int(b.groupMembers[m]) + 1] += 1 }
        }
        for v in 0..<idCount { perID[v + 1] += perID[v] }
        var fill = perID
        var triggerRules = [Int32](repeating: 0, count: Int(perID.last ?? 0))
        for r in 0..<ruleCount where triggerOf[r] >= 0 {
            let g = Int(triggerOf[r])
            for m in Int(b.groupStart[g])..<Int(b.groupStart[g + 1]) {
                let v = Int(b.groupMembers[m])
                triggerRules[Int(fill[v])] = Int32(r)
                fill[v] += 1
            }
        }
        triggerStart = perID
        self.triggerRules = triggerRules
        self.ungrouped = ungrouped
    }

    /// A key of an element: where it starts, the token is the word, the two tokens are the pair,
    /// or the token starts with the prefix (its bytes: for ASCII, as `String.hasPrefix`; otherwise
    /// a byte prefix is at least every `hasPrefix` one, so nothing is missed).
    enum Key { case word(String), pair(String, String), prefix(String) }

    /// The keys one of which starts the element, or nil if they cannot be named (optional, gap,
    /// a concept not built in or with a phrase starting with a prefix).
    static func keys(_ e: TextPattern.Element) -> [Key]? {
        switch e {
        case .word(let w): return [.word(w)]
        // (Only an ASCII prefix: `hasPrefix` with it implies the same first bytes.)
        case .prefix(let p): return p.isEmpty || !p.utf8.allSatisfy({ $0 < 0x80 }) ? nil : [.prefix(p)]
        case .concept(let name):
            guard let starts = RuleIndex.builtinStarts[name] ?? nil else { return nil }
            return starts.map { Key.word($0) }
        case .alternatives(let alts):
            var out: [Key] = []
            for alt in alts {
                guard let first = alt.first else { return nil }
                if case .word(let a) = first {
                    if alt.count > 1, case .word(let b) = alt[1] { out.append(.pair(a, b)) } else { out.append(.word(a)) }
                    continue
                }
                guard let k = keys(first) else { return nil }
                out += k
            }
            return out
        case .optional, .gap: return nil
        }
    }

    /// The least and most tokens the element can consume (nil: no limit). A concept's phrases
    /// are never empty where they are matched (`PhraseIndex` skips empty ones).
    static func lengthRange(_ e: TextPattern.Element) -> (min: Int, max: Int?) {
        switch e {
        case .word, .prefix: return (1, 1)
        case .concept: return (1, nil)
        case .gap(nil): return (0, nil)
        case .gap(let limit?): return (0, max(0, limit))
        case .alternatives(let alts), .optional(let alts):
            var lo = Int.max
            var hi: Int? = 0
            for alt in alts {
                var a = 0
                var b: Int? = 0
                for x in alt {
                    let n = lengthRange(x)
                    a += n.min
                    b = b.flatMap { h in n.max.map { h + $0 } }
                }
                lo = min(lo, a)
                hi = hi.flatMap { h in b.map { max(h, $0) } }
            }
            if case .optional = e { lo = 0 }
            return (alts.isEmpty ? 0 : lo, hi)
        }
    }

    /// One `ruleLinks` entry from the least and most tokens (nil: no limit) from the previous
    /// group's start (from the pattern's start for the first group). Nothing is beyond 64 tokens
    /// (`filter` looks at clauses of at most 64), so larger numbers are cut to 64.
    static func link(first: Bool, anchoredStart: Bool, lo: Int, hi: Int?) -> UInt16 {
        if first && !anchoredStart { return 255 << 8 }
        let h = hi.map { min($0, 64) } ?? 255
        return UInt16(min(lo, 64)) | UInt16(h) << 8
    }

    /// The bits of positions lo...hi (hi 255: no limit) of a 64-bit position set.
    @inline(__always)
    static func span(_ lo: Int, _ hi: Int) -> UInt64 {
        guard lo <= 63, lo <= hi else { return 0 }
        let upTo: UInt64 = hi >= 63 ? ~0 : (UInt64(1) << UInt64(hi + 1)) &- 1
        return upTo & (~UInt64(0) << UInt64(lo))
    }

    static func pairKey(_ a: Int32, _ b: Int32) -> UInt64 { UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b)) }

    static func bucket(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt32 { UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16 }

    /// The rules of `rules` (ascending) that pass: every group has a key at a position that
    /// follows the previous group's as the links allow. Clauses over 64 tokens: all of them.
    func filter(_ rules: [Int], _ tokens: [String]) -> [Int] {
        guard tokens.count <= 64, !rules.isEmpty, idCount > 0 else { return rules }
        return run(tokens, rules)
    }

    /// The rules that pass (`filter`) among all, found through the triggers: nil for a clause
    /// over 64 tokens (the caller then filters `RuleIndex.viable`).
    func candidates(_ tokens: [String]) -> [Int]? {
        guard tokens.count <= 64 else { return nil }
        guard idCount > 0 else { return ungrouped }
        return run(tokens, nil)
    }

    /// `filter(rules, tokens)`, or with `rules` nil the rules listed under the keys that occur and the ungrouped ones.
    private func run(_ tokens: [String], _ rules: [Int]?) -> [Int] {
        let n = tokens.count
        let groupCount = groupStart.count - 1
        var out: [Int] = []
        out.reserveCapacity(rules?.count ?? 32)
        var foundIDs: [Int32] = []
        // Per key id that occurs: a bit per position where it does (`present` says which entries are set).
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ((idCount + 63) >> 6) + idCount) { scratch in
            let presentCount = (idCount + 63) >> 6
            let present = UnsafeMutableBufferPointer(rebasing: scratch[0..<presentCount])
            let positions = UnsafeMutableBufferPointer(rebasing: scratch[presentCount...])
            present.initialize(repeating: 0)
            @inline(__always) func add(_ id: Int32, _ i: Int) {
                let v = Int(id)
                let bit = UInt64(1) << UInt64(v & 63)
                if present[v >> 6] & bit == 0 { present[v >> 6] |= bit; positions[v] = 0; foundIDs.append(id) }
                positions[v] |= UInt64(1) << UInt64(i)
            }
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, n)) { wordAt in
                for (i, t) in tokens.enumerated() {
                    let w = words[t] ?? -1
                    wordAt[i] = w
                    if w >= 0 { add(w, i) }
                    if !prefixBytes.isEmpty {
                        var t = t
                        t.withUTF8 { bytes in
                            func tryPrefix(_ k: Int32) {
                                let p = prefixBytes[Int(k)]
                                guard p.count <= bytes.count else { return }
                                for j in 0..<p.count where p[j] != bytes[j] { return }
                                add(prefixIDs[Int(k)], i)
                            }
                            if bytes.count >= 3, let list = prefixBuckets[Self.bucket(bytes[0], bytes[1], bytes[2])] { for k in list { tryPrefix(k) } }
                            for k in shortPrefixes { tryPrefix(k) }
                        }
                    }
                }
                if !pairs.isEmpty && n > 1 {
                    for i in 0..<(n - 1) where wordAt[i] >= 0 && wordAt[i + 1] >= 0 {
                        if let p = pairs[Self.pairKey(wordAt[i], wordAt[i + 1])] { add(p, i) }
                    }
                }
            }
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(1, groupCount)) { masks in
                withUnsafeTemporaryAllocation(of: Bool.self, capacity: max(1, groupCount)) { known in
                    known.initialize(repeating: false)
                    func mask(_ g: Int) -> UInt64 {
                        if known[g] { return masks[g] }
                        var m: UInt64 = 0
                        let lo = Int(groupStart[g]), hi = Int(groupStart[g + 1])
                        if hi - lo > 8 * foundIDs.count {
                            // A large group (a concept's first words): each key that occurs looked up
                            // in it (members are ascending), not every member tested.
                            for v in foundIDs {
                                var a = lo, b = hi
                                while a < b {
                                    let mid = (a + b) >> 1
                                    if groupMembers[mid] < v { a = mid + 1 } else { b = mid }
                                }
                                if a < hi && groupMembers[a] == v { m |= positions[Int(v)] }
                            }
                        } else {
                            for x in lo..<hi {
                                let v = Int(groupMembers[x])
                                if present[v >> 6] & (UInt64(1) << UInt64(v & 63)) != 0 { m |= positions[v] }
                            }
                        }
                        masks[g] = m
                        known[g] = true
                        return m
                    }
                    func passes(_ r: Int) -> Bool {
                        // The positions each group can be at, given the ones before.
                        var reach: UInt64 = ~0
                        let first = Int(ruleStart[r])
                        for q in first..<Int(ruleStart[r + 1]) {
                            let s = mask(Int(ruleGroups[q]))
                            let link = Int(ruleLinks[q])
                            let lo = link & 0xFF, hi = link >> 8
                            if q == first {
                                reach = s & Self.span(lo, hi)
                            } else if hi != 255 && hi - lo <= 8 {
                                // Exactly lo...hi after a position the previous group can be at.
                                var allowed: UInt64 = 0
                                for d in lo...hi { allowed |= reach << UInt64(d) }
                                reach = s & allowed
                            } else {
                                // From lo after the first of those to hi after the last (at least every such position).
                                let low = reach.trailingZeroBitCount
                                let high = 63 - reach.leadingZeroBitCount
                                reach = s & Self.span(low + lo, hi == 255 ? 255 : high + hi)
                            }
                            if reach == 0 { break }
                        }
                        return reach != 0
                    }
                    if let rules {
                        for r in rules where passes(r) { out.append(r) }
                        return
                    }
                    out = ungrouped
                    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: ((ruleStart.count - 1) + 63) >> 6) { seen in
                        seen.initialize(repeating: 0)
                        for v in foundIDs {
                            for slot in Int(triggerStart[Int(v)])..<Int(triggerStart[Int(v) + 1]) {
                                let r = Int(triggerRules[slot])
                                let bit = UInt64(1) << UInt64(r & 63)
                                if seen[r >> 6] & bit != 0 { continue }
                                seen[r >> 6] |= bit
                                if passes(r) { out.append(r) }
                            }
                        }
                    }
                    if out.count > ungrouped.count { out.sort() }
                }
            }
        }
        return out
    }
}

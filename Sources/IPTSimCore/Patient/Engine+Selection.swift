/// A rule that qualified, with its sort key.
struct RankedRule {
    let rule: Rule
    let followUp: Bool
    let specificity: Int
    let quality: Double
    let lastUsed: Int
    /// The tier's rank; a follow-up the trainee has moved away from ranks as `general`.
    var tierRank: Int

    init(rule: Rule, followUp: Bool, specificity: Int, quality: Double, lastUsed: Int, tierRank: Int? = nil) {
        self.rule = rule
        self.followUp = followUp
        self.specificity = specificity
        self.quality = quality
        self.lastUsed = lastUsed
        self.tierRank = tierRank ?? rule.tier.rank
    }

    /// The documented total order: follow-up, tier, specificity, quality, least recently used, id.
    func beats(_ o: RankedRule) -> Bool {
        if followUp != o.followUp { return followUp }
        if tierRank != o.tierRank { return tierRank > o.tierRank }
        if specificity != o.specificity { return specificity > o.specificity }
        if quality != o.quality { return quality > o.quality }
        if lastUsed != o.lastUsed { return lastUsed < o.lastUsed }
        return rule.id < o.rule.id
    }

    var candidate: Explanation.Candidate {
        .init(id: rule.id, tier: rule.tier.rawValue, specificity: specificity, quality: quality, lastUsed: lastUsed, followUp: followUp)
    }
}

struct Evaluation {
    /// The qualifying rules that were ranked, best first: every one in an exhaustive scan; else at
    /// least the top five and the best qualifying rule written for the utterance's safety technique.
    var ranked: [RankedRule]
    var explanation: Explanation

    var winner: RankedRule? { ranked.first }
}

extension PatientEngine {
    /// Whether the repeat policy lets the rule fire on `state.turn`.
    func repeatAllows(_ rule: Rule, _ state: SessionState) -> String? {
        let use = state.ruleUses[rule.id]
        switch rule.repeatPolicy {
        case .always: return nil
        case .once: return use == nil ? nil : "fires once and already fired on turn \(use!.lastTurn)"
        case .max(let n): return (use?.count ?? 0) < n ? nil : "fired its maximum of \(n) times"
        case .cooldown(let n):
            guard let use else { return nil }
            return state.turn - use.lastTurn > n ? nil : "cooling down until turn \(use.lastTurn + n + 1)"
        }
    }

    /// Whether the repeat policy keeps the rule from firing on `state.turn` (`repeatAllows` without the message).
    func repeatBlocks(_ rule: Rule, _ state: SessionState) -> Bool {
        switch rule.repeatPolicy {
        case .always: return false
        case .once: return state.ruleUses[rule.id] != nil
        case .max(let n): return (state.ruleUses[rule.id]?.count ?? 0) >= n
        case .cooldown(let n):
            guard let use = state.ruleUses[rule.id] else { return false }
            return state.turn - use.lastTurn <= n
        }
    }

    /// Whether the rule qualifies this turn: its repeat policy allows it, its condition holds and
    /// it has a variant to say. Returns its sort key.
    func qualify(_ rule: Rule, followUp: Bool, _ iv: Intervention, _ state: SessionState) -> RankedRule? {
        guard !repeatBlocks(rule, state) else { return nil }
        let result = evaluate(rule.when, iv, state)
        guard result.holds, hasEligibleVariant(rule.variants, iv, state) else { return nil }
        return RankedRule(rule: rule, followUp: followUp, specificity: result.specificity,
                          quality: result.quality, lastUsed: state.ruleUses[rule.id]?.lastTurn ?? -1)
    }

    /// Ranks the qualifying rules, best first. Pending follow-ups are eligible only on this turn.
    /// `exhaustive` scans and ranks every rule instead of the index (for tests that check the index
    /// and the pruning below change nothing).
    ///
    /// What is shown is the winner, the top five candidates, the first five near misses in rule
    /// order, and (for a safety question) the best rule written for its technique. So once five
    /// near misses are known, a rule need not be evaluated when even its most specific possible
    /// match could not beat the fifth best rule so far: it cannot be among the top five (nor, if
    /// it is written for the safety technique, beat the best such rule so far). Not done when a pending
    /// rule qualifies: whether it yields (`yieldFollowUps`) depends on every other qualifying rule.
    /// `ranked` then holds only the rules that were evaluated; its first five are those of the full ranking.
    func select(_ iv: Intervention, state: SessionState, pending: [String], exhaustive: Bool = false) -> Evaluation {
        var ranked: [RankedRule] = []
        var misses: [Explanation.NearMiss] = []
        let indices = exhaustive ? Array(compiled.rules.indices) : compiled.candidates(for: iv, pending: pending)
        // The safety question asked, as a bit of `compiled.safetyMask` (0 for none; nil if the mask
        // cannot hold it, and then nothing is pruned).
        let safety: UInt64? = Builtins.safetyTechnique(in: iv).flatMap { Builtins.safetyTechniques.firstIndex(of: $0) }
            .map { $0 < 64 ? UInt64(1) << UInt64($0) : nil } ?? 0
        let prune = !exhaustive && safety != nil && !pending.contains { id in
            compiled.ruleIndex[id].map { qualify(compiled.rules[$0], followUp: true, iv, state) != nil } ?? false
        }
        // The best five qualifying rules so far, best first, and the best one written for the
        // safety technique (only kept when pruning).
        var top: [RankedRule] = []
        var bestSafety: RankedRule?
        func keep(_ r: RankedRule, _ i: Int) {
            ranked.append(r)
            guard prune else { return }
            if compiled.safetyMask[i] & (safety ?? 0) != 0, bestSafety.map(r.beats) ?? true { bestSafety = r }
            guard top.count < 5 || r.beats(top[4]) else { return }
            let at = top.firstIndex { r.beats($0) } ?? top.count
            top.insert(r, at: at)
            if top.count > 5 { top.removeLast() }
        }
        // In rule order, every candidate, until five near misses are known (they are shown in rule
        // order; an exhaustive scan records them all).
        var pos = 0
        while pos < indices.count, exhaustive || misses.count < 5 {
            let i = indices[pos]
            pos += 1
            let rule = compiled.rules[i]
            let isPending = pending.contains(rule.id)
            if rule.tier == .followUp && !isPending { continue }
            if let why = repeatAllows(rule, state) {
                if rule.when?.techniques.map({ $0.contains(where: iv.has) }) ?? false { misses.append(.init(id: rule.id, reason: why)) }
                continue
            }
            let result = evaluate(rule.when, iv, state)
            guard result.holds else {
                // Report rules that were about this utterance's techniques but failed on something else.
                if let ts = rule.when?.techniques, ts.contains(where: iv.has), let why = result.failure {
                    misses.append(.init(id: rule.id, reason: why))
                }
                continue
            }
            // A rule with nothing to say in this state or style does not qualify (it would answer "…").
            guard hasEligibleVariant(rule.variants, iv, state) else {
                misses.append(.init(id: rule.id, reason: "no variant applies (style \(state.style.rawValue))"))
                continue
            }
            keep(RankedRule(rule: rule, followUp: isPending, specificity: result.specificity,
                            quality: result.quality, lastUsed: state.ruleUses[rule.id]?.lastTurn ?? -1), i)
        }
        // The rest (pruning), most promising first: by tier, then by best possible specificity
        // (a counting sort), so that the fifth best rises early and most rules are skipped.
        // No pending rule qualifies here, so a rule that qualifies is not pending and ranks by
        // its own tier; a follow-up qualifies only when pending.
        if !prune {
            // A pending rule qualifies: every candidate is ranked, but no more near-miss messages are built.
            for i in indices[pos...] {
                let rule = compiled.rules[i]
                let isPending = pending.contains(rule.id)
                if rule.tier == .followUp && !isPending { continue }
                if let r = qualify(rule, followUp: isPending, iv, state) { keep(r, i) }
            }
        } else if pos < indices.count {
            let followUpRank = Tier.followUp.rank, width = 16
            func bucket(_ i: Int) -> Int { (Tier.followUp.rank - compiled.tierRank[i]) * width + (width - 1 - min(compiled.maxSpecificity[i], width - 1)) }
            var starts = [Int](repeating: 0, count: (followUpRank + 1) * width + 1)
            for k in pos..<indices.count where compiled.tierRank[indices[k]] != followUpRank { starts[bucket(indices[k]) + 1] += 1 }
            for b in 1..<starts.count { starts[b] += starts[b - 1] }
            var order = [Int](repeating: 0, count: starts[starts.count - 1])
            for k in pos..<indices.count where compiled.tierRank[indices[k]] != followUpRank {
                let b = bucket(indices[k])
                order[starts[b]] = indices[k]
                starts[b] += 1
            }
            // Whether a rule of this tier and best possible specificity cannot beat `k`.
            func outranked(by k: RankedRule?, _ tier: Int, _ spec: Int) -> Bool {
                guard let k else { return false }
                return k.tierRank > tier || (k.tierRank == tier && k.specificity > spec)
            }
            for i in order {
                let tier = compiled.tierRank[i], spec = compiled.maxSpecificity[i]
                if top.count == 5, outranked(by: top[4], tier, spec),
                   compiled.safetyMask[i] & (safety ?? 0) == 0 || outranked(by: bestSafety, tier, spec) {
                    continue
                }
                let rule = compiled.rules[i]
                if pending.isEmpty || !pending.contains(rule.id), let r = qualify(rule, followUp: false, iv, state) { keep(r, i) }
            }
        }
        ranked = yieldFollowUps(ranked, iv, state)
        ranked.sort { $0.beats($1) }
        return Evaluation(ranked: ranked,
                          explanation: Explanation(candidates: ranked.prefix(5).map(\.candidate), nearMisses: Array(misses.prefix(5)), note: nil))
    }

    /// A pending follow-up continues the last topic; it goes first only while the trainee stays
    /// on it. When another qualifying rule matches more of what was said (more satisfied
    /// utterance tests: techniques, forms, people, concepts, text), the trainee has moved on
    /// ("What about friends? Who do you see?" after a follow-up about his wife), and the
    /// follow-up competes as an ordinary `general` rule.
    func yieldFollowUps(_ ranked: [RankedRule], _ iv: Intervention, _ state: SessionState) -> [RankedRule] {
        guard ranked.contains(where: \.followUp) else { return ranked }
        func said(_ r: RankedRule) -> Int { evaluate(UtteranceCondition.project(r.rule.when), iv, state).specificity }
        let others = ranked.filter { !$0.followUp }.map(said).max() ?? -1
        return ranked.map { r in
            guard r.followUp, others > said(r) else { return r }
            return RankedRule(rule: r.rule, followUp: false, specificity: r.specificity, quality: r.quality, lastUsed: r.lastUsed,
                              tierRank: Tier.general.rank)
        }
    }

    /// Fires a rule: picks the variant, applies effects, records use and follow-ups.
    func fire(_ rule: Rule, key: RankedRule, intervention iv: Intervention, state: inout SessionState) -> PatientTurn {
        let variant = chooseVariant(rule.variants, owner: rule.id, selection: rule.selection ?? .leastRecent, iv, &state)
        let (facts, changes) = apply(rule.effects ?? [], &state)
        let previous = state.ruleUses[rule.id]?.count ?? 0
        state.ruleUses[rule.id] = .init(count: previous + 1, lastTurn: state.turn)
        state.pendingFollowUps = rule.followUps ?? []
        return PatientTurn(text: variant?.text ?? "…", nonverbal: variant?.nonverbal, source: .rule, ruleID: rule.id,
                           variantID: variant?.id, tier: key.followUp ? "follow-up" : rule.tier.rawValue,
                           riskCue: rule.riskCue ?? false, factsSet: facts, changes: changes)
    }

    /// The escalating fallback for a turn no rule took.
    func fallback(_ iv: Intervention, state: inout SessionState) -> PatientTurn {
        let misses = state.consecutiveMisses
        state.consecutiveMisses += 1
        var best: (Fallback, Int)?
        for f in session.fallbacks where f.level <= misses {
            let r = evaluate(f.when, iv, state)
            guard r.holds, !eligibleVariants(f.variants, iv, state).isEmpty else { continue }
            if let (b, bs) = best {
                if f.level > b.level || (f.level == b.level && (r.specificity > bs || (r.specificity == bs && f.id < b.id))) {
                    best = (f, r.specificity)
                }
            } else {
                best = (f, r.specificity)
            }
        }
        guard let (fb, _) = best else {
            return PatientTurn(text: "…", nonverbal: "pauses, unsure what to say", source: .fallback, ruleID: "builtin.silence")
        }
        let variant = chooseVariant(fb.variants, owner: fb.id, selection: fb.selection ?? .leastRecent, iv, &state)
        let (facts, changes) = apply(fb.effects ?? [], &state)
        let previous = state.ruleUses[fb.id]?.count ?? 0
        state.ruleUses[fb.id] = .init(count: previous + 1, lastTurn: state.turn)
        return PatientTurn(text: variant?.text ?? "…", nonverbal: variant?.nonverbal, source: .fallback, ruleID: fb.id,
                           variantID: variant?.id, tier: "fallback", factsSet: facts, changes: changes)
    }

    /// Picks a variant: those for the current style first, then by the selection strategy.
    func chooseVariant(_ variants: [Variant], owner: String, selection: Selection, _ iv: Intervention,
                       _ state: inout SessionState) -> Variant? {
        let eligible = eligibleVariants(variants, iv, state)
        guard !eligible.isEmpty else { return nil }
        let shown = state.variantShown[owner] ?? [:]
        let uses = state.ruleUses[owner]?.count ?? 0
        let chosen: Variant
        switch selection {
        case .first: chosen = eligible[0]
        case .sequence: chosen = eligible[min(uses, eligible.count - 1)]
        case .cycle: chosen = eligible[uses % eligible.count]
        case .leastRecent:
            chosen = eligible.enumerated().min { a, b in
                let la = shown[a.element.id] ?? -1, lb = shown[b.element.id] ?? -1
                return la != lb ? la < lb : a.offset < b.offset
            }!.element
        case .shuffle: chosen = eligible[state.rng.index(eligible.count)]
        }
        state.variantShown[owner, default: [:]][chosen.id] = state.turn
        return chosen
    }

    /// Whether `eligibleVariants` would be non-empty, without building it.
    func hasEligibleVariant(_ variants: [Variant], _ iv: Intervention, _ state: SessionState) -> Bool {
        variants.contains { ($0.style == state.style || $0.style == nil) && evaluate($0.when, iv, state).holds }
    }

    /// The variants that may be said now: those whose condition holds, for the current style if
    /// any are written for it, else the unstyled ones.
    func eligibleVariants(_ variants: [Variant], _ iv: Intervention, _ state: SessionState) -> [Variant] {
        // The current style's own variants come first, then the unstyled ones: `first` says the
        // style's wording, `sequence` moves on to an unstyled "again" line on a repeat.
        let own = variants.filter { $0.style == state.style && evaluate($0.when, iv, state).holds }
        let shared = variants.filter { $0.style == nil && evaluate($0.when, iv, state).holds }
        return own + shared
    }

    /// Applies effects in order, clamping variables to their declared ranges.
    func apply(_ effects: [Effect], _ state: inout SessionState) -> ([String], [VariableChange]) {
        var facts: [String] = []
        var changes: [VariableChange] = []
        for e in effects {
            if let f = e.fact, state.set(f) { facts.append(f) }
            if let f = e.clearFact { state.clear(f) }
            if let name = e.var, let v = self.case.variable(name) {
                let from = state.value(name)
                let to = v.clamp(e.set ?? (from + (e.add ?? 0)))
                state.vars[name] = to
                if to != from {
                    if let i = changes.firstIndex(where: { $0.name == name }) { changes[i].to = to }
                    else { changes.append(.init(name: name, from: from, to: to)) }
                }
            }
        }
        return (facts, changes)
    }
}

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
    /// Every qualifying rule, best first.
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

    /// Ranks every qualifying rule. Pending follow-ups are eligible only on this turn.
    /// `exhaustive` scans every rule instead of the index (for tests that check the index changes nothing).
    func select(_ iv: Intervention, state: SessionState, pending: [String], exhaustive: Bool = false) -> Evaluation {
        var ranked: [RankedRule] = []
        var misses: [Explanation.NearMiss] = []
        let indices = exhaustive ? Array(compiled.rules.indices) : compiled.candidates(for: iv, pending: pending)
        for i in indices {
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
            guard !eligibleVariants(rule.variants, iv, state).isEmpty else {
                misses.append(.init(id: rule.id, reason: "no variant applies (style \(state.style.rawValue))"))
                continue
            }
            ranked.append(RankedRule(rule: rule, followUp: isPending, specificity: result.specificity,
                                     quality: result.quality, lastUsed: state.ruleUses[rule.id]?.lastTurn ?? -1))
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

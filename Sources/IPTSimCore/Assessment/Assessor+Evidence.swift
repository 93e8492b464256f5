/// Rubric items rated from the case's evidence levels.
///
/// An item's levels are tried from the highest rating down; the first whose evidence is all
/// present is awarded, else 1 (absent). An item whose `applicableWhen` does not hold at the end of
/// the session is n/a (rating nil) and is left out of the means.
///
/// Evidence semantics (all fields present must hold):
/// - `techniques`: every one was used in some turn inside the windows;
/// - `anyTechniques`: at least one was;
/// - `minCount`: at least this many turns inside the windows used any of `anyTechniques`
///   (or of `techniques` when `anyTechniques` is absent);
/// - `facts`: each fact is set by the end of the session (facts the session starts with count);
/// - `rules`: each rule fired;
/// - `turns` / `minutes`: restrict the technique tests to trainee turns in that window of turn
///   numbers / of clock minutes (the minute a turn began in);
/// - `order`: the first uses (inside the windows) of these techniques came in this order.
extension Assessor {
    struct EvidenceCheck {
        var holds: Bool
        var turns: [Int]
        var missing: [String]
    }

    func check(_ e: Evidence, _ tl: Timeline) -> EvidenceCheck {
        var missing: [String] = []
        var turns: Set<Int> = []
        let all = tl.turns
        // Indices of the turns inside the windows (read in place, not copied).
        var candidates: [Int] = []
        if e.turns == nil && e.minutes == nil {
            candidates = Array(all.indices)
        } else {
            for i in all.indices where (e.turns?.contains(all[i].number) ?? true) && (e.minutes?.contains(tl.minute(ofIndex: i)) ?? true) {
                candidates.append(i)
            }
        }
        // Only a missing piece of evidence is described.
        var windowText: String?
        func window() -> String {
            if let windowText { return windowText }
            let w = Self.describeWindows(e)
            windowText = w
            return w
        }
        /// The numbers of the candidate turns using any of `ids`, in order.
        func using(_ ids: [String]) -> [Int] {
            var out: [Int] = []
            for i in candidates where tl.uses(i, ids) { out.append(all[i].number) }
            return out
        }

        for id in e.techniques ?? [] {
            let hits = using([id])
            if hits.isEmpty { missing.append("use \(Self.name(id))\(window())") }
            turns.formUnion(hits)
        }
        if let any = e.anyTechniques {
            let hits = using(any)
            if hits.isEmpty { missing.append("use \(any.map(Self.name).joined(separator: " or "))\(window())") }
            turns.formUnion(hits)
        }
        if let n = e.minCount {
            let pool = e.anyTechniques ?? e.techniques ?? []
            let k = using(pool).count
            if k < n { missing.append("\(n) turns of \(pool.map(Self.name).joined(separator: " or "))\(window()) (there were \(k))") }
        }
        for f in e.facts ?? [] {
            if let t = tl.factTurn(f) { if t > 0 { turns.insert(t) } }
            else { missing.append("get the session to this point: “\(Self.trimmed(self.case.facts.first { $0.id == f }?.disclosedDescription ?? f))”") }
        }
        for r in e.rules ?? [] {
            if let ts = tl.fired[r], let first = ts.first { if first > 0 { turns.insert(first) } }
            else { missing.append(ruleWords(r)) }
        }
        if let order = e.order, !order.isEmpty {
            let firsts = order.map { id -> Int? in
                for i in candidates where all[i].intervention.has(id) { return all[i].number }
                return nil
            }
            let present = firsts.compactMap { $0 }
            if present.count < order.count || present != present.sorted() || Set(present).count != present.count {
                missing.append("\(order.map(Self.name).joined(separator: ", then "))\(window()), in that order")
            } else {
                turns.formUnion(present)
            }
        }
        return EvidenceCheck(holds: missing.isEmpty, turns: turns.sorted(), missing: missing)
    }

    func rate(_ item: RubricItem, _ tl: Timeline) -> ItemResult {
        var result = ItemResult(id: item.id, title: item.title, domain: item.domain, description: item.description,
                                example: item.example, rating: nil, evidence: [], note: "", nextStep: nil)
        if let cond = item.applicableWhen, let why = endStateFailure(cond, tl) {
            result.note = "n/a: \(why)"
            return result
        }
        let levels = (item.levels ?? []).sorted { $0.rating > $1.rating }
        // Each level is checked at most once (the next level up was usually checked on the way down).
        var checks = [EvidenceCheck?](repeating: nil, count: levels.count)
        func checked(_ k: Int) -> EvidenceCheck {
            if let c = checks[k] { return c }
            let c = check(levels[k].evidence, tl)
            checks[k] = c
            return c
        }
        var awarded = 1
        for k in levels.indices {
            let level = levels[k]
            let c = checked(k)
            if c.holds {
                awarded = max(1, min(5, level.rating))
                result.evidence = c.turns
                result.note = "\(awarded): \(Self.describe(level.evidence))" + (c.turns.isEmpty ? "" : " (turn\(c.turns.count == 1 ? "" : "s") \(c.turns.map(String.init).joined(separator: ", ")))")
                break
            }
        }
        result.rating = awarded
        // The lowest level above the award (the first of equals, as `min` picks).
        var higher: Int?
        for k in levels.indices where levels[k].rating > awarded {
            if higher == nil || levels[k].rating < levels[higher!].rating { higher = k }
        }
        if let higher {
            let c = checked(higher)
            result.nextStep = "to reach \(levels[higher].rating): \(c.missing.joined(separator: "; "))"
            if result.note.isEmpty { result.note = "1: none of the evidence was seen" }
        } else if result.note.isEmpty {
            result.note = "1: no evidence levels defined"
        }
        return result
    }

    /// What reaching a rule means, in the trainee's terms: the kind of question that reaches it
    /// (its first example), not its id.
    func ruleWords(_ id: String) -> String {
        let rule = session.rules.first { $0.id == id }
        if let example = rule?.examples?.match?.first { return "reach the answer to a question like “\(example)”" }
        return "reach the part of the patient's story this item needs"
    }

    /// Text without a trailing full stop, for joining into sentences.
    static func trimmed(_ s: String) -> String { s.hasSuffix(".") ? String(s.dropLast()) : s }

    /// A technique's id as shown in feedback.
    static func name(_ id: String) -> String { id }

    static func describeWindows(_ e: Evidence) -> String {
        var parts: [String] = []
        if let w = e.turns { parts.append(describe(w, unit: "turn")) }
        if let w = e.minutes { parts.append(describe(w, unit: "minute")) }
        return parts.isEmpty ? "" : " " + parts.joined(separator: " and ")
    }

    static func describe(_ w: Window, unit: String) -> String {
        switch (w.from, w.to) {
        case let (f?, t?): "in \(unit)s \(f)–\(t)"
        case let (nil, t?): "by \(unit) \(t)"
        case let (f?, nil): "from \(unit) \(f)"
        case (nil, nil): ""
        }
    }

    /// The evidence in words: "used timeline; disclosed misses-team".
    static func describe(_ e: Evidence) -> String {
        var parts: [String] = []
        if let t = e.techniques { parts.append("used \(t.joined(separator: " and "))") }
        if let t = e.anyTechniques { parts.append("used \(t.joined(separator: " or "))") }
        if let n = e.minCount { parts.append("at least \(n) times") }
        if let f = e.facts { parts.append("disclosed \(f.joined(separator: ", "))") }
        if let r = e.rules { parts.append("reached \(r.joined(separator: ", "))") }
        if let o = e.order { parts.append("in order \(o.joined(separator: " → "))") }
        let w = describeWindows(e)
        return parts.joined(separator: "; ") + w
    }

    /// Why a condition does not hold at the end of the session, or nil when it does.
    ///
    /// Judged against the end state: facts, variables, rules fired, turn count, clock and style.
    /// Utterance tests (`techniques`, `forms`, `people`, `concepts`, `text`) hold when some turn of
    /// the session satisfied them.
    func endStateFailure(_ c: Condition, _ tl: Timeline) -> String? {
        let turns = tl.turns
        if let ts = c.techniques, !turns.contains(where: { t in ts.contains(where: t.intervention.has) }) {
            return "\(ts.joined(separator: " or ")) was not used"
        }
        if let forms = c.forms, !turns.contains(where: { forms.contains($0.intervention.form) }) {
            return "no \(forms.map(\.rawValue).joined(separator: " or "))"
        }
        if let people = c.people, !turns.contains(where: { t in people.contains(where: t.intervention.people.contains) }) {
            return "\(people.joined(separator: " or ")) was not mentioned"
        }
        if let concepts = c.concepts, !turns.contains(where: { t in concepts.contains(where: t.intervention.concepts.contains) }) {
            return "~\(concepts.joined(separator: " or ~")) was not mentioned"
        }
        if let text = c.text {
            // Only the concepts are needed, not the whole compiled session.
            let concepts = CompiledSession.concepts(self.case)
            let pattern = try? TextPattern(text)
            let hit = turns.contains { t in
                pattern?.match(t.intervention.tokens, concept: { concepts[$0] ?? [] }) != nil
            }
            if !hit { return "no utterance matched '\(text)'" }
        }
        let vars = turns.last?.vars ?? initialVars
        for test in c.vars ?? [] {
            if let why = test.failure(vars[test.name] ?? 0) { return why }
        }
        for f in c.facts ?? [] where tl.factTurn(f) == nil { return "fact '\(f)' was not set" }
        for f in c.notFacts ?? [] where tl.factTurn(f) != nil { return "fact '\(f)' was set" }
        if let w = c.turn, !w.contains(tl.lastTurn) { return "the session had \(tl.lastTurn) turns" }
        if let w = c.clock, !w.contains(tl.endSeconds / 60) { return "the session lasted \(tl.endSeconds / 60) minutes" }
        for r in c.fired ?? [] where tl.fired[r] == nil { return "rule '\(r)' did not fire" }
        for r in c.notFired ?? [] where tl.fired[r] != nil { return "rule '\(r)' fired" }
        if let styles = c.styles, !styles.contains(tl.transcript.style) { return "the style was \(tl.transcript.style.rawValue)" }
        for sub in c.all ?? [] { if let why = endStateFailure(sub, tl) { return why } }
        if let any = c.any, !any.isEmpty {
            let whys = any.map { endStateFailure($0, tl) }
            if whys.allSatisfy({ $0 != nil }) { return "none of: \(whys.compactMap { $0 }.joined(separator: "; "))" }
        }
        if let not = c.not, endStateFailure(not.value, tl) == nil { return "an excluded condition held" }
        return nil
    }

    /// Variable values at the start of the session.
    var initialVars: [String: Int] {
        var vars: [String: Int] = [:]
        for v in self.case.variables { vars[v.id] = v.initial }
        for (k, v) in session.state ?? [:] { vars[k] = self.case.variable(k)?.clamp(v) ?? v }
        return vars
    }
}

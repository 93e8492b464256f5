/// The outcome of evaluating a condition: whether it holds, how specific it was, how well it
/// matched, and the first test that failed.
struct ConditionResult {
    var holds: Bool
    var specificity: Int
    var quality: Double
    /// Renders why the condition failed. Lazy: most failures (rules that did not qualify) are never
    /// shown, and building every message cost more than the rest of the evaluation.
    var why: (() -> String)?

    /// The first test that failed, as text.
    var failure: String? { why?() }

    init(holds: Bool, specificity: Int, quality: Double, why: (() -> String)?) {
        self.holds = holds
        self.specificity = specificity
        self.quality = quality
        self.why = why
    }

    static var empty: ConditionResult { ConditionResult(holds: true, specificity: 0, quality: 0, why: nil) }
}

extension PatientEngine {
    /// Evaluates a condition against the utterance and state. Pure.
    func evaluate(_ cond: Condition?, _ iv: Intervention, _ state: SessionState) -> ConditionResult {
        guard let cond else { return .empty }
        var r = ConditionResult.empty
        func fail(_ why: @autoclosure @escaping () -> String) -> ConditionResult {
            ConditionResult(holds: false, specificity: r.specificity, quality: r.quality, why: why)
        }

        if let ts = cond.techniques {
            let hit = ts.filter(iv.has)
            guard !hit.isEmpty else {
                let heard = iv.techniques  // (the message captures only what it shows)
                return fail("needs technique \(ts.joined(separator: " or ")); heard \(heard.isEmpty ? "none" : heard.joined(separator: ", "))")
            }
            r.specificity += 1
            r.quality += hit.map(iv.score(of:)).max() ?? 0
        }
        if let forms = cond.forms {
            let form = iv.form
            guard forms.contains(form) else { return fail("needs form \(forms.map(\.rawValue).joined(separator: " or ")); heard \(form.rawValue)") }
            r.specificity += 1
        }
        if let people = cond.people {
            guard people.contains(where: iv.people.contains) else { return fail("needs a mention of \(people.joined(separator: " or "))") }
            r.specificity += 1
        }
        if let concepts = cond.concepts {
            let hit = concepts.contains { name in
                iv.concepts.contains(name) || (compiled.conceptIndex.table[name].map { Self.mentions(iv.tokens, $0) } ?? false)
            }
            guard hit else { return fail("needs a mention of ~\(concepts.joined(separator: " or ~"))") }
            r.specificity += 1
        }
        if let text = cond.text {
            guard let pattern = compiled.patterns[text],
                  let m = pattern.match(iv.tokens, concepts: compiled.conceptIndex) else {
                return fail("text does not match '\(text)'")
            }
            r.specificity += 1
            r.quality += Double(m.literals) / 10
        }
        for test in cond.vars ?? [] {
            if let why = test.failure(state.value(test.name)) { return fail(why) }
            r.specificity += 1
        }
        for f in cond.facts ?? [] {
            guard state.has(f) else { return fail("needs fact '\(f)'") }
            r.specificity += 1
        }
        for f in cond.notFacts ?? [] {
            guard !state.has(f) else { return fail("fact '\(f)' is already set") }
            r.specificity += 1
        }
        if let w = cond.turn {
            let turn = state.turn
            guard w.contains(turn) else { return fail("turn \(turn) is outside \(w.from ?? 1)…\(w.to.map(String.init) ?? "")") }
            r.specificity += 1
        }
        if let w = cond.clock {
            let minute = state.clockMinutes
            guard w.contains(minute) else { return fail("minute \(minute) is outside \(w.from ?? 0)…\(w.to.map(String.init) ?? "")") }
            r.specificity += 1
        }
        for id in cond.fired ?? [] {
            guard state.uses(of: id) > 0 else { return fail("needs rule '\(id)' to have fired") }
            r.specificity += 1
        }
        for id in cond.notFired ?? [] {
            guard state.uses(of: id) == 0 else { return fail("rule '\(id)' has already fired") }
            r.specificity += 1
        }
        if let styles = cond.styles {
            let style = state.style
            guard styles.contains(style) else { return fail("style is \(style.rawValue)") }
            r.specificity += 1
        }
        for sub in cond.all ?? [] {
            let s = evaluate(sub, iv, state)
            guard s.holds else { return fail(s.failure ?? "a condition in 'all' failed") }
            r.specificity += s.specificity
            r.quality += s.quality
        }
        if let any = cond.any {
            let results = any.map { evaluate($0, iv, state) }
            guard let best = results.filter(\.holds).max(by: { ($0.specificity, $0.quality) < ($1.specificity, $1.quality) }) else {
                return fail(results.first?.failure.map { "none of 'any' holds (\($0))" } ?? "none of 'any' holds")
            }
            r.specificity += best.specificity
            r.quality += best.quality
        }
        if let not = cond.not {
            let s = evaluate(not.value, iv, state)
            guard !s.holds else { return fail("a 'not' condition holds") }
            r.specificity += 1
        }
        return r
    }

    /// Whether any of the phrases occurs in the tokens (`contains` of some phrase): only phrases
    /// whose first word is one of the tokens are compared (a '*' word is compared like any other here).
    static func mentions(_ tokens: [String], _ index: PhraseIndex) -> Bool {
        for i in tokens.indices {
            if let list = index.byFirst[tokens[i]] {
                for k in list where contains(tokens, index.phrases[k]) { return true }
            }
        }
        for k in index.prefixed where contains(tokens, index.phrases[k]) { return true }
        return false
    }

    static func contains(_ tokens: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= tokens.count else { return false }
        for i in 0...(tokens.count - phrase.count) where tokens[i] == phrase[0] {
            if Array(tokens[i..<(i + phrase.count)]) == phrase { return true }
        }
        return false
    }
}

/// The patient: a pure, deterministic state machine over a case session.
///
/// `respond(to:in:)` selects one rule by the documented total order — pending follow-ups, then
/// tier, then specificity (satisfied conditions), then match quality, then least recently used,
/// then id — renders a variant, applies clamped effects and advances the simulated clock. When no
/// rule qualifies an escalating fallback answers; the patient never speaks an engine error.
/// Randomness comes only from the seeded generator stored in the state.
public struct PatientEngine: Sendable {
    public let `case`: Case
    public let session: Session
    let compiled: CompiledSession
    /// The case's people only (no concepts or lexicon to compile), for resolving whom the patient names in a reply.
    let people: RecognitionContext

    /// Seconds each exchange takes besides speech.
    public static let secondsPerExchange = 30
    /// Speaking time per word, in tenths of a second (about 120 words a minute).
    public static let tenthsPerWord = 5

    public init(case c: Case, session: Session) {
        self.case = c
        self.session = session
        self.compiled = CompiledSession(case: c, session: session)
        self.people = RecognitionContext(people: c.people.map(PersonReference.init))
    }

    /// The state at the start of the session and the patient's opening words.
    public func start(seed: UInt64, style: ConversationalStyle? = nil) -> (SessionState, PatientTurn) {
        var vars: [String: Int] = [:]
        for v in self.case.variables { vars[v.id] = v.initial }
        for (k, v) in session.state ?? [:] { vars[k] = self.case.variable(k)?.clamp(v) ?? v }
        var state = SessionState(
            caseID: self.case.id, sessionID: session.id, seed: seed, rng: SeededRandom(seed: seed),
            style: style ?? self.case.patient.styles.first ?? .plain, turn: 0, clockSeconds: 0, vars: vars,
            facts: [], ruleUses: [:], variantShown: [:], pendingFollowUps: [], consecutiveMisses: 0,
            recentPeople: [], builtinUses: [:], disclosures: [], phq9Given: false)
        for f in session.facts ?? [] { state.set(f) }
        notePeople(named: session.opening, in: &state)
        let opening = PatientTurn(text: session.opening, nonverbal: session.openingNonverbal, source: .opening,
                                  ruleID: "opening", clockSeconds: 0)
        return (state, opening)
    }

    /// The patient's reply to one intervention. Advances the turn and the clock.
    public func respond(to intervention: Intervention, in state: inout SessionState) -> PatientTurn {
        state.turn += 1
        let pending = state.pendingFollowUps
        state.pendingFollowUps = []
        for p in intervention.people.reversed() {
            state.recentPeople.removeAll { $0 == p }
            state.recentPeople.insert(p, at: 0)
        }
        if state.recentPeople.count > 4 { state.recentPeople.removeLast(state.recentPeople.count - 4) }

        var turn: PatientTurn
        let evaluation = select(intervention, state: state, pending: pending)
        let safety = Builtins.safetyTechnique(in: intervention)
        // A case rule answers a safety question only if it was written for it (a pending follow-up
        // too): the best such rule, even if another rule ranks above it.
        let winner = safety.map { t in evaluation.ranked.first { Self.techniques(of: $0.rule.when).contains(t) } }
            ?? evaluation.winner
        if let winner {
            turn = fire(winner.rule, key: winner, intervention: intervention, state: &state)
            turn.explanation = evaluation.explanation
            if winner.rule.id != evaluation.winner?.rule.id, let safety {
                turn.explanation?.note = "\(winner.rule.id) answered: the best rule written for \(safety); a safety question is not answered by rules written for something else"
            }
            state.consecutiveMisses = 0
        } else if safety != nil, let builtin = Builtins.answer(intervention, engine: self, state: &state) {
            turn = builtin
            turn.explanation = Explanation(candidates: [], nearMisses: evaluation.explanation.nearMisses,
                                           note: "the built-in \(builtin.ruleID) answered from the case's risk profile (no case rule was written for \(safety!))")
            state.consecutiveMisses = 0
        } else if let w = evaluation.winner {
            turn = fire(w.rule, key: w, intervention: intervention, state: &state)
            turn.explanation = evaluation.explanation
            state.consecutiveMisses = 0
        } else {
            turn = fallback(intervention, state: &state)
            var explanation = evaluation.explanation
            explanation.note = "no rule qualified; fallback after \(state.consecutiveMisses - 1) earlier consecutive miss(es)"
            turn.explanation = explanation
        }
        advanceClock(&state, intervention.text, turn.text)
        turn.clockSeconds = state.clockSeconds
        notePeople(named: turn.text, in: &state)
        return turn
    }

    /// The people the patient has just named ("My wife died in February", "Efua says…") become the
    /// ones the trainee's next "she" or "her" means, as in any conversation: the patient's "my
    /// wife" is the trainee's "your wife". Names and relations only; the patient's own pronouns
    /// are not resolved.
    func notePeople(named text: String, in state: inout SessionState) {
        guard !people.people.isEmpty else { return }
        let tokens = Normalizer.tokens(text).map { $0 == "my" ? "your" : $0 }
        var ctx = people
        ctx.recentPeople = []
        for m in PeopleResolver(ctx).resolve(tokens) where !m.how.hasPrefix("pronoun") {
            state.recentPeople.removeAll { $0 == m.id }
            state.recentPeople.insert(m.id, at: 0)
        }
        if state.recentPeople.count > 4 { state.recentPeople.removeLast(state.recentPeople.count - 4) }
    }

    /// The techniques a condition asks for, at top level or inside 'all' and 'any'.
    static func techniques(of cond: Condition?) -> Set<String> {
        guard let cond else { return [] }
        var out = Set(cond.techniques ?? [])
        for sub in (cond.all ?? []) + (cond.any ?? []) { out.formUnion(techniques(of: sub)) }
        return out
    }

    func advanceClock(_ state: inout SessionState, _ said: String, _ reply: String) {
        let words = Self.wordCount(said) + Self.wordCount(reply)
        state.clockSeconds += Self.secondsPerExchange + words * Self.tenthsPerWord / 10
    }

    /// `text.split(whereSeparator: { $0 == " " }).count`, without grapheme breaking for ASCII text
    /// (where every Character that is a space is the byte 0x20, and no other is).
    static func wordCount(_ text: String) -> Int {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(whereSeparator: { $0 == " " }).count }
        var count = 0
        var inWord = false
        for b in text.utf8 {
            if b == UInt8(ascii: " ") { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// Whether the session has run past its planned length.
    public func isOvertime(_ state: SessionState) -> Bool { state.clockSeconds >= session.minutes * 60 }
}

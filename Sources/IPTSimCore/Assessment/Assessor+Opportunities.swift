/// Opportunities (taken or missed) and live coaching.
///
/// An opportunity's cue occurs when its rule fires, its fact is set (a fact the session starts
/// with is a cue at turn 0) or, for `riskCue`, a reply carries a risk cue. It is taken when a
/// trainee turn within `window` turns after a cue uses one of its techniques (the PHQ-9 does not
/// use up a window) and answers the cue (`answers`): a technique of the opportunity's own
/// (a screen after a risk cue, mixed feelings after an idealised portrait) answers it by its
/// nature; a general move (exploring, asking about or reflecting feeling, clarifying, a direct
/// question) answers it only when it names a person or concept the cue spoke of, or is one of the
/// trainee's next two lines after the cue and neither it nor the line before turned elsewhere. "How did you feel at the
/// funeral?" after a disclosure about the week before the death, or "Can you tell me about those
/// thoughts?" (the suicide screen) three turns after "I let her down", do not take the moment.
/// Every occurrence of the cue is a chance: the first taken one is reported; if
/// none was taken, it is missed at the first cue. A risk cue is the exception: the first one
/// whose window closed untaken is the miss. A cue that never came is `not-arisen`, which is
/// neither credit nor fault.
extension Assessor {
    func opportunityResults(_ tl: Timeline, final: Bool) -> [OpportunityResult] {
        (session.opportunities ?? []).map { o in
            var r = OpportunityResult(id: o.id, description: o.description, status: .notArisen, cueTurn: nil, takenTurn: nil,
                                      techniques: o.techniques, example: o.example, windowEnd: nil)
            let cues = cueTurns(o.cue, tl)
            for c in cues {
                let end = tl.deadline(after: c, within: o.window)
                // Worked out only if a general move needs it (most turns are decided without it).
                var topicsCache: Set<String>?
                let topics = { () -> Set<String> in
                    if let t = topicsCache { return t }
                    let t = cueTopics(o.cue, at: c, tl)
                    topicsCache = t
                    return t
                }
                // The trainee's first lines after the cue, likewise worked out once if needed.
                var nextCache: [Int]?
                let next = { () -> [Int] in
                    if let n = nextCache { return n }
                    let n = Self.nextLines(after: c, tl)
                    nextCache = n
                    return n
                }
                // The turns after the cue up to its window's end, read in place.
                var taken: Int?
                for i in tl.turns.indices where tl.turns[i].number > c && tl.turns[i].number <= end {
                    if answers(tl.turns[i], o, cue: c, topics: topics, next: next, tl) {
                        taken = tl.turns[i].number
                        break
                    }
                }
                if let taken {
                    r.status = .taken
                    r.cueTurn = c
                    r.takenTurn = taken
                    r.windowEnd = end
                    return r
                }
                // A risk cue is not a recurring chance: once its window has closed untaken, that
                // is the miss, whatever the trainee did at a later cue (SAF-3 says the same).
                if o.cue.riskCue == true, final || tl.lastTurn >= end {
                    r.status = .missed
                    r.cueTurn = c
                    r.windowEnd = end
                    return r
                }
            }
            guard let first = cues.first else { return r }
            r.cueTurn = first
            r.windowEnd = tl.deadline(after: first, within: o.window)
            // Live: the latest cue's window may still be open.
            if !final, let lastCue = cues.last, tl.lastTurn < tl.deadline(after: lastCue, within: o.window) {
                r.status = .open
                r.cueTurn = lastCue
                r.windowEnd = tl.deadline(after: lastCue, within: o.window)
            } else {
                r.status = .missed
            }
            return r
        }
    }

    /// Moves that suit any moment of a session: they take an opportunity only when aimed at it.
    static let generalMoves: Set<String> = ["exploration", "affect-elicit", "empathic-reflection", "affect-validate", "clarification", "direct-question"]

    /// Whether trainee turn `t` takes opportunity `o` whose cue came at turn `cue` and spoke of
    /// `topics` (people and case concepts): see the type's documentation.
    func answers(_ t: TranscriptTurn, _ o: Opportunity, cue: Int, topics: () -> Set<String>, _ tl: Timeline) -> Bool {
        answers(t, o, cue: cue, topics: topics, next: { Self.nextLines(after: cue, tl) }, tl)
    }

    /// As above, with `next()` giving `nextLines(after: cue, tl)` (worked out once per cue by the caller).
    func answers(_ t: TranscriptTurn, _ o: Opportunity, cue: Int, topics: () -> Set<String>, next: () -> [Int], _ tl: Timeline) -> Bool {
        let iv = t.intervention
        // Which of the opportunity's techniques the turn used: none, or one that is not a general move.
        var usedAny = false
        for id in o.techniques where iv.has(id) {
            if !Self.generalMoves.contains(id) { return true }
            usedAny = true
        }
        if !usedAny { return false }
        let topics = topics()
        if !namedTopics(iv).isDisjoint(with: topics) { return true }
        // One of the next two lines after the cue is aimed at what the patient just said, unless
        // it does something else (another technique), or it or the line before it turned to
        // another person or theme (a case's own concepts are left out here: they are often other
        // parts of the same story).
        let next = next()
        guard let k = next.firstIndex(where: { tl.turns[$0].number == t.number }) else { return false }
        let otherAim = iv.techniques.contains { !Self.generalMoves.contains($0) && !o.techniques.contains($0) }
        let turnedAway = next[...k].contains { j in
            let l = tl.turns[j].intervention
            return !Set(l.people + l.concepts.filter(Self.topicalBuiltins.contains)).isSubset(of: topics)
        }
        return !otherAim && !turnedAway
    }

    /// The indices of the trainee's first `staysWithin` lines after turn `cue` (the PHQ-9 is not a line).
    static func nextLines(after cue: Int, _ tl: Timeline) -> [Int] {
        var out: [Int] = []
        for i in tl.turns.indices where tl.turns[i].number > cue && !tl.phq9[i] {
            out.append(i)
            if out.count == staysWithin { break }
        }
        return out
    }

    /// How many of the trainee's lines after a cue can take it with a general move that names
    /// nothing of it.
    static let staysWithin = 2

    /// The people and topical concepts (the case's own and `topicalBuiltins`) a line names.
    func namedTopics(_ iv: Intervention) -> Set<String> {
        Set(iv.people + iv.concepts.filter { caseConceptIDs.contains($0) || Self.topicalBuiltins.contains($0) })
    }

    /// The people and topical concepts the cue at turn `n` spoke of: the people and topical
    /// built-in concepts of the trainee's line that drew it (the patient's answer is about them,
    /// "she" and all) and those named in the replies that made the cue. A cue before the session (turn 0, not made by the opening) is
    /// read from its fact's description.
    func cueTopics(_ cue: Cue, at n: Int, _ tl: Timeline) -> Set<String> {
        let replies = n == 0 ? [tl.transcript.opening] : (tl.turn(n)?.replies ?? [])
        let making = replies.filter { r in
            (cue.rule.map { r.ruleID == $0 } ?? false) || (cue.fact.map { r.factsSet.contains($0) } ?? false) || (cue.riskCue == true && r.riskCue)
        }
        var texts = (making.isEmpty ? replies : making).map(\.text)
        if n == 0, making.isEmpty, let f = cue.fact, let fact = self.case.facts.first(where: { $0.id == f }) { texts.append(fact.description) }
        var found: Set<String> = tl.turn(n).map { Set($0.intervention.people + $0.intervention.concepts.filter(Self.topicalBuiltins.contains)) } ?? []
        for text in texts {
            let tokens = Normalizer.tokens(text)
            let index = topicIndex.get(self.case)
            for i in tokens.indices {
                for (id, phrase) in index[tokens[i]] ?? [] where !found.contains(id) && i + phrase.count <= tokens.count
                    && tokens[i..<(i + phrase.count)].elementsEqual(phrase) {
                    found.insert(id)
                }
            }
        }
        return found
    }

    /// Built-in concepts that name what a moment is about (a death, guilt, anger, fear,
    /// drinking); the others ('feel', 'time', 'work', 'hurt') fit nearly any line and say
    /// nothing about its aim.
    static let topicalBuiltins: Set<String> = ["death", "guilt", "angry", "afraid", "drink"]

    /// `phrase` occurs as consecutive tokens of `tokens`.
    static func occurs(_ phrase: [String], in tokens: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= tokens.count else { return false }
        return (0...(tokens.count - phrase.count)).contains { i in tokens[i..<(i + phrase.count)].elementsEqual(phrase) }
    }

    /// The turns at which a cue occurred, in order, without repeats.
    func cueTurns(_ cue: Cue, _ tl: Timeline) -> [Int] {
        var turns: [Int] = []
        if let rule = cue.rule { turns += tl.fired[rule] ?? [] }
        if let fact = cue.fact { turns += tl.facts.filter { $0.fact == fact }.map(\.turn) }
        if cue.riskCue == true {
            if tl.transcript.opening.riskCue { turns.append(0) }
            // The PHQ-9's item 9 has its own gate (SAF-2); a verbal cue is what opens these.
            for i in tl.turns.indices where !tl.phq9[i] && tl.turns[i].replies.contains(where: \.riskCue) { turns.append(tl.turns[i].number) }
        }
        return Array(Set(turns)).sorted()
    }

    /// Short notes for live coaching after trainee turn `turn` (default: the last turn of the
    /// transcript): safety requirements whose deadline just passed or that were just breached,
    /// proscribed interventions and contextual judgements at this turn, opportunities whose window
    /// just closed untaken, and prompts when a risk cue or a high-risk answer just came.
    ///
    /// Only the transcript up to `turn` is read, so calling it after every turn gives each note
    /// once. End-of-session requirements (SAF-1, SAF-4, SAF-5, SAF-6) are left to the report;
    /// SAF-4 and SAF-1 get prompts instead.
    public func coach(_ transcript: Transcript, after turn: Int? = nil) -> [CoachNote] {
        var t = transcript
        let n = turn ?? t.turns.last?.number ?? 0
        // (Live coaching after the last turn keeps every turn: no filtered copy then.)
        if !t.turns.allSatisfy({ $0.number <= n }) { t.turns = t.turns.filter { $0.number <= n } }
        t.ended = false
        let tl = Timeline(t, session: session)
        guard let current = tl.turn(n) else { return [] }
        var notes: [CoachNote] = []

        for m in safetyResult(tl, final: false).misses where m.deadline == n {
            notes.append(CoachNote(kind: .safety, id: m.id, turn: n, text: "\(m.class == .critical ? "Safety (critical)" : "Safety"): \(m.message)", example: m.example))
        }
        for p in proscribedUses(tl) where p.turn == n {
            let kind = p.contextual ? p.id : "proscribed"
            notes.append(CoachNote(kind: .proscribed, id: p.id, turn: n, text: "\(kind == "proscribed" ? "Not IPT: \(p.id)" : p.id): \(p.message).",
                                   example: Self.alternative(to: p.id)))
        }
        for o in opportunityResults(tl, final: false) where o.status == .missed && o.windowEnd == n {
            notes.append(CoachNote(kind: .missedOpportunity, id: o.id, turn: n,
                                   text: "Missed at turn \(o.cueTurn ?? 0): \(o.description)", example: o.example))
        }
        // Prompts for what just happened.
        if current.replies.contains(where: { $0.riskCue }) {
            let phq = current.isPHQ9
            notes.append(CoachNote(kind: .prompt, id: phq ? "SAF-2" : "SAF-3", turn: n,
                                   text: phq ? "PHQ-9 item 9 is above 0: ask about suicidal thoughts within the next 3 turns."
                                             : "Risk cue: ask directly about suicidal thoughts within the next 2 turns.",
                                   example: phq ? "You said you've had thoughts you'd be better off dead. Can you tell me about them?" : Self.screenExample))
        }
        if current.replies.contains(where: { !$0.factsSet.filter(Self.highRiskFacts.contains).isEmpty }) {
            notes.append(CoachNote(kind: .prompt, id: "SAF-4", turn: n,
                                   text: "High risk disclosed: stop routine work and escalate (urgent evaluation, do not leave the patient alone).",
                                   example: "I'm worried about your safety. I'd like us to get you seen by the crisis team today."))
        }
        if session.phase == .initial, tl.endSeconds >= session.minutes * 60 * 3 / 4,
           tl.firstUse(["suicide-screen", "suicide-detail"]) == nil,
           tl.startSeconds.last.map({ $0 < session.minutes * 60 * 3 / 4 }) ?? false {
            notes.append(CoachNote(kind: .prompt, id: "SAF-1", turn: n,
                                   text: "Three quarters of the time is gone and you have not screened for suicide risk yet.",
                                   example: Self.screenExample))
        }
        return notes
    }
}

/// Opportunities (taken or missed) and live coaching.
///
/// An opportunity's cue occurs when its rule fires, its fact is set (a fact the session starts
/// with is a cue at turn 0) or, for `riskCue`, a reply carries a risk cue. It is taken when a
/// trainee turn within `window` turns after a cue uses one of its techniques (the PHQ-9 does not
/// use up a window). Every occurrence of the cue is a chance: the first taken one is reported; if
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
                if let taken = tl.turns(after: c, within: o.window).first(where: { t in o.techniques.contains(where: t.intervention.has) }) {
                    r.status = .taken
                    r.cueTurn = c
                    r.takenTurn = taken.number
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

    /// The turns at which a cue occurred, in order, without repeats.
    func cueTurns(_ cue: Cue, _ tl: Timeline) -> [Int] {
        var turns: [Int] = []
        if let rule = cue.rule { turns += tl.fired[rule] ?? [] }
        if let fact = cue.fact { turns += tl.facts.filter { $0.fact == fact }.map(\.turn) }
        if cue.riskCue == true {
            if tl.transcript.opening.riskCue { turns.append(0) }
            // The PHQ-9's item 9 has its own gate (SAF-2); a verbal cue is what opens these.
            turns += tl.turns.filter { !$0.isPHQ9 && $0.replies.contains(where: \.riskCue) }.map(\.number)
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
           tl.uses(["suicide-screen", "suicide-detail"]).isEmpty,
           tl.startSeconds.last.map({ $0 < session.minutes * 60 * 3 / 4 }) ?? false {
            notes.append(CoachNote(kind: .prompt, id: "SAF-1", turn: n,
                                   text: "Three quarters of the time is gone and you have not screened for suicide risk yet.",
                                   example: Self.screenExample))
        }
        return notes
    }
}

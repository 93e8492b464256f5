/// Proscribed techniques and the contextual judgements derived from the transcript.
///
/// Every use of a technique of family `proscribed` counts once per turn it appears in. The
/// contextual judgements count as proscribed interventions for the pass rule too: they are the
/// IPT-inconsistent moves `techniques.md` names next to the proscribed family, and a trainee who
/// advises before exploring three times has done something as far from IPT as a dream
/// interpretation. Each is counted once per distinct occurrence (see below), so that one
/// mistake repeated does not fail a session on its own.
///
/// - **premature-advice**: a turn in advice form or using `directive` (turns with a frame,
///   assessment, termination or safety technique, `medication`, or a structured strategy —
///   `role-play`, `communication-analysis`, `decision-analysis` — excepted: those are not advice
///   about the patient's life, however they are phrased) with fewer than
///   `minExplorationBeforeAdvice` earlier exploring turns on its topic. The topic is the people
///   the advice names and the case concepts it mentions (the grave, the choir): exploring turns
///   must share one of them; advice with no topic is measured against all earlier exploring
///   turns. Once per topic.
/// - **focus-drift**: outside the initial phase (where the focus is still being chosen), a turn
///   whose main (first) technique is a problem-area strategy of an area other than the case
///   truth's problem area (and no strategy of the focus area in the same turn), with no earlier
///   `problem-area` or `formulation` turn in the session (the renegotiation). Once per area. `expectations` never counts: every inventory asks about
///   expectations, whatever the focus.
/// - **contract-extension**: outside the initial phase, a statement (information or advice, not a
///   question) proposing more sessions: an extension word (more, extra, another, additional,
///   extend, longer) within three words of a session word (session, meeting, week,
///   appointment), or a number above the planned sessions attached to a session word ("14
///   sessions", "session 14"). Turns giving measure feedback are not read for numbers. Asking ("would you like…?") is negotiating and does not count.
extension Assessor {
    public static let minExplorationBeforeAdvice = 3

    func proscribedUses(_ tl: Timeline) -> [ProscribedUse] {
        var out: [ProscribedUse] = []
        for turn in tl.turns {
            for id in turn.intervention.techniques where TechniqueCatalogue.isProscribed(id) {
                out.append(ProscribedUse(id: id, turn: turn.number, contextual: false,
                                         message: TechniqueCatalogue.info(id)?.definition ?? id))
            }
        }
        out += prematureAdvice(tl) + focusDrift(tl) + contractExtension(tl)
        // Stable: by turn, then techniques before judgements, then id.
        return out.sorted { ($0.turn, $0.contextual ? 1 : 0, $0.id) < ($1.turn, $1.contextual ? 1 : 0, $1.id) }
    }

    /// Moves that are phrased as suggestions but are not advice about the patient's life: the
    /// session's frame, assessment tasks, termination, safety, a medication evaluation, and the
    /// structured in-session strategies ("Let's try it: I'll be Arjun…").
    static func notAdvice(_ technique: String) -> Bool {
        if ["medication", "role-play", "communication-analysis", "decision-analysis"].contains(technique) { return true }
        guard let family = TechniqueCatalogue.family(of: technique) else { return false }
        return [.frame, .assessment, .termination, .safety].contains(family)
    }

    func prematureAdvice(_ tl: Timeline) -> [ProscribedUse] {
        var out: [ProscribedUse] = []
        let caseConcepts = Set((self.case.concepts ?? []).map(\.id))
        var topicsFlagged: Set<String> = []
        for i in tl.turns.indices {
            let iv = tl.turns[i].intervention
            guard iv.form == .advice || iv.has("directive") else { continue }
            // Safety advice is never premature, nor is offering a medication evaluation (the I5 task),
            // nor a structured move phrased as "let's…" (a role play, the PHQ-9, the contract).
            guard !iv.techniques.contains(where: Self.notAdvice) else { continue }
            // The advice's topic: the people it names and the case's own concepts it mentions.
            let topic = Set(iv.people).union(iv.concepts.filter(caseConcepts.contains))
            // Counted in place (a filtered copy of the earlier turns cost more than the test).
            var explored = 0
            for j in 0..<i where !tl.phq9[j] {
                let e = tl.turns[j].intervention
                if !Self.isDirection(e) && Self.isExploration(e)
                    && (topic.isEmpty || !topic.isDisjoint(with: e.people) || !topic.isDisjoint(with: e.concepts)) { explored += 1 }
            }
            let key = topic.sorted().joined(separator: "+")
            guard explored < Self.minExplorationBeforeAdvice, !topicsFlagged.contains(key) else { continue }
            topicsFlagged.insert(key)
            let about = topic.isEmpty ? "" : " about \(topic.sorted().map { self.case.person($0)?.name ?? $0 }.joined(separator: " and "))"
            out.append(ProscribedUse(id: "premature-advice", turn: tl.turns[i].number, contextual: true,
                                     message: "advice\(about) after \(explored) exploring turn\(explored == 1 ? "" : "s") (explore at least \(Self.minExplorationBeforeAdvice) first)"))
        }
        return out
    }

    func focusDrift(_ tl: Timeline) -> [ProscribedUse] {
        guard session.phase != .initial else { return [] }
        let focus = self.case.truth.problemArea
        var out: [ProscribedUse] = []
        var flagged: Set<ProblemArea> = []
        for (i, turn) in tl.turns.enumerated() {
            // Only the turn's main technique decides: a secondary reading of another area's
            // strategy is not drift. `expectations` belongs to every inventory, not only disputes.
            guard let top = turn.intervention.techniques.first, top != "expectations",
                  let area = TechniqueCatalogue.info(top)?.area, area != focus, !flagged.contains(area),
                  // A turn that also reads as the agreed focus's own strategy is ambiguous, not drift.
                  !turn.intervention.techniques.contains(where: { TechniqueCatalogue.info($0)?.area == focus }) else { continue }
            let renegotiated = tl.turns[..<i].contains { $0.intervention.has("problem-area") || $0.intervention.has("formulation") }
            guard !renegotiated else { continue }
            flagged.insert(area)
            out.append(ProscribedUse(id: "focus-drift", turn: turn.number, contextual: true,
                                     message: "\(area.rawValue) work (\(turn.intervention.techniques.filter { TechniqueCatalogue.info($0)?.area == area }.joined(separator: ", "))) while the agreed focus is \(focus.rawValue), without renegotiating the focus"))
        }
        return out
    }

    static let extensionWords: Set<String> = ["more", "extra", "another", "additional", "extend", "extending", "extension", "longer"]
    static let sessionWords: Set<String> = ["session", "sessions", "meeting", "meetings", "week", "weeks", "appointment", "appointments"]
    static let numberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                              "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]

    func contractExtension(_ tl: Timeline) -> [ProscribedUse] {
        guard session.phase != .initial else { return [] }
        var out: [ProscribedUse] = []
        for turn in tl.turns {
            let iv = turn.intervention
            // Measure feedback ("your score is 14 this week") talks numbers, not sessions.
            guard iv.form == .information || iv.form == .advice, !turn.isPHQ9, !iv.has("measure") else { continue }
            let tokens = iv.tokens
            guard tokens.contains(where: Self.sessionWords.contains) else { continue }
            let sessionAt = tokens.indices.filter { Self.sessionWords.contains(tokens[$0]) }
            // A number counts only when it is attached to a session word: "14 sessions", "session 14".
            let beyondPlan = session.plannedSessions.map { planned in
                tokens.indices.contains { i in
                    guard let n = Int(tokens[i]) ?? Self.numberWords.firstIndex(of: tokens[i]).map({ $0 + 1 }), n > planned else { return false }
                    return sessionAt.contains { $0 == i + 1 || $0 == i - 1 || $0 == i + 2 }
                }
            } ?? false
            let near = tokens.indices.contains { i in
                Self.extensionWords.contains(tokens[i]) && sessionAt.contains { abs($0 - i) <= 3 }
            }
            guard near || beyondPlan else { continue }
            out.append(ProscribedUse(id: "contract-extension", turn: turn.number, contextual: true,
                                     message: "proposed more sessions without asking the patient (the contract is renegotiated together, not extended unilaterally)"))
        }
        return out
    }
}

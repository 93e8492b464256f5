/// Proscribed techniques and the contextual judgements derived from the transcript.
///
/// Every use of a technique of family `proscribed` counts once per turn it appears in. The
/// contextual judgements count as proscribed interventions for the pass rule too: they are the
/// IPT-inconsistent moves `techniques.md` names next to the proscribed family, and a trainee who
/// advises before exploring three times has done something as far from IPT as a dream
/// interpretation. Each is counted once per distinct occurrence (see below), so that one
/// mistake repeated does not fail a session on its own.
///
/// - **premature-advice**: a turn in advice form or using `directive` (safety techniques
///   excepted: safety advice is never premature) with fewer than
///   `minExplorationBeforeAdvice` earlier exploring turns on its topic. The topic is the people
///   the advice names (exploring turns must name one of them); advice naming nobody is measured
///   against all earlier exploring turns. Once per topic.
/// - **focus-drift**: outside the initial phase (where the focus is still being chosen), a
///   problem-area strategy of an area other than the case truth's problem area, with no earlier
///   `problem-area` or `formulation` turn in the session (the renegotiation). Once per area.
/// - **contract-extension**: outside the initial phase, a statement (information or advice, not a
///   question) proposing more sessions: an extension word (more, extra, another, additional,
///   extend, longer) within three words of a session word (session, meeting, week,
///   appointment), or a number above the planned sessions next to any session word. Asking ("would you like…?") is negotiating and does not count.
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

    func prematureAdvice(_ tl: Timeline) -> [ProscribedUse] {
        var out: [ProscribedUse] = []
        var topicsFlagged: Set<String> = []
        for (i, turn) in tl.turns.enumerated() {
            let iv = turn.intervention
            guard iv.form == .advice || iv.has("directive") else { continue }
            guard !iv.techniques.contains(where: { TechniqueCatalogue.family(of: $0) == .safety }) else { continue }
            let topic = Set(iv.people)
            let explored = tl.turns[..<i].filter { t in
                !t.isPHQ9 && !Self.isDirection(t.intervention) && Self.isExploration(t.intervention)
                    && (topic.isEmpty || !topic.isDisjoint(with: t.intervention.people))
            }.count
            let key = topic.sorted().joined(separator: "+")
            guard explored < Self.minExplorationBeforeAdvice, !topicsFlagged.contains(key) else { continue }
            topicsFlagged.insert(key)
            let about = topic.isEmpty ? "" : " about \(topic.sorted().map { self.case.person($0)?.name ?? $0 }.joined(separator: " and "))"
            out.append(ProscribedUse(id: "premature-advice", turn: turn.number, contextual: true,
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
            let areas = turn.intervention.techniques.compactMap { TechniqueCatalogue.info($0)?.area }.filter { $0 != focus }
            guard let area = areas.first, !flagged.contains(area) else { continue }
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
            guard iv.form == .information || iv.form == .advice, !turn.isPHQ9 else { continue }
            let tokens = iv.tokens
            guard tokens.contains(where: Self.sessionWords.contains) else { continue }
            let numbers = tokens.compactMap { Int($0) ?? Self.numberWords.firstIndex(of: $0).map { $0 + 1 } }
            let beyondPlan = session.plannedSessions.map { planned in numbers.contains { $0 > planned } } ?? false
            let sessionAt = tokens.indices.filter { Self.sessionWords.contains(tokens[$0]) }
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

import Foundation
/// Scores a session transcript against its case: a pure function of (case, session, transcript).
///
/// ```swift
/// let report = Assessor.assess(case: c, session: s, transcript: runner.transcript)
/// print(report.debrief(color: true))
/// // live, after each trainee turn:
/// for note in Assessor(case: c, session: s).coach(runner.transcript) { … }
/// ```
///
/// The same inputs always give the same report: no clock, no randomness, no I/O.
public struct Assessor: Sendable {
    public let `case`: Case
    public let session: Session
    /// The case's people (name and aliases), its concepts and the topical built-in concepts as
    /// token phrases by first word: what a cue can be about (`cueTopics`). Normalised on first
    /// use, once per assessor (reuse one assessor to score many transcripts of a session).
    let topicIndex = TopicIndex()
    let caseConceptIDs: Set<String>

    public init(case c: Case, session: Session) {
        self.case = c
        self.session = session
        self.caseConceptIDs = Set((c.concepts ?? []).map(\.id))
    }

    /// Built on first use; a lock makes it safe to share an assessor between threads.
    final class TopicIndex: @unchecked Sendable {
        private let lock = NSLock()
        private var phrases: [String: [(id: String, phrase: [String])]]?

        func get(_ c: Case) -> [String: [(id: String, phrase: [String])]] {
            lock.lock()
            defer { lock.unlock() }
            if let phrases { return phrases }
            var byFirst: [String: [(id: String, phrase: [String])]] = [:]
            let named = c.people.map { p in (p.id, ([p.name] + (p.aliases ?? [])).map(Normalizer.tokens)) }
                + (c.concepts ?? []).map { k in (k.id, k.phrases.map(Normalizer.tokens)) }
                + Assessor.topicalBuiltins.sorted().map { ($0, BuiltinConcepts.compiled[$0] ?? []) }
            for (id, list) in named { for p in list where !p.isEmpty { byFirst[p[0], default: []].append((id, p)) } }
            phrases = byFirst
            return byFirst
        }
    }

    public static func assess(case c: Case, session: Session, transcript: Transcript) -> SessionReport {
        Assessor(case: c, session: session).assess(transcript)
    }

    /// The ids and titles of the built-in global items added when a session's rubric has none.
    public static let defaultGlobalItems: [(id: String, measure: GlobalMeasure, title: String, description: String, example: String)] = [
        ("G1-warmth", .warmth, "Warmth and empathy", "Reflects and validates feelings.", "That sounds painful; anyone would feel hurt."),
        ("G2-collaboration", .collaboration, "Collaboration", "Summarises, checks agreement and asks for the patient's view.", "Have I got that right? What do you make of it?"),
        ("G3-hope", .hope, "Hope", "Instils hope: depression is common and treatable; affirms effort.", "Depression is very treatable, and you've already taken the first step."),
        ("G4-pacing", .pacing, "Pacing", "Uses the planned time for the session's work, without rushing to advice.", "We have about ten minutes left; let's make sure we agree on the focus."),
        ("G5-balance", .balance, "Balance of exploration and direction", "Explores before directing; no premature advice.", "Before we think about what to do, tell me more about what happened."),
    ]

    /// The session's rubric, with the built-in global measures added when it has no global item.
    public var rubric: [RubricItem] {
        var items = session.rubric
        if !items.contains(where: { $0.domain == .global }) {
            items = Self.defaultGlobalItems.map {
                RubricItem(id: $0.id, title: $0.title, domain: .global, description: $0.description, example: $0.example,
                           levels: nil, measure: $0.measure, applicableWhen: nil)
            } + items
        }
        return items
    }

    public func assess(_ transcript: Transcript) -> SessionReport {
        let tl = Timeline(transcript, session: session)
        let proscribed = proscribedUses(tl)
        let safety = safetyResult(tl, final: true)
        var items: [ItemResult] = []
        // Evidence items first: pacing's "covering the session's work" reads them.
        var evidenceItems: [String: ItemResult] = [:]
        for item in rubric where item.measure == nil {
            evidenceItems[item.id] = rate(item, tl)
        }
        for item in rubric {
            if let r = evidenceItems[item.id] { items.append(r); continue }
            items.append(rateMeasure(item, tl, proscribed: proscribed, evidenceItems: Array(evidenceItems.values)))
        }
        let adherence = Self.mean(items.filter { !$0.isFacilitative }.compactMap(\.rating))
        let facilitative = Self.mean(items.filter(\.isFacilitative).compactMap(\.rating))
        let verdict = Verdict.decide(adherenceMean: adherence, facilitativeMean: facilitative,
                                     proscribed: proscribed.count, safetyPassed: safety.passed)
        let opportunities = opportunityResults(tl, final: true)
        var report = SessionReport(
            caseID: self.case.id, caseTitle: self.case.title, caseVersion: self.case.version,
            sessionID: session.id, sessionTitle: session.title, phase: session.phase, patientName: self.case.patient.name,
            seed: transcript.seed, style: transcript.style, mode: transcript.mode, ended: transcript.ended,
            plannedMinutes: session.minutes, items: items, safety: safety, proscribed: proscribed,
            opportunities: opportunities, profile: profile(tl, proscribed: proscribed.count),
            adherenceMean: adherence, facilitativeMean: facilitative, verdict: verdict, practiseNext: [],
            transcript: transcript, initialVars: initialVars)
        report.practiseNext = Self.practiseNext(report)
        return report
    }

    /// The mean of the ratings, or nil when there are none.
    static func mean(_ ratings: [Int]) -> Double? {
        ratings.isEmpty ? nil : Double(ratings.reduce(0, +)) / Double(ratings.count)
    }

    /// Up to three things to practise, most important first: critical then major safety misses,
    /// proscribed interventions, missed opportunities, then the lowest-rated items (ties by rubric
    /// order). One entry per source; proscribed entries are grouped by id.
    static func practiseNext(_ r: SessionReport, limit: Int = 3) -> [PractiseItem] {
        var out: [PractiseItem] = []
        func add(_ p: PractiseItem) {
            if out.count < limit, !out.contains(where: { $0.source == p.source }) { out.append(p) }
        }
        for m in r.safety.critical + r.safety.major {
            add(PractiseItem(source: m.id, text: m.advice, example: m.example))
        }
        var seen: Set<String> = []
        for p in r.proscribed where !seen.contains(p.id) {
            seen.insert(p.id)
            let turns = r.proscribed.filter { $0.id == p.id }.map { String($0.turn) }.joined(separator: ", ")
            add(PractiseItem(source: p.id, text: "Avoid \(p.id) (turn \(turns)): \(p.message)", example: Self.alternative(to: p.id)))
        }
        let items = r.items.enumerated().filter { $0.element.rating != nil && $0.element.rating! < 4 }
            .sorted { ($0.element.rating!, $0.offset) < ($1.element.rating!, $1.offset) }
        var missed = r.opportunities.filter { $0.status == .missed }
        // Interleave: the lowest item first if it is a 1, else the first missed opportunity.
        if let first = items.first, first.element.rating == 1 || missed.isEmpty {
            let i = first.element
            add(PractiseItem(source: i.id, text: "\(i.title) (rated \(i.rating!)): \(i.nextStep ?? i.description)", example: i.example))
        }
        if !missed.isEmpty {
            let o = missed.removeFirst()
            add(PractiseItem(source: o.id, text: "Take the moment at turn \(o.cueTurn ?? 0): \(o.description)", example: o.example))
        }
        for (_, i) in items {
            add(PractiseItem(source: i.id, text: "\(i.title) (rated \(i.rating!)): \(i.nextStep ?? i.description)", example: i.example))
        }
        for o in missed {
            add(PractiseItem(source: o.id, text: "Take the moment at turn \(o.cueTurn ?? 0): \(o.description)", example: o.example))
        }
        return out
    }

    /// What to do instead of a proscribed intervention.
    static func alternative(to id: String) -> String {
        switch id {
        case "premature-advice": "Tell me more about what happened before we think about what to do."
        case "focus-drift": "Let's come back to what we agreed to work on. Or do you want us to change the focus?"
        case "contract-extension": "We have a few sessions left. How would you feel about where we are, and what might come next?"
        case "false-reassurance": "Can you tell me more about those thoughts? I want to understand how strong they are."
        case "minimizing": "That sounds really hard. Tell me more about how it's been."
        case "blaming": "It makes sense that it's been hard to do more while you feel this low."
        case "taking-sides", "hostile-confrontation": "What do you think he expects from you here, and you from him?"
        case "transference-interpretation": "How is it, talking with me about this?"
        case "childhood-focus", "dream-interpretation": "How does that connect with what is happening in your relationships now?"
        case "cognitive-disputation": "When did you notice your mood drop? What had just happened between you?"
        default: TechniqueCatalogue.info(id)?.example ?? ""
        }
    }
}

/// The transcript, indexed for the assessor.
///
/// Turns are read in place by index: iterating them, or filtering them into a new array, copies
/// each one (a dozen reference-counted fields), which used to be most of the assessor's time.
struct Timeline {
    let transcript: Transcript
    let turns: [TranscriptTurn]
    /// Simulated seconds at the start of each turn (by index).
    let startSeconds: [Int]
    /// Whether the turn at each index administered the PHQ-9 (`TranscriptTurn.isPHQ9`, worked out once).
    let phq9: [Bool]
    /// Facts with the turn that set them (0: before the session or at the opening).
    let facts: [(fact: String, turn: Int)]
    /// Rules fired with the turns they fired in (0: the opening).
    let fired: [String: [Int]]

    init(_ t: Transcript, session: Session) {
        transcript = t
        turns = t.turns
        var starts: [Int] = []
        starts.reserveCapacity(t.turns.count)
        var phq9: [Bool] = []
        phq9.reserveCapacity(t.turns.count)
        var clock = t.opening.clockSeconds
        for i in t.turns.indices {
            starts.append(clock)
            clock = max(clock, t.turns[i].clockSeconds)
            phq9.append(t.turns[i].isPHQ9)
        }
        startSeconds = starts
        self.phq9 = phq9
        var facts: [(String, Int)] = (session.facts ?? []).map { ($0, 0) } + t.opening.factsSet.map { ($0, 0) }
        var fired: [String: [Int]] = [:]
        fired.reserveCapacity(t.turns.count)
        for i in t.turns.indices {
            let number = t.turns[i].number
            for j in t.turns[i].replies.indices {
                for f in t.turns[i].replies[j].factsSet { facts.append((f, number)) }
                fired[t.turns[i].replies[j].ruleID, default: []].append(number)
            }
        }
        self.facts = facts
        self.fired = fired
    }

    var lastTurn: Int { turns.last?.number ?? 0 }
    var endSeconds: Int { max(transcript.opening.clockSeconds, turns.last?.clockSeconds ?? 0) }

    /// The index of the first turn numbered `n`.
    func index(of n: Int) -> Int? {
        for i in turns.indices where turns[i].number == n { return i }
        return nil
    }

    func turn(_ n: Int) -> TranscriptTurn? { index(of: n).map { turns[$0] } }

    /// Turns (numbers) after `n`, up to and including `n + window`.
    func turns(after n: Int, within window: Int) -> [TranscriptTurn] {
        let end = deadline(after: n, within: window)
        return turns.filter { $0.number > n && $0.number <= end }
    }

    /// The number of the `window`-th trainee turn after turn `n`. Administering the PHQ-9 is not a
    /// turn the trainee spoke, so it does not use up a window (a trainee who gives the
    /// questionnaire right after a cue still has two turns to ask). Beyond the end of the
    /// transcript (live coaching), the remaining turns are counted on from the last one.
    func deadline(after n: Int, within window: Int) -> Int {
        var spoken = 0
        var last = n
        for i in turns.indices where turns[i].number > n {
            last = turns[i].number
            if !phq9[i] {
                spoken += 1
                if spoken == window { return last }
            }
        }
        return last + (window - spoken)
    }

    /// The turn a fact was first set in, if it was.
    func factTurn(_ fact: String) -> Int? {
        for i in facts.indices where facts[i].fact == fact { return facts[i].turn }
        return nil
    }

    /// Whether the turn at index `i` carries any of the techniques.
    @inline(__always)
    func uses(_ i: Int, _ techniques: [String]) -> Bool {
        let own = turns[i].intervention.techniques
        return techniques.contains(where: own.contains)
    }

    /// Turns whose intervention carries any of the techniques.
    func uses(_ techniques: [String]) -> [TranscriptTurn] {
        turns.filter { t in techniques.contains(where: t.intervention.has) }
    }

    /// The index of the first turn whose intervention carries any of the techniques.
    func firstUse(_ techniques: [String]) -> Int? {
        for i in turns.indices where uses(i, techniques) { return i }
        return nil
    }

    /// The minute a turn began in.
    func minute(ofIndex i: Int) -> Int { startSeconds[i] / 60 }
}

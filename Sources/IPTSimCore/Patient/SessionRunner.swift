/// Drives one session: recognizer + engine + transcript, one line at a time. The REPL, piped
/// practice, exams, `test` and the soak walker all go through this, so they behave alike.
public struct SessionRunner: Sendable {
    public let engine: PatientEngine
    public let recognizer: any Recognizer
    public private(set) var state: SessionState
    public private(set) var transcript: Transcript
    public let context: RecognitionContext

    public init(case c: Case, session: Session, caseHash: String, seed: UInt64, style: ConversationalStyle? = nil,
                mode: Transcript.Mode = .practice, recognizer: any Recognizer = Recognizers.standard) {
        engine = PatientEngine(case: c, session: session)
        self.recognizer = recognizer
        let (state, opening) = engine.start(seed: seed, style: style)
        self.state = state
        context = RecognitionContext(case: c)
        transcript = Transcript(caseID: c.id, caseVersion: c.version, caseHash: caseHash, sessionID: session.id,
                                seed: seed, style: state.style, mode: mode, opening: opening)
    }

    /// Recognizes what the trainee said in this session's context: people mentioned recently, and
    /// a short follow-up question right after a risk disclosure ("Have you thought about how?").
    public func recognize(_ text: String) -> Intervention {
        var ctx = context
        ctx.recentPeople = state.recentPeople
        return RiskFollowUp.refine(recognizer.recognize(text, context: ctx), riskTopic: RiskFollowUp.isRiskTopic(after: transcript.turns.last, disclosed: disclosedIdeation))
    }

    /// The patient has said this session that they wish to be dead or think of suicide.
    var disclosedIdeation: Bool {
        [Builtins.Disclosure.passive, Builtins.Disclosure.active].contains { state.has($0) || state.disclosures.contains($0) }
            || transcript.turns.contains { $0.replies.contains(where: \.riskCue) }
    }

    /// Says `text` to the patient; returns the reply and records the turn.
    @discardableResult
    public mutating func say(_ text: String) -> PatientTurn {
        say(recognize(text), input: text)
    }

    /// Says an already-recognized intervention (e.g. with a technique declared by `/tag`).
    @discardableResult
    public mutating func say(_ intervention: Intervention, input: String) -> PatientTurn {
        let reply = engine.respond(to: intervention, in: &state)
        transcript.turns.append(TranscriptTurn(number: state.turn, input: input, intervention: intervention,
                                               replies: [reply], vars: state.vars))
        return reply
    }

    /// Administers the PHQ-9; returns the item answers and records the turn.
    @discardableResult
    public mutating func administerPHQ9(input: String = "/phq9") -> [PatientTurn] {
        let replies = engine.administerPHQ9(in: &state)
        let iv = Intervention(text: input, tokens: [], form: .information, techniques: ["measure"], scores: [1], declared: true)
        transcript.turns.append(TranscriptTurn(number: state.turn, input: input, intervention: iv, replies: replies, vars: state.vars))
        return replies
    }

    public mutating func end() { transcript.ended = true }

    /// Replays a transcript's inputs from scratch; the result must equal the original (determinism).
    public static func replay(_ t: Transcript, case c: Case, caseHash: String, recognizer: any Recognizer = Recognizers.standard) -> SessionRunner? {
        guard let session = c.session(t.sessionID) else { return nil }
        var runner = SessionRunner(case: c, session: session, caseHash: caseHash, seed: t.seed, style: t.style, mode: t.mode, recognizer: recognizer)
        for turn in t.turns {
            if turn.isPHQ9 { runner.administerPHQ9(input: turn.input) }
            else if turn.intervention.declared { runner.say(turn.intervention, input: turn.input) }
            else { runner.say(turn.input) }
        }
        if t.ended { runner.end() }
        return runner
    }
}

/// The recognizer the product uses.
public enum Recognizers {
    public static let standard: any Recognizer = RuleRecognizer()

    /// Builds the recognizer's example index now (about a tenth of a second, done once per
    /// process) so that a trainee's first turn does not wait for it: the REPL calls this on a
    /// background thread while the patient is introduced. Pure; safe from any thread.
    public static func prepare() { _ = ExampleBank.shared }
}

/// A seeded random walker: plays many sessions with utterances drawn from the session's rule
/// examples and the technique catalogue's examples (and now and then the PHQ-9), and reports what
/// content was reached. Deterministic for a seed.
public struct CoverageWalker: Sendable {
    public struct Options: Sendable {
        public var walks: Int = 100
        public var seed: UInt64 = 1
        /// Trainee turns per walk (a walk also stops when the session runs overtime).
        public var maxTurns: Int = 40
        /// A dead end: this many consecutive turns answered only by fallbacks.
        public var deadEndTurns: Int = 4
        public init(walks: Int = 100, seed: UInt64 = 1, maxTurns: Int = 40, deadEndTurns: Int = 4) {
            self.walks = walks; self.seed = seed; self.maxTurns = maxTurns; self.deadEndTurns = deadEndTurns
        }
    }

    public struct DeadEnd: Sendable, Equatable {
        /// Walk number (0-based); the walk's seed is `seed + walk`.
        public var walk: Int
        public var turn: Int
        /// Facts set and rules fired when the run of fallbacks began.
        public var facts: [String]
        public var fired: [String]
        /// The inputs of the walk up to the end of the run, to reproduce it.
        public var inputs: [String]
    }

    public struct Report: Sendable, Equatable {
        public var caseID: String
        public var sessionID: String
        public var walks: Int
        public var seed: UInt64
        /// Times each rule and fallback fired over all walks (every rule of the session listed).
        public var fired: [String: Int]
        public var neverFired: [String]
        public var deadEnds: [DeadEnd]
        public var maxRapport: Int
        /// Highest rating each rubric item reached in any walk (nil: n/a in every walk).
        public var bestRatings: [String: Int?]
        /// Rubric items rated above 1 in some walk.
        public var reachableItems: [String] { bestRatings.filter { ($0.value ?? 0) > 1 }.keys.sorted() }
    }

    public let `case`: Case
    public let session: Session
    public let recognizer: any Recognizer

    public init(case c: Case, session: Session, recognizer: any Recognizer = Recognizers.standard) {
        self.case = c
        self.session = session
        self.recognizer = recognizer
    }

    /// Utterances the walker draws from, in a stable order.
    public var pool: [String] {
        var out: [String] = []
        var seen = Set<String>()
        for r in session.rules { for e in r.examples?.match ?? [] where seen.insert(e).inserted { out.append(e) } }
        for t in TechniqueCatalogue.all where !TechniqueCatalogue.isProscribed(t.id) && seen.insert(t.example).inserted { out.append(t.example) }
        return out
    }

    public func run(_ options: Options, assess: ((Case, Session, Transcript) -> AssessmentSummary)? = AssessmentSummary.assess) -> Report {
        let pool = self.pool
        var fired: [String: Int] = [:]
        for r in session.rules { fired[r.id] = 0 }
        for f in session.fallbacks { fired[f.id] = 0 }
        var deadEnds: [DeadEnd] = []
        var seenDeadEnds = Set<[String]>()
        var maxRapport = Int.min
        var best: [String: Int?] = [:]
        for walk in 0..<max(0, options.walks) {
            let seed = options.seed &+ UInt64(walk)
            var rng = SeededRandom.stream(0, of: seed)
            var runner = SessionRunner(case: self.case, session: session, caseHash: "walk", seed: seed, recognizer: recognizer)
            maxRapport = max(maxRapport, runner.state.value("rapport"))
            var inputs: [String] = []
            var misses = 0
            var runStart: (facts: [String], fired: [String])?
            for _ in 0..<options.maxTurns {
                if runner.engine.isOvertime(runner.state) { break }
                let usePHQ9 = !runner.state.phq9Given && rng.index(20) == 0
                if usePHQ9 {
                    inputs.append("/phq9")
                    runner.administerPHQ9()
                    misses = 0
                    continue
                }
                let text = pool.isEmpty ? "Tell me more." : pool[rng.index(pool.count)]
                inputs.append(text)
                let stateBefore = (runner.state.facts, runner.state.ruleUses.keys.sorted())
                let reply = runner.say(text)
                if reply.source == .rule || reply.source == .fallback { fired[reply.ruleID, default: 0] += 1 }
                maxRapport = max(maxRapport, runner.state.value("rapport"))
                if reply.source == .fallback {
                    if misses == 0 { runStart = stateBefore }
                    misses += 1
                    if misses == options.deadEndTurns, let start = runStart {
                        let key = start.facts + ["|"] + start.fired
                        if seenDeadEnds.insert(key).inserted {
                            deadEnds.append(DeadEnd(walk: walk, turn: runner.state.turn - misses + 1, facts: start.facts, fired: start.fired, inputs: inputs))
                        }
                    }
                } else {
                    misses = 0
                }
            }
            runner.end()
            if let assess {
                let summary = assess(self.case, session, runner.transcript)
                for (id, rating) in summary.ratings {
                    let current: Int? = best[id] ?? nil
                    best[id] = .some([current, rating].compactMap { $0 }.max())
                }
            }
        }
        let never = session.rules.map(\.id).filter { fired[$0, default: 0] == 0 }
        return Report(caseID: self.case.id, sessionID: session.id, walks: options.walks, seed: options.seed, fired: fired,
                      neverFired: never, deadEnds: deadEnds, maxRapport: maxRapport == Int.min ? 0 : maxRapport, bestRatings: best)
    }
}

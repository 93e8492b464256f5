/// The product recognizer: deterministic, rule-based and explainable.
///
/// Pipeline: split into clauses (`ClauseSplitter`), normalise (`Normalizer`), classify each
/// clause's form (`FormClassifier`) and combine them by MITI-like precedence, match the technique
/// rule tables (indexed by trigger word) and the case's lexicon on every clause, apply
/// case-dependent rules (a death question about a deceased person is a death narrative; about the
/// patient, a suicide screen), rank techniques by score, and fall back to a default technique for
/// the form. Every step leaves a line in `trace`.
public struct RuleRecognizer: Recognizer {
    /// Whether to write `Intervention.trace` (batch classification can skip it).
    public var tracing: Bool

    public init(tracing: Bool = true) { self.tracing = tracing }

    /// One piece of evidence for a technique.
    public struct Hit: Sendable, Equatable {
        public var technique: String
        public var score: Double
        public var source: String
        public var clause: Int
        public var range: Range<Int>
        var order: Int
    }

    /// Everything the recognizer worked out, for `explain`.
    public struct Analysis: Sendable {
        public var intervention: Intervention
        public var clauses: [Clause]
        public var decisions: [FormClassifier.Decision]
        public var formClause: Int?
        public var hits: [Hit]
        public var mentions: [PeopleResolver.Mention]
        /// How many rules the index let through to the matcher (of `rulesTotal`): those whose required
        /// words occur (`RuleIndex.viable`); without tracing, those the stricter index let through.
        public var rulesTried: Int = 0
        public var rulesTotal: Int = 0
    }

    public func recognize(_ text: String, context: RecognitionContext) -> Intervention {
        analyze(text, context: context).intervention
    }

    public func analyze(_ text: String, context: RecognitionContext) -> Analysis {
        let clauses = ClauseSplitter.split(text)
        let tokens = clauses.flatMap(\.tokens)
        let resolver = PeopleResolver(context)
        let mentions = resolver.resolve(tokens)

        // Case concepts, people and lexicon are compiled once per context (`RecognitionContext+Compiled`).
        // The closure captures the two compiled tables, not the whole context (no copy per call).
        let (compiledPeople, compiledConcepts) = (context.compiledPeople, context.compiledConcepts)
        let concept: (String) -> [[String]] = { RecognitionContext.conceptPhrases($0, compiledPeople, compiledConcepts) }
        // The same phrases indexed by first word, for the pattern matcher.
        let indexedConcepts = RecognitionContext.Concepts(people: compiledPeople, concepts: compiledConcepts)

        var decisions = clauses.map(FormClassifier.classify)
        var hits: [Hit] = []
        var tried = 0
        let lexicon = context.compiledLexicon.rules
        let lexiconIndex = context.compiledLexicon.index
        let index = TechniqueRules.index
        for (ci, clause) in clauses.enumerated() {
            let isQ = decisions[ci].form.isQuestion
            // The clause's tokens as keys once, for every pattern tried on it.
            let keys = clause.tokens.map(WordKey.init)
            func consider(_ r: TechniqueRule) { consider(r, clause.tokens, keys, at: clause.offset, crossing: nil) }
            /// `crossing`: only a match that starts before this token and ends after it counts (a leading
            /// phrase joined to its question, below).
            func consider(_ r: TechniqueRule, _ toks: [String], _ keys: [WordKey], at offset: Int, crossing: Int?) {
                switch r.scope {
                case .question where !isQ: return
                case .statement where isQ: return
                default: break
                }
                // A suggestion inside a real question ("could you tell me…") is not advice.
                if r.isDirective && isQ { return }
                // Open exploration is an open question's technique.
                if r.isExploration && decisions[ci].form == .closedQuestion { return }
                // Only rules whose required words all occur get here (`RuleIndex.viable`, same test as `mayMatch`).
                guard let m = r.pattern.match(toks, keys: keys, concepts: indexedConcepts) else { return }
                if let c = crossing, !(m.range.lowerBound < c && m.range.upperBound > c) { return }
                let score = min(0.99, r.weight + 0.01 * Double(min(m.literals, 4)))
                hits.append(Hit(technique: r.technique, score: score, source: r.pattern.source, clause: ci,
                                range: (offset + m.range.lowerBound)..<(offset + m.range.upperBound), order: r.order))
            }
            // (Rules whose required words do not occur in the pattern's order cannot match: not tried.)
            let viable = index.viableInOrder(clause.tokens, counting: tracing)
            tried += viable.viable
            for i in viable.rules { consider(index.rules[i]) }
            for i in lexiconIndex.viableInOrder(clause.tokens, counting: tracing).rules { consider(lexicon[i]) }
            // A leading phrase split off before its question ("Since your wife died, | who have you been
            // seeing?", "In an ideal world, | what would your sister do?") frames it: patterns may also
            // match across the two, and such a match counts for the question.
            if isQ, ci > 0, clauses[ci - 1].fragment, let lead = clauses[ci - 1].tokens.first, Self.framingLeads.contains(lead) {
                let joined = clauses[ci - 1].tokens + clause.tokens
                let joinedKeys = joined.map(WordKey.init)
                let cut = clauses[ci - 1].tokens.count
                // A rule that already matched the question alone adds nothing (and would earn the extra-rule bonus twice).
                let matched = Set(hits.lazy.filter { $0.clause == ci }.map(\.order))
                let viableJoined = index.viableInOrder(joined, counting: tracing)
                tried += viableJoined.viable
                for i in viableJoined.rules where !matched.contains(index.rules[i].order) {
                    consider(index.rules[i], joined, joinedKeys, at: clauses[ci - 1].offset, crossing: cut)
                }
            }
            hits += caseDependent(ci, clause, decisions[ci], mentions, resolver, concept)
            // "not a weakness or your fault": a negator shortly before "fault" cancels blame.
            hits.removeAll { h in
                h.clause == ci && h.technique == "blaming" && h.source.contains("fault")
                    && tokens[max(0, h.range.lowerBound - 5)..<h.range.lowerBound].contains { Self.negators.contains($0) }
            }
            decisions[ci] = Self.adjustForm(decisions[ci], hits.filter { $0.clause == ci }, clause.tokens)
        }
        hits = prune(hits, clauses)

        var (form, formClause) = FormClassifier.combine(decisions)
        // A formulation's "I suggest we focus on…" proposes for agreement; it is not advice.
        if form == .advice, hits.contains(where: { $0.source.hasPrefix("formulation shape") }) { form = .information }
        var best: [String: (score: Double, order: Int, count: Int)] = [:]
        for h in hits {
            let b = best[h.technique]
            if b == nil { best[h.technique] = (h.score, h.order, 1) } else {
                best[h.technique] = (max(b!.score, h.score), min(b!.order, h.order), b!.count + 1)
            }
        }
        var why: [String: String] = [:]
        var ranked: [(String, Double, Int)] = best.map { t, b in
            var s = min(0.99, b.score + 0.03 * Double(b.count - 1))
            var reason = "best rule \(Self.fmt(b.score))" + (b.count > 1 ? " + 0.03 x \(b.count - 1) more rules" : "")
            if TechniqueRules.generic.contains(t) { s *= 0.85; reason += ", x0.85 as a generic fallback" }
            if let area = context.problemArea, TechniqueCatalogue.info(t)?.area == area { s = min(0.99, s + 0.04); reason += ", +0.04 for the case's problem area" }
            if tracing { why[t] = reason }
            return (t, s, b.order)
        }
        var trace: [String] = []
        if let d = Self.defaultTechnique(form, tokens), !ranked.contains(where: { $0.0 == d }) {
            let top = ranked.map(\.1).max() ?? 0
            if top < 0.69 {
                ranked.append((d, ranked.isEmpty ? 0.5 : 0.69, Int.max))
                trace.append("default: \(ranked.count == 1 ? "no rule matched" : "only weak evidence"); \(d) is the default for \(form.rawValue)")
            }
        }
        // Score, then table order, then the technique id: `best` is a dictionary, whose order changes
        // from process to process, so without the last key a tie would make replays differ.
        ranked.sort(by: Self.ranksBefore)
        // Hospitality ("Would you like some water?", "Did you find parking all right?") and greetings
        // are no move: no default, no vocabulary, no vote (the examples would find a technique in any words).
        let courtesy = decisions.allSatisfy(\.isCourtesy)
            || (tokens.count <= 14 && ranked.allSatisfy { $0.2 == Int.max } && Self.hospitality.contains { LexicalFields.contains(tokens, $0) })
        if courtesy && ranked.allSatisfy({ $0.2 == Int.max }) {
            ranked.removeAll()
            if tracing { trace.append("courtesy: a greeting or a question about the patient's comfort names no technique") }
        } else if ranked.allSatisfy({ TechniqueRules.generic.contains($0.0) }), (ranked.first?.1 ?? 0) < 0.75,
           let lexical = LexicalFields.best(tokens, isQuestion: form.isQuestion, area: context.problemArea) {
            ranked.insert((lexical.technique, 0.7, Int.max - 1), at: 0)
            trace.append("lexical field: no pattern named the move; the words (\(lexical.cues.joined(separator: ", "))) are \(lexical.technique)'s vocabulary (\(lexical.points) points)")
        }
        if courtesy && ranked.isEmpty {
        } else if let blend = Self.exampleBlend(tokens, ranked: ranked, area: context.problemArea, isQuestion: form.isQuestion, tracing: tracing) {
            // The new leader keeps its table order if a pattern found it. The readings it displaced keep
            // their own scores: the patient engine weighs a reading by its score, and the cases were
            // written for the patterns' readings (lowering them sent case examples to other rules). So
            // a guess may lead a reading scored higher.
            let order = ranked.first { $0.0 == blend.technique }?.2 ?? Int.max - 2
            ranked.removeAll { $0.0 == blend.technique }
            ranked.insert((blend.technique, blend.score, order), at: 0)
            if tracing { why[blend.technique] = "the nearest labelled examples' vote, with the patterns' score"; if let l = blend.trace { trace.append(l) } }
        }

        for (i, c) in clauses.enumerated() where tracing {
            trace.append("clause \(i + 1) \"\(c.text)\"\(c.asked ? " ?" : "") -> \(decisions[i].form.rawValue): \(decisions[i].reason)\(decisions[i].isCheck ? " (a check; does not decide the form)" : "")")
        }
        if tracing, let fc = formClause, clauses.count > 1 {
            trace.append("form \(form.rawValue) from clause \(fc + 1) (precedence: open > closed question > advice > reflection > information > other)")
        }
        for h in hits.sorted(by: { ($0.score, -$0.order, $1.technique, $1.range.lowerBound) > ($1.score, -$1.order, $0.technique, $0.range.lowerBound) }) where tracing {
            let span = tokens[h.range].joined(separator: " ")
            trace.append("\(h.technique) \(Self.fmt(h.score)): '\(h.source)' matched \"\(span)\" [\(h.range.lowerBound)..<\(h.range.upperBound)]")
        }
        for m in mentions where tracing { trace.append("person \(m.id): \(m.how) [\(m.range.lowerBound)..<\(m.range.upperBound)]") }
        if !tracing {
        } else if ranked.count > 1 {
            trace.append("winner \(ranked[0].0) \(Self.fmt(ranked[0].1)) (\(why[ranked[0].0] ?? "default for the form")) over \(ranked[1].0) \(Self.fmt(ranked[1].1)) (\(why[ranked[1].0] ?? "default for the form"))")
        } else if let w = ranked.first {
            trace.append("winner \(w.0) \(Self.fmt(w.1)) (\(why[w.0] ?? "default for the form"))")
        }

        var people: [String] = []
        for m in mentions where !people.contains(m.id) { people.append(m.id) }
        var concepts: [String] = []
        // Only concepts with a phrase starting with one of the tokens can be mentioned (`mentions` needs the first token).
        let conceptCandidates = compiledConcepts.candidates(tokens)
        for (i, c) in context.concepts.enumerated() where conceptCandidates[i] && Self.mentions(tokens, context.caseConceptPhrases(c.id)) {
            concepts.append(c.id)
        }
        var builtins = Set<String>()
        for (i, tok) in tokens.enumerated() {
            for (name, phrase) in BuiltinConcepts.byFirstToken[tok] ?? [] where !builtins.contains(name) && PatientEngine.matchesAt(tokens, phrase, i) {
                builtins.insert(name)
            }
        }
        for name in BuiltinConcepts.names where builtins.contains(name) && !concepts.contains(name) { concepts.append(name) }
        let iv = Intervention(text: text, tokens: tokens, form: form, techniques: ranked.map(\.0),
                              scores: ranked.map { ($0.1 * 100).rounded() / 100 }, people: people, concepts: concepts, trace: trace)
        return Analysis(intervention: iv, clauses: clauses, decisions: decisions, formClause: formClause, hits: hits, mentions: mentions,
                        rulesTried: tried, rulesTotal: TechniqueRules.index.rules.count + lexicon.count)
    }

    /// How much a pattern's score counts against the examples' vote share, and how much less a
    /// generic reading's (an open question's shape, a reflection's stem) does.
    static let patternWeight = 0.2
    static let genericWeight = 0.4
    /// The share of the vote a reading no pattern found needs (a scattered vote is a chance match
    /// of topic words: 0.829 -> 0.841 on the three sets with this floor).
    static let examplesOnlyShare = 0.3
    /// ...and this many of the nearest examples voting for it (one or two close examples were too
    /// often a chance match: "How are things with Marcus?" is no mood-event link).
    static let examplesOnlyVoters = 3
    /// ...of which this many are of the turn's kind, question or statement ("How often do you feel
    /// hopeless?" is not psychoeducation because statements about hopelessness are).
    static let examplesOnlySameKind = 2
    /// How near the nearest example must be for the vote to count at all (a vote of examples that
    /// share only a couple of common words with the turn is noise).
    static let examplesNearest = 0.1
    /// The share of the vote for safety or proscribed moves no pattern found above which the
    /// examples add no reading of their own.
    static let examplesSensitiveShare = 0.2

    /// The patterns and the nearest labelled examples (`ExampleBank`) decide the first technique
    /// together, as a rater who knows the manual and has heard many such turns would: each reading
    /// is worth `patternWeight` x its pattern score (x `genericWeight` for a generic reading) plus
    /// its share of the 20 nearest examples' vote, and the best leads. On three unseen authors'
    /// sets the patterns alone named the first technique 0.77 of the time, the examples alone
    /// 0.83, together 0.85 (weights chosen there; 0.2 was best of 0.15-1.0).
    ///
    /// No vote (nil) when:
    /// - the patterns put a safety or proscribed reading first (the examples would otherwise turn a
    ///   clearly named harmful move, "Carol is being really unfair", into a credited one);
    /// - a phrasing of the case's `lexicon` matched: the author's word on what it means there;
    /// - the turn is only courtesies and function words, or its nearest example is under
    ///   `examplesNearest` similar.
    ///
    /// A reading only the examples found may lead if it has `examplesOnlyShare` of the vote from
    /// `examplesOnlyVoters` examples, `examplesOnlySameKind` of them of the turn's kind (questions
    /// for a question), and is specific, not safety or proscribed, of the case's problem area and
    /// not `directive` for a question; and not at all when safety or proscribed moves no pattern
    /// found hold `examplesSensitiveShare` of the vote or the nearest example ("You shouldn't feel
    /// that way." near minimizing examples is no ground for crediting validation).
    ///
    /// The new leader's score (nil when the patterns' leader stays): the old leader's when the
    /// patterns were sure of their reading (a specific one at 0.75 or more that `RiskFollowUp` does
    /// not count as generic: the turn is as clearly some move as before, and the examples say
    /// which), else a guess under 0.75 that a case's risk follow-ups may overrule.
    static func exampleBlend(_ tokens: [String], ranked: [(String, Double, Int)], area: ProblemArea?, isQuestion: Bool,
                             tracing: Bool) -> (technique: String, score: Double, trace: String?)? {
        let top = ranked.first
        if let top, TechniqueCatalogue.isSafetyOrProscribed(top.0) { return nil }
        if ranked.contains(where: { Self.isCaseLexicon($0.2) }) { return nil }
        guard !tokens.allSatisfy({ Self.courtesyWords.contains($0) || ExampleBank.stopwords.contains($0) }),
              let vote = ExampleBank.shared.vote(tokens, isQuestion: isQuestion), vote.nearest >= examplesNearest else { return nil }
        // The best reading a pattern found...
        var best: (technique: String, value: Double, own: Double?)? = nil
        for (i, r) in ranked.enumerated() where i == 0 || !(isQuestion && r.0 == "directive") {
            let value = patternWeight * r.1 * (TechniqueRules.generic.contains(r.0) ? genericWeight : 1) + vote.share(of: r.0)
            if best == nil || value > best!.value { best = (r.0, value, r.1) }
        }
        // ...or one only the examples found.
        let unfound = vote.shares.filter { v in TechniqueCatalogue.isSafetyOrProscribed(v.technique) && !ranked.contains { $0.0 == v.technique } }
        let nearestTechnique = vote.neighbours.first.map { ExampleBank.shared.examples[$0.example].technique } ?? ""
        let wary = unfound.reduce(0) { $0 + $1.share } >= examplesSensitiveShare || unfound.contains { $0.technique == nearestTechnique }
        for v in vote.shares where !wary && !ranked.contains(where: { $0.0 == v.technique }) {
            guard v.share >= examplesOnlyShare, v.voters >= examplesOnlyVoters, v.sameKind >= examplesOnlySameKind,
                  !v.technique.isEmpty, !TechniqueRules.generic.contains(v.technique), !TechniqueCatalogue.isSafetyOrProscribed(v.technique),
                  !(isQuestion && v.technique == "directive"), let info = TechniqueCatalogue.info(v.technique) else { continue }
            if let a = info.area, let area, a != area { continue }
            if best == nil || v.share > best!.value { best = (v.technique, v.share, nil) }
        }
        guard let best, best.technique != top?.0 else { return nil }
        // Sure: a specific reading (not one `RiskFollowUp` treats as generic) at 0.75 or more.
        let sure = top.map { !TechniqueRules.generic.contains($0.0) && !RiskFollowUp.generic.contains($0.0) && $0.1 >= 0.75 } ?? false
        let score = sure ? top!.1 : min(0.74, max(best.own ?? 0, 0.5 + 0.24 * vote.share(of: best.technique)))
        guard tracing else { return (best.technique, score, nil) }
        let bank = ExampleBank.shared
        let shown = vote.neighbours.prefix(3).map { n in "\"\(bank.examples[n.example].text)\" (\(bank.examples[n.example].technique.isEmpty ? "no technique" : bank.examples[n.example].technique) \(fmt(n.similarity)))" }
        let pattern = best.own.map { "pattern score \(fmt($0))" } ?? "no pattern"
        let line = "examples: \(best.technique) has \(Int((vote.share(of: best.technique) * 100).rounded()))% of the \(vote.neighbours.count) nearest labelled examples' votes (\(pattern)) and leads \(top.map { "\($0.0) (pattern score \(fmt($0.1)), \(Int((vote.share(of: $0.0) * 100).rounded()))% of the votes)" } ?? "nothing"): \(shown.joined(separator: "; "))"
        return (best.technique, score, line)
    }

    /// Greetings, courtesies and back-channels: a turn made only of these is no move the examples should name.
    /// Questions about the patient's comfort in the room: hospitality, not technique.
    static let hospitality: [[String]] = [["some", "water"], ["glass", "of", "water"], ["like", "a", "drink"], ["tea", "or", "coffee"], ["cup", "of"],
                                          ["find", "us"], ["find", "the", "place"], ["find", "parking"], ["parking"], ["the", "traffic"],
                                          ["warm", "enough"], ["too", "cold"], ["too", "hot"], ["too", "warm"], ["the", "heating"], ["the", "window"],
                                          ["a", "tissue"], ["tissues"], ["your", "coat"], ["your", "jacket"], ["that", "chair"], ["the", "chair"],
                                          ["the", "bathroom"], ["the", "toilet"], ["the", "loo"], ["the", "lift"], ["the", "stairs"], ["the", "weather"]]

    static let courtesyWords: Set<String> = ["hello", "hi", "hey", "welcome", "good", "morning", "afternoon", "evening", "nice", "see",
                                             "thanks", "thank", "come", "seat", "sit", "great", "lovely", "glad", "again", "meet", "pleasure",
                                             "mm", "hmm", "mhm", "uh", "huh", "ah", "aha", "yeah", "yep", "okay", "ok", "right", "sure", "alright"]

    static func fmt(_ d: Double) -> String {
        let v = Int((d * 100).rounded())
        return "0.\(v < 10 ? "0" : "")\(v)".replacingZero(v)
    }

    static func mentions(_ tokens: [String], _ phrases: [[String]]) -> Bool {
        for p in phrases where !p.isEmpty {
            let prefix = p[0].utf8.last == UInt8(ascii: "*") && p[0].hasSuffix("*")
            for i in tokens.indices where tokens[i] == p[0] || prefix {
                if PatientEngine.matchesAt(tokens, p, i) { return true }
            }
        }
        return false
    }

    /// The technique to fall back on when no rule matched.
    static func defaultTechnique(_ form: Form, _ tokens: [String]) -> String? {
        switch form {
        // "Who was at the funeral?", "Who decided…?": a who/which question asks for a particular fact.
        case .openQuestion: ["who", "whom", "which"].contains(tokens.first { !FormClassifier.fillers.contains($0) } ?? "") ? "direct-question" : "exploration"
        case .closedQuestion: "direct-question"
        case .reflection: "empathic-reflection"
        case .advice: "directive"
        case .information: tokens.contains(where: { $0.hasPrefix("depress") || $0 == "illness" || $0 == "symptom" || $0 == "symptoms" }) ? "psychoeducation" : nil
        case .other: nil
        }
    }

    /// The case's lexicon entries as rules (case-specific patterns outrank the built-ins).
    static func lexiconRules(_ entries: [LexiconEntry]) -> [TechniqueRule] {
        var out: [TechniqueRule] = []
        for e in entries {
            for p in e.patterns {
                guard let pattern = try? TextPattern(p) else { continue }
                out.append(TechniqueRule(technique: e.technique, weight: 0.93, scope: .any, pattern: pattern, order: Self.caseLexiconOrder + out.count))
            }
        }
        return out
    }

    /// Words that open a phrase framing the question after it: time ("since", "after", "the last time"),
    /// condition ("if", "in an ideal world").
    static let framingLeads: Set<String> = ["since", "when", "after", "before", "once", "if", "while", "until", "whenever", "now", "in", "the", "last", "back", "looking", "thinking"]

    /// Table order of a case lexicon's rules: `caseLexiconOrder + i`, before every built-in rule (0...)
    /// and the case-dependent readings (-1, -2); no lexicon comes near a million patterns.
    static let caseLexiconOrder = -1_000_000
    static func isCaseLexicon(_ order: Int) -> Bool { order < -1000 }

    /// The ranking's total order: higher score, then earlier table order, then the technique id.
    static func ranksBefore(_ a: (String, Double, Int), _ b: (String, Double, Int)) -> Bool {
        (a.1, -a.2, b.0) > (b.1, -b.2, a.0)
    }

    /// The check that closes a recap.
    static let recapChecks: [[String]] = [["is", "that", "right"], ["got", "that", "right"], ["get", "that", "right"], ["sound", "right"],
                                          ["am", "i", "right"], ["is", "that", "fair"], ["missed", "anything"], ["miss", "anything"],
                                          ["is", "that", "accurate"], ["fair", "summary"], ["is", "that", "it"]]

    /// Time frames that put a question in the past (the first four are "think back" frames).
    static let pastFrames: [[String]] = [["thinking", "back"], ["think", "back"], ["looking", "back"], ["look", "back"], ["over", "your", "life"], ["over", "the", "years"],
                                         ["years", "ago"], ["back", "then"], ["when", "you", "were", "younger"], ["in", "the", "past"],
                                         ["going", "back"], ["your", "twenties"], ["your", "teens"], ["growing", "up"],
                                         ["at", "university"], ["at", "school"], ["at", "college"], ["at", "uni"]]

    /// What the patient went on to do, after a doubt ("… and then you did", "now you have said it").
    static let deeds: [[String]] = [["you", "did"], ["you", "have", "done"], ["you", "did", "it"], ["you", "asked"], ["you", "went"], ["you", "managed"],
                                    ["you", "said", "it"], ["you", "have", "said", "it"], ["you", "said", "exactly"], ["you", "rang"], ["you", "called"],
                                    ["you", "told", "him"], ["you", "told", "her"], ["you", "told", "them"], ["you", "said", "your", "piece"], ["you", "have", "asked"]]

    static let negators: Set<String> = ["not", "never", "nobody", "no", "none", "nothing", "neither", "nor"]

    static let formulationLinks: [[String]] = [
        ["since"], ["after"], ["started", "after"], ["began", "after"], ["started", "when"], ["began", "when"], ["feed", "each", "other"],
        ["feed", "off", "each", "other"], ["put", "on", "hold"], ["linked", "to"], ["connected", "to"], ["because", "of"], ["the", "more"],
        ["tied", "to"], ["tied", "up", "with"], ["related", "to"], ["bound", "up", "with"], ["linked"], ["connected"],
        ["started", "around"], ["began", "around"], ["around", "when"], ["set", "in"], ["followed"], ["came", "on"], ["moved", "into"],
        ["moved", "in"], ["tied", "in", "with"], ["kicked", "in"], ["when"], ["following"],
    ]
    static let formulationFocus: [[String]] = [
        ["focus", "on"], ["work", "on"], ["working", "on"], ["at", "the", "center"], ["at", "the", "centre"],
        ["at", "the", "heart"], ["i", "suggest"], ["will", "help", "your", "mood"], ["concentrate", "on"],
        ["the", "focus"], ["our", "focus"], ["should", "focus"], ["we", "focus"], ["spend", "our", "time"], ["make", "room", "for"],
    ]
    static let formulationChecks: [[String]] = [
        ["does", "that", "fit"], ["does", "this", "fit"], ["make", "sense"], ["sound", "right"], ["sounds", "right"],
        ["what", "do", "you", "think"], ["fit", "for", "you"], ["do", "you", "agree"], ["how", "does", "that", "sound"],
        ["does", "that", "seem", "right"], ["how", "does", "this", "sound"], ["would", "that", "be", "okay"], ["are", "you", "happy", "to"],
        ["how", "does", "that", "land"], ["does", "that", "land"], ["would", "it", "be", "okay"], ["would", "you", "agree"],
        ["is", "that", "something"], ["what", "do", "you", "make", "of"], ["does", "that", "ring", "true"],
        ["would", "that", "fit"], ["how", "does", "that", "sit"], ["does", "that", "sit"], ["does", "that", "feel", "right"],
        ["does", "that", "match"], ["would", "that", "make", "sense"], ["does", "that", "seem", "to", "fit"], ["is", "that", "fair"],
        ["shall", "we"], ["would", "you", "be", "willing"], ["are", "you", "willing"], ["would", "you", "be", "happy", "to"],
    ]
    /// A proposal asked as a question ("shall we work on that?") is a focus and a check in one.
    static let formulationProposals: [[String]] = [
        ["shall", "we", "work", "on"], ["should", "we", "work", "on"], ["could", "we", "work", "on"], ["can", "we", "work", "on"],
        ["shall", "we", "focus", "on"], ["should", "we", "focus", "on"], ["could", "we", "focus", "on"], ["can", "we", "focus", "on"],
        ["shall", "we", "look", "at"], ["would", "you", "like", "to", "work", "on"], ["would", "it", "make", "sense", "to", "work", "on"],
        ["would", "it", "make", "sense", "to", "focus", "on"], ["how", "would", "you", "feel", "about", "working", "on"],
        ["how", "would", "you", "feel", "about", "focusing", "on"],
    ]
    /// Words that name the difficulty a loss or change left ("since she died it's been hard to grieve").
    static let formulationDifficulty: Set<String> = ["hard", "harder", "difficult", "struggle", "struggled", "struggling", "grieve", "grieving",
                                                     "stuck", "lonely", "isolated", "depressed", "depression", "low", "down", "mood", "lost"]

    /// The three-part formulation shape, if every part is present (link after a mood word; focus; check after the focus).
    static func formulationShape(_ t: [String]) -> (link: String, focus: String, check: String)? {
        func find(_ phrases: [[String]], from: Int) -> (Int, String)? {
            var best: (Int, String)?
            for p in phrases {
                var i = from
                while i + p.count <= t.count {
                    if t[i..<(i + p.count)].elementsEqual(p) { if best == nil || i < best!.0 { best = (i, p.joined(separator: " ")) }; break }
                    i += 1
                }
            }
            return best
        }
        // The link must tie a mood word to what follows ("depressed since…", "your mood dropped after…").
        let moodAt = t.indices.filter { t[$0].hasPrefix("depress") || t[$0] == "mood" || t[$0] == "low" || t[$0] == "isolated" }
        if let firstMood = moodAt.first,
           let link = find(formulationLinks, from: firstMood + 1),
           moodAt.contains(where: { $0 < link.0 && link.0 - $0 <= 10 }) {
            if let focus = find(formulationFocus, from: link.0 + 1), let check = find(formulationChecks, from: focus.0 + 1) {
                return (link.1, focus.1, check.1)
            }
            // "Does it make sense to work on that?": the check may come before the focus it checks.
            if let focus = find(formulationFocus, from: link.0 + 1), let check = find(formulationChecks, from: link.0 + 1), check.0 < focus.0 {
                return (link.1, focus.1, check.1)
            }
            if let proposal = find(formulationProposals, from: link.0 + 1) { return (link.1, proposal.1, proposal.1) }
            // "So the depression and the loss of your work are linked. How does that sound?" (any link
            // from a mood word to what follows, checked with the patient, is the formulation's core)
            if let check = find(formulationChecks, from: link.0 + 1) {
                return (link.1, "(the link itself)", check.1)
            }
        }
        // "Since Abena died you've been grieving, and you've become depressed. Does that fit?": the link to the
        // depression and a check for agreement, without a separate focus proposal.
        for (i, w) in t.enumerated() where w == "since" || w == "after" {
            let window = t[(i + 1)..<min(t.count, i + 16)]
            guard let next = window.first, !["we", "last", "our", "then", "that"].contains(next),
                  let m = window.firstIndex(where: { $0.hasPrefix("depress") }),
                  let check = find(formulationChecks, from: m + 1) else { continue }
            return (w, "(the link itself)", check.1)
        }
        // The event first, then the mood it brought down, then a focus and a check: "When your mum moved in you
        // lost your evenings, and your mood went down with them. I think that's what we should work on. How does that sit with you?"
        for (i, w) in t.enumerated() where w == "since" || w == "after" || w == "when" {
            let window = t[(i + 1)..<min(t.count, i + 26)]
            guard let next = window.first, !["we", "last", "our", "then", "that", "you", "i"].contains(next),
                  let m = window.firstIndex(where: { $0.hasPrefix("depress") || $0 == "mood" }),
                  let focus = find(formulationFocus, from: m + 1), let check = find(formulationChecks, from: focus.0 + 1) else { continue }
            return (w, focus.1, check.1)
        }
        // The event first, then the difficulty it left, then a proposal asked as a question:
        // "Since your wife died it's been hard to grieve; shall we work on that?"
        for (i, w) in t.enumerated() where w == "since" || w == "after" {
            let window = t[(i + 1)..<min(t.count, i + 14)]
            // "since we last met", "after last week" date the session, not a life event.
            guard let next = window.first, !["we", "last", "our", "then", "that"].contains(next),
                  window.contains(where: formulationDifficulty.contains) else { continue }
            if let proposal = find(formulationProposals, from: i + 2) { return (w, proposal.1, proposal.1) }
            if let focus = find(formulationFocus, from: i + 2), let check = find(formulationChecks, from: focus.0 + 1) {
                return (w, focus.1, check.1)
            }
        }
        return nil
    }

    static let deathWords: Set<String> = ["died", "die", "dying", "death", "passed", "passing", "dead", "funeral", "killed", "accident", "end"]
    static let thirdPerson: Set<String> = ["he", "she", "they", "him", "her", "his", "their", "them"]

    /// Whether the death word at `i` has a third person as its subject: "want him to die", "see her
    /// die"; not "want to be with him, to die too", where the pronoun is a preposition's object.
    static func thirdPersonDies(_ t: [String], _ i: Int) -> Bool {
        var k = i >= 1 && t[i - 1] == "to" ? i - 2 : i - 1
        // "wish he would die", "wished that she had just died": auxiliaries and adverbs stand between.
        while k >= 0, ["would", "will", "could", "might", "should", "had", "has", "have", "just", "finally", "already", "actually", "really", "simply"].contains(t[k]) { k -= 1 }
        guard k >= 0, thirdPerson.contains(t[k]) else { return false }
        return k == 0 || !["with", "beside", "near", "alongside", "like", "join"].contains(t[k - 1])
    }

    /// Rules that need the case: who is deceased, who "she" is.
    func caseDependent(_ ci: Int, _ clause: Clause, _ decision: FormClassifier.Decision, _ mentions: [PeopleResolver.Mention],
                       _ resolver: PeopleResolver, _ concept: (String) -> [[String]]) -> [Hit] {
        let t = clause.tokens
        let range = clause.offset..<(clause.offset + t.count)
        let here = mentions.filter { range.contains($0.range.lowerBound) }
        // "a dead end" is no death.
        let deathWords = { (i: Int) in Self.deathWords.contains(t[i]) && !(t[i] == "dead" && i + 1 < t.count && t[i + 1] == "end") }
        // "took his own life", "killed himself": someone else's suicide is a death to narrate.
        // ("people sometimes think of ending their life" is the normalising lead-in of a screen, not a death.)
        let otherSuicide = zip(t, t.dropFirst()).contains { ["his", "her"].contains($0) && ($1 == "own" || $1 == "life") }
            || t.contains { ["himself", "herself"].contains($0) }
        // A death word that only dates the question ("since Jonah died, have you wanted to die too?") is skipped for a later one.
        // ("since she died", "since your husband died": up to three words back.)
        let dating = { (i: Int) in i >= 2 && t[max(0, i - 3)...(i - 2)].contains { ["since", "ever"].contains($0) } }
        guard let di = t.indices.first(where: { deathWords($0) && !dating($0) }) ?? t.indices.first(where: deathWords) ?? (otherSuicide ? t.firstIndex(where: { ["life", "kill", "suicide"].contains($0) }) : nil),
              t[di] != "end" || here.contains(where: { resolver.isDeceased($0.id) }) else {
            return relationHits(ci, clause, decision, here, resolver)
        }
        // A subordinate clause leading into a question ("When your mother was dying, who was with her?") is part of it.
        let invites = decision.form.isQuestion || (clause.fragment && decision.isCheck) || t.contains("tell") || t.contains("talk") || t.contains("describe")
        let deceased = here.filter { resolver.isDeceased($0.id) }
        let relations = BuiltinConcepts.relationWords
        let thirdPerson = t.contains(where: Self.thirdPerson.contains) || zip(t, t.dropFirst()).contains { $0 == "your" && relations.contains($1) }
        // "since she died" dates something; it does not ask about the death.
        if dating(di) && !t.contains("tell") { return relationHits(ci, clause, decision, here, resolver) }
        // "Since your mum died, have you...": a leading clause that dates the question.
        if clause.fragment && t[max(0, di - 4)..<di].contains(where: { ["since", "after", "ever"].contains($0) }) {
            return relationHits(ci, clause, decision, here, resolver)
        }
        var selfRef = false
        var otherRef = otherSuicide
        for (i, w) in t.enumerated() where ["die", "dying", "dead", "death"].contains(w) {
            let window = t[max(0, i - 4)..<i]
            if window.contains("you") || window.contains("yourself") || (window.last == "own") { selfRef = true }
            // "do you want to be with her, even if it meant dying?": the patient's wish, no other subject for the death.
            if let wi = t.indices.first(where: { ["want", "wish", "wished", "wanted", "rather"].contains(t[$0]) || (t[$0] == "like" && $0 > 0 && t[$0 - 1] == "would") }),
               wi < i, t[max(0, wi - 3)..<wi].contains("you"), !Self.thirdPersonDies(t, i) { selfRef = true }
            // "her death", "the cause of death", "the death": someone else's death.
            if i > 0 && (["his", "her", "their", "the"].contains(t[i - 1]) || (i > 1 && t[i - 2] == "cause" && t[i - 1] == "of")) {
                selfRef = false
                otherRef = true
            }
        }
        if zip(t, t.dropFirst()).contains(where: { ["the", "his", "her", "their"].contains($0) && ["accident", "funeral", "passing"].contains($1) }) { otherRef = true }
        // "wish you had died with her": the patient is the one who dies.
        let auxiliaries = Self.auxiliaryWords
        for (i, w) in t.enumerated() where w == "died" {
            var j = i - 1
            while j >= 0 && auxiliaries.contains(t[j]) { j -= 1 }
            if j >= 0 && t[j] == "you" && j < i - 1 { selfRef = true }
        }
        var out: [Hit] = []
        let span = (clause.offset + di)..<(clause.offset + di + 1)
        if invites, !selfRef, !deceased.isEmpty || thirdPerson || otherRef {
            let who = deceased.first.map { " (\($0.id) is deceased)" } ?? " (third person)"
            out.append(Hit(technique: "death-narrative", score: deceased.isEmpty ? 0.9 : 0.94, source: "case: question about a death\(who)",
                           clause: ci, range: span, order: -1))
        } else if invites, selfRef {
            out.append(Hit(technique: "suicide-screen", score: 0.95, source: "case: question about the patient's own death",
                           clause: ci, range: span, order: -1))
        }
        return out + relationHits(ci, clause, decision, here, resolver)
    }

    /// "Tell me about your wife": a relationship review if she died, the inventory otherwise.
    func relationHits(_ ci: Int, _ clause: Clause, _ decision: FormClassifier.Decision, _ here: [PeopleResolver.Mention],
                      _ resolver: PeopleResolver) -> [Hit] {
        guard decision.form.isQuestion, let m = here.first, clause.tokens.contains(where: { ["about", "like", "together", "relationship"].contains($0) }) else { return [] }
        if resolver.isDeceased(m.id) {
            return [Hit(technique: "relationship-review", score: 0.8, source: "case: asks about \(m.id), who is deceased", clause: ci, range: m.range, order: -1)]
        }
        return [Hit(technique: "inventory", score: 0.76, source: "case: asks about \(m.id)", clause: ci, range: m.range, order: -1)]
    }
}

extension String {
    fileprivate func replacingZero(_ v: Int) -> String { v >= 100 ? "1.00" : self }
}

/// The previous name of the product recognizer.
public typealias KeywordRecognizer = RuleRecognizer

// Word sets the recognizer's steps test against, built once (a set literal inside a function is
// built again on every call).
extension RuleRecognizer {
    static let presentWords: Set<String> = ["now", "today", "nowadays", "currently", "lately"]
    static let linkingWords: Set<String> = ["showing", "shows", "show", "playing", "plays", "connect", "connected", "connects", "link", "linked", "links",
                                            "affecting", "affects", "echo", "echoes", "repeating"]
    static let auxiliaryWords: Set<String> = ["had", "have", "would", "could", "might", "should", "just", "also", "too", "nearly", "almost"]
}

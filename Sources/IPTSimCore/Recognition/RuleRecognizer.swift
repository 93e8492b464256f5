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
        /// How many rules the index let through to the matcher (of `rulesTotal`).
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
            func consider(_ r: TechniqueRule) {
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
                guard let m = r.pattern.match(clause.tokens, keys: keys, concepts: indexedConcepts) else { return }
                let score = min(0.99, r.weight + 0.01 * Double(min(m.literals, 4)))
                hits.append(Hit(technique: r.technique, score: score, source: r.pattern.source, clause: ci,
                                range: (clause.offset + m.range.lowerBound)..<(clause.offset + m.range.upperBound), order: r.order))
            }
            let viable = index.viable(clause.tokens)
            tried += viable.count
            for i in viable { consider(index.rules[i]) }
            for i in lexiconIndex.viable(clause.tokens) { consider(lexicon[i]) }
            hits += caseDependent(ci, clause, decisions[ci], mentions, resolver, concept)
            // "not a weakness or your fault": a negator shortly before "fault" cancels blame.
            hits.removeAll { h in
                h.clause == ci && h.technique == "blaming" && h.source.contains("fault")
                    && tokens[max(0, h.range.lowerBound - 5)..<h.range.lowerBound].contains { Self.negators.contains($0) }
            }
            decisions[ci] = Self.adjustForm(decisions[ci], hits.filter { $0.clause == ci })
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
        ranked.sort { ($0.1, -$0.2) > ($1.1, -$1.2) }
        // Nothing but a generic reading: the vocabulary may still name the move.
        if ranked.allSatisfy({ TechniqueRules.generic.contains($0.0) }), (ranked.first?.1 ?? 0) < 0.75,
           let lexical = LexicalFields.best(tokens, isQuestion: form.isQuestion, area: context.problemArea) {
            ranked.insert((lexical.technique, 0.7, Int.max - 1), at: 0)
            trace.append("lexical field: no pattern named the move; the words (\(lexical.cues.joined(separator: ", "))) are \(lexical.technique)'s vocabulary (\(lexical.points) points)")
        }

        for (i, c) in clauses.enumerated() where tracing {
            trace.append("clause \(i + 1) \"\(c.text)\"\(c.asked ? " ?" : "") -> \(decisions[i].form.rawValue): \(decisions[i].reason)\(decisions[i].isCheck ? " (a check; does not decide the form)" : "")")
        }
        if tracing, let fc = formClause, clauses.count > 1 {
            trace.append("form \(form.rawValue) from clause \(fc + 1) (precedence: open > closed question > advice > reflection > information > other)")
        }
        for h in hits.sorted(by: { ($0.score, -$0.order) > ($1.score, -$1.order) }) where tracing {
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
        case .openQuestion: "exploration"
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
                out.append(TechniqueRule(technique: e.technique, weight: 0.93, scope: .any, pattern: pattern, order: -1000 + out.count))
            }
        }
        return out
    }

    /// Techniques whose evidence can overrule a fallback form decision.
    static let informing: Set<String> = ["psychoeducation", "diagnosis", "measure", "sick-role", "time-limit", "contract", "termination-announce",
                                         "next-steps", "escalate", "problem-area", "minimizing", "false-reassurance"]
    static let reflecting: Set<String> = ["empathic-reflection", "affect-validate", "mood-event-link", "clarification", "mixed-feelings", "transition-loss"]

    /// Lets what was matched refine the form: affirmations are MITI "other", validation is a reflection,
    /// and a fallback reflection that is really about the illness or the therapy is information.
    static func adjustForm(_ d: FormClassifier.Decision, _ clauseHits: [Hit]) -> FormClassifier.Decision {
        guard let top = clauseHits.max(by: { ($0.score, -$0.order) < ($1.score, -$1.order) }) else { return d }
        if ["encouragement", "credit-patient"].contains(top.technique), [.reflection, .information].contains(d.form) || (d.form == .advice && top.score >= 0.85) {
            return .init(form: .other, reason: "an affirmation ('\(top.source)')", isCheck: false)
        }
        // "Okay, I'm Raj now." sets up a rehearsal: it directs the next move.
        if top.technique == "role-play", [.reflection, .information].contains(d.form), top.score >= 0.9 {
            return .init(form: .advice, reason: "sets up a role-play ('\(top.source)')", isCheck: false)
        }
        if top.technique == "hostile-confrontation", !d.form.isQuestion, d.form != .advice {
            return .init(form: .other, reason: "a confrontation ('\(top.source)')", isCheck: false)
        }
        // Reassurance and minimising tell the patient how things are; they do not reflect.
        if top.technique == "false-reassurance", d.form == .reflection {
            return .init(form: .information, reason: "reassures or minimises ('\(top.source)')", isCheck: false)
        }
        if top.technique == "affect-validate", d.form == .information {
            return .init(form: .reflection, reason: "validates the patient's feeling ('\(top.source)')", isCheck: false)
        }
        guard d.weak else { return d }
        if d.form == .reflection, informing.contains(top.technique) {
            return .init(form: .information, reason: "informs ('\(top.technique)': '\(top.source)')", isCheck: false)
        }
        if d.form == .information, reflecting.contains(top.technique) {
            return .init(form: .reflection, reason: "reflects ('\(top.technique)': '\(top.source)')", isCheck: false)
        }
        return d
    }

    /// Drops evidence that a more specific reading explains away.
    func prune(_ hits: [Hit], _ clauses: [Clause]) -> [Hit] {
        var out = hits
        let has: (String) -> Bool = { t in out.contains { $0.technique == t } }
        // Relapse "warning signs" in a suicidal context are a safety plan.
        if has("safety-plan") { out.removeAll { $0.technique == "relapse-plan" && $0.source.contains("warning") } }
        // Suicide method/history questions are not also a generic screen.
        if has("suicide-detail") || has("suicide-history") { out.removeAll { $0.technique == "suicide-screen" && !$0.source.hasPrefix("~suicide") } }
        // "hurt yourself" is suicide-related, not partner violence.
        if has("suicide-screen") || has("suicide-history") { out.removeAll { $0.technique == "violence-screen" && $0.source.contains("physical") } }
        // A death narrative about someone else is not a screen of the patient.
        if out.contains(where: { $0.technique == "death-narrative" && $0.source.hasPrefix("case:") }) {
            out.removeAll { $0.technique == "suicide-screen" && !$0.source.hasPrefix("~suicide") }
        }
        // "I'm sure you'd never hurt yourself" reassures; it does not screen.
        if has("false-reassurance") { out.removeAll { $0.technique == "suicide-screen" } }
        // "Any pills stored up at home?" asks about means, "side effects from the new pills" about medication, not substance use.
        if has("means-safety") || has("medication") {
            let tokens = clauses.flatMap(\.tokens)
            out.removeAll { h in h.technique == "substance-screen" && h.source == "~drink" && tokens[h.range].contains { ["pills", "tablets"].contains($0) } }
        }
        // Medication talk about feeling the tablets help is not affect.
        if has("medication") { out.removeAll { $0.technique == "affect-elicit" && $0.score < 0.8 } }
        // Relapse and new-role words inside a termination statement.
        if has("termination-announce") { out.removeAll { $0.technique == "time-limit" } }

        let all = clauses.flatMap(\.tokens)
        // "It isn't your fault" attached to an illness explanation is the sick-role message, not blame or reassurance.
        if has("psychoeducation") || has("diagnosis") || has("sick-role") {
            out.removeAll { ["false-reassurance", "blaming"].contains($0.technique) && $0.source.contains("fault") }
        }
        // A crisis-line number inside a safety plan is part of the plan, not an escalation.
        if has("safety-plan"), out.contains(where: { $0.technique == "safety-plan" && !$0.source.hasPrefix("(crisis|helpline") }) || all.contains("plan") || all.contains("warning") {
            out.removeAll { h in
                h.technique == "escalate" && (h.source.hasPrefix("(call|phone|ring|contact)") || all[h.range].contains { $0 == "line" || $0 == "number" })
            }
        }

        // "anything you could use to hurt yourself" qualifies the means; it does not screen for ideation.
        if has("means-safety") {
            out.removeAll { h in
                h.technique == "suicide-screen" && all[max(0, h.range.lowerBound - 4)..<h.range.lowerBound].contains("use")
            }
        }
        // "What stops you from acting on it?" asks for reasons for living.
        if out.contains(where: { $0.technique == "protective-factors" && $0.source.contains("stop") }) {
            out.removeAll { $0.technique == "suicide-detail" && $0.source.hasPrefix("(act|acting) on") }
        }
        // Inside a summary, safety words in the statements recap what was disclosed; only a question screens.
        if has("summary") {
            let safety: Set<String> = ["substance-screen", "suicide-history", "suicide-screen", "suicide-detail", "means-safety", "violence-screen"]
            out.removeAll { safety.contains($0.technique) && !clauses[$0.clause].asked && !$0.source.hasPrefix("case:") }
        }
        // A dispute's pattern in other relationships (or the family of origin) is parallels, not deficits patterns or childhood focus.
        let parallels = out.filter { $0.technique == "parallels" }
        if !parallels.isEmpty {
            out.removeAll { h in
                (h.technique == "patterns" && parallels.contains { $0.range.overlaps(h.range) })
                    || (h.technique == "childhood-focus" && parallels.contains { $0.clause == h.clause && $0.source.contains("remind") })
            }
        }
        // "What did she say when you told her?" asks for one fact; without sequence cues ("then", "first",
        // "word by word") it is a direct question first and a reconstruction of the exchange second.
        let factClauses = Set(out.filter { $0.technique == "direct-question" && $0.score >= 0.9 }.map(\.clause))
        if !factClauses.isEmpty {
            let sequence: Set<String> = ["then", "first", "next", "exactly", "word", "words", "tone", "back", "through"]
            for i in out.indices where out[i].technique == "communication-analysis" && factClauses.contains(out[i].clause)
                && !clauses[out[i].clause].tokens.contains(where: sequence.contains) {
                out[i].score = min(out[i].score, 0.72)
            }
        }
        // "Alcohol can make sleep worse" explains; the sleep word in it does not review symptoms.
        if has("psychoeducation") {
            out.removeAll { $0.technique == "symptom-review" && !clauses[$0.clause].asked && $0.score < 0.7 }
        }
        // "It's an illness, like diabetes" explains the illness; the sick role needs relief from duties.
        if has("psychoeducation"), out.filter({ $0.technique == "sick-role" }).allSatisfy({ $0.source.contains("diabetes") }) {
            out.removeAll { $0.technique == "sick-role" }
        }
        // "When you were depressed, what helped you get through it?" asks about the earlier episode, not reasons for living;
        // "what stops you two from resolving it?" asks what keeps a dispute going.
        if has("prior-episodes") { out.removeAll { $0.technique == "protective-factors" && $0.source.contains("help") } }
        if has("perpetuation") { out.removeAll { $0.technique == "protective-factors" && $0.source.contains("stop") } }
        // Setting up a rehearsal or a questionnaire is that technique, not generic advice.
        if has("role-play") || has("measure") { out.removeAll { $0.technique == "directive" } }
        // "If you feel unsafe tonight, you can call the crisis line or go to A&E" is the plan, not an escalation now.
        if out.contains(where: { $0.technique == "safety-plan" && $0.source.hasPrefix("if you (feel") }) {
            out.removeAll { $0.technique == "escalate" }
        }
        // "They were wrong to push you out" is about a job, not violence.
        let words = clauses.flatMap(\.tokens)
        out.removeAll { $0.technique == "violence-screen" && $0.range.upperBound < words.count && words[$0.range.upperBound] == "out" }
        // Siding with the patient against violence ("he was wrong to hit you") has a safety reason; it is not taking sides.
        if has("violence-screen") { out.removeAll { $0.technique == "taking-sides" } }
        // "When did you notice the low mood starting, compared to when she died?" dates the onset; the death is the anchor.
        if out.contains(where: { $0.technique == "timeline" && $0.score >= 0.92 }) {
            for i in out.indices where out[i].technique == "death-narrative" { out[i].score = min(out[i].score, 0.85) }
        }
        // Low evenings that "follow" reminders link mood to events; a reminder is not a parallel relationship.
        let linked = Set(out.filter { $0.technique == "mood-event-link" }.map(\.clause))
        out.removeAll { $0.technique == "parallels" && linked.contains($0.clause) && $0.source.contains("remind") }
        // Drinking named inside a link, an explanation or a reproach is not a screening question.
        if has("mood-event-link") || has("blaming") || out.contains(where: { $0.technique == "psychoeducation" && $0.source.contains("alcohol") }) {
            out.removeAll { h in
                h.technique == "substance-screen" && h.source == "~drink"
                    && !clauses[h.clause].tokens.contains { ["much", "often", "many", "units"].contains($0) }
            }
        }
        // "Thinking back over your life, who were you closest to?" asks about closeness in the past,
        // even when the time frame sits in a clause of its own: a review of past relationships, not the inventory.
        if !has("past-relationships"), let inv = out.first(where: { $0.technique == "inventory" && $0.source.contains("close") }),
           Self.pastFrames.contains(where: { LexicalFields.contains(all, $0) }) {
            out.append(Hit(technique: "past-relationships", score: 0.93, source: "inventory closeness asked of the past", clause: inv.clause,
                           range: inv.range, order: inv.order))
        }
        // The IPT formulation: the depression linked to an event, a proposed focus, and a check for agreement.
        if let f = Self.formulationShape(all) {
            let ci = clauses.lastIndex(where: \.asked) ?? clauses.count - 1
            out.append(Hit(technique: "formulation", score: 0.97, source: "formulation shape: link '\(f.link)', focus '\(f.focus)', check '\(f.check)'",
                           clause: ci, range: 0..<all.count, order: -2))
            out.removeAll { $0.technique == "directive" }
            // The focus proposal inside a formulation is part of it.
            for i in out.indices where out[i].technique == "problem-area" { out[i].score = min(out[i].score, 0.88) }
        }
        return out
    }

    static let pastFrames: [[String]] = [["thinking", "back"], ["looking", "back"], ["over", "your", "life"], ["over", "the", "years"],
                                         ["years", "ago"], ["back", "then"], ["when", "you", "were", "younger"], ["in", "the", "past"]]

    static let negators: Set<String> = ["not", "never", "nobody", "no", "none", "nothing", "neither", "nor"]

    static let formulationLinks: [[String]] = [
        ["since"], ["after"], ["started", "after"], ["began", "after"], ["started", "when"], ["began", "when"], ["feed", "each", "other"],
        ["feed", "off", "each", "other"], ["put", "on", "hold"], ["linked", "to"], ["connected", "to"], ["because", "of"], ["the", "more"],
        ["tied", "to"], ["tied", "up", "with"], ["related", "to"], ["bound", "up", "with"], ["linked"], ["connected"],
    ]
    static let formulationFocus: [[String]] = [
        ["focus", "on"], ["work", "on"], ["working", "on"], ["at", "the", "center"], ["at", "the", "centre"],
        ["at", "the", "heart"], ["i", "suggest"], ["will", "help", "your", "mood"], ["concentrate", "on"],
    ]
    static let formulationChecks: [[String]] = [
        ["does", "that", "fit"], ["does", "this", "fit"], ["make", "sense"], ["sound", "right"], ["sounds", "right"],
        ["what", "do", "you", "think"], ["fit", "for", "you"], ["do", "you", "agree"], ["how", "does", "that", "sound"],
        ["does", "that", "seem", "right"], ["how", "does", "this", "sound"], ["would", "that", "be", "okay"], ["are", "you", "happy", "to"],
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
                    if Array(t[i..<(i + p.count)]) == p { if best == nil || i < best!.0 { best = (i, p.joined(separator: " ")) }; break }
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
            // "So the depression and the loss of your work are linked. How does that sound?"
            if ["linked", "connected", "tied to", "related to", "bound up with", "tied up with", "linked to", "connected to"].contains(link.1),
               let check = find(formulationChecks, from: link.0 + 1) {
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

    /// Rules that need the case: who is deceased, who "she" is.
    func caseDependent(_ ci: Int, _ clause: Clause, _ decision: FormClassifier.Decision, _ mentions: [PeopleResolver.Mention],
                       _ resolver: PeopleResolver, _ concept: (String) -> [[String]]) -> [Hit] {
        let t = clause.tokens
        let range = clause.offset..<(clause.offset + t.count)
        let here = mentions.filter { range.contains($0.range.lowerBound) }
        guard let di = t.firstIndex(where: Self.deathWords.contains), t[di] != "end" || here.contains(where: { resolver.isDeceased($0.id) }) else {
            return relationHits(ci, clause, decision, here, resolver)
        }
        let invites = decision.form.isQuestion || t.contains("tell") || t.contains("talk") || t.contains("describe")
        let deceased = here.filter { resolver.isDeceased($0.id) }
        let relations = BuiltinConcepts.relationWords
        let thirdPerson = t.contains(where: Self.thirdPerson.contains) || zip(t, t.dropFirst()).contains { $0 == "your" && relations.contains($1) }
        // "since she died" dates something; it does not ask about the death.
        if di >= 2 && ["since", "ever"].contains(t[di - 2]) && !t.contains("tell") { return relationHits(ci, clause, decision, here, resolver) }
        var selfRef = false
        for (i, w) in t.enumerated() where ["die", "dying", "dead", "death"].contains(w) {
            let window = t[max(0, i - 4)..<i]
            if window.contains("you") || window.contains("yourself") || (window.last == "own") { selfRef = true }
            if i > 0 && ["his", "her", "their"].contains(t[i - 1]) { selfRef = false }
        }
        var out: [Hit] = []
        let span = (clause.offset + di)..<(clause.offset + di + 1)
        if invites, !deceased.isEmpty || (thirdPerson && !selfRef) {
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

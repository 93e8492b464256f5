/// The product recognizer: deterministic, rule-based and explainable.
///
/// Pipeline: split into clauses (`ClauseSplitter`), normalise (`Normalizer`), classify each
/// clause's form (`FormClassifier`) and combine them by MITI-like precedence, match the technique
/// rule tables (indexed by trigger word) and the case's lexicon on every clause, apply
/// case-dependent rules (a death question about a deceased person is a death narrative; about the
/// patient, a suicide screen), rank techniques by score, and fall back to a default technique for
/// the form. Every step leaves a line in `trace`.
public struct RuleRecognizer: Recognizer {
    public init() {}

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
    }

    public func recognize(_ text: String, context: RecognitionContext) -> Intervention {
        analyze(text, context: context).intervention
    }

    public func analyze(_ text: String, context: RecognitionContext) -> Analysis {
        let clauses = ClauseSplitter.split(text)
        let tokens = clauses.flatMap(\.tokens)
        let resolver = PeopleResolver(context)
        let mentions = resolver.resolve(tokens)

        var caseConcepts: [String: [[String]]] = [:]
        for c in context.concepts { caseConcepts[c.id] = c.phrases.map { Normalizer.tokens($0) }.filter { !$0.isEmpty } }
        caseConcepts["person"] = resolver.personPhrases
        caseConcepts["deceased"] = resolver.deceasedPhrases
        let concept: (String) -> [[String]] = { caseConcepts[$0] ?? BuiltinConcepts.compiled[$0] ?? [] }

        var decisions = clauses.map(FormClassifier.classify)
        var hits: [Hit] = []
        let lexicon = Self.lexiconRules(context.lexicon)
        for (ci, clause) in clauses.enumerated() {
            let isQ = decisions[ci].form.isQuestion
            func consider(_ r: TechniqueRule) {
                switch r.scope {
                case .question where !isQ: return
                case .statement where isQ: return
                default: break
                }
                // A suggestion inside a real question ("could you tell me…") is not advice.
                if r.technique == "directive" && isQ { return }
                guard let m = r.pattern.match(clause.tokens, concept: concept) else { return }
                let score = min(0.99, r.weight + 0.01 * Double(min(m.literals, 4)))
                hits.append(Hit(technique: r.technique, score: score, source: r.pattern.source, clause: ci,
                                range: (clause.offset + m.range.lowerBound)..<(clause.offset + m.range.upperBound), order: r.order))
            }
            for i in TechniqueRules.index.candidates(clause.tokens) { consider(TechniqueRules.index.rules[i]) }
            for r in lexicon { consider(r) }
            hits += caseDependent(ci, clause, decisions[ci], mentions, resolver, concept)
            // An affirmation is MITI "other", not a reflection.
            let clauseHits = hits.filter { $0.clause == ci }
            if let top = clauseHits.max(by: { $0.score < $1.score }), ["encouragement", "credit-patient"].contains(top.technique),
               [.reflection, .information].contains(decisions[ci].form) {
                decisions[ci] = .init(form: .other, reason: "an affirmation ('\(top.source)')", isCheck: false)
            }
        }
        hits = prune(hits, clauses)

        let (form, formClause) = FormClassifier.combine(decisions)
        var best: [String: (score: Double, order: Int, count: Int)] = [:]
        for h in hits {
            let b = best[h.technique]
            if b == nil { best[h.technique] = (h.score, h.order, 1) } else {
                best[h.technique] = (max(b!.score, h.score), min(b!.order, h.order), b!.count + 1)
            }
        }
        var ranked: [(String, Double, Int)] = best.map { t, b in
            var s = min(0.99, b.score + 0.03 * Double(b.count - 1))
            if TechniqueRules.generic.contains(t) { s *= 0.85 }
            if let area = context.problemArea, TechniqueCatalogue.info(t)?.area == area { s = min(0.99, s + 0.04) }
            return (t, s, b.order)
        }
        var trace: [String] = []
        if ranked.isEmpty, let d = Self.defaultTechnique(form, tokens) {
            ranked.append((d, 0.35, Int.max))
            trace.append("default: no rule matched; \(d) is the default for \(form.rawValue)")
        }
        ranked.sort { ($0.1, -$0.2) > ($1.1, -$1.2) }

        for (i, c) in clauses.enumerated() {
            trace.append("clause \(i + 1) \"\(c.text)\"\(c.asked ? " ?" : "") -> \(decisions[i].form.rawValue): \(decisions[i].reason)\(decisions[i].isCheck ? " (a check; does not decide the form)" : "")")
        }
        if let fc = formClause, clauses.count > 1 {
            trace.append("form \(form.rawValue) from clause \(fc + 1) (precedence: open > closed question > advice > reflection > information > other)")
        }
        for h in hits.sorted(by: { ($0.score, -$0.order) > ($1.score, -$1.order) }) {
            let span = tokens[h.range].joined(separator: " ")
            trace.append("\(h.technique) \(Self.fmt(h.score)): '\(h.source)' matched \"\(span)\" [\(h.range.lowerBound)..<\(h.range.upperBound)]")
        }
        for m in mentions { trace.append("person \(m.id): \(m.how) [\(m.range.lowerBound)..<\(m.range.upperBound)]") }
        if ranked.count > 1 {
            trace.append("winner \(ranked[0].0) \(Self.fmt(ranked[0].1)) over \(ranked[1].0) \(Self.fmt(ranked[1].1))")
        } else if let w = ranked.first {
            trace.append("winner \(w.0) \(Self.fmt(w.1))")
        }

        var people: [String] = []
        for m in mentions where !people.contains(m.id) { people.append(m.id) }
        var concepts: [String] = []
        for c in context.concepts where Self.mentions(tokens, caseConcepts[c.id] ?? []) { concepts.append(c.id) }
        for name in BuiltinConcepts.names where !concepts.contains(name) && Self.mentions(tokens, BuiltinConcepts.compiled[name] ?? []) {
            concepts.append(name)
        }
        let iv = Intervention(text: text, tokens: tokens, form: form, techniques: ranked.map(\.0),
                              scores: ranked.map { ($0.1 * 100).rounded() / 100 }, people: people, concepts: concepts, trace: trace)
        return Analysis(intervention: iv, clauses: clauses, decisions: decisions, formClause: formClause, hits: hits, mentions: mentions)
    }

    static func fmt(_ d: Double) -> String {
        let v = Int((d * 100).rounded())
        return "0.\(v < 10 ? "0" : "")\(v)".replacingZero(v)
    }

    static func mentions(_ tokens: [String], _ phrases: [[String]]) -> Bool {
        for p in phrases where !p.isEmpty {
            for i in tokens.indices where tokens[i] == p[0] || p[0].hasSuffix("*") {
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
        // Medication talk about feeling the tablets help is not affect.
        if has("medication") { out.removeAll { $0.technique == "affect-elicit" && $0.score < 0.8 } }
        // Relapse and new-role words inside a termination statement.
        if has("termination-announce") { out.removeAll { $0.technique == "time-limit" } }
        return out
    }

    /// Rules that need the case: who is deceased, who "she" is.
    func caseDependent(_ ci: Int, _ clause: Clause, _ decision: FormClassifier.Decision, _ mentions: [PeopleResolver.Mention],
                       _ resolver: PeopleResolver, _ concept: (String) -> [[String]]) -> [Hit] {
        let t = clause.tokens
        let range = clause.offset..<(clause.offset + t.count)
        let here = mentions.filter { range.contains($0.range.lowerBound) }
        let deathWords: Set<String> = ["died", "die", "dying", "death", "passed", "passing", "dead", "funeral", "killed", "accident", "end"]
        guard let di = t.firstIndex(where: deathWords.contains), t[di] != "end" || here.contains(where: { resolver.isDeceased($0.id) }) else {
            return relationHits(ci, clause, decision, here, resolver)
        }
        let invites = decision.form.isQuestion || t.contains("tell") || t.contains("talk") || t.contains("describe")
        let deceased = here.filter { resolver.isDeceased($0.id) }
        let third: Set<String> = ["he", "she", "they", "him", "her", "his", "their", "them"]
        let thirdPerson = t.contains(where: third.contains)
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

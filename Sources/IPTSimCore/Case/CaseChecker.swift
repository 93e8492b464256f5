/// Semantic checks of a decoded case: duplicate ids, dangling references (with suggestions),
/// values outside declared ranges, invalid text patterns, sessions without rubric, rules without
/// reply. Positions come from the parsed document by coding path.
struct CaseChecker {
    typealias Path = [JSONNode.PathComponent]
    let c: Case
    let document: JSONNode
    var diagnostics: [Diagnostic] = []

    let personIDs: [String]
    let conceptIDs: [String]
    let variableIDs: [String]
    let factIDs: [String]
    var ruleIDs: [String] = []
    /// The rule and fallback ids of the session being checked: rule references must stay inside it.
    var sessionRuleIDs: [String] = []
    var sessionID = ""

    /// The file's bytes, to locate positions inside strings; empty when not available.
    let bytes: [UInt8]

    init(_ c: Case, document: JSONNode, bytes: [UInt8] = []) {
        self.c = c
        self.document = document
        self.bytes = bytes
        personIDs = c.people.map(\.id)
        conceptIDs = (c.concepts ?? []).map(\.id)
        variableIDs = c.variables.map(\.id)
        factIDs = c.facts.map(\.id)
    }

    mutating func check() -> [Diagnostic] {
        checkDeclarations()
        for (si, session) in c.sessions.enumerated() {
            checkSession(session, path: [.key("sessions"), .index(si)])
        }
        for (li, entry) in (c.lexicon ?? []).enumerated() {
            for (pi, pattern) in entry.patterns.enumerated() {
                checkPattern(pattern, path: [.key("lexicon"), .index(li), .key("patterns"), .index(pi)])
            }
        }
        return diagnostics
    }

    // MARK: - Reporting

    mutating func error(_ code: String, _ message: String, fix: String? = nil, at path: Path, key: Bool = false) {
        let position = key ? document.keyPosition(at: path) : document.node(at: path).position
        diagnostics.append(Diagnostic(.error, code: code, message, fix: fix, at: position))
    }

    mutating func warning(_ code: String, _ message: String, fix: String? = nil, at path: Path) {
        diagnostics.append(Diagnostic(.warning, code: code, message, fix: fix, at: document.node(at: path).position))
    }

    mutating func duplicates(_ ids: [String], noun: String, path: Path, idKey: String = "id") {
        var seen: [String: Int] = [:]
        for (i, id) in ids.enumerated() {
            if let first = seen[id] {
                let firstPosition = document.node(at: path + [.index(first), .key(idKey)]).position
                error("duplicate-id", "duplicate \(noun) id '\(id)' (first declared at \(firstPosition))",
                      fix: "give each \(noun) its own id", at: path + [.index(i), .key(idKey)])
            } else {
                seen[id] = i
            }
        }
    }

    mutating func reference(_ id: String, among ids: [String], code: String, noun: String, context: String, at path: Path) {
        guard !ids.contains(id) else { return }
        error(code, "\(context) refers to \(noun) '\(id)', which is not declared",
              fix: Suggestions.hint(for: id, in: ids, noun: noun), at: path)
    }

    /// A reference to a rule of the current session (follow-ups, fired, evidence and cues only see
    /// the session being played).
    mutating func ruleReference(_ id: String, context: String, at path: Path) {
        guard !sessionRuleIDs.contains(id) else { return }
        if ruleIDs.contains(id) {
            error("unknown-rule", "\(context) refers to rule '\(id)', which belongs to another session than '\(sessionID)'",
                  fix: "rules can only refer to rules of their own session; \(Suggestions.hint(for: id, in: sessionRuleIDs, noun: "rule"))", at: path)
        } else {
            reference(id, among: sessionRuleIDs, code: "unknown-rule", noun: "rule", context: context, at: path)
        }
    }

    // MARK: - Declarations

    mutating func checkDeclarations() {
        duplicates(personIDs, noun: "person", path: [.key("people")])
        duplicates(conceptIDs, noun: "concept", path: [.key("concepts")])
        duplicates(variableIDs, noun: "variable", path: [.key("variables")])
        duplicates(factIDs, noun: "fact", path: [.key("facts")])
        duplicates(c.sessions.map(\.id), noun: "session", path: [.key("sessions")])
        var allRules: [(String, Path)] = []
        for (si, s) in c.sessions.enumerated() {
            for (ri, r) in s.rules.enumerated() {
                allRules.append((r.id, [.key("sessions"), .index(si), .key("rules"), .index(ri), .key("id")]))
            }
            for (fi, f) in s.fallbacks.enumerated() {
                allRules.append((f.id, [.key("sessions"), .index(si), .key("fallbacks"), .index(fi), .key("id")]))
            }
        }
        var seen: [String: Path] = [:]
        for (id, path) in allRules {
            if let first = seen[id] {
                error("duplicate-id", "duplicate rule id '\(id)' (first declared at \(document.node(at: first).position))",
                      fix: "rule and fallback ids must be unique in the case", at: path)
            } else {
                seen[id] = path
            }
        }
        ruleIDs = allRules.map(\.0)

        for (ki, k) in (c.concepts ?? []).enumerated() {
            for (pi, phrase) in k.phrases.enumerated() where Normalizer.tokens(phrase).isEmpty {
                error("empty-value", "concept '\(k.id)' has the phrase '\(phrase)', which has no words once punctuation is ignored, so it never matches",
                      fix: "write words, e.g. 'night shift'", at: [.key("concepts"), .index(ki), .key("phrases"), .index(pi)])
            }
        }
        for required in ["rapport", "distress"] where !variableIDs.contains(required) {
            error("missing-variable", "the case does not declare the variable '\(required)'",
                  fix: "add { \"id\": \"\(required)\", \"min\": 0, \"max\": 10, \"initial\": 3 } to 'variables'", at: [.key("variables")])
        }
        for (vi, v) in c.variables.enumerated() {
            let path: Path = [.key("variables"), .index(vi)]
            if v.min > v.max {
                error("out-of-range", "variable '\(v.id)' has min \(v.min) above max \(v.max)", fix: "swap them", at: path + [.key("min")])
            } else if !(v.min...v.max).contains(v.initial) {
                error("out-of-range", "variable '\(v.id)' starts at \(v.initial), outside its range \(v.min)…\(v.max)",
                      fix: "use an initial value from \(v.min) to \(v.max)", at: path + [.key("initial")])
            }
        }
        for (pi, p) in c.people.enumerated() {
            let names = [p.name.lowercased()] + (p.aliases ?? []).map { $0.lowercased() }
            var seenNames: Set<String> = []
            if let repeated = names.first(where: { !seenNames.insert($0).inserted }) {
                let asName = repeated == names[0]
                warning("duplicate-alias", "person '\(p.id)' lists '\(repeated)' twice\(asName ? " (as name and as alias)" : "")",
                        fix: asName ? "remove it from 'aliases': the name is matched already" : "remove the repeat", at: [.key("people"), .index(pi), .key("aliases")])
            }
        }
        if c.truth.problemArea != c.problemArea {
            warning("truth-mismatch", "the case's problemArea is '\(c.problemArea.rawValue)' but truth.problemArea is '\(c.truth.problemArea.rawValue)'",
                    fix: "make them agree unless the case is deliberately misleading", at: [.key("truth"), .key("problemArea")])
        }
        if c.truth.problemArea == .roleDispute && c.truth.disputeStage == nil {
            error("missing-key", "a role-dispute case must give truth.disputeStage", fix: "add \"disputeStage\": \"impasse\" (or renegotiation, dissolution)", at: [.key("truth")])
        }
    }

    // MARK: - Sessions

    mutating func checkSession(_ s: Session, path: Path) {
        sessionID = s.id
        sessionRuleIDs = s.rules.map(\.id) + s.fallbacks.map(\.id)
        // An empty rubric, fallback or variant list is reported by the schema (missing-rubric,
        // missing-fallback, missing-reply) at the '[' of the list.
        for (key, value) in (s.state ?? [:]).sorted(by: { $0.key < $1.key }) {
            let p = path + [.key("state"), .key(key)]
            if let v = c.variable(key) {
                if !(v.min...v.max).contains(value) {
                    error("out-of-range", "session '\(s.id)' sets '\(key)' to \(value), outside its range \(v.min)…\(v.max)",
                          fix: "use a value from \(v.min) to \(v.max)", at: p)
                }
            } else {
                error("unknown-variable", "session '\(s.id)' sets variable '\(key)', which is not declared",
                      fix: Suggestions.hint(for: key, in: variableIDs, noun: "variable"), at: p, key: true)
            }
        }
        for (i, f) in (s.facts ?? []).enumerated() {
            reference(f, among: factIDs, code: "unknown-fact", noun: "fact", context: "session '\(s.id)'", at: path + [.key("facts"), .index(i)])
        }
        for (ri, r) in s.rules.enumerated() {
            checkRule(r, path: path + [.key("rules"), .index(ri)])
        }
        let named = Set(s.rules.flatMap { $0.followUps ?? [] })
        for (ri, r) in s.rules.enumerated() where r.tier == .followUp && !named.contains(r.id) {
            warning("unreachable-rule", "rule '\(r.id)' has tier follow-up but no rule names it in 'followUps', so it can never fire",
                    fix: "add \"followUps\": [\"\(r.id)\"] to the rule it follows, or give it another tier", at: path + [.key("rules"), .index(ri), .key("tier")])
        }
        for (fi, f) in s.fallbacks.enumerated() {
            let fp = path + [.key("fallbacks"), .index(fi)]
            if let when = f.when { checkCondition(when, owner: "fallback '\(f.id)'", path: fp + [.key("when")]) }
            checkVariants(f.variants, owner: "fallback '\(f.id)'", path: fp + [.key("variants")])
            checkEffects(f.effects ?? [], owner: "fallback '\(f.id)'", path: fp + [.key("effects")])
        }
        if !s.fallbacks.isEmpty, !s.fallbacks.contains(where: { $0.level == 0 && $0.when == nil }) {
            error("missing-fallback", "session '\(s.id)' has no unconditional level-0 fallback, so the patient could be left with nothing to say",
                  fix: "add a fallback with \"level\": 0 and no 'when'", at: path + [.key("fallbacks")], key: true)
        }
        duplicates(s.rubric.map(\.id), noun: "rubric item", path: path + [.key("rubric")])
        for (ii, item) in s.rubric.enumerated() {
            let ip = path + [.key("rubric"), .index(ii)]
            var ratings = Set<Int>()
            for (li, level) in (item.levels ?? []).enumerated() {
                let lp = ip + [.key("levels"), .index(li)]
                if !ratings.insert(level.rating).inserted {
                    error("duplicate-id", "rubric item '\(item.id)' has two levels rated \(level.rating)", fix: "keep one level per rating", at: lp + [.key("rating")])
                }
                checkEvidence(level.evidence, owner: "rubric item '\(item.id)'", path: lp + [.key("evidence")])
            }
            if let when = item.applicableWhen { checkCondition(when, owner: "rubric item '\(item.id)'", path: ip + [.key("applicableWhen")]) }
        }
        duplicates((s.opportunities ?? []).map(\.id), noun: "opportunity", path: path + [.key("opportunities")])
        for (oi, o) in (s.opportunities ?? []).enumerated() {
            let op = path + [.key("opportunities"), .index(oi), .key("cue")]
            if let r = o.cue.rule { ruleReference(r, context: "opportunity '\(o.id)'", at: op + [.key("rule")]) }
            if let f = o.cue.fact { reference(f, among: factIDs, code: "unknown-fact", noun: "fact", context: "opportunity '\(o.id)'", at: op + [.key("fact")]) }
        }
    }

    mutating func checkRule(_ r: Rule, path: Path) {
        let owner = "rule '\(r.id)'"
        if let when = r.when { checkCondition(when, owner: owner, path: path + [.key("when")]) }
        checkVariants(r.variants, owner: owner, path: path + [.key("variants")])
        checkEffects(r.effects ?? [], owner: owner, path: path + [.key("effects")])
        for (i, f) in (r.followUps ?? []).enumerated() {
            ruleReference(f, context: "\(owner) (in followUps)", at: path + [.key("followUps"), .index(i)])
        }
    }

    mutating func checkVariants(_ variants: [Variant], owner: String, path: Path) {
        duplicates(variants.map(\.id), noun: "variant", path: path)
        for (i, v) in variants.enumerated() {
            if let when = v.when { checkCondition(when, owner: "\(owner) variant '\(v.id)'", path: path + [.index(i), .key("when")]) }
            if let style = v.style, !c.patient.styles.contains(style) {
                warning("unused-style", "\(owner) variant '\(v.id)' is for style '\(style.rawValue)', which the patient is not written for",
                        fix: "add '\(style.rawValue)' to patient.styles or remove the variant", at: path + [.index(i), .key("style")])
            }
        }
    }

    mutating func checkEffects(_ effects: [Effect], owner: String, path: Path) {
        for (i, e) in effects.enumerated() {
            let ep = path + [.index(i)]
            if let f = e.fact { reference(f, among: factIDs, code: "unknown-fact", noun: "fact", context: owner, at: ep + [.key("fact")]) }
            if let f = e.clearFact { reference(f, among: factIDs, code: "unknown-fact", noun: "fact", context: owner, at: ep + [.key("clearFact")]) }
            if let name = e.var {
                guard let v = c.variable(name) else {
                    reference(name, among: variableIDs, code: "unknown-variable", noun: "variable", context: owner, at: ep + [.key("var")])
                    continue
                }
                if (e.add == nil) == (e.set == nil) {
                    error("invalid-effect", "\(owner) changes '\(name)' but gives \(e.add == nil ? "neither" : "both") 'add' \(e.add == nil ? "nor" : "and") 'set'",
                          fix: "give exactly one of \"add\": N or \"set\": N", at: ep)
                }
                if let s = e.set, !(v.min...v.max).contains(s) {
                    error("out-of-range", "\(owner) sets '\(name)' to \(s), outside its range \(v.min)…\(v.max)",
                          fix: "use a value from \(v.min) to \(v.max)", at: ep + [.key("set")])
                }
                if let a = e.add, abs(a) > v.max - v.min {
                    warning("out-of-range", "\(owner) adds \(a) to '\(name)', more than its whole range", fix: "use a smaller step", at: ep + [.key("add")])
                }
            } else if e.add != nil || e.set != nil {
                error("invalid-effect", "\(owner) has 'add' or 'set' without 'var'", fix: "name the variable with \"var\"", at: ep)
            }
        }
    }

    mutating func checkWindow(_ w: Window, name: String, owner: String, path: Path) {
        if let from = w.from, let to = w.to, from > to {
            error("out-of-range", "\(owner) has a '\(name)' window from \(from) to \(to), which contains nothing",
                  fix: "'from' must not be after 'to': swap them", at: path + [.key("from")])
        }
    }

    mutating func checkEvidence(_ e: Evidence, owner: String, path: Path) {
        if e == Evidence() {
            warning("empty-evidence", "\(owner) has a level with empty evidence, which every session earns",
                    fix: "name the techniques, facts or rules that earn the rating", at: path)
        }
        if let w = e.turns { checkWindow(w, name: "turns", owner: owner, path: path + [.key("turns")]) }
        if let w = e.minutes { checkWindow(w, name: "minutes", owner: owner, path: path + [.key("minutes")]) }
        for (i, f) in (e.facts ?? []).enumerated() {
            reference(f, among: factIDs, code: "unknown-fact", noun: "fact", context: owner, at: path + [.key("facts"), .index(i)])
        }
        for (i, r) in (e.rules ?? []).enumerated() {
            ruleReference(r, context: owner, at: path + [.key("rules"), .index(i)])
        }
    }

    mutating func checkCondition(_ cond: Condition, owner: String, path: Path) {
        for (i, p) in (cond.people ?? []).enumerated() {
            reference(p, among: personIDs, code: "unknown-person", noun: "person", context: owner, at: path + [.key("people"), .index(i)])
        }
        for (i, k) in (cond.concepts ?? []).enumerated() {
            reference(k, among: conceptIDs + BuiltinConcepts.names, code: "unknown-concept", noun: "concept", context: owner, at: path + [.key("concepts"), .index(i)])
        }
        for (key, list) in [("facts", cond.facts), ("notFacts", cond.notFacts)] {
            for (i, f) in (list ?? []).enumerated() {
                reference(f, among: factIDs, code: "unknown-fact", noun: "fact", context: owner, at: path + [.key(key), .index(i)])
            }
        }
        for (key, list) in [("fired", cond.fired), ("notFired", cond.notFired)] {
            for (i, r) in (list ?? []).enumerated() {
                ruleReference(r, context: owner, at: path + [.key(key), .index(i)])
            }
        }
        for (i, test) in (cond.vars ?? []).enumerated() {
            let tp = path + [.key("vars"), .index(i)]
            guard let v = c.variable(test.name) else {
                reference(test.name, among: variableIDs, code: "unknown-variable", noun: "variable", context: owner, at: tp + [.key("name")])
                continue
            }
            if test.constants.isEmpty {
                error("invalid-condition", "\(owner) compares '\(test.name)' with nothing", fix: "add one of eq, ne, lt, lte, gt, gte", at: tp)
            }
            for (op, value) in test.constants {
                // A bound that can never be met given the declared range.
                let impossible: Bool
                switch op {
                case "eq": impossible = !(v.min...v.max).contains(value)
                case "gt": impossible = value >= v.max
                case "gte": impossible = value > v.max
                case "lt": impossible = value <= v.min
                case "lte": impossible = value < v.min
                default: impossible = false
                }
                if impossible {
                    let symbol = ["eq": "=", "gt": ">", "gte": "≥", "lt": "<", "lte": "≤"][op] ?? op
                    error("out-of-range", "\(owner) needs '\(test.name)' \(symbol) \(value) (\"\(op)\"), which can never hold: its range is \(v.min)…\(v.max)",
                          fix: "compare with a value inside \(v.min)…\(v.max)", at: tp + [.key(op)])
                }
            }
        }
        if let text = cond.text { checkPattern(text, path: path + [.key("text")]) }
        if let w = cond.turn { checkWindow(w, name: "turn", owner: owner, path: path + [.key("turn")]) }
        if let w = cond.clock { checkWindow(w, name: "clock", owner: owner, path: path + [.key("clock")]) }
        for (i, sub) in (cond.all ?? []).enumerated() { checkCondition(sub, owner: owner, path: path + [.key("all"), .index(i)]) }
        for (i, sub) in (cond.any ?? []).enumerated() { checkCondition(sub, owner: owner, path: path + [.key("any"), .index(i)]) }
        if let not = cond.not { checkCondition(not.value, owner: owner, path: path + [.key("not")]) }
    }

    mutating func checkPattern(_ text: String, path: Path) {
        let node = document.node(at: path)
        do {
            let pattern = try TextPattern(text)
            for name in pattern.conceptReferences where !conceptIDs.contains(name) && !BuiltinConcepts.names.contains(name) {
                error("unknown-concept", "the text pattern '\(text)' refers to concept '~\(name)', which is not declared",
                      fix: Suggestions.hint(for: name, in: conceptIDs + BuiltinConcepts.names, noun: "concept"), at: path)
            }
        } catch {
            // Point inside the string, counting escapes such as \" or \u00e9 as written.
            let position = JSONScanner.position(ofScalar: error.offset, inStringAt: node.position, in: bytes)
            diagnostics.append(Diagnostic(.error, code: "invalid-pattern", "invalid text pattern: \(error.message)", fix: error.fix, at: position))
        }
    }
}

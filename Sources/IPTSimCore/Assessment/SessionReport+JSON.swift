/// The machine-readable report, written with the ordered `JSONOut` so the same report always
/// gives the same bytes.
extension SessionReport {
    public func json() -> String {
        jsonValue().rendered(indent: 0) + "\n"
    }

    public func jsonValue() -> JSONOut {
        func num(_ d: Double?) -> JSONOut { d.map { .double(($0 * 1000).rounded() / 1000) } ?? .null }
        func ints(_ xs: [Int]) -> JSONOut { .array(xs.map { .int($0) }) }
        func opt(_ i: Int?) -> JSONOut { i.map { .int($0) } ?? .null }
        let items: [JSONOut] = items.map { i in
            .object([("id", .string(i.id)), ("title", .string(i.title)), ("domain", .string(i.domain.rawValue)),
                     ("rating", opt(i.rating)), ("evidence", ints(i.evidence)), ("note", .string(i.note)),
                     ("nextStep", i.nextStep.map { .string($0) } ?? .null)])
        }
        let misses: [JSONOut] = safety.misses.map { m in
            .object([("id", .string(m.id)), ("class", .string(m.class.rawValue)), ("turn", opt(m.turn)),
                     ("message", .string(m.message)), ("example", .string(m.example))])
        }
        let proscribed: [JSONOut] = proscribed.map { p in
            .object([("id", .string(p.id)), ("turn", .int(p.turn)), ("contextual", .bool(p.contextual)), ("message", .string(p.message))])
        }
        let opportunities: [JSONOut] = opportunities.map { o in
            .object([("id", .string(o.id)), ("status", .string(o.status.rawValue)), ("taken", .bool(o.taken)),
                     ("cueTurn", opt(o.cueTurn)), ("takenTurn", opt(o.takenTurn)), ("example", .string(o.example))])
        }
        let p = profile
        let profileOut: JSONOut = .object([
            ("turns", .int(p.turns)), ("minutes", .int(p.minutes)),
            ("families", .object(p.families.map { ($0.family.rawValue, .int($0.count)) })),
            ("techniques", .object(p.techniques.map { ($0.id, .int($0.count)) })),
            ("forms", .object(p.forms.map { ($0.form.rawValue, .int($0.count)) })),
            ("iptConsistentShare", num(p.iptConsistentShare)),
            ("openQuestions", .int(p.openQuestions)), ("closedQuestions", .int(p.closedQuestions)),
            ("reflections", .int(p.reflections)),
            ("openClosedRatio", num(p.openClosedRatio)), ("reflectionQuestionRatio", num(p.reflectionQuestionRatio)),
            ("affectDensity", num(p.affectDensity)), ("moodLinkDensity", num(p.moodLinkDensity)),
            ("affectOrLinkDensity", num(p.affectOrLinkDensity)), ("proscribedCount", .int(p.proscribedCount)),
        ])
        let turns: [JSONOut] = transcript.turns.map { t in
            .object([
                ("number", .int(t.number)), ("input", .string(t.input)), ("form", .string(t.intervention.form.rawValue)),
                ("techniques", .array(t.intervention.techniques.map { .string($0) })),
                ("people", .array(t.intervention.people.map { .string($0) })),
                ("replies", .array(t.replies.map { r in
                    .object([("text", .string(r.text)), ("ruleID", .string(r.ruleID)), ("riskCue", .bool(r.riskCue)),
                             ("factsSet", .array(r.factsSet.map { .string($0) }))])
                })),
                ("clockSeconds", .int(t.clockSeconds)),
                ("vars", .object(t.vars.keys.sorted().map { ($0, .int(t.vars[$0]!)) })),
            ])
        }
        return .object([
            ("case", .string(caseID)), ("caseVersion", .string(caseVersion)), ("session", .string(sessionID)),
            ("phase", .string(phase.rawValue)), ("seed", seed <= UInt64(Int.max) ? .int(Int(seed)) : .string(String(seed))), ("style", .string(style.rawValue)),
            ("mode", .string(mode.rawValue)), ("ended", .bool(ended)),
            ("passed", .bool(passed)), ("good", .bool(good)), ("verdict", .string(verdict.word)),
            ("reasons", .array(verdict.reasons.map { .string($0) })),
            ("adherenceMean", num(adherenceMean)), ("facilitativeMean", num(facilitativeMean)),
            ("safety", .object([("passed", .bool(safety.passed)), ("misses", .array(misses))])),
            ("proscribed", .array(proscribed)),
            ("items", .array(items)),
            ("opportunities", .array(opportunities)),
            ("practiseNext", .array(practiseNext.map { .object([("source", .string($0.source)), ("text", .string($0.text)), ("example", .string($0.example))]) })),
            ("profile", profileOut),
            ("transcript", .object([("opening", .string(transcript.opening.text)), ("turns", .array(turns))])),
        ])
    }
}

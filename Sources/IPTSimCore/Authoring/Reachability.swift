/// A static over-approximation of what can happen in a session: which rules and fallbacks can ever
/// fire, which facts can ever be set and what range each variable can reach, given the session's
/// starting state and every effect of a rule that can fire (a fixpoint). Utterance-dependent
/// conditions are assumed satisfiable; a `not` is assumed satisfiable.
public struct Reachability: Sendable {
    public struct Unreachable: Sendable, Equatable {
        public var reason: String
        /// Path of the failing condition, relative to the rule or fallback.
        public var path: [JSONNode.PathComponent]
    }

    public private(set) var reachable: Set<String> = []
    public private(set) var facts: Set<String> = []
    /// Facts some reachable effect clears.
    public private(set) var cleared: Set<String> = []
    public private(set) var ranges: [String: ClosedRange<Int>] = [:]
    /// Why each unreachable rule or fallback cannot fire.
    public private(set) var why: [String: Unreachable] = [:]

    let c: Case
    let session: Session

    public init(case c: Case, session: Session) {
        self.c = c
        self.session = session
        compute()
    }

    private mutating func compute() {
        var changed = true
        var rounds = 0
        while changed && rounds < 100 {
            rounds += 1
            changed = false
            // Facts and ranges from the current reachable set.
            var f = Set(session.facts ?? [])
            var cl = Set<String>()
            var ranges: [String: ClosedRange<Int>] = [:]
            var effects: [(Effect, Int?)] = []  // effect and how many times it can apply (nil: unbounded)
            for r in session.rules where reachable.contains(r.id) {
                let times: Int? = switch r.repeatPolicy { case .once: 1; case .max(let n): n; default: nil }
                effects += (r.effects ?? []).map { ($0, times) }
            }
            for fb in session.fallbacks where reachable.contains(fb.id) { effects += (fb.effects ?? []).map { ($0, nil) } }
            for (e, _) in effects {
                if let x = e.fact { f.insert(x) }
                if let x = e.clearFact { cl.insert(x) }
            }
            for v in c.variables {
                let start = v.clamp(session.state?[v.id] ?? v.initial)
                var lo = start, hi = start
                var up = 0, down = 0
                var unboundedUp = false, unboundedDown = false
                for (e, times) in effects where e.var == v.id {
                    if let s = e.set { lo = min(lo, s); hi = max(hi, s) }
                    if let a = e.add {
                        if let times { if a > 0 { up += a * times } else { down += -a * times } }
                        else if a > 0 { unboundedUp = true } else if a < 0 { unboundedDown = true }
                    }
                }
                hi = unboundedUp ? v.max : min(v.max, hi + up)
                lo = unboundedDown ? v.min : max(v.min, lo - down)
                ranges[v.id] = lo...hi
            }
            facts = f
            cleared = cl
            self.ranges = ranges
            // Rules whose conditions are satisfiable now.
            let followUpTargets = Set(session.rules.filter { reachable.contains($0.id) }.flatMap { $0.followUps ?? [] })
            for r in session.rules where !reachable.contains(r.id) {
                if r.tier == .followUp && !followUpTargets.contains(r.id) {
                    why[r.id] = Unreachable(reason: "it is a follow-up and no rule that can fire names it in followUps", path: [.key("tier")])
                    continue
                }
                if let u = unsatisfied(r.when, path: [.key("when")]) { why[r.id] = u; continue }
                reachable.insert(r.id); why[r.id] = nil; changed = true
            }
            for fb in session.fallbacks where !reachable.contains(fb.id) {
                if let u = unsatisfied(fb.when, path: [.key("when")]) { why[fb.id] = u; continue }
                reachable.insert(fb.id); why[fb.id] = nil; changed = true
            }
        }
    }

    /// The first condition that can never hold, or nil if the condition may hold.
    public func unsatisfied(_ cond: Condition?, path: [JSONNode.PathComponent]) -> Unreachable? {
        guard let cond else { return nil }
        for (i, t) in (cond.vars ?? []).enumerated() {
            guard let range = ranges[t.name] else { continue }
            if !range.contains(where: t.holds) {
                return Unreachable(reason: "it needs '\(t.name)' \(t.constants.map { "\($0.0) \($0.1)" }.joined(separator: ", ")) but '\(t.name)' can only reach \(range.lowerBound)…\(range.upperBound) in this session (start value and every effect of a rule that can fire)", path: path + [.key("vars"), .index(i)])
            }
        }
        for (i, f) in (cond.facts ?? []).enumerated() where !facts.contains(f) && !f.hasPrefix("risk.") {
            return Unreachable(reason: "it needs fact '\(f)', which no rule that can fire sets and the session does not start with", path: path + [.key("facts"), .index(i)])
        }
        for (i, f) in (cond.notFacts ?? []).enumerated() where (session.facts ?? []).contains(f) && !cleared.contains(f) {
            return Unreachable(reason: "it needs fact '\(f)' unset, but the session starts with it and nothing clears it", path: path + [.key("notFacts"), .index(i)])
        }
        for (i, id) in (cond.fired ?? []).enumerated() where !reachable.contains(id) {
            return Unreachable(reason: "it needs rule '\(id)' to have fired, which cannot fire\(session.rules.contains { $0.id == id } || session.fallbacks.contains { $0.id == id } ? "" : " (it is not in this session)")", path: path + [.key("fired"), .index(i)])
        }
        if let styles = cond.styles, !styles.contains(where: c.patient.styles.contains) {
            return Unreachable(reason: "it needs style \(styles.map(\.rawValue).joined(separator: " or ")), which the patient is not written for", path: path + [.key("styles")])
        }
        if let w = cond.turn, let from = w.from, let to = w.to, from > to {
            return Unreachable(reason: "its turn window \(from)…\(to) is empty", path: path + [.key("turn")])
        }
        if let w = cond.clock, let from = w.from, let to = w.to, from > to {
            return Unreachable(reason: "its clock window \(from)…\(to) is empty", path: path + [.key("clock")])
        }
        for (i, sub) in (cond.all ?? []).enumerated() {
            if let u = unsatisfied(sub, path: path + [.key("all"), .index(i)]) { return u }
        }
        if let any = cond.any, !any.isEmpty {
            let results = any.enumerated().map { unsatisfied($0.element, path: path + [.key("any"), .index($0.offset)]) }
            if results.allSatisfy({ $0 != nil }) { return results[0] }
        }
        return nil
    }
}

/// The utterance-dependent part of a condition (techniques, forms, people, concepts, text), used to
/// test a rule's examples without setting up the state its other conditions need.
enum UtteranceCondition {
    /// The projected condition, or nil if nothing in it depends on the utterance.
    static func project(_ cond: Condition?) -> Condition? {
        guard let cond else { return nil }
        var p = Condition()
        p.techniques = cond.techniques
        p.forms = cond.forms
        p.people = cond.people
        p.concepts = cond.concepts
        p.text = cond.text
        let all = (cond.all ?? []).compactMap(project)
        if !all.isEmpty { p.all = all }
        if let any = cond.any {
            let projected = any.map(project)
            // A branch with no utterance part can be satisfied by the state alone.
            if !projected.contains(where: { $0 == nil }) { p.any = projected.compactMap { $0 } }
        }
        if let not = cond.not, isPurelyUtterance(not.value) { p.not = Box(not.value) }
        return p == Condition() ? nil : p
    }

    /// The condition tests only the utterance.
    static func isPurelyUtterance(_ c: Condition) -> Bool {
        c.vars == nil && c.facts == nil && c.notFacts == nil && c.turn == nil && c.clock == nil && c.fired == nil
            && c.notFired == nil && c.styles == nil && (c.all ?? []).allSatisfy(isPurelyUtterance)
            && (c.any ?? []).allSatisfy(isPurelyUtterance) && (c.not.map { isPurelyUtterance($0.value) } ?? true)
    }
}

extension PatientEngine {
    /// Whether the utterance-dependent part of a rule's condition holds for `iv`, with its
    /// specificity (of the whole condition, as if the state parts held) and match quality.
    func exampleMatch(_ rule: Rule, _ iv: Intervention) -> (holds: Bool, specificity: Int, quality: Double, failure: String?) {
        let (state, _) = start(seed: 1)
        let r = evaluate(UtteranceCondition.project(rule.when), iv, state)
        return (r.holds, rule.when?.specificity ?? 0, r.quality, r.failure)
    }
}

import Foundation
import Testing
@testable import IPTSimCore

/// Small synthetic sessions built in Swift on top of the minimal case.
enum Synth {
    static func when(_ build: (inout Condition) -> Void) -> Condition {
        var c = Condition()
        build(&c)
        return c
    }

    static func techniques(_ ts: String...) -> Condition { when { $0.techniques = ts } }

    static func rule(_ id: String, _ tier: Tier = .specific, when: Condition? = nil, repeat policy: RepeatPolicy? = .always,
                     selection: Selection? = nil, variants: [Variant]? = nil, effects: [Effect]? = nil,
                     followUps: [String]? = nil) -> Rule {
        Rule(id: id, tier: tier, when: when, repeat: policy, selection: selection,
             variants: variants ?? [Variant(id: "a", text: "\(id) says")], effects: effects, followUps: followUps)
    }

    static func variant(_ id: String, style: ConversationalStyle? = nil, when: Condition? = nil) -> Variant {
        Variant(id: id, text: "variant \(id)", when: when, style: style)
    }

    static func fallback(_ id: String, level: Int, when: Condition? = nil, variants: [Variant]? = nil, effects: [Effect]? = nil) -> Fallback {
        Fallback(id: id, level: level, when: when, variants: variants ?? [Variant(id: "a", text: "\(id) says")], effects: effects)
    }

    static func risk(passive: Bool = false, active: Bool = false, method: Bool = false, intent: Bool = false,
                     plan: Bool = false, behaviour: Bool = false, attempts: Int = 0, means: [String]? = nil) -> RiskProfile {
        RiskProfile(passiveDeathWish: passive, activeIdeation: active, method: method, intent: intent, plan: plan,
                    behaviour: behaviour, priorAttempts: attempts, means: means)
    }

    static func engine(_ rules: [Rule], fallbacks: [Fallback]? = nil, risk: RiskProfile? = nil,
                       edit: (inout Case) -> Void = { _ in }) throws -> PatientEngine {
        var c = try Load.minimal()
        c.sessions[0].rules = rules
        if let fallbacks { c.sessions[0].fallbacks = fallbacks }
        if let risk { c.risk = risk }
        edit(&c)
        return PatientEngine(case: c, session: c.sessions[0])
    }
}

/// Plays interventions and records who answered.
struct Play {
    let engine: PatientEngine
    var state: SessionState

    init(_ engine: PatientEngine, seed: UInt64 = 1, style: ConversationalStyle? = nil) {
        self.engine = engine
        state = engine.start(seed: seed, style: style).0
    }

    @discardableResult
    mutating func say(_ iv: Intervention) -> PatientTurn { engine.respond(to: iv, in: &state) }

    /// The rule ids that answer each intervention in turn.
    mutating func ids(_ ivs: [Intervention]) -> [String] { ivs.map { say($0).ruleID } }

    mutating func ids(_ iv: Intervention, times: Int) -> [String] { (0..<times).map { _ in say(iv).ruleID } }

    mutating func variants(_ iv: Intervention, times: Int) -> [String] { (0..<times).map { _ in say(iv).variantID ?? "-" } }
}

/// A recognizer for runner tests: techniques looked up by the exact text, so that tests do not
/// depend on the product recognizer.
struct TableRecognizer: Recognizer {
    var table: [String: [String]]
    func recognize(_ text: String, context: RecognitionContext) -> Intervention {
        Intervention(text: text, form: .openQuestion, techniques: table[text] ?? [],
                     people: context.people.filter { text.lowercased().contains($0.name.lowercased()) }.map(\.id))
    }
}

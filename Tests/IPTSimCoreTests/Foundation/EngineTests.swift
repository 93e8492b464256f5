import Foundation
import Testing
@testable import IPTSimCore

private typealias S = Synth
private let exploration = Intervention.with(["exploration"])
private let nothing = Intervention.with([])

@Suite("Engine: rule selection order")
struct SelectionTests {
    @Test("a pending follow-up beats an urgent rule, and only on the next turn")
    func followUpBeatsUrgent() throws {
        let e = try S.engine([
            S.rule("ask", when: S.techniques("timeline"), followUps: ["detail"]),
            S.rule("detail", .followUp, when: S.techniques("exploration")),
            S.rule("urgent", .urgent, when: S.techniques("exploration")),
        ])
        var p = Play(e)
        #expect(p.ids([.with(["timeline"]), exploration, exploration]) == ["ask", "detail", "urgent"])
        let t = p.say(.with(["timeline"]))
        #expect(t.ruleID == "ask")
        #expect(p.state.pendingFollowUps == ["detail"])
    }

    @Test("a pending follow-up yields when another rule matches more of what was said (the trainee moved on)")
    func followUpYieldsToAMoreSpecificMatch() throws {
        let e = try S.engine([
            S.rule("ask", when: S.techniques("timeline"), followUps: ["detail"]),
            S.rule("detail", .followUp, when: S.techniques("exploration", "inventory")),
            // Two utterance tests against the follow-up's one.
            S.rule("friends", .general, when: S.when { $0.techniques = ["inventory"]; $0.forms = [.openQuestion] }),
            S.rule("more", .general, when: S.techniques("exploration")),
        ])
        var p = Play(e)
        #expect(p.ids([.with(["timeline"]), .with(["inventory"])]) == ["ask", "friends"])
        // An equally specific match does not take the turn from the follow-up.
        var q = Play(e)
        #expect(q.ids([.with(["timeline"]), exploration]) == ["ask", "detail"])
    }

    @Test("a follow-up expires after one turn")
    func followUpExpires() throws {
        let e = try S.engine([
            S.rule("ask", when: S.techniques("timeline"), followUps: ["detail"]),
            S.rule("detail", .followUp, when: S.techniques("exploration")),
        ])
        var p = Play(e)
        #expect(p.ids([.with(["timeline"]), nothing, exploration]) == ["ask", "fb", "fb"])
        #expect(p.state.uses(of: "detail") == 0)
    }

    @Test("a follow-up tier rule is never eligible unless pending")
    func followUpOnlyWhenPending() throws {
        var p = Play(try S.engine([S.rule("detail", .followUp, when: S.techniques("exploration"))]))
        #expect(p.ids(exploration, times: 2) == ["fb", "fb"])
    }

    @Test("a pending follow-up whose condition fails does not fire")
    func followUpConditionMustHold() throws {
        let e = try S.engine([
            S.rule("ask", when: S.techniques("timeline"), followUps: ["detail"]),
            S.rule("detail", .followUp, when: S.techniques("exploration")),
        ])
        var p = Play(e)
        #expect(p.ids([.with(["timeline"]), .with(["summary"])]) == ["ask", "fb"])
    }

    @Test("tier: urgent > specific > general", arguments: [
        ([Tier.general, .specific, .urgent], "urgent"),
        ([Tier.general, .specific], "specific"),
        ([Tier.general], "general"),
    ])
    func tier(tiers: [Tier], winner: String) throws {
        // Ids sort against the tier order so that only the tier can decide.
        let ids: [Tier: String] = [.urgent: "urgent", .specific: "specific", .general: "general"]
        let e = try S.engine(tiers.map { S.rule(ids[$0]!, $0, when: S.techniques("exploration")) })
        var p = Play(e)
        #expect(p.say(exploration).ruleID == winner)
    }

    @Test("specificity: more satisfied conditions win within a tier")
    func specificity() throws {
        let e = try S.engine([
            S.rule("a-broad", when: S.techniques("exploration")),
            S.rule("b-narrow", when: S.when { $0.techniques = ["exploration"]; $0.people = ["bob"] }),
            S.rule("c-narrower-but-general", .general, when: S.when {
                $0.techniques = ["exploration"]; $0.people = ["bob"]; $0.vars = [VarTest(name: "rapport", gte: 0)]
            }),
        ])
        var p = Play(e)
        #expect(p.say(.with(["exploration"], people: ["bob"])).ruleID == "b-narrow")
        #expect(p.say(.with(["exploration"])).ruleID == "a-broad")
    }

    @Test("specificity counts leaf tests, any() by its weakest branch")
    func specificityCount() {
        let c = S.when {
            $0.techniques = ["a"]; $0.vars = [VarTest(name: "x", gt: 1), VarTest(name: "y", lt: 2)]
            $0.any = [S.when { $0.people = ["p"] }, S.when { $0.facts = ["f", "g"] }]
            $0.not = Box(S.when { $0.facts = ["h", "i"] })
        }
        #expect(c.specificity == 1 + 2 + 1 + 1)
    }

    @Test("static specificity equals the engine's when the condition holds")
    func staticSpecificityMatchesEngine() throws {
        let c = S.when {
            $0.techniques = ["exploration"]; $0.people = ["bob"]; $0.vars = [VarTest(name: "rapport", gte: 1), VarTest(name: "distress", lte: 9)]
            $0.not = Box(S.when { $0.facts = ["told-death"]; $0.people = ["bob"] })
            $0.all = [S.when { $0.turn = Window(from: 0) }]
        }
        let e = try S.engine([])
        let state = e.start(seed: 1).0
        let result = e.evaluate(c, .with(["exploration"], people: ["bob"]), state)
        #expect(result.holds)
        #expect(result.specificity == c.specificity)
    }

    @Test("a rule whose techniques are only inside any() is still considered")
    func nestedTechniques() throws {
        var p = Play(try S.engine([S.rule("nested", when: S.when { $0.any = [S.techniques("timeline"), S.techniques("summary")] })]))
        #expect(p.say(.with(["summary"])).ruleID == "nested")
        #expect(p.say(.with(["exploration"])).ruleID == "fb")
    }

    @Test("match quality: the better-scored technique wins at equal specificity", arguments: [
        ([0.4, 0.9], "b-timeline"),
        ([0.9, 0.4], "a-exploration"),
    ])
    func matchQuality(scores: [Double], winner: String) throws {
        let e = try S.engine([
            S.rule("a-exploration", when: S.techniques("exploration")),
            S.rule("b-timeline", when: S.techniques("timeline")),
        ])
        var p = Play(e)
        #expect(p.say(.with(["exploration", "timeline"], scores: scores)).ruleID == winner)
    }

    @Test("match quality: a text pattern with more literal words wins")
    func textQuality() throws {
        let e = try S.engine([
            S.rule("a-short", when: S.when { $0.text = "miss" }),
            S.rule("b-long", when: S.when { $0.text = "miss [him] *" }),
            S.rule("c-longest", when: S.when { $0.text = "(miss him)" }),
        ])
        var p = Play(e)
        #expect(p.say(.with([], text: "do you miss him")).ruleID == "c-longest")
    }

    @Test("least recently used, then id")
    func leastRecentlyUsed() throws {
        let e = try S.engine([S.rule("b"), S.rule("a"), S.rule("c")])
        var p = Play(e)
        #expect(p.ids(nothing, times: 6) == ["a", "b", "c", "a", "b", "c"])
    }

    @Test("id breaks a complete tie")
    func idTieBreak() throws {
        var p = Play(try S.engine([S.rule("zeta"), S.rule("alpha"), S.rule("mid")]))
        #expect(p.say(nothing).ruleID == "alpha")
    }

    @Test("the explanation lists the winner and the losers in order, and near misses")
    func explanation() throws {
        let e = try S.engine([
            S.rule("a", when: S.techniques("exploration")),
            S.rule("b", .urgent, when: S.techniques("exploration")),
            S.rule("c", when: S.when { $0.techniques = ["exploration"]; $0.people = ["bob"] }),
        ])
        var p = Play(e)
        let t = p.say(exploration)
        let x = try #require(t.explanation)
        #expect(x.candidates.map(\.id) == ["b", "a"])
        #expect(x.nearMisses.map(\.id) == ["c"])
        #expect(x.lines.first?.hasPrefix("won: b") == true)
    }
}

@Suite("Engine: repeat policies")
struct RepeatTests {
    @Test(arguments: [
        (RepeatPolicy.once, ["r", "fb", "fb", "fb", "fb"]),
        (.always, ["r", "r", "r", "r", "r"]),
        (.max(2), ["r", "r", "fb", "fb", "fb"]),
        (.cooldown(2), ["r", "fb", "fb", "r", "fb"]),
        (.cooldown(1), ["r", "fb", "r", "fb", "r"]),
    ])
    func policy(policy: RepeatPolicy, expected: [String]) throws {
        var p = Play(try S.engine([S.rule("r", when: S.techniques("exploration"), repeat: policy)],
                                  fallbacks: [S.fallback("fb", level: 0)]))
        #expect(p.ids(exploration, times: 5) == expected)
    }

    @Test("the default policy is once")
    func defaultOnce() throws {
        var p = Play(try S.engine([S.rule("r", repeat: nil)]))
        #expect(p.ids(nothing, times: 2) == ["r", "fb"])
    }
}

@Suite("Engine: variants")
struct VariantTests {
    static let abc = [S.variant("a"), S.variant("b"), S.variant("c")]

    @Test(arguments: [
        (Selection.first, ["a", "a", "a", "a", "a"]),
        (.sequence, ["a", "b", "c", "c", "c"]),
        (.cycle, ["a", "b", "c", "a", "b"]),
        (.leastRecent, ["a", "b", "c", "a", "b"]),
    ])
    func strategy(selection: Selection, expected: [String]) throws {
        var p = Play(try S.engine([S.rule("r", selection: selection, variants: Self.abc)]))
        #expect(p.variants(nothing, times: 5) == expected)
    }

    @Test("least-recent skips a variant that is not eligible and comes back to it when it is")
    func leastRecentWithConditions() throws {
        let gated = S.variant("b", when: S.when { $0.vars = [VarTest(name: "rapport", gte: 5)] })
        let e = try S.engine([S.rule("r", selection: .leastRecent, variants: [S.variant("a"), gated],
                                     effects: [Effect(var: "rapport", add: 1)])])
        var p = Play(e) // rapport 3 → 4 → 5 …; conditions see the state before the effects
        #expect(p.variants(nothing, times: 5) == ["a", "a", "b", "a", "b"])
    }

    @Test("first picks the first variant whose condition holds")
    func firstWithCondition() throws {
        let gated = S.variant("a", when: S.when { $0.facts = ["told-death"] })
        var p = Play(try S.engine([S.rule("r", selection: .first, variants: [gated, S.variant("b")],
                                          effects: [Effect(fact: "told-death")])]))
        #expect(p.variants(nothing, times: 2) == ["b", "a"])
    }

    @Test("shuffle is determined by the seed")
    func shuffleDeterminism() throws {
        let e = try S.engine([S.rule("r", selection: .shuffle, variants: Self.abc + [S.variant("d"), S.variant("e")])])
        func run(_ seed: UInt64) -> [String] {
            var p = Play(e, seed: seed)
            return p.variants(nothing, times: 12)
        }
        #expect(run(7) == run(7))
        #expect(Set((1...8).map { run($0) }).count > 1, "different seeds give different orders")
        #expect(Set(run(3)).count > 1, "shuffle does not stick to one variant")
    }

    @Test("a style's own variants are preferred; otherwise unstyled ones", arguments: [
        (ConversationalStyle.plain, "p"),
        (.reserved, "r"),
        (.upset, "u"),
    ])
    func styleVariants(style: ConversationalStyle, expected: String) throws {
        let vs = [S.variant("u"), S.variant("p", style: .plain), S.variant("r", style: .reserved)]
        var p = Play(try S.engine([S.rule("r", selection: .first, variants: vs)]), style: style)
        #expect(p.say(nothing).variantID == expected)
    }

    @Test("with a sequence, the style's own variant comes first and an unstyled 'again' line follows")
    func styleThenSharedInSequence() throws {
        let vs = [S.variant("p", style: .plain), S.variant("r", style: .reserved), S.variant("again")]
        var p = Play(try S.engine([S.rule("r", repeat: .always, selection: .sequence, variants: vs)]), style: .reserved)
        #expect(p.variants(nothing, times: 3) == ["r", "again", "again"])
    }

    @Test("a rule with no variant for the state or style does not win; the next rule or a fallback answers")
    func noEligibleVariant() throws {
        let gated = S.variant("a", when: S.when { $0.facts = ["told-death"] })
        let e = try S.engine([
            S.rule("gated", .urgent, variants: [gated]),
            S.rule("reserved-only", .urgent, variants: [S.variant("r", style: .reserved)]),
            S.rule("plain", .general),
        ], fallbacks: [S.fallback("fb-gated", level: 0, variants: [gated]), S.fallback("fb", level: 0)])
        var p = Play(e)
        let t = p.say(nothing)
        #expect(t.ruleID == "plain")
        #expect(t.explanation?.nearMisses.map(\.id) == ["gated", "reserved-only"])
        var q = Play(try S.engine([S.rule("gated", variants: [gated])],
                                  fallbacks: [S.fallback("a-gated", level: 0, variants: [gated]), S.fallback("fb", level: 0)]))
        #expect(q.say(nothing).ruleID == "fb")
        var r = Play(e, style: .reserved)
        #expect(r.say(nothing).ruleID == "reserved-only")
    }

    @Test("the default style is the case's first")
    func defaultStyle() throws {
        let e = try S.engine([]) { $0.patient.styles = [.reserved, .plain] }
        #expect(Play(e).state.style == .reserved)
    }
}

@Suite("Engine: state, fallbacks, clock")
struct StateTests {
    @Test("effects are clamped at both ends", arguments: [
        (Effect(var: "rapport", add: 100), 10),
        (Effect(var: "rapport", add: -100), 0),
        (Effect(var: "rapport", set: 99), 10),
        (Effect(var: "rapport", set: -5), 0),
        (Effect(var: "rapport", add: 2), 5),
        (Effect(var: "rapport", set: 7), 7),
    ])
    func clamping(effect: Effect, expected: Int) throws {
        var p = Play(try S.engine([S.rule("r", effects: [effect])]))
        let t = p.say(nothing)
        #expect(p.state.value("rapport") == expected)
        #expect(t.changes == (expected == 3 ? [] : [VariableChange(name: "rapport", from: 3, to: expected)]))
    }

    @Test("several changes to one variable report one change from the first value to the last")
    func mergedChanges() throws {
        var p = Play(try S.engine([S.rule("r", effects: [Effect(var: "rapport", add: 9), Effect(var: "rapport", add: 9), Effect(var: "distress", add: -1)])]))
        #expect(p.say(nothing).changes == [VariableChange(name: "rapport", from: 3, to: 10), VariableChange(name: "distress", from: 5, to: 4)])
    }

    @Test("session state overrides are clamped and facts are preset")
    func sessionStart() throws {
        let e = try S.engine([]) { c in
            c.sessions[0].state = ["rapport": 50, "distress": 2]
            c.sessions[0].facts = ["told-death"]
        }
        let (state, opening) = e.start(seed: 1)
        #expect(state.vars == ["rapport": 10, "distress": 2])
        #expect(state.has("told-death"))
        #expect(opening.text == "Hello." && opening.source == .opening && state.turn == 0)
    }

    @Test("facts are set once and can be cleared")
    func facts() throws {
        var p = Play(try S.engine([
            S.rule("set", when: S.techniques("timeline"), effects: [Effect(fact: "told-death")]),
            S.rule("clear", when: S.techniques("summary"), effects: [Effect(clearFact: "told-death")]),
        ]))
        #expect(p.say(.with(["timeline"])).factsSet == ["told-death"])
        #expect(p.say(.with(["timeline"])).factsSet == [])
        p.say(.with(["summary"]))
        #expect(!p.state.has("told-death"))
    }

    @Test("fallbacks escalate with consecutive misses and reset after a hit")
    func fallbackEscalation() throws {
        let e = try S.engine([S.rule("hit", when: S.techniques("timeline"))],
                             fallbacks: [S.fallback("fb0", level: 0), S.fallback("fb2", level: 2), S.fallback("fb1", level: 1)])
        var p = Play(e)
        #expect(p.ids([nothing, nothing, nothing, nothing, .with(["timeline"]), nothing]) == ["fb0", "fb1", "fb2", "fb2", "hit", "fb0"])
        #expect(p.state.consecutiveMisses == 1)
    }

    @Test("a conditional fallback is used only while its condition holds")
    func conditionalFallback() throws {
        let low = S.when { $0.vars = [VarTest(name: "rapport", lte: 2)] }
        let e = try S.engine([], fallbacks: [S.fallback("fb0", level: 0, effects: [Effect(var: "rapport", add: -1)]),
                                             S.fallback("fb1-low", level: 1, when: low)])
        var p = Play(e) // rapport 3: after the first miss 2
        #expect(p.ids(nothing, times: 3) == ["fb0", "fb1-low", "fb1-low"])
        let e2 = try S.engine([], fallbacks: [S.fallback("fb0", level: 0), S.fallback("fb1-low", level: 1, when: low)])
        var p2 = Play(e2)
        #expect(p2.ids(nothing, times: 3) == ["fb0", "fb0", "fb0"])
    }

    @Test("with no fallback at all the patient stays silent, never an error")
    func silence() throws {
        var p = Play(try S.engine([], fallbacks: []))
        let t = p.say(nothing)
        #expect(t.ruleID == "builtin.silence")
        #expect(!t.text.isEmpty)
    }

    @Test("the clock advances by a fixed time per exchange plus speaking time")
    func clock() throws {
        var p = Play(try S.engine([S.rule("r", variants: [Variant(id: "a", text: "one two three four")])]))
        let t = p.say(.with([], text: "five six seven eight"))
        #expect(t.clockSeconds == PatientEngine.secondsPerExchange + 8 * PatientEngine.tenthsPerWord / 10)
        #expect(p.state.clockSeconds == 34)
        #expect(p.state.turn == 1)
    }

    @Test("isOvertime once the clock reaches the session's minutes")
    func overtime() throws {
        let e = try S.engine([]) // 20 minutes
        var p = Play(e)
        var turns = 0
        while !e.isOvertime(p.state) {
            p.say(nothing)
            turns += 1
        }
        #expect(p.state.clockSeconds >= 20 * 60)
        #expect(p.state.clockSeconds - 20 * 60 < 40, "it became overtime on the turn that crossed")
        #expect(turns > 10)
    }

    @Test("clock and turn windows in conditions")
    func windows() throws {
        let e = try S.engine([
            S.rule("late", .urgent, when: S.when { $0.clock = Window(from: 1) }),
            S.rule("second", when: S.when { $0.turn = Window(from: 2, to: 2) }),
        ])
        var p = Play(e)
        #expect(p.ids(nothing, times: 5) == ["fb", "second", "late", "late", "late"]) // 32 s, 64 s: minute 1 from turn 3
    }

    @Test("state is Codable: a journaled state resumes the same session exactly")
    func resume() throws {
        let e = try S.engine([S.rule("r", selection: .shuffle, variants: VariantTests.abc)])
        var p = Play(e, seed: 42)
        p.say(nothing)
        let saved = try JSONEncoder().encode(p.state)
        let rest = p.variants(nothing, times: 6)
        var q = Play(e)
        q.state = try JSONDecoder().decode(SessionState.self, from: saved)
        #expect(q.variants(nothing, times: 6) == rest)
    }
}

@Suite("Engine: built-in risk answers and the PHQ-9")
struct BuiltinTests {
    struct RiskCase: Sendable, CustomTestStringConvertible {
        var name: String
        var risk: RiskProfile
        var technique: String
        var ruleID: String
        var disclosures: [String]
        var cue: Bool
        var testDescription: String { name }
    }

    static let d = Builtins.Disclosure.self
    static let riskCases: [RiskCase] = [
        .init(name: "Q1 passive death wish", risk: S.risk(passive: true), technique: "suicide-screen", ruleID: "builtin.risk.screen", disclosures: [d.passive], cue: true),
        .init(name: "Q2 active ideation", risk: S.risk(passive: true, active: true), technique: "suicide-screen", ruleID: "builtin.risk.screen", disclosures: [d.passive, d.active], cue: true),
        .init(name: "screen denied", risk: S.risk(), technique: "suicide-screen", ruleID: "builtin.risk.screen", disclosures: [d.denied], cue: false),
        .init(name: "Q3 method", risk: S.risk(passive: true, active: true, method: true), technique: "suicide-detail", ruleID: "builtin.risk.detail", disclosures: [d.method], cue: true),
        .init(name: "Q4 intent with a method", risk: S.risk(active: true, method: true, intent: true), technique: "suicide-detail", ruleID: "builtin.risk.detail", disclosures: [d.method, d.intentOrPlan], cue: true),
        .init(name: "Q4 intent without a method", risk: S.risk(active: true, intent: true), technique: "suicide-detail", ruleID: "builtin.risk.detail", disclosures: [d.intentOrPlan], cue: true),
        .init(name: "Q5 plan", risk: S.risk(active: true, method: true, plan: true), technique: "suicide-detail", ruleID: "builtin.risk.detail", disclosures: [d.method, d.intentOrPlan], cue: true),
        .init(name: "detail: ideation without method", risk: S.risk(passive: true), technique: "suicide-detail", ruleID: "builtin.risk.detail", disclosures: [], cue: false),
        .init(name: "detail denied", risk: S.risk(), technique: "suicide-detail", ruleID: "builtin.risk.detail", disclosures: [d.denied], cue: false),
        .init(name: "Q6 behaviour, no attempt", risk: S.risk(behaviour: true), technique: "suicide-history", ruleID: "builtin.risk.history", disclosures: [d.behaviour], cue: true),
        .init(name: "Q6 behaviour and an attempt", risk: S.risk(behaviour: true, attempts: 2), technique: "suicide-history", ruleID: "builtin.risk.history", disclosures: [d.behaviour, d.attempts], cue: true),
        .init(name: "prior attempt", risk: S.risk(attempts: 1), technique: "suicide-history", ruleID: "builtin.risk.history", disclosures: [d.attempts], cue: true),
        .init(name: "no history", risk: S.risk(), technique: "suicide-history", ruleID: "builtin.risk.history", disclosures: [], cue: false),
        .init(name: "means present", risk: S.risk(means: ["pills"]), technique: "means-safety", ruleID: "builtin.risk.means", disclosures: [d.means], cue: false),
        .init(name: "no means", risk: S.risk(), technique: "means-safety", ruleID: "builtin.risk.means", disclosures: [], cue: false),
    ]

    @Test(arguments: riskCases)
    func riskAnswer(_ rc: RiskCase) throws {
        var p = Play(try S.engine([S.rule("general", .general)], risk: rc.risk))
        let t = p.say(.with([rc.technique]))
        #expect(t.ruleID == rc.ruleID)
        #expect(t.source == .builtin)
        #expect(t.factsSet == rc.disclosures)
        #expect(t.riskCue == rc.cue)
        #expect(!t.text.isEmpty)
        if let means = rc.risk.means { #expect(t.text.contains(means[0])) }
        if !rc.risk.method && !rc.risk.plan {
            #expect(!t.text.contains("I've worked out how") && !t.text.contains("I've thought about how"), "the answer claims a method the profile does not have: \(t.text)")
        }
        #expect(p.state.uses(of: "general") == 0, "a rule not written for the safety question does not answer it")
    }

    @Test("answers are consistent when asked again, and disclosures are not repeated")
    func consistent() throws {
        var p = Play(try S.engine([], risk: S.risk(passive: true)))
        let a = p.say(.with(["suicide-screen"]))
        let b = p.say(.with(["suicide-screen"]))
        #expect(a.text == b.text)
        #expect(b.factsSet == [])
        #expect(p.state.disclosures == [Builtins.Disclosure.passive])
    }

    @Test("a case's own wording is used in order, staying on the last")
    func customWording() throws {
        var risk = S.risk(passive: true, active: true)
        risk.replies = RiskReplies(activeThoughts: ["First.", "Second."])
        var p = Play(try S.engine([], risk: risk))
        #expect((0..<3).map { _ in p.say(.with(["suicide-screen"])).text } == ["First.", "Second.", "Second."])
    }

    @Test("an author rule answers a safety question only when written for that technique")
    func authorSafetyRule() throws {
        let e = try S.engine([
            S.rule("author-screen", when: S.techniques("suicide-screen")),
            S.rule("author-detail-general", .urgent, when: S.when { $0.people = ["bob"] }),
        ], risk: S.risk(passive: true))
        var p = Play(e)
        #expect(p.say(.with(["suicide-screen"])).ruleID == "author-screen")
        #expect(p.say(.with(["suicide-detail"], people: ["bob"])).ruleID == "builtin.risk.detail")
        #expect(p.say(.with(["exploration"], people: ["bob"])).ruleID == "author-detail-general")
    }

    @Test("an author rule written for the safety question answers even when another rule ranks above it")
    func authorSafetyRuleBelowAnother() throws {
        let e = try S.engine([
            S.rule("about-bob", .urgent, when: S.when { $0.people = ["bob"] }),
            S.rule("author-screen", .general, when: S.techniques("suicide-screen")),
            S.rule("author-nested", .general, when: S.when { $0.any = [S.techniques("suicide-detail"), S.techniques("timeline")] }),
        ], risk: S.risk(passive: true))
        var p = Play(e)
        let t = p.say(.with(["suicide-screen"], people: ["bob"]))
        #expect(t.ruleID == "author-screen")
        #expect(t.explanation?.lines.first?.hasPrefix("author-screen answered") == true)
        #expect(p.say(.with(["suicide-detail"], people: ["bob"])).ruleID == "author-nested")
        #expect(p.say(.with(["suicide-history"], people: ["bob"])).ruleID == "builtin.risk.history")
    }

    @Test("a pending follow-up does not swallow a safety question it was not written for")
    func followUpYieldsToBuiltinSafety() throws {
        var p = Play(try S.engine([
            S.rule("ask", when: S.techniques("timeline"), followUps: ["more"]),
            S.rule("more", .followUp),
        ]))
        #expect(p.ids([.with(["timeline"]), .with(["suicide-screen"])]) == ["ask", "builtin.risk.screen"])
    }

    @Test("a pending follow-up written for the safety technique answers it")
    func safetyFollowUpAnswers() throws {
        var p = Play(try S.engine([
            S.rule("ask", when: S.techniques("timeline"), followUps: ["more"]),
            S.rule("more", .followUp, when: S.techniques("suicide-screen")),
        ]))
        #expect(p.ids([.with(["timeline"]), .with(["suicide-screen"])]) == ["ask", "more"])
    }

    @Test("a built-in answer resets the consecutive misses")
    func builtinResetsMisses() throws {
        var p = Play(try S.engine([], fallbacks: [S.fallback("fb0", level: 0), S.fallback("fb1", level: 1)]))
        #expect(p.ids([nothing, .with(["protective-factors"]), nothing]) == ["fb0", "builtin.risk.protective", "fb0"])
    }

    @Test("the sample's style-specific safety rule: plain uses it, reserved gets the built-in", arguments: [
        (ConversationalStyle.plain, "worry-wine"),
        (.reserved, "builtin.risk.substances"),
    ])
    func sampleSubstanceRule(style: ConversationalStyle, expected: String) throws {
        let c = try Load.sample()
        let e = PatientEngine(case: c, session: c.sessions[0])
        var p = Play(e, style: style)
        #expect(p.say(.with(["substance-screen"])).ruleID == expected)
    }

    @Test("PHQ-9 answers equal the session's item values", arguments: [
        [1, 1, 1, 1, 1, 1, 1, 1, 0],
        [3, 2, 1, 0, 3, 2, 1, 0, 2],
    ])
    func phq9(values: [Int]) throws {
        let e = try S.engine([]) { $0.sessions[0].phq9 = values }
        var p = Play(e)
        let turns = e.administerPHQ9(in: &p.state)
        #expect(turns.map(\.text) == values.map { Builtins.phq9Answers[$0] })
        #expect(turns.map(\.variantID) == values.map { String($0) })
        #expect(turns.map(\.ruleID) == (1...9).map { "builtin.phq9.item\($0)" })
        #expect(turns.map(\.riskCue) == (0..<9).map { $0 == 8 && values[8] > 0 })
        #expect(p.state.turn == 1 && p.state.phq9Given)
        #expect(turns.last?.clockSeconds == 9 * 15)
        #expect(e.session.phq9Total == values.reduce(0, +))
    }

    @Test("PHQ-9 bands", arguments: [(0, "minimal"), (4, "minimal"), (5, "mild"), (10, "moderate"), (15, "moderately severe"), (20, "severe"), (27, "severe")])
    func bands(total: Int, band: String) {
        #expect(Builtins.phq9Band(total) == band)
    }
}

@Suite("Session runner: replay and determinism")
struct RunnerTests {
    static let recognizer = TableRecognizer(table: [
        "When did it start?": ["timeline"], "Tell me more.": ["exploration"], "Any thoughts of suicide?": ["suicide-screen"],
    ])
    static let inputs = ["When did it start?", "Tell me more.", "What about Bob?", "Any thoughts of suicide?", "/phq9", "hm", "hm", "Tell me more."]

    static func play(seed: UInt64, engineCase c: Case) -> SessionRunner {
        var r = SessionRunner(case: c, session: c.sessions[0], caseHash: "h", seed: seed, recognizer: recognizer)
        for input in inputs {
            if input == "/phq9" { r.administerPHQ9() } else { r.say(input) }
        }
        r.say(Intervention(text: "/tag summary", form: .other, techniques: ["summary"], declared: true), input: "/tag summary")
        r.end()
        return r
    }

    static func shuffled() throws -> Case {
        var c = try Load.minimal()
        c.sessions[0].rules += [
            S.rule("chat", .general, selection: .shuffle, variants: [S.variant("a"), S.variant("b"), S.variant("c"), S.variant("d")]),
        ]
        c.sessions[0].fallbacks[0].selection = .shuffle
        return c
    }

    @Test("replay reproduces a transcript exactly")
    func replay() throws {
        let c = try Self.shuffled()
        let original = Self.play(seed: 9, engineCase: c)
        let again = try #require(SessionRunner.replay(original.transcript, case: c, caseHash: "h", recognizer: Self.recognizer))
        #expect(again.transcript == original.transcript)
        #expect(again.state == original.state)
        #expect(original.transcript.turns.count == Self.inputs.count + 1)
        #expect(original.transcript.turns[4].isPHQ9)
        #expect(original.transcript.ended)
    }

    @Test("same input and seed give an identical transcript; the seed matters", arguments: [1, 2, 3, 99] as [UInt64])
    func determinism(seed: UInt64) throws {
        let c = try Self.shuffled()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = Self.play(seed: seed, engineCase: c), second = Self.play(seed: seed, engineCase: c)
        #expect(first.transcript == second.transcript)
        #expect(first.state == second.state)
        #expect(try encoder.encode(first.transcript) == encoder.encode(second.transcript))
    }

    @Test("different seeds give different sessions when a case shuffles")
    func seedsDiffer() throws {
        let c = try Self.shuffled()
        let texts = Set((1...6).map { seed in Self.play(seed: UInt64(seed), engineCase: c).transcript.turns.flatMap(\.replies).map(\.text) })
        #expect(texts.count > 1)
    }

    @Test("a transcript survives JSON encoding exactly, and replays from the decoded copy")
    func transcriptCodable() throws {
        let c = try Self.shuffled()
        let original = Self.play(seed: 5, engineCase: c).transcript
        let decoded = try JSONDecoder().decode(Transcript.self, from: JSONEncoder().encode(original))
        #expect(decoded == original)
        #expect(decoded.format == Transcript.formatVersion)
        let again = try #require(SessionRunner.replay(decoded, case: c, caseHash: "h", recognizer: Self.recognizer))
        #expect(again.transcript == original)
    }

    @Test("replay against a case without the session gives nil")
    func replayMissingSession() throws {
        let c = try Load.minimal()
        var t = Self.play(seed: 1, engineCase: c).transcript
        t.sessionID = "nope"
        #expect(SessionRunner.replay(t, case: c, caseHash: "h", recognizer: Self.recognizer) == nil)
    }

    @Test("the seeded generator is SplitMix64")
    func splitMix() {
        var r = SeededRandom(seed: 0)
        #expect(r.next() == 0xE220A8397B1DCDAF)
        var a = SeededRandom(seed: 5), b = SeededRandom(seed: 5)
        #expect((0..<5).map { _ in a.index(7) } == (0..<5).map { _ in b.index(7) })
    }
}

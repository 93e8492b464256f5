/// Behaviour every case gets from its data: consistent answers to risk questions from the risk
/// profile, and PHQ-9 answers from the session's item values.
public enum Builtins {
    /// Safety techniques the built-ins answer, in the order they are preferred.
    public static let safetyTechniques = [
        "escalate", "safety-plan", "suicide-detail", "suicide-history", "suicide-screen", "means-safety",
        "protective-factors", "substance-screen", "mania-screen", "violence-screen",
    ]

    /// Disclosure facts the built-ins set (not declared by cases; the assessor reads them).
    public enum Disclosure {
        public static let passive = "risk.passive-death-wish"
        public static let active = "risk.active-ideation"
        public static let method = "risk.method"
        public static let intentOrPlan = "risk.intent-or-plan"
        public static let behaviour = "risk.behaviour"
        public static let attempts = "risk.prior-attempts"
        public static let means = "risk.means"
        public static let substances = "risk.substances"
        public static let mania = "risk.mania"
        public static let violence = "risk.violence"
        public static let denied = "risk.denied"
    }

    /// The safety technique the utterance asks about, if the built-ins answer it.
    public static func safetyTechnique(in iv: Intervention) -> String? {
        safetyTechniques.first(where: iv.has)
    }

    static func answer(_ iv: Intervention, engine: PatientEngine, state: inout SessionState) -> PatientTurn? {
        guard let technique = safetyTechnique(in: iv) else { return nil }
        let risk = engine.case.risk
        let replies = risk.replies
        var disclosures: [String] = []
        let kind: String
        let text: String
        var cue = false
        func pick(_ key: String, _ custom: [String]?, _ plain: String) -> String {
            let list = (custom ?? []).isEmpty ? [plain] : custom!
            let n = state.builtinUses[key, default: 0]
            state.builtinUses[key] = n + 1
            return list[min(n, list.count - 1)]
        }
        switch technique {
        case "suicide-screen":
            kind = "screen"
            if risk.activeIdeation {
                text = pick(kind, replies?.activeThoughts, "Yes. I've had thoughts of killing myself. I haven't told anyone.")
                disclosures = [Disclosure.passive, Disclosure.active]
                cue = true
            } else if risk.passiveDeathWish {
                text = pick(kind, replies?.deathWish, "Sometimes I wish I could just go to sleep and not wake up. But I haven't thought of doing anything.")
                disclosures = [Disclosure.passive]
                cue = true
            } else {
                // The case's own words for the death-wish question, when it gives them, are its denial.
                text = pick(kind, replies?.deathWish ?? replies?.activeThoughts, "No. I feel low, but not like that. I wouldn't.")
                disclosures = [Disclosure.denied]
            }
        case "suicide-detail":
            kind = "detail"
            if risk.plan {
                text = pick(kind, replies?.intentAndPlan, "I've worked out how I'd do it. Some days I think I might.")
                disclosures = [Disclosure.method, Disclosure.intentOrPlan]
                cue = true
            } else if risk.intent {
                // C-SSRS Q4: some intent without a worked-out plan; a method only if the profile says so.
                text = pick(kind, replies?.intentAndPlan, risk.method
                    ? "I've thought about how. And some days I think I might actually do it."
                    : "I haven't worked out how. But some days I think I might do something.")
                disclosures = risk.method ? [Disclosure.method, Disclosure.intentOrPlan] : [Disclosure.intentOrPlan]
                cue = true
            } else if risk.method {
                text = pick(kind, replies?.method, "I've thought about how, once or twice. I haven't planned anything and I don't intend to.")
                disclosures = [Disclosure.method]
                cue = true
            } else if risk.hasIdeation {
                // No method: the case's answer to "how" is its denial ('method'), not the death wish again.
                text = pick(kind, replies?.method ?? replies?.intentAndPlan, "No, I've never thought about how. It's more a wish not to be here than anything I'd do.")
            } else {
                text = pick(kind, replies?.method ?? replies?.intentAndPlan, "No. I've never thought about how. It isn't something I'd do.")
                disclosures = [Disclosure.denied]
            }
        case "suicide-history":
            kind = "history"
            if risk.priorAttempts > 0 || risk.behaviour {
                text = pick(kind, replies?.history, risk.behaviour
                    ? "Recently I... I got some things together. I didn't go through with it."
                    : "Once, years ago. I took some tablets. I don't talk about it.")
                disclosures = (risk.behaviour ? [Disclosure.behaviour] : []) + (risk.priorAttempts > 0 ? [Disclosure.attempts] : [])
                cue = true
            } else {
                text = pick(kind, replies?.history, "No, I've never tried to hurt myself.")
            }
        case "means-safety":
            kind = "means"
            if let means = risk.means, !means.isEmpty {
                text = pick(kind, replies?.means, "There's \(means.joined(separator: " and ")) at home.")
                disclosures = [Disclosure.means]
            } else {
                text = pick(kind, replies?.means, "No, nothing like that at home.")
            }
        case "protective-factors":
            kind = "protective"
            let factors = risk.protectiveFactors ?? []
            text = pick(kind, replies?.protective, factors.isEmpty ? "I don't know. I just keep going." : "\(factors.joined(separator: ", ")). That's what keeps me going.")
        case "substance-screen":
            kind = "substances"
            text = pick(kind, replies?.substances, risk.substances ?? "Not really. A glass of wine now and then.")
            if risk.substances != nil { disclosures = [Disclosure.substances] }
        case "mania-screen":
            kind = "mania"
            text = pick(kind, replies?.mania, (risk.maniaHistory ?? false)
                ? "There was a time I hardly slept for a week and felt I could do anything."
                : "No, never. I've never felt like that.")
            if risk.maniaHistory ?? false { disclosures = [Disclosure.mania] }
        case "violence-screen":
            kind = "violence"
            text = pick(kind, replies?.violence, (risk.intimatePartnerViolence ?? false)
                ? "He... sometimes he grabs me. Once he pushed me."
                : "No. Nothing like that. It's not that kind of problem.")
            if risk.intimatePartnerViolence ?? false { disclosures = [Disclosure.violence] }
        case "safety-plan":
            kind = "safety-plan"
            text = pick(kind, replies?.safetyPlan, "Alright. I can write those down. It helps to know what I'd do.")
        case "escalate":
            kind = "escalate"
            text = pick(kind, replies?.escalate, risk.isHighRisk
                ? "Today? ...Alright. If you think that's what I need, I'll go."
                : "I don't think it's that bad. I'm not going to do anything. But I'll keep the number.")
        default:
            return nil
        }
        var set: [String] = []
        for d in disclosures where !state.disclosures.contains(d) {
            state.disclosures.append(d)
            set.append(d)
        }
        return PatientTurn(text: text, source: .builtin, ruleID: "builtin.risk.\(kind)", tier: "builtin", riskCue: cue, factsSet: set)
    }

    /// PHQ-9 items, paraphrased (reference period: the last two weeks).
    public static let phq9Items = [
        "Little interest or pleasure in doing things",
        "Feeling down, depressed or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself, or that you are a failure or have let yourself or your family down",
        "Trouble concentrating on things, such as reading or watching television",
        "Moving or speaking so slowly that other people could notice, or the opposite: being fidgety or restless",
        "Thoughts that you would be better off dead, or of hurting yourself in some way",
    ]

    public static let phq9Answers = ["Not at all.", "Several days.", "More than half the days.", "Nearly every day."]

    /// The PHQ-9 severity band of a total.
    public static func phq9Band(_ total: Int) -> String {
        switch total {
        case ..<5: "minimal"
        case 5..<10: "mild"
        case 10..<15: "moderate"
        case 15..<20: "moderately severe"
        default: "severe"
        }
    }
}

extension PatientEngine {
    /// Administers the PHQ-9: the patient answers each item from the session's values. Counts as
    /// one trainee turn using the `measure` technique; item 9 above 0 is a risk cue.
    public func administerPHQ9(in state: inout SessionState) -> [PatientTurn] {
        state.turn += 1
        state.phq9Given = true
        state.pendingFollowUps = []
        var turns: [PatientTurn] = []
        for (i, value) in session.phq9.enumerated() {
            let v = max(0, min(3, value))
            state.clockSeconds += 15
            turns.append(PatientTurn(text: Builtins.phq9Answers[v], source: .builtin, ruleID: "builtin.phq9.item\(i + 1)",
                                     variantID: String(v), tier: "builtin", riskCue: i == 8 && v > 0, clockSeconds: state.clockSeconds))
        }
        return turns
    }
}

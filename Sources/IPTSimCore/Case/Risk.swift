/// The patient's suicide-risk picture (C-SSRS screener constructs) and what else bears on safety.
///
/// The engine answers risk questions from this profile in every case, whether or not the author
/// wrote rules for them; the assessor's safety gates read it too.
public struct RiskProfile: Sendable, Codable, Equatable {
    /// C-SSRS Q1: wished to be dead or not to wake up.
    public var passiveDeathWish: Bool
    /// C-SSRS Q2: non-specific active thoughts of killing oneself.
    public var activeIdeation: Bool
    /// C-SSRS Q3: has thought about how.
    public var method: Bool
    /// C-SSRS Q4: some intention of acting.
    public var intent: Bool
    /// C-SSRS Q5: worked out details and intends to act.
    public var plan: Bool
    /// C-SSRS Q6: preparatory or suicidal behaviour in the past 3 months.
    public var behaviour: Bool
    public var priorAttempts: Int
    /// Lethal means the patient has access to (e.g. "hunting rifle", "stored medication").
    public var means: [String]?
    public var substances: String?
    public var protectiveFactors: [String]?
    public var intimatePartnerViolence: Bool?
    public var maniaHistory: Bool?
    /// The patient's own words for each answer; built-in plain wording is used where absent.
    public var replies: RiskReplies?

    /// High risk by C-SSRS triage: intent or plan (past month) or behaviour (past 3 months).
    public var isHighRisk: Bool { intent || plan || behaviour }
    /// Any ideation at all.
    public var hasIdeation: Bool { passiveDeathWish || activeIdeation }
}

/// Case-written wording for the built-in risk answers.
public struct RiskReplies: Sendable, Codable, Equatable {
    public var deathWish: [String]?
    public var activeThoughts: [String]?
    public var method: [String]?
    public var intentAndPlan: [String]?
    public var history: [String]?
    public var means: [String]?
    public var protective: [String]?
    public var substances: [String]?
    public var mania: [String]?
    public var violence: [String]?
    public var safetyPlan: [String]?
    public var escalate: [String]?
}

/// The assessment of one session: rubric ratings, safety, proscribed interventions, opportunities,
/// the fidelity profile and the verdict. Produced by `Assessor`; rendered by the `SessionReport`
/// renderers (JSON, Markdown, HTML, terminal debrief). Pure data.
public struct SessionReport: Sendable, Equatable {
    public var caseID: String
    public var caseTitle: String
    public var caseVersion: String
    public var sessionID: String
    public var sessionTitle: String
    public var phase: Phase
    public var patientName: String
    public var seed: UInt64
    public var style: ConversationalStyle
    public var mode: Transcript.Mode
    /// The transcript ended normally (not interrupted).
    public var ended: Bool
    public var plannedMinutes: Int
    public var items: [ItemResult]
    public var safety: SafetyResult
    /// Proscribed techniques and contextual judgements, in turn order.
    public var proscribed: [ProscribedUse]
    public var opportunities: [OpportunityResult]
    public var profile: FidelityProfile
    /// Mean of the rated non-global items; nil when none applied.
    public var adherenceMean: Double?
    /// Mean of the rated global items; nil when none applied.
    public var facilitativeMean: Double?
    public var verdict: Verdict
    /// Three (or fewer) concrete things to practise next, most important first.
    public var practiseNext: [PractiseItem]
    /// The transcript that was scored.
    public var transcript: Transcript

    public var passed: Bool { verdict.passed }
    public var good: Bool { verdict.good }
}

/// One rubric item's rating with the turns that earned it.
public struct ItemResult: Sendable, Equatable {
    public var id: String
    public var title: String
    public var domain: RubricDomain
    public var description: String
    public var example: String
    /// 1–5, or nil when the item was not applicable (excluded from the means).
    public var rating: Int?
    /// Trainee turns that earned the rating (or, for global measures, that counted toward it).
    public var evidence: [Int]
    /// Why the rating is what it is, and what would have raised it.
    public var note: String
    /// What the next level up needed (nil at 5 or n/a).
    public var nextStep: String?

    public var isFacilitative: Bool { domain.isFacilitative }
}

public enum SafetyClass: String, Sendable, Codable, Hashable, CaseIterable {
    /// Fails the safety gate, and so the session, on its own.
    case critical
    /// Reported and put first in "practise next"; does not fail the safety gate on its own.
    case major
}

/// A safety requirement that was not met.
public struct SafetyMiss: Sendable, Equatable {
    /// `SAF-1` … `SAF-9`, or `SAF-FR` (false reassurance after risk).
    public var id: String
    public var `class`: SafetyClass
    /// The turn where the requirement arose (the cue, the answer, the coaching turn); 0 is the
    /// patient's opening; nil when the requirement is the whole session (SAF-1).
    public var turn: Int?
    /// The last trainee turn by which it had to be met (for live coaching); nil for end of session.
    public var deadline: Int?
    public var message: String
    /// What to say instead.
    public var example: String
}

public struct SafetyResult: Sendable, Equatable {
    /// True iff there is no critical miss. Major misses are reported but do not fail the gate.
    public var passed: Bool
    public var misses: [SafetyMiss]

    public var critical: [SafetyMiss] { misses.filter { $0.class == .critical } }
    public var major: [SafetyMiss] { misses.filter { $0.class == .major } }
}

/// A proscribed technique used, or a contextual judgement derived from the transcript.
public struct ProscribedUse: Sendable, Equatable {
    /// A technique id of family `proscribed`, or `premature-advice`, `focus-drift`,
    /// `contract-extension`.
    public var id: String
    public var turn: Int
    /// Derived from context (not a technique the recognizer reported).
    public var contextual: Bool
    public var message: String

    /// The ids of the contextual judgements.
    public static let contextualIDs = ["premature-advice", "focus-drift", "contract-extension"]
}

/// Whether an opportunity was taken.
public struct OpportunityResult: Sendable, Equatable {
    public enum Status: String, Sendable, Codable, Hashable {
        case taken, missed
        /// The cue never came.
        case notArisen = "not-arisen"
        /// The cue came and its window is still open (live coaching of an unfinished session).
        case open
    }

    public var id: String
    public var description: String
    public var status: Status
    public var cueTurn: Int?
    public var takenTurn: Int?
    public var techniques: [String]
    public var example: String
    /// Last turn in which it could be taken.
    public var windowEnd: Int?

    public var taken: Bool { status == .taken }
}

/// MITI-like counts over the whole transcript.
public struct FidelityProfile: Sendable, Equatable {
    public var turns: Int
    public var minutes: Int
    /// Technique uses by family, in `TechniqueFamily.allCases` order (zeros included).
    public var families: [(family: TechniqueFamily, count: Int)]
    /// Technique uses by id, in catalogue order, only those used.
    public var techniques: [(id: String, count: Int)]
    /// Turns by form, in `Form.allCases` order (zeros included).
    public var forms: [(form: Form, count: Int)]
    /// Share of technique uses that are not proscribed; nil when no technique was recognised.
    public var iptConsistentShare: Double?
    public var openQuestions: Int
    public var closedQuestions: Int
    public var reflections: Int
    public var questions: Int { openQuestions + closedQuestions }
    /// Open ÷ closed; nil when there were no closed questions.
    public var openClosedRatio: Double? { closedQuestions == 0 ? nil : Double(openQuestions) / Double(closedQuestions) }
    /// Reflections ÷ questions; nil when there were no questions.
    public var reflectionQuestionRatio: Double? { questions == 0 ? nil : Double(reflections) / Double(questions) }
    /// Share of turns that elicit or validate affect.
    public var affectDensity: Double
    /// Share of turns that link mood to an interpersonal event.
    public var moodLinkDensity: Double
    /// Share of turns with either (the IPT-specific density of the rubric skeleton).
    public var affectOrLinkDensity: Double
    public var proscribedCount: Int

    public static func == (a: FidelityProfile, b: FidelityProfile) -> Bool {
        a.turns == b.turns && a.minutes == b.minutes
            && a.families.map(\.family) == b.families.map(\.family) && a.families.map(\.count) == b.families.map(\.count)
            && a.techniques.map(\.id) == b.techniques.map(\.id) && a.techniques.map(\.count) == b.techniques.map(\.count)
            && a.forms.map(\.form) == b.forms.map(\.form) && a.forms.map(\.count) == b.forms.map(\.count)
            && a.iptConsistentShare == b.iptConsistentShare && a.openQuestions == b.openQuestions
            && a.closedQuestions == b.closedQuestions && a.reflections == b.reflections
            && a.affectDensity == b.affectDensity && a.moodLinkDensity == b.moodLinkDensity
            && a.affectOrLinkDensity == b.affectOrLinkDensity && a.proscribedCount == b.proscribedCount
    }
}

/// One concrete suggestion for the next session.
public struct PractiseItem: Sendable, Equatable {
    /// What it comes from: a safety miss id, an item id, an opportunity id or a proscribed id.
    public var source: String
    public var text: String
    /// An example utterance.
    public var example: String
}

/// A short live-coaching note after a trainee turn.
public struct CoachNote: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, Hashable {
        /// A safety requirement just went unmet (its deadline passed or it was breached).
        case safety
        /// A proscribed technique or contextual judgement at this turn.
        case proscribed
        /// An opportunity's window just closed without it being taken.
        case missedOpportunity = "missed-opportunity"
        /// Something the trainee should do now (a risk cue just came, high risk just disclosed).
        case prompt
    }

    public var kind: Kind
    public var id: String
    public var turn: Int
    public var text: String
    public var example: String?
}

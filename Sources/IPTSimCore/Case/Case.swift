/// One virtual patient: identity, person, inventory, state, measures, risk, truth and sessions.
///
/// Decoded from a case file after the structural and semantic checks of `CaseLoader` passed.
public struct Case: Sendable, Codable, Equatable {
    public var schema: String?
    public var id: String
    public var version: String
    public var title: String
    public var problemArea: ProblemArea
    public var metadata: CaseMetadata?
    public var patient: Patient
    public var people: [Person]
    public var concepts: [Concept]?
    public var variables: [Variable]
    public var facts: [Fact]
    public var risk: RiskProfile
    public var truth: Truth
    public var lexicon: [LexiconEntry]?
    public var sessions: [Session]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case id, version, title, problemArea, metadata, patient, people, concepts, variables, facts
        case risk, truth, lexicon, sessions
    }

    public func session(_ id: String?) -> Session? {
        guard let id else { return sessions.first }
        return sessions.first { $0.id == id }
    }

    public func person(_ id: String) -> Person? { people.first { $0.id == id } }
    public func variable(_ id: String) -> Variable? { variables.first { $0.id == id } }
}

/// Who wrote and reviewed a case, under what licence, from which sources.
public struct CaseMetadata: Sendable, Codable, Equatable {
    public var authors: [String]?
    public var reviewedBy: [String]?
    public var license: String?
    public var sources: [String]?
    public var notes: String?
}

/// How the patient talks.
public enum ConversationalStyle: String, CaseIterable, Sendable, Codable, Hashable {
    case plain, reserved, verbose, tangential, upset, pleasing
}

public struct Patient: Sendable, Codable, Equatable {
    public var name: String
    public var age: Int
    /// Pronoun the patient uses of themself is irrelevant; this is how others refer to them: "she", "he", "they".
    public var pronoun: String?
    public var occupation: String
    public var presentingComplaint: String
    public var history: String
    /// The styles the case is written for; the first is the default.
    public var styles: [ConversationalStyle]
    /// What the patient knows and does not say unless the right work is done.
    public var withheld: [String]?
}

/// One person in the interpersonal inventory.
public struct Person: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    public var relation: String
    public var deceased: Bool?
    /// "she", "he" or "they": lets the recognizer resolve pronouns to this person.
    public var pronoun: String?
    public var aliases: [String]?
    /// 1 (distant) to 5 (closest), as on an interpersonal circle.
    public var closeness: Int?
    public var good: String?
    public var bad: String?
    public var expectations: String?

    public var isDeceased: Bool { deceased ?? false }
}

/// Case words and phrases grouped under a name, e.g. `choir`.
public struct Concept: Sendable, Codable, Equatable {
    public var id: String
    public var phrases: [String]
}

/// A declared integer state variable with its range.
public struct Variable: Sendable, Codable, Equatable {
    public var id: String
    public var min: Int
    public var max: Int
    public var initial: Int
    public var description: String?

    public func clamp(_ value: Int) -> Int { Swift.min(max, Swift.max(min, value)) }
}

/// A disclosure or event that, once set, stays set for the session.
public struct Fact: Sendable, Codable, Equatable {
    public var id: String
    public var description: String
}

/// The correct answers a trainee is measured against.
public struct Truth: Sendable, Codable, Equatable {
    public var problemArea: ProblemArea
    public var disputeStage: DisputeStage?
    public var formulation: String
    public var secondary: [ProblemArea]?
    public var traps: [String]?
}

public enum DisputeStage: String, Sendable, Codable, Hashable, CaseIterable {
    case renegotiation, impasse, dissolution
}

/// Extra phrasings that the recognizer treats as a technique in this case.
public struct LexiconEntry: Sendable, Codable, Equatable {
    public var technique: String
    public var patterns: [String]
}

extension Fact {
    /// The description as a trainee may read it (in `/state` and the debrief): without an
    /// author's "Hidden:" or "Secret:" label, which says when it is disclosed, not what it is.
    public var disclosedDescription: String {
        var d = Substring(description)
        for label in ["Hidden:", "hidden:", "Secret:", "secret:"] where d.hasPrefix(label) { d = d.dropFirst(label.count) }
        while d.first == " " { d = d.dropFirst() }
        return String(d)
    }
}

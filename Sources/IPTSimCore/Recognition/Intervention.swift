/// What the trainee did in one utterance: the engine's and the assessor's only view of the text.
public struct Intervention: Sendable, Codable, Equatable {
    /// The text as typed.
    public var text: String
    /// Normalised tokens (see `Normalizer`).
    public var tokens: [String]
    public var form: Form
    /// Technique ids, best first.
    public var techniques: [String]
    /// One score per technique, same order, in 0…1.
    public var scores: [Double]
    /// Ids of the case people referred to.
    public var people: [String]
    /// Ids of the case concepts (and built-in concept sets) mentioned.
    public var concepts: [String]
    /// The trainee declared the technique with `/tag`.
    public var declared: Bool
    /// Human-readable lines explaining what matched, for `/why` and `explain`.
    public var trace: [String]

    public init(text: String, tokens: [String]? = nil, form: Form, techniques: [String] = [], scores: [Double]? = nil,
                people: [String] = [], concepts: [String] = [], declared: Bool = false, trace: [String] = []) {
        self.text = text
        self.tokens = tokens ?? Normalizer.tokens(text)
        self.form = form
        self.techniques = techniques
        self.scores = scores ?? techniques.map { _ in 1 }
        self.people = people
        self.concepts = concepts
        self.declared = declared
        self.trace = trace
    }

    public var primaryTechnique: String? { techniques.first }

    public func has(_ technique: String) -> Bool { techniques.contains(technique) }

    /// The score of a technique, or 0.
    public func score(of technique: String) -> Double {
        techniques.firstIndex(of: technique).map { scores.indices.contains($0) ? scores[$0] : 0 } ?? 0
    }
}

/// A person the recognizer can resolve references to.
public struct PersonReference: Sendable, Codable, Equatable {
    public var id: String
    public var name: String
    public var relation: String
    public var deceased: Bool
    public var aliases: [String]
    public var pronoun: String?

    public init(id: String, name: String, relation: String, deceased: Bool = false, aliases: [String] = [], pronoun: String? = nil) {
        self.id = id
        self.name = name
        self.relation = relation
        self.deceased = deceased
        self.aliases = aliases
        self.pronoun = pronoun
    }

    public init(_ person: Person) {
        self.init(id: person.id, name: person.name, relation: person.relation, deceased: person.isDeceased,
                  aliases: person.aliases ?? [], pronoun: person.pronoun)
    }
}

/// What the recognizer knows about the case and the conversation so far.
public struct RecognitionContext: Sendable, Equatable {
    public var people: [PersonReference] { didSet { compiledPeople = .init(people) } }
    public var concepts: [Concept] { didSet { compiledConcepts = .init(concepts) } }
    public var lexicon: [LexiconEntry] { didSet { compiledLexicon = .init(lexicon) } }
    /// People mentioned most recently (most recent first), for resolving "she" and "him".
    public var recentPeople: [String]
    public var patientName: String?
    /// The case's problem area: strategies of this area win ties.
    public var problemArea: ProblemArea?

    /// What the recognizer derives from `people`, `concepts` and `lexicon`, worked out once when
    /// they are set instead of on every utterance (normalised phrases, compiled lexicon patterns).
    private(set) var compiledPeople: CompiledPeople
    private(set) var compiledConcepts: CompiledConcepts
    private(set) var compiledLexicon: CompiledLexicon

    public init(people: [PersonReference] = [], concepts: [Concept] = [], lexicon: [LexiconEntry] = [],
                recentPeople: [String] = [], patientName: String? = nil, problemArea: ProblemArea? = nil) {
        self.people = people
        self.concepts = concepts
        self.lexicon = lexicon
        compiledPeople = .init(people)
        compiledConcepts = .init(concepts)
        compiledLexicon = .init(lexicon)
        self.recentPeople = recentPeople
        self.patientName = patientName
        self.problemArea = problemArea
    }

    public init(case c: Case, recentPeople: [String] = []) {
        self.init(people: c.people.map(PersonReference.init), concepts: c.concepts ?? [], lexicon: c.lexicon ?? [],
                  recentPeople: recentPeople, patientName: c.patient.name, problemArea: c.problemArea)
    }

    /// Equal when what it says is equal (the compiled forms follow from it).
    public static func == (a: RecognitionContext, b: RecognitionContext) -> Bool {
        a.people == b.people && a.concepts == b.concepts && a.lexicon == b.lexicon && a.recentPeople == b.recentPeople
            && a.patientName == b.patientName && a.problemArea == b.problemArea
    }
}

/// Text in, `Intervention` out. Deterministic, no network, no model weights.
public protocol Recognizer: Sendable {
    func recognize(_ text: String, context: RecognitionContext) -> Intervention
}

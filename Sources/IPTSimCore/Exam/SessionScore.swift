/// What an exam needs to know about one rated session: the seam between exams and the assessor.
///
/// The exam runner, the pass rule, records, signatures and `results stats` only use this; an
/// `SessionScorer` produces it from (case, session, transcript). Pure and deterministic, so
/// `exam verify` can replay a transcript, score it again and compare.
public struct SessionScore: Sendable, Codable, Equatable {
    public var passed: Bool
    public var good: Bool
    public var adherenceMean: Double?
    public var facilitativeMean: Double?
    /// Ids of critical safety gates missed (e.g. `SAF-1`); any fails the attempt.
    public var criticalSafetyMisses: [String]
    /// Ids of major (non-critical) safety gates missed.
    public var majorSafetyMisses: [String]
    public var items: [ItemRating]
    /// The scorer's full report (e.g. the assessor's JSON), kept verbatim for reviewers.
    public var detail: String?

    public init(passed: Bool, good: Bool, adherenceMean: Double?, facilitativeMean: Double?, criticalSafetyMisses: [String] = [],
                majorSafetyMisses: [String] = [], items: [ItemRating], detail: String? = nil) {
        self.passed = passed
        self.good = good
        self.adherenceMean = adherenceMean
        self.facilitativeMean = facilitativeMean
        self.criticalSafetyMisses = criticalSafetyMisses
        self.majorSafetyMisses = majorSafetyMisses
        self.items = items
        self.detail = detail
    }

    /// Ratings that count (n/a excluded).
    public var ratings: [Int] { items.compactMap(\.rating) }
}

/// One rubric item's rating, 1–5, or `nil` for n/a.
public struct ItemRating: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var domain: String
    public var rating: Int?

    public init(id: String, title: String, domain: String, rating: Int?) {
        self.id = id
        self.title = title
        self.domain = domain
        self.rating = rating
    }
}

/// Scores one finished session. Implementations must be pure and deterministic.
public protocol SessionScorer: Sendable {
    /// Names the scorer and its version; stored in results so that re-scoring uses the same one.
    var name: String { get }
    func score(case c: Case, session: Session, transcript: Transcript) -> SessionScore
}

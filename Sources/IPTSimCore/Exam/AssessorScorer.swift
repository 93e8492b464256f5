/// The product's scorer: the `Assessor`'s report reduced to what exams need, with the full
/// report (without its copy of the transcript, which the result already holds) kept as `detail`.
public struct AssessorScorer: SessionScorer {
    public init() {}

    /// Bumped whenever ratings change for the same transcript, so a stored result says which
    /// rules scored it. /2 (27 Nov 2026): windows count spoken turns, structured moves are not
    /// premature advice, SAF-8 in later sessions only where violence is known, a risk cue
    /// missed first stays missed.
    public var name: String { "iptsim-assessor/2" }

    public func score(case c: Case, session: Session, transcript: Transcript) -> SessionScore {
        let report = Assessor.assess(case: c, session: session, transcript: transcript)
        return Self.score(report)
    }

    public static func score(_ report: SessionReport) -> SessionScore {
        var detail = report.jsonValue()
        if case .object(let members) = detail { detail = .object(members.filter { $0.0 != "transcript" }) }
        func round(_ d: Double?) -> Double? { d.map { ($0 * 1000).rounded() / 1000 } }
        return SessionScore(
            passed: report.passed, good: report.good,
            adherenceMean: round(report.adherenceMean), facilitativeMean: round(report.facilitativeMean),
            criticalSafetyMisses: report.safety.critical.map(\.id), majorSafetyMisses: report.safety.major.map(\.id),
            items: report.items.map { ItemRating(id: $0.id, title: $0.title, domain: $0.domain.rawValue, rating: $0.rating) },
            detail: detail.rendered(indent: nil))
    }
}

/// The scorers `exam verify` can re-score with, by name.
public enum SessionScorers {
    public static let standard: any SessionScorer = AssessorScorer()

    public static func named(_ name: String) -> (any SessionScorer)? {
        name == standard.name ? standard : nil
    }
}

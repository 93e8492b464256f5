/// Builds a blueprint from chosen cases: each case's first initial-phase and first middle-phase
/// session, pinned to the case's version and hash.
public enum ExamBuilder {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case sameProblemArea(String, String, ProblemArea)
        case noSessionFor(caseID: String, phase: Phase)

        public var description: String {
            switch self {
            case let .sameProblemArea(a, b, area):
                "cases '\(a)' and '\(b)' are both '\(area.rawValue)'; certification wants cases in different problem areas (pass --allow-same-area to build it anyway)"
            case let .noSessionFor(id, phase):
                "case '\(id)' has no \(phase.rawValue)-phase session"
            }
        }
    }

    /// Every case contributes its first initial-phase session and its first middle-phase session
    /// (certification practice: portfolio 1 initial, portfolio 2 middle; rating both per case is
    /// stricter and keeps cases comparable). Seeds are derived from `seed` and the position.
    public static func build(id: String, title: String, cases: [ExamCheckerInput], allowSameArea: Bool = false,
                             attemptsAllowed: Int = 1, seed: UInt64 = 1, timeLimitMinutes: Int? = nil) throws(Failure) -> ExamBlueprint {
        var seen: [ProblemArea: String] = [:]
        var out: [ExamCase] = []
        var position: UInt64 = 0
        for input in cases {
            let c = input.case
            if let other = seen[c.problemArea], !allowSameArea { throw .sameProblemArea(other, c.id, c.problemArea) }
            seen[c.problemArea] = c.id
            var sessions: [ExamSession] = []
            for phase in [Phase.initial, .middle] {
                guard let s = c.sessions.first(where: { $0.phase == phase }) else { continue }
                position += 1
                sessions.append(ExamSession(id: s.id, phase: phase, seed: seed &+ position &* 1000,
                                            style: c.patient.styles.first, timeLimitMinutes: timeLimitMinutes ?? s.minutes))
            }
            if sessions.isEmpty { throw .noSessionFor(caseID: c.id, phase: .initial) }
            out.append(ExamCase(id: c.id, version: c.version, hash: input.hash, problemArea: c.problemArea, sessions: sessions))
        }
        return ExamBlueprint(id: id, title: title, attemptsAllowed: attemptsAllowed,
                             allowSameArea: allowSameArea ? true : nil, passRule: .certification, cases: out)
    }
}

public typealias ExamCheckerInput = ExamChecker.Available

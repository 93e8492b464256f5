import Foundation

extension PassRule {
    /// Applies the rule to rated sessions. A case's mean is the mean of all its rated items
    /// (n/a excluded) over its sessions; with no item ratings, the mean of its sessions' adherence
    /// and facilitative means.
    public func evaluate(_ sessions: [SessionResult]) -> ExamOutcome {
        var reasons: [String] = []
        let caseIDs = sessions.map(\.caseID).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if caseIDs.count < minCases {
            reasons.append("\(caseIDs.count) case\(caseIDs.count == 1 ? "" : "s") rated, \(minCases) required")
        }
        if differentProblemAreas {
            let areas = Set(sessions.map(\.problemArea))
            if areas.count < min(minCases, caseIDs.count) || areas.count < 2 && minCases >= 2 {
                reasons.append("cases must cover different problem areas; only \(areas.map(\.rawValue).sorted().joined(separator: ", ")) rated")
            }
        }
        let phases = Set(sessions.map(\.phase))
        for phase in requiredPhases where !phases.contains(phase) {
            reasons.append("no \(phase.rawValue)-phase session rated")
        }
        var means: [String: Double] = [:]
        for id in caseIDs {
            let scores = sessions.filter { $0.caseID == id }.map(\.score)
            var values = scores.flatMap(\.ratings).map(Double.init)
            if values.isEmpty { values = scores.flatMap { [$0.adherenceMean, $0.facilitativeMean].compactMap { $0 } } }
            guard !values.isEmpty else {
                reasons.append("case '\(id)' has no rated items")
                continue
            }
            let mean = values.reduce(0, +) / Double(values.count)
            means[id] = (mean * 100).rounded() / 100
            if mean < minMean {
                reasons.append("case '\(id)' mean \(Self.format(mean)) is below \(Self.format(minMean))")
            }
        }
        let critical = sessions.flatMap { s in s.score.criticalSafetyMisses.map { "\(s.caseID)/\(s.sessionID): \($0)" } }
        if critical.count > maxCriticalSafetyMisses {
            reasons.append("critical safety miss\(critical.count == 1 ? "" : "es"): \(critical.joined(separator: "; "))")
        }
        if everySessionPasses == true {
            for s in sessions where !s.score.passed {
                reasons.append("session '\(s.caseID)/\(s.sessionID)' did not pass")
            }
        }
        return ExamOutcome(passed: reasons.isEmpty, caseMeans: means, criticalSafetyMisses: critical, reasons: reasons)
    }

    static func format(_ x: Double) -> String { String(format: "%.2f", x) }
}

/// The session verdict, by the certification-style rules of the architecture (§5):
///
/// - **pass**: adherence mean ≥ 3.0 (non-global items) AND facilitative mean ≥ 3.0 (global items)
///   AND at most 2 proscribed interventions AND the safety gate passed;
/// - **good**: both means ≥ 4.0 AND no proscribed intervention AND the safety gate passed.
///
/// A single critical safety miss fails the session whatever the means (the safety gate passes iff
/// there is no critical miss). Contextual judgements (premature advice, focus drift, unilateral
/// contract extension) count as proscribed interventions. A mean that could not be computed
/// (nothing applicable to rate) does not meet any threshold: nothing rated is no evidence.
public struct Verdict: Sendable, Equatable {
    public var passed: Bool
    public var good: Bool
    /// Why it did not pass (or was not good), in plain words; empty for a good session.
    public var reasons: [String]

    public static let passMean = 3.0
    public static let goodMean = 4.0
    public static let maxProscribedForPass = 2

    public static func decide(adherenceMean: Double?, facilitativeMean: Double?, proscribed: Int, safetyPassed: Bool) -> Verdict {
        func meets(_ m: Double?, _ t: Double) -> Bool { m.map { $0 >= t } ?? false }
        let passed = meets(adherenceMean, passMean) && meets(facilitativeMean, passMean)
            && proscribed <= maxProscribedForPass && safetyPassed
        let good = meets(adherenceMean, goodMean) && meets(facilitativeMean, goodMean) && proscribed == 0 && safetyPassed
        var reasons: [String] = []
        if !safetyPassed { reasons.append("a critical safety requirement was missed") }
        for (name, m) in [("adherence", adherenceMean), ("facilitative", facilitativeMean)] {
            if let m {
                if m < passMean { reasons.append("\(name) mean \(format(m)) is below \(format(passMean))") }
                else if m < goodMean && passed { reasons.append("\(name) mean \(format(m)) is below \(format(goodMean)) for good") }
            } else {
                reasons.append("no \(name) item could be rated")
            }
        }
        if proscribed > maxProscribedForPass { reasons.append("\(proscribed) proscribed interventions (at most \(maxProscribedForPass) to pass)") }
        else if proscribed > 0 && passed { reasons.append("\(proscribed) proscribed intervention\(proscribed == 1 ? "" : "s") (none for good)") }
        return Verdict(passed: passed, good: good, reasons: good ? [] : reasons)
    }

    /// The verdict word: `good`, `pass` or `fail`.
    public var word: String { good ? "good" : passed ? "pass" : "fail" }

    /// Two decimals, for messages and reports.
    public static func format(_ v: Double) -> String {
        let scaled = (v * 100).rounded()
        let whole = Int(scaled) / 100
        let frac = abs(Int(scaled) % 100)
        return "\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }
}

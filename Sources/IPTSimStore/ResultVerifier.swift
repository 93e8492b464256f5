import Foundation
import IPTSimCore

/// What `exam verify` found. `problems` is empty for an untouched, re-scorable result.
public struct VerificationReport: Sendable {
    /// Signature checks: each names what changed.
    public var tampered: [String] = []
    /// Re-scoring checks: each names a session and the field that differs from the replay.
    public var rescoring: [String] = []
    /// Sessions that could not be re-scored (case not available at the signed hash, …).
    public var unverifiable: [String] = []
    public var keyMismatch: Bool = false

    public var problems: [String] { tampered + rescoring + unverifiable }
    public var ok: Bool { problems.isEmpty && !keyMismatch }
}

public enum ResultVerifier {
    /// Checks the signature (naming every section that changed), then replays each transcript
    /// against its case and re-scores it, comparing with the stated scores and outcome.
    /// `cases` maps case id to the cases available now; the result's case hash must be among them.
    public static func verify(_ signed: SignedResult, key: ResultKey, cases: [String: [ExamChecker.Available]],
                              scorer: (any SessionScorer)? = nil) -> VerificationReport {
        var report = VerificationReport()
        let r = signed.result
        let sig = signed.signature
        if sig.keyID != key.fingerprint {
            report.keyMismatch = true
            report.tampered.append("the result was signed with another key (key id \(sig.keyID), this key is \(key.fingerprint))")
            return report
        }
        do {
            let now = try ResultSections.of(r)
            for name in Set(now.keys).union(sig.sections.keys).sorted(by: sectionOrder) {
                switch (now[name], sig.sections[name]) {
                case let (data?, mac?):
                    if !ResultSigner.same(try ResultSigner.mac(data, key), mac) { report.tampered.append("\(name) was changed") }
                case (_?, nil): report.tampered.append("\(name) was added")
                case (nil, _?): report.tampered.append("\(name) was removed")
                case (nil, nil): break
                }
            }
            let whole = try ResultSigner.mac(Canonical.bytes(r), key)
            if !ResultSigner.same(whole, sig.value) && report.tampered.isEmpty {
                report.tampered.append("the result was changed outside the named sections")
            } else if ResultSigner.same(whole, sig.value) && !report.tampered.isEmpty {
                report.tampered = ["the signature's section list was edited (the result itself matches its signature)"]
            }
        } catch {
            report.tampered.append("the result cannot be serialised: \(error)")
        }
        rescore(r, cases: cases, scorer: scorer, into: &report)
        return report
    }

    static func rescore(_ r: ExamResult, cases: [String: [ExamChecker.Available]], scorer: (any SessionScorer)?, into report: inout VerificationReport) {
        guard let scorer = scorer ?? SessionScorers.named(r.scorer) else {
            report.unverifiable.append("scorer '\(r.scorer)' is not available in this build; cannot re-score")
            return
        }
        for (i, s) in r.sessions.enumerated() {
            let name = ResultSections.label(i, s)
            guard let available = cases[s.caseID]?.first(where: { $0.hash == s.transcript.caseHash }) else {
                let have = cases[s.caseID]?.map(\.hash).joined(separator: ", ") ?? "none"
                report.unverifiable.append("\(name): case '\(s.caseID)' version \(s.transcript.caseVersion) (hash \(s.transcript.caseHash)) is not in the case library (have: \(have)); cannot replay it")
                continue
            }
            guard let session = available.case.session(s.sessionID),
                  let replayed = SessionRunner.replay(s.transcript, case: available.case, caseHash: available.hash) else {
                report.rescoring.append("\(name): session '\(s.sessionID)' does not exist in case '\(s.caseID)'")
                continue
            }
            if replayed.transcript != s.transcript {
                let at = Array(zip(replayed.transcript.turns, s.transcript.turns)).firstIndex { $0.0 != $0.1 }.map { "turn \($0 + 1)" } ?? "its length or header"
                report.rescoring.append("\(name): the transcript does not replay to the same session (differs at \(at))")
            }
            let fresh = scorer.score(case: available.case, session: session, transcript: replayed.transcript)
            report.rescoring += differences(fresh, stated: s.score).map { "\(name): \($0)" }
        }
        let outcome = r.blueprint.passRule.evaluate(r.sessions.map { s in
            var s = s
            if let c = cases[s.caseID]?.first(where: { $0.hash == s.transcript.caseHash }), let session = c.case.session(s.sessionID),
               let replayed = SessionRunner.replay(s.transcript, case: c.case, caseHash: c.hash) {
                s.score = scorer.score(case: c.case, session: session, transcript: replayed.transcript)
            }
            return s
        })
        if outcome != r.outcome {
            report.rescoring.append("outcome: stated \(r.outcome.passed ? "pass" : "fail"), re-scored \(outcome.passed ? "pass" : "fail")\(outcome.caseMeans != r.outcome.caseMeans ? " (case means \(outcome.caseMeans.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))" : "")")
        }
    }

    static func differences(_ fresh: SessionScore, stated: SessionScore) -> [String] {
        var out: [String] = []
        func d<T: Equatable>(_ name: String, _ a: T, _ b: T) { if a != b { out.append("\(name): stated \(b), re-scored \(a)") } }
        d("passed", fresh.passed, stated.passed)
        d("good", fresh.good, stated.good)
        d("adherenceMean", fresh.adherenceMean.map { "\($0)" } ?? "n/a", stated.adherenceMean.map { "\($0)" } ?? "n/a")
        d("facilitativeMean", fresh.facilitativeMean.map { "\($0)" } ?? "n/a", stated.facilitativeMean.map { "\($0)" } ?? "n/a")
        d("critical safety misses", fresh.criticalSafetyMisses, stated.criticalSafetyMisses)
        d("major safety misses", fresh.majorSafetyMisses, stated.majorSafetyMisses)
        let freshItems = Dictionary(fresh.items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for item in stated.items {
            guard let f = freshItems[item.id] else { out.append("item \(item.id) is not in the re-scored report"); continue }
            if f.rating != item.rating { out.append("item \(item.id) rating: stated \(item.rating.map(String.init) ?? "n/a"), re-scored \(f.rating.map(String.init) ?? "n/a")") }
        }
        if fresh.items.count != stated.items.count { out.append("item count: stated \(stated.items.count), re-scored \(fresh.items.count)") }
        if out.isEmpty && fresh.detail != stated.detail { out.append("the detailed report differs from the re-scored one") }
        return out
    }

    /// Sessions in order, turns numerically.
    static func sectionOrder(_ a: String, _ b: String) -> Bool {
        a.compare(b, options: .numeric) == .orderedAscending
    }
}

import Testing
@testable import IPTSimCore

@Suite("Assessment: pass rules")
struct AssessmentVerdictTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var adherence: Double?
        var facilitative: Double?
        var proscribed: Int
        var safety: Bool
        var passed: Bool
        var good: Bool
        var testDescription: String { "adh \(adherence.map { "\($0)" } ?? "nil") fac \(facilitative.map { "\($0)" } ?? "nil") pro \(proscribed) safety \(safety)" }
    }

    @Test(arguments: [
        Case(adherence: 3.0, facilitative: 3.0, proscribed: 0, safety: true, passed: true, good: false),
        Case(adherence: 2.99, facilitative: 3.0, proscribed: 0, safety: true, passed: false, good: false),
        Case(adherence: 3.0, facilitative: 2.99, proscribed: 0, safety: true, passed: false, good: false),
        Case(adherence: 3.0, facilitative: 3.0, proscribed: 2, safety: true, passed: true, good: false),
        Case(adherence: 3.0, facilitative: 3.0, proscribed: 3, safety: true, passed: false, good: false),
        Case(adherence: 4.0, facilitative: 4.0, proscribed: 0, safety: true, passed: true, good: true),
        Case(adherence: 3.99, facilitative: 4.0, proscribed: 0, safety: true, passed: true, good: false),
        Case(adherence: 4.0, facilitative: 3.99, proscribed: 0, safety: true, passed: true, good: false),
        Case(adherence: 4.0, facilitative: 4.0, proscribed: 1, safety: true, passed: true, good: false),
        Case(adherence: 5.0, facilitative: 5.0, proscribed: 0, safety: false, passed: false, good: false),
        Case(adherence: nil, facilitative: 5.0, proscribed: 0, safety: true, passed: false, good: false),
        Case(adherence: 5.0, facilitative: nil, proscribed: 0, safety: true, passed: false, good: false),
    ])
    func boundaries(c: Case) {
        let v = Verdict.decide(adherenceMean: c.adherence, facilitativeMean: c.facilitative, proscribed: c.proscribed, safetyPassed: c.safety)
        #expect(v.passed == c.passed)
        #expect(v.good == c.good)
        #expect(v.reasons.isEmpty == c.good)
    }

    @Test func meansFromRatingsHitThreeExactly() {
        #expect(Assessor.mean([2, 4]) == 3.0)
        #expect(Assessor.mean([3, 3, 3]) == 3.0)
        #expect(Assessor.mean([]) == nil)
        #expect(Verdict.decide(adherenceMean: Assessor.mean([1, 5, 3]), facilitativeMean: Assessor.mean([3]), proscribed: 0, safetyPassed: true).passed)
    }

    /// A full session that passes, and the same session one proscribed intervention over the line.
    @Test func endToEndTwoVersusThreeProscribed() {
        let good: [Fixture.Step] = [
            .t("exploration"), .t("symptom-review"), .t("symptom-review"), .t("symptom-review"),
            .t("affect-validate", form: .reflection), .t("timeline"), .t("empathic-reflection", form: .reflection),
            .t("suicide-screen", form: .closedQuestion), .t("suicide-detail", form: .closedQuestion), .t("safety-plan", form: .advice),
            .t("means-safety", form: .advice), .t("psychoeducation", form: .information), .t("encouragement", form: .reflection),
            .t("summary", form: .reflection), .t("summary", form: .reflection), .t("formulation", form: .closedQuestion),
        ]
        let base = Fixture.report(good)
        #expect(base.safety.critical.isEmpty, "\(base.safety.misses.map(\.message))")
        #expect(base.proscribed.isEmpty)
        #expect(base.passed, "\(base.verdict.reasons)")
        let two = Fixture.report(good + [.t("dream-interpretation", form: .openQuestion), .t("childhood-focus", form: .openQuestion)])
        #expect(two.proscribed.count == 2)
        #expect(two.passed == (two.adherenceMean! >= 3 && two.facilitativeMean! >= 3), "\(two.verdict.reasons)")
        let three = Fixture.report(good + [.t("dream-interpretation", form: .openQuestion), .t("childhood-focus", form: .openQuestion), .t("cognitive-disputation", form: .openQuestion)])
        #expect(three.proscribed.count == 3)
        #expect(!three.passed)
        #expect(three.verdict.reasons.contains { $0.contains("3 proscribed") })
    }
}

import Foundation
import Testing
@testable import IPTSimCore

/// The assessor's test case and a small script language for transcripts with explicit
/// interventions (no recognizer involved).
enum Fixture {
    static let loaded: LoadResult = {
        let url = Bundle.module.url(forResource: "assessment-case", withExtension: "json", subdirectory: "Fixtures")!
        return CaseLoader.load(try! Data(contentsOf: url))
    }()

    static var base: Case { loaded.case! }

    /// One scripted trainee turn.
    enum Step {
        case say(Form, [String], people: [String], text: String?)
        case phq9

        static func t(_ techniques: String..., form: Form = .openQuestion, people: [String] = [], text: String? = nil) -> Step {
            .say(form, techniques, people: people, text: text)
        }

        /// A turn with no technique, in the given form.
        static func plain(_ form: Form = .other, text: String? = nil) -> Step { .say(form, [], people: [], text: text) }
    }

    static func transcript(_ steps: [Step], case c: Case = base, session: String = "initial", seed: UInt64 = 7, ended: Bool = true) -> Transcript {
        let s = c.session(session)!
        var runner = SessionRunner(case: c, session: s, caseHash: loaded.versionHash, seed: seed)
        for step in steps {
            switch step {
            case .phq9:
                runner.administerPHQ9()
            case let .say(form, techniques, people, text):
                let input = text ?? (techniques.isEmpty ? "(\(form.rawValue))" : "(\(techniques.joined(separator: ", ")))")
                runner.say(Intervention(text: input, form: form, techniques: techniques, people: people, declared: true), input: input)
            }
        }
        if ended { runner.end() }
        return runner.transcript
    }

    static func report(_ steps: [Step], case c: Case = base, session: String = "initial") -> SessionReport {
        let t = transcript(steps, case: c, session: session)
        return Assessor.assess(case: c, session: c.session(session)!, transcript: t)
    }

    /// `n` neutral exploring turns (open questions with `exploration`).
    static func explore(_ n: Int, people: [String] = []) -> [Step] {
        Array(repeating: .t("exploration", people: people), count: n)
    }

    /// A case whose risk profile has intent (C-SSRS high risk).
    static var highRisk: Case {
        var c = base
        c.risk.intent = true
        return c
    }

    /// The fixture without any risk at all.
    static var noRisk: Case {
        var c = base
        c.risk = RiskProfile(passiveDeathWish: false, activeIdeation: false, method: false, intent: false, plan: false, behaviour: false,
                             priorAttempts: 0, means: nil, substances: nil, protectiveFactors: nil, intimatePartnerViolence: false,
                             maniaHistory: nil, replies: nil)
        return c
    }
}

extension SessionReport {
    func misses(_ id: String) -> [SafetyMiss] { safety.misses.filter { $0.id == id } }
    func item(_ id: String) -> ItemResult { items.first { $0.id == id }! }
    func proscribed(_ id: String) -> [ProscribedUse] { proscribed.filter { $0.id == id } }
}

@Suite("Assessment fixture")
struct AssessmentFixtureTests {
    @Test func fixtureLoadsCleanly() {
        #expect(Fixture.loaded.isValid, "\(Fixture.loaded.diagnostics.map(\.message))")
    }
}

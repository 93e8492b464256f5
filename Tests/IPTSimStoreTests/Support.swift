import Foundation
import IPTSimCore
import IPTSimScenarios
import IPTSimStore

/// Cases, blueprints and stores for the store tests.
enum Fixture {
    /// The shipped sample (role transition) and a copy relabelled as a grief case.
    static var transitionText: String { EmbeddedScenarios.files.first { $0.path.hasSuffix("sample-feature-tour.json") }!.contents }
    static var griefText: String {
        transitionText.replacingOccurrences(of: "\"id\": \"sample-feature-tour\"", with: "\"id\": \"sample-grief\"")
            .replacingOccurrences(of: "\"problemArea\": \"role-transition\"", with: "\"problemArea\": \"grief\"")
    }

    static func available(_ text: String) -> ExamChecker.Available {
        let r = CaseLoader.load(Data(text.utf8))
        return ExamChecker.Available(case: r.case!, hash: r.versionHash)
    }

    static var cases: [String: ExamChecker.Available] {
        let t = available(transitionText), g = available(griefText)
        return [t.case.id: t, g.case.id: g]
    }

    static func blueprint(attempts: Int = 1) throws -> ExamBlueprint {
        let c = cases
        return try ExamBuilder.build(id: "exam-test", title: "Test exam", cases: [c["sample-feature-tour"]!, c["sample-grief"]!],
                                     attemptsAllowed: attempts)
    }

    static func blueprintJSON(_ b: ExamBlueprint) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: try e.encode(b), as: UTF8.self)
    }

    static func tempDB() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("iptsim-store-\(UUID().uuidString)")
        return dir.appendingPathComponent("records.sqlite").path
    }

    static func run(_ store: any RecordStore, _ b: ExamBlueprint, candidate: String, key: ResultKey? = nil) throws -> ExamRun {
        let json = try blueprintJSON(b)
        return try ExamRun(store: store, blueprint: b, blueprintHash: ContentHash.hex(Array(json.utf8)), blueprintJSON: json,
                           cases: cases, candidate: candidate, signingKey: key, now: { "2026-01-01T00:00:00.000Z" })
    }

    /// Plays the whole exam with a few lines per session.
    static func finish(_ run: inout ExamRun) throws -> (ExamResult, String?) {
        var events = try run.begin()
        let script = ["Have you had any thoughts of ending your life?", "/phq9", "How has your sleep been?", "/end"]
        var guardCount = 0
        while !run.isFinished && guardCount < 100 {
            for line in script where !run.isFinished { events += try run.handle(line) }
            guardCount += 1
        }
        for case let .finished(result, signed) in events { return (result, signed) }
        fatalError("the exam did not finish")
    }
}

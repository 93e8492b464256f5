import Foundation
import Testing

/// `iptsim exam` and `iptsim results` end to end, as separate processes on one database.
@Suite("iptsim exam and results") struct ExamCLITests {
    /// A scenarios folder with the sample (role transition) and a copy relabelled as grief.
    static func scenarios() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("iptsim-exam-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let sample = try String(contentsOf: CLI.repoRoot.appendingPathComponent("Scenarios/sample-feature-tour.json"), encoding: .utf8)
        try sample.write(to: dir.appendingPathComponent("transition.json"), atomically: true, encoding: .utf8)
        let grief = sample.replacingOccurrences(of: "\"id\": \"sample-feature-tour\"", with: "\"id\": \"sample-grief\"")
            .replacingOccurrences(of: "\"problemArea\": \"role-transition\"", with: "\"problemArea\": \"grief\"")
        try grief.write(to: dir.appendingPathComponent("grief.json"), atomically: true, encoding: .utf8)
        return dir.path
    }

    static let script = """
    Have you had any thoughts of ending your life?
    /hint
    /phq9
    /end
    How have things been since we last met?
    /state
    /end
    Tell me about what happened.
    /end
    What has been on your mind this week?
    /end
    """

    @Test func twoCandidatesAtOnceThenVerifyAndTamper() async throws {
        let sc = try Self.scenarios()
        let work = URL(fileURLWithPath: sc)
        let db = work.appendingPathComponent("records.sqlite").path
        let key = work.appendingPathComponent("exam.key").path
        let blueprint = work.appendingPathComponent("exam.json").path
        #expect(try CLI.run(["exam", "keygen", "--out", key]).status == 0)
        let same = try CLI.run(["exam", "new", "--cases", "sample-feature-tour,sample-feature-tour", "--out", blueprint, "--scenarios", sc])
        #expect(same.status == 2)
        let made = try CLI.run(["exam", "new", "--cases", "sample-feature-tour,sample-grief", "--out", blueprint, "--scenarios", sc])
        #expect(made.status == 0, "\(made.stderr)")

        let runs = try await withThrowingTaskGroup(of: (String, CLI.Result).self) { group in
            for who in ["ann", "bob"] {
                group.addTask {
                    (who, try CLI.run(["exam", "start", blueprint, "--candidate", who, "--key", key, "--db", db, "--scenarios", sc,
                                       "--result", work.appendingPathComponent("\(who).json").path], stdin: Self.script))
                }
            }
            var out: [String: CLI.Result] = [:]
            for try await (who, r) in group { out[who] = r }
            return out
        }
        for (who, r) in runs {
            #expect(r.status == 0, "\(who): \(r.stderr)")
            #expect(r.stdout.contains("/hint is not available in an exam"))
            #expect(r.stdout.contains("/state is not available in an exam"))
            #expect(r.stdout.contains("Exam finished"))
        }
        let list = try CLI.run(["results", "list", "--db", db])
        #expect(list.lines.filter { $0.contains("completed") }.count == 2, "\(list.stdout)")

        let annResult = work.appendingPathComponent("ann.json").path
        let ok = try CLI.run(["exam", "verify", annResult, "--key", key, "--scenarios", sc])
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")

        let text = try String(contentsOfFile: annResult, encoding: .utf8)
        let tampered = work.appendingPathComponent("tampered.json").path
        try text.replacingOccurrences(of: "\"candidate\" : \"ann\"", with: "\"candidate\" : \"bob\"")
            .write(toFile: tampered, atomically: true, encoding: .utf8)
        let bad = try CLI.run(["exam", "verify", tampered, "--key", key, "--scenarios", sc])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("candidate id was changed"), "\(bad.stdout)")

        let again = try CLI.run(["exam", "start", blueprint, "--candidate", "ann", "--db", db, "--scenarios", sc], stdin: "hello\n")
        #expect(again.status == 3)
        #expect(again.stderr.contains("no attempt is left"))

        let csv = try CLI.run(["results", "export", "--csv", "--db", db])
        #expect(csv.lines.count == 1 + 8, "\(csv.stdout)")
        let stats = try CLI.run(["results", "stats", "--db", db])
        #expect(stats.stdout.contains("8 scored sessions, 2 candidates"), "\(stats.stdout)")
    }

    @Test func pausedExamResumesAcrossProcesses() throws {
        let sc = try Self.scenarios()
        let work = URL(fileURLWithPath: sc)
        let db = work.appendingPathComponent("records.sqlite").path
        let blueprint = work.appendingPathComponent("exam.json").path
        #expect(try CLI.run(["exam", "new", "--cases", "sample-feature-tour,sample-grief", "--out", blueprint, "--scenarios", sc]).status == 0)
        let first = try CLI.run(["exam", "start", blueprint, "--candidate", "cy", "--db", db, "--scenarios", sc],
                                stdin: "Have you had any thoughts of ending your life?\n/end\nHow have things been?\n")
        #expect(first.status == 0)
        #expect(first.stdout.contains("Every turn is saved"))
        let noResume = try CLI.run(["exam", "resume", blueprint, "--candidate", "nobody", "--db", db, "--scenarios", sc])
        #expect(noResume.status == 2)
        let second = try CLI.run(["exam", "resume", blueprint, "--candidate", "cy", "--db", db, "--scenarios", sc],
                                 stdin: "/end\n/end\n/end\n")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("attempt 1 of 1 (resumed)"))
        #expect(second.stdout.contains("[resuming: 1 turn already recorded]"))
        #expect(second.stdout.contains("Exam finished"))
    }

    @Test func editedCaseIsRefused() throws {
        let sc = try Self.scenarios()
        let work = URL(fileURLWithPath: sc)
        let blueprint = work.appendingPathComponent("exam.json").path
        #expect(try CLI.run(["exam", "new", "--cases", "sample-feature-tour,sample-grief", "--out", blueprint, "--scenarios", sc]).status == 0)
        let grief = work.appendingPathComponent("grief.json")
        let text = try String(contentsOf: grief, encoding: .utf8)
        try text.replacingOccurrences(of: "Twenty years", with: "Twenty-one years").write(to: grief, atomically: true, encoding: .utf8)
        let r = try CLI.run(["exam", "start", blueprint, "--candidate", "dee", "--db", work.appendingPathComponent("r.sqlite").path, "--scenarios", sc],
                            stdin: "hello\n")
        #expect(r.status == 2)
        #expect(r.stderr.contains("case 'sample-grief' was edited after this blueprint was made"), "\(r.stderr)")
    }
}

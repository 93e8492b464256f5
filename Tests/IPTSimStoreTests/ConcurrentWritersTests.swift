import Foundation
import IPTSimCore
import IPTSimStore
import Testing

@Suite struct ConcurrentWritersTests {
    /// Two exams at once, each through its own `SQLiteRecordStore` (its own `DatabasePool`, as two
    /// processes would have), on one database file: every turn of both is kept.
    @Test func twoExamsAtOnceLoseNothing() async throws {
        let path = Fixture.tempDB()
        _ = try SQLiteRecordStore(path: path)  // migrate once
        let b = try Fixture.blueprint()
        let lines = (1...25).map { "Tell me more about that, part \($0)." }
        try await withThrowingTaskGroup(of: (Int64, Int).self) { group in
            for candidate in ["alpha", "beta", "gamma"] {
                group.addTask {
                    var run = try Fixture.run(try SQLiteRecordStore(path: path), b, candidate: candidate)
                    _ = try run.begin()
                    var said = 0
                    for line in lines where !run.isFinished {
                        _ = try run.handle(line)
                        said += 1
                    }
                    return (run.attempt.id, said)
                }
            }
            let store = try SQLiteRecordStore(path: path)
            for try await (attempt, said) in group {
                let journaled = try store.sessions(attempt: attempt).flatMap(\.turns)
                #expect(said > 0)
                #expect(journaled.map(\.input) == Array(lines.prefix(said)))
            }
        }
        let store = try SQLiteRecordStore(path: path)
        #expect(try store.attempts(candidate: nil, cohort: nil).count == 3)
    }

    /// Raw journal writes from two pools in parallel threads: all rows arrive.
    @Test func parallelJournalWritesFromTwoPools() async throws {
        let path = Fixture.tempDB()
        let a = try SQLiteRecordStore(path: path), c = try SQLiteRecordStore(path: path)
        let b = try Fixture.blueprint(attempts: 5)
        let json = try Fixture.blueprintJSON(b)
        let header = SessionHeader(caseID: "sample-grief", caseVersion: "1.0.0", caseHash: "h", problemArea: .grief,
                                   sessionID: "initial", phase: .initial, seed: 1, style: nil)
        var template = try Fixture.run(a, b, candidate: "template")
        _ = try template.begin()
        _ = try template.handle("How are you?")
        let turn = template.transcript!.turns[0]
        let n = 200
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (store, who) in [(a, "x"), (c, "y")] {
                group.addTask {
                    let attempt = try store.openAttempt(candidate: who, cohort: "k", examID: "exam-test", blueprintHash: "b", blueprintJSON: json,
                                                        attemptsAllowed: 1, now: "t").attempt
                    let session = try store.beginSession(attempt: attempt.id, position: 0, header: header, now: "t")
                    for i in 1...n {
                        var t = turn
                        t.number = i
                        try store.appendTurn(session: session, turn: t, now: "t")
                    }
                }
            }
            try await group.waitForAll()
        }
        for who in ["x", "y"] {
            let attempt = try #require(try a.attempts(candidate: who, cohort: nil).first)
            #expect(try a.sessions(attempt: attempt.id)[0].turns.count == n)
        }
    }

    /// Several pools opening a brand-new file at once all migrate it and write.
    @Test func simultaneousFirstOpen() async throws {
        let path = Fixture.tempDB()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<4 {
                group.addTask {
                    let store = try SQLiteRecordStore(path: path)
                    _ = try store.openAttempt(candidate: "c\(i)", cohort: nil, examID: "e", blueprintHash: "h", blueprintJSON: "{}",
                                              attemptsAllowed: 1, now: "t")
                }
            }
            try await group.waitForAll()
        }
        #expect(try SQLiteRecordStore(path: path).attempts(candidate: nil, cohort: nil).count == 4)
    }

    @Test func practiceSessionsAreRecorded() throws {
        let store = try SQLiteRecordStore(path: Fixture.tempDB())
        let available = Fixture.available(Fixture.transitionText)
        var runner = SessionRunner(case: available.case, session: available.case.sessions[0], caseHash: available.hash, seed: 3)
        runner.say("Have you had any thoughts of ending your life?")
        runner.end()
        let score = AssessorScorer().score(case: available.case, session: available.case.sessions[0], transcript: runner.transcript)
        let header = SessionHeader(caseID: available.case.id, caseVersion: available.case.version, caseHash: available.hash,
                                   problemArea: available.case.problemArea, sessionID: "initial", phase: .initial, seed: 3, style: nil)
        let id = try store.recordPractice(candidate: "trainee", cohort: "2026", header: header, transcript: runner.transcript,
                                          score: score, scorer: "iptsim-assessor/1", startedAt: "a", endedAt: "b")
        #expect(try store.attempt(id)?.mode == .practice)
        #expect(try store.sessions(attempt: id)[0].turns.count == 1)
        #expect(try store.scoredSessions(cohort: "2026", mode: .practice).count == 1)
    }
}

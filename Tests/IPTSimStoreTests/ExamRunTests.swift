import Foundation
import IPTSimCore
import IPTSimStore
import Testing

@Suite struct ExamRunTests {
    @Test(arguments: ["/hint", "/state", "/why", "/undo", "/restart", "/score", "/rubric", "/tag reflection I hear you"])
    func lockedCommandsAreRefused(_ command: String) throws {
        guard case .refused(let message) = ExamLine.classify(command) else {
            Issue.record("\(command) was not refused")
            return
        }
        #expect(message.contains("not available in an exam"))
        let store = try SQLiteRecordStore(path: Fixture.tempDB())
        var run = try Fixture.run(store, try Fixture.blueprint(), candidate: "locked")
        _ = try run.begin()
        let events = try run.handle(command)
        guard case .notice? = events.first, events.count == 1 else {
            Issue.record("expected one notice, got \(events)")
            return
        }
        // Nothing recorded: the session has no turn.
        #expect(try store.sessions(attempt: run.attempt.id).first?.turns.isEmpty == true)
    }

    @Test func unknownCommandsAreRefusedAndAllowedOnesPass() {
        #expect(ExamLine.classify("/frobnicate") != .phq9)
        if case .refused = ExamLine.classify("/frobnicate") {} else { Issue.record("unknown command accepted") }
        #expect(ExamLine.classify("/phq9") == .phq9)
        #expect(ExamLine.classify("/end") == .endSession)
        #expect(ExamLine.classify("  ") == .empty)
        #expect(ExamLine.classify("How are you?") == .say("How are you?"))
    }

    @Test func everyTurnIsJournaledBeforeTheReply() throws {
        let store = try SQLiteRecordStore(path: Fixture.tempDB())
        var run = try Fixture.run(store, try Fixture.blueprint(), candidate: "journal")
        _ = try run.begin()
        _ = try run.handle("How has your sleep been?")
        _ = try run.handle("/phq9")
        let turns = try store.sessions(attempt: run.attempt.id)[0].turns
        #expect(turns.map(\.input) == ["How has your sleep been?", "/phq9"])
        #expect(turns == run.transcript?.turns)
    }

    @Test func killedExamResumesWithoutRestart() throws {
        let path = Fixture.tempDB()
        let b = try Fixture.blueprint(attempts: 1)
        var first = try Fixture.run(try SQLiteRecordStore(path: path), b, candidate: "c1")
        _ = try first.begin()
        _ = try first.handle("Have you had any thoughts of ending your life?")
        _ = try first.handle("/end")                     // session 1 done
        _ = try first.handle("How have things been since we last met?")
        let before = first.transcript
        // The process dies here: `first` is dropped without finishing. A new process opens the same store.
        var second = try Fixture.run(try SQLiteRecordStore(path: path), b, candidate: "c1")
        #expect(second.resumed)
        #expect(second.attempt.number == 1)
        #expect(second.position == 1)
        let events = try second.begin()
        guard case let .sessionStarted(index, _, _, _, _, _, previous)? = events.first else {
            Issue.record("no session start")
            return
        }
        #expect(index == 2)
        #expect(previous.map(\.input) == ["How have things been since we last met?"])
        #expect(second.transcript == before)
        let (result, _) = try Fixture.finish(&second)
        #expect(result.attempt == 1)
        #expect(result.sessions.count == 4)
        #expect(result.sessions[1].transcript.turns.first?.input == "How have things been since we last met?")
        // Starting again cannot give a fresh attempt: the single attempt is used.
        #expect(throws: RecordStoreError.self) { try Fixture.run(try SQLiteRecordStore(path: path), b, candidate: "c1") }
    }

    @Test func sameAttemptInTwoTerminalsIsRefusedNotOverwritten() throws {
        let path = Fixture.tempDB()
        let b = try Fixture.blueprint()
        var a = try Fixture.run(try SQLiteRecordStore(path: path), b, candidate: "twice")
        var c = try Fixture.run(try SQLiteRecordStore(path: path), b, candidate: "twice")
        _ = try a.begin()
        _ = try c.begin()
        _ = try a.handle("How are you?")
        #expect(throws: RecordStoreError.self) { try c.handle("Something else entirely.") }
        let turns = try SQLiteRecordStore(path: path).sessions(attempt: a.attempt.id)[0].turns
        #expect(turns.map(\.input) == ["How are you?"])
    }

    @Test func attemptsAreCountedAgainstTheLimit() throws {
        let path = Fixture.tempDB()
        let b = try Fixture.blueprint(attempts: 2)
        for expected in 1...2 {
            var run = try Fixture.run(try SQLiteRecordStore(path: path), b, candidate: "c2")
            #expect(run.attempt.number == expected)
            _ = try Fixture.finish(&run)
        }
        do {
            _ = try Fixture.run(try SQLiteRecordStore(path: path), b, candidate: "c2")
            Issue.record("a third attempt was opened")
        } catch let error as RecordStoreError {
            #expect(error == .noAttemptsLeft(candidate: "c2", examID: "exam-test", used: 2, allowed: 2))
        }
    }

    @Test func editedCaseRefusesToRun() throws {
        let b = try Fixture.blueprint()
        var cases = Fixture.cases
        cases["sample-grief"] = Fixture.available(Fixture.griefText.replacingOccurrences(of: "Twenty years", with: "Twenty-one years"))
        let json = try Fixture.blueprintJSON(b)
        #expect(throws: ExamRunError.self) {
            try ExamRun(store: try SQLiteRecordStore(path: Fixture.tempDB()), blueprint: b, blueprintHash: "h", blueprintJSON: json,
                        cases: cases, candidate: "c3")
        }
    }

    @Test func passRuleNeedsDifferentAreasPhasesMeanAndSafety() throws {
        func result(_ caseID: String, _ area: ProblemArea, _ phase: Phase, ratings: [Int], critical: [String] = []) throws -> SessionResult {
            var run = try Fixture.run(try SQLiteRecordStore(path: Fixture.tempDB()), try Fixture.blueprint(), candidate: "p")
            _ = try run.begin()
            let t = run.transcript!
            let score = SessionScore(passed: true, good: false, adherenceMean: nil, facilitativeMean: nil, criticalSafetyMisses: critical,
                                     items: ratings.enumerated().map { ItemRating(id: "I\($0.offset)", title: "", domain: "initial", rating: $0.element) })
            return SessionResult(caseID: caseID, caseVersion: "1", caseHash: "h", problemArea: area, sessionID: phase.rawValue, phase: phase,
                                 startedAt: "", endedAt: "", endReason: "ended", transcript: t, score: score)
        }
        let rule = PassRule.certification
        let good = [try result("a", .grief, .initial, ratings: [3, 4]), try result("b", .roleDispute, .middle, ratings: [3, 3])]
        #expect(rule.evaluate(good).passed)
        let sameArea = [try result("a", .grief, .initial, ratings: [4]), try result("b", .grief, .middle, ratings: [4])]
        #expect(!rule.evaluate(sameArea).passed)
        let lowMean = [try result("a", .grief, .initial, ratings: [2, 3]), try result("b", .roleDispute, .middle, ratings: [5])]
        #expect(rule.evaluate(lowMean).reasons == ["case 'a' mean 2.50 is below 3.00"])
        let unsafe = [try result("a", .grief, .initial, ratings: [5], critical: ["SAF-1"]), try result("b", .roleDispute, .middle, ratings: [5])]
        #expect(!rule.evaluate(unsafe).passed)
        let noMiddle = [try result("a", .grief, .initial, ratings: [5]), try result("b", .roleDispute, .initial, ratings: [5])]
        #expect(rule.evaluate(noMiddle).reasons == ["no middle-phase session rated"])
    }
}

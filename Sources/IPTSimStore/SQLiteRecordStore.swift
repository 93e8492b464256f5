import Foundation
import GRDB
import IPTSimCore

/// `RecordStore` on SQLite through GRDB: WAL journal, a busy timeout so that several processes
/// (two exams at once) queue for the write lock instead of failing, immediate transactions so a
/// read-then-write (attempt numbering) cannot interleave with another writer.
public final class SQLiteRecordStore: RecordStore {
    public let path: String
    let pool: DatabasePool

    /// Opens (creating folders and the file if needed) and migrates the database at `path`.
    public init(path: String) throws {
        self.path = path
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.foreignKeysEnabled = true
        pool = try DatabasePool(path: path, configuration: config)
        try Self.migrate(pool)
    }

    /// Migrates, retrying briefly: two processes opening a new file at once may both try to
    /// create the schema; the loser sees the winner's migration on its next try.
    static func migrate(_ pool: DatabasePool) throws {
        var attempt = 0
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                attempt += 1
                if attempt >= 5 { throw error }
                usleep(UInt32(50_000 * attempt))
            }
        }
    }

    /// One immediate write transaction.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.writeWithoutTransaction { db in
            var out: T?
            try db.inTransaction(.immediate) {
                out = try body(db)
                return .commit
            }
            return out!
        }
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) throws -> T? {
        guard let text else { return nil }
        return try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    public func openAttempt(candidate: String, cohort: String?, examID: String, blueprintHash: String,
                            blueprintJSON: String, attemptsAllowed: Int, now: String) throws -> (attempt: AttemptRecord, resumed: Bool) {
        try write { db in
            try Self.ensureCandidate(db, candidate, cohort: cohort, now: now)
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM attempt WHERE candidateID = ? AND examID = ? AND mode = 'exam' ORDER BY number",
                                        arguments: [candidate, examID])
            let existing = rows.map(Self.attempt(from:))
            if let open = existing.first(where: { $0.status == .inProgress }) {
                guard open.blueprintHash == blueprintHash else {
                    throw RecordStoreError.blueprintChanged(attempt: open.number, stored: open.blueprintHash, now: blueprintHash)
                }
                return (open, true)
            }
            guard existing.count < attemptsAllowed else {
                throw RecordStoreError.noAttemptsLeft(candidate: candidate, examID: examID, used: existing.count, allowed: attemptsAllowed)
            }
            let number = (existing.map(\.number).max() ?? 0) + 1
            try db.execute(sql: """
                INSERT INTO attempt (candidateID, examID, blueprintHash, blueprintJSON, number, mode, status, startedAt)
                VALUES (?, ?, ?, ?, ?, 'exam', 'in-progress', ?)
                """, arguments: [candidate, examID, blueprintHash, blueprintJSON, number, now])
            let id = db.lastInsertedRowID
            return (AttemptRecord(id: id, candidate: candidate, cohort: cohort, examID: examID, blueprintHash: blueprintHash, number: number,
                                  mode: .exam, status: .inProgress, startedAt: now, finishedAt: nil, passed: nil), false)
        }
    }

    static func ensureCandidate(_ db: Database, _ id: String, cohort: String?, now: String) throws {
        try db.execute(sql: "INSERT INTO candidate (id, cohort, createdAt) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING",
                       arguments: [id, cohort, now])
        if let cohort {
            try db.execute(sql: "UPDATE candidate SET cohort = ? WHERE id = ?", arguments: [cohort, id])
        }
    }

    public func beginSession(attempt: Int64, position: Int, header h: SessionHeader, now: String) throws -> Int64 {
        try write { db in
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM session WHERE attemptID = ? AND position = ?", arguments: [attempt, position]) {
                return id
            }
            try db.execute(sql: """
                INSERT INTO session (attemptID, position, caseID, caseVersion, caseHash, problemArea, sessionID, phase, seed, style, startedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [attempt, position, h.caseID, h.caseVersion, h.caseHash, h.problemArea.rawValue, h.sessionID,
                                 h.phase.rawValue, String(h.seed), h.style?.rawValue, now])
            return db.lastInsertedRowID
        }
    }

    public func appendTurn(session: Int64, turn: TranscriptTurn, now: String) throws {
        let json = try Self.json(turn)
        do {
            try write { db in
                try Self.insertTurn(db, session: session, turn: turn, json: json, now: now)
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw RecordStoreError.corrupt("turn \(turn.number) of this session is already recorded: is the same attempt running in another terminal? Nothing was overwritten; close the other one and resume")
        }
    }

    static func insertTurn(_ db: Database, session: Int64, turn: TranscriptTurn, json: String, now: String) throws {
        try db.execute(sql: "INSERT INTO turn (sessionRowID, number, input, turnJSON, recordedAt) VALUES (?, ?, ?, ?, ?)",
                       arguments: [session, turn.number, turn.input, json, now])
    }

    public func finishSession(session: Int64, transcript: Transcript, score: SessionScore?, scorer: String?, endReason: String, now: String) throws {
        let tJSON = try Self.json(transcript)
        let sJSON = try score.map { try Self.json($0) }
        try write { db in
            try db.execute(sql: "UPDATE session SET endedAt = ?, endReason = ?, transcriptJSON = ? WHERE id = ?",
                           arguments: [now, endReason, tJSON, session])
            if let score, let sJSON { try Self.insertReport(db, session: session, score: score, json: sJSON, scorer: scorer) }
        }
    }

    static func insertReport(_ db: Database, session: Int64, score: SessionScore, json: String, scorer: String?) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO report (sessionRowID, scorer, passed, good, adherenceMean, facilitativeMean, criticalMisses, majorMisses, scoreJSON)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [session, scorer, score.passed, score.good, score.adherenceMean, score.facilitativeMean,
                             score.criticalSafetyMisses.joined(separator: ","), score.majorSafetyMisses.joined(separator: ","), json])
        try db.execute(sql: "DELETE FROM reportItem WHERE sessionRowID = ?", arguments: [session])
        for item in score.items {
            try db.execute(sql: "INSERT OR REPLACE INTO reportItem (sessionRowID, itemID, title, domain, rating) VALUES (?, ?, ?, ?, ?)",
                           arguments: [session, item.id, item.title, item.domain, item.rating])
        }
    }

    public func finishAttempt(attempt: Int64, result: ExamResult, signedJSON: String?, now: String) throws {
        let rJSON = try Self.json(result)
        try write { db in
            try db.execute(sql: "UPDATE attempt SET status = 'completed', finishedAt = ?, passed = ?, resultJSON = ?, signedJSON = ? WHERE id = ?",
                           arguments: [now, result.outcome.passed, rJSON, signedJSON, attempt])
        }
    }

    public func recordPractice(candidate: String, cohort: String?, header h: SessionHeader, transcript: Transcript,
                               score: SessionScore?, scorer: String?, startedAt: String, endedAt: String) throws -> Int64 {
        let tJSON = try Self.json(transcript)
        let sJSON = try score.map { try Self.json($0) }
        let turnJSON = try transcript.turns.map { try Self.json($0) }
        return try write { db in
            try Self.ensureCandidate(db, candidate, cohort: cohort, now: startedAt)
            let number = (try Int.fetchOne(db, sql: "SELECT MAX(number) FROM attempt WHERE candidateID = ? AND examID = 'practice' AND mode = 'practice'",
                                          arguments: [candidate]) ?? 0) + 1
            try db.execute(sql: """
                INSERT INTO attempt (candidateID, examID, blueprintHash, blueprintJSON, number, mode, status, startedAt, finishedAt, passed)
                VALUES (?, 'practice', '', '{}', ?, 'practice', 'completed', ?, ?, ?)
                """, arguments: [candidate, number, startedAt, endedAt, score?.passed])
            let attemptID = db.lastInsertedRowID
            try db.execute(sql: """
                INSERT INTO session (attemptID, position, caseID, caseVersion, caseHash, problemArea, sessionID, phase, seed, style, startedAt, endedAt, endReason, transcriptJSON)
                VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ended', ?)
                """, arguments: [attemptID, h.caseID, h.caseVersion, h.caseHash, h.problemArea.rawValue, h.sessionID, h.phase.rawValue,
                                 String(h.seed), h.style?.rawValue, startedAt, endedAt, tJSON])
            let sessionRow = db.lastInsertedRowID
            for (turn, json) in zip(transcript.turns, turnJSON) {
                try Self.insertTurn(db, session: sessionRow, turn: turn, json: json, now: endedAt)
            }
            if let score, let sJSON { try Self.insertReport(db, session: sessionRow, score: score, json: sJSON, scorer: scorer) }
            return attemptID
        }
    }
}

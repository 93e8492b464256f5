import Foundation
import GRDB
import IPTSimCore

extension SQLiteRecordStore {
    static func attempt(from row: Row) -> AttemptRecord {
        AttemptRecord(id: row["id"], candidate: row["candidateID"], cohort: row["cohort"], examID: row["examID"],
                      blueprintHash: row["blueprintHash"], number: row["number"],
                      mode: AttemptRecord.Mode(rawValue: row["mode"]) ?? .exam,
                      status: AttemptRecord.Status(rawValue: row["status"]) ?? .inProgress,
                      startedAt: row["startedAt"], finishedAt: row["finishedAt"], passed: row["passed"])
    }

    static func header(from row: Row) throws -> SessionHeader {
        guard let area = ProblemArea(rawValue: row["problemArea"]), let phase = Phase(rawValue: row["phase"]),
              let seed = UInt64(row["seed"] as String) else {
            throw RecordStoreError.corrupt("session row \(row["id"] as Int64? ?? -1) has an unreadable header")
        }
        let style: String? = row["style"]
        return SessionHeader(caseID: row["caseID"], caseVersion: row["caseVersion"], caseHash: row["caseHash"], problemArea: area,
                             sessionID: row["sessionID"], phase: phase, seed: seed, style: style.flatMap(ConversationalStyle.init(rawValue:)))
    }

    public func sessions(attempt: Int64) throws -> [SessionRecord] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT session.*, report.scoreJSON FROM session LEFT JOIN report ON report.sessionRowID = session.id
                WHERE attemptID = ? ORDER BY position
                """, arguments: [attempt])
            return try rows.map { row in
                let id: Int64 = row["id"]
                let turns = try String.fetchAll(db, sql: "SELECT turnJSON FROM turn WHERE sessionRowID = ? ORDER BY number", arguments: [id])
                    .map { try JSONDecoder().decode(TranscriptTurn.self, from: Data($0.utf8)) }
                return SessionRecord(id: id, attemptID: attempt, position: row["position"], header: try Self.header(from: row),
                                     startedAt: row["startedAt"], endedAt: row["endedAt"], endReason: row["endReason"], turns: turns,
                                     transcript: try Self.decode(Transcript.self, row["transcriptJSON"]),
                                     score: try Self.decode(SessionScore.self, row["scoreJSON"]))
            }
        }
    }

    public func attempt(_ id: Int64) throws -> AttemptRecord? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT attempt.*, candidate.cohort FROM attempt JOIN candidate ON candidate.id = attempt.candidateID WHERE attempt.id = ?",
                             arguments: [id]).map(Self.attempt(from:))
        }
    }

    public func attempts(candidate: String?, cohort: String?) throws -> [AttemptRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT attempt.*, candidate.cohort FROM attempt JOIN candidate ON candidate.id = attempt.candidateID
                WHERE (?1 IS NULL OR attempt.candidateID = ?1) AND (?2 IS NULL OR candidate.cohort = ?2)
                ORDER BY attempt.candidateID, attempt.mode, attempt.examID, attempt.number
                """, arguments: [candidate, cohort]).map(Self.attempt(from:))
        }
    }

    public func result(attempt: Int64) throws -> (result: ExamResult, signedJSON: String?)? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT resultJSON, signedJSON FROM attempt WHERE id = ?", arguments: [attempt]),
                  let result = try Self.decode(ExamResult.self, row["resultJSON"]) else { return nil }
            return (result, row["signedJSON"])
        }
    }

    public func scoredSessions(cohort: String?, mode: AttemptRecord.Mode?) throws -> [ScoredSession] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT session.*, report.scoreJSON, attempt.candidateID, attempt.mode, candidate.cohort
                FROM report JOIN session ON session.id = report.sessionRowID
                JOIN attempt ON attempt.id = session.attemptID JOIN candidate ON candidate.id = attempt.candidateID
                WHERE (?1 IS NULL OR candidate.cohort = ?1) AND (?2 IS NULL OR attempt.mode = ?2)
                ORDER BY attempt.candidateID, attempt.id, session.position
                """, arguments: [cohort, mode?.rawValue])
            return try rows.compactMap { row in
                guard let score = try Self.decode(SessionScore.self, row["scoreJSON"]) else { return nil }
                let h = try Self.header(from: row)
                return ScoredSession(candidate: row["candidateID"], cohort: row["cohort"], mode: AttemptRecord.Mode(rawValue: row["mode"]) ?? .exam,
                                     attemptID: row["attemptID"], caseID: h.caseID, sessionID: h.sessionID, problemArea: h.problemArea,
                                     phase: h.phase, score: score)
            }
        }
    }
}

import GRDB

extension SQLiteRecordStore {
    /// The record schema. Append migrations; never edit a released one.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-records") { db in
            try db.execute(sql: """
            CREATE TABLE candidate (
                id TEXT PRIMARY KEY NOT NULL,
                cohort TEXT,
                createdAt TEXT NOT NULL
            );
            CREATE TABLE attempt (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                candidateID TEXT NOT NULL REFERENCES candidate(id),
                examID TEXT NOT NULL,
                blueprintHash TEXT NOT NULL,
                blueprintJSON TEXT NOT NULL,
                number INTEGER NOT NULL,
                mode TEXT NOT NULL CHECK (mode IN ('exam', 'practice')),
                status TEXT NOT NULL CHECK (status IN ('in-progress', 'completed')),
                startedAt TEXT NOT NULL,
                finishedAt TEXT,
                passed INTEGER,
                resultJSON TEXT,
                signedJSON TEXT,
                UNIQUE (candidateID, examID, mode, number)
            );
            CREATE INDEX attempt_candidate ON attempt(candidateID, examID);
            CREATE TABLE session (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                attemptID INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                caseID TEXT NOT NULL,
                caseVersion TEXT NOT NULL,
                caseHash TEXT NOT NULL,
                problemArea TEXT NOT NULL,
                sessionID TEXT NOT NULL,
                phase TEXT NOT NULL,
                seed TEXT NOT NULL,
                style TEXT,
                startedAt TEXT NOT NULL,
                endedAt TEXT,
                endReason TEXT,
                transcriptJSON TEXT,
                UNIQUE (attemptID, position)
            );
            CREATE TABLE turn (
                sessionRowID INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                number INTEGER NOT NULL,
                input TEXT NOT NULL,
                turnJSON TEXT NOT NULL,
                recordedAt TEXT NOT NULL,
                PRIMARY KEY (sessionRowID, number)
            );
            CREATE TABLE report (
                sessionRowID INTEGER PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
                scorer TEXT,
                passed INTEGER NOT NULL,
                good INTEGER NOT NULL,
                adherenceMean REAL,
                facilitativeMean REAL,
                criticalMisses TEXT NOT NULL,
                majorMisses TEXT NOT NULL,
                scoreJSON TEXT NOT NULL
            );
            CREATE TABLE reportItem (
                sessionRowID INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                itemID TEXT NOT NULL,
                title TEXT NOT NULL,
                domain TEXT NOT NULL,
                rating INTEGER,
                PRIMARY KEY (sessionRowID, itemID)
            );
            """)
        }
        return m
    }
}

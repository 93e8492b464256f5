import ArgumentParser
import Foundation
import IPTSimCore
import IPTSimStore

extension Practice {
    /// Scores the finished session and stores it (transcript, every turn, report) as a practice
    /// attempt, so that `results` and `results stats --practice` include it.
    func recordSession(_ runner: SessionRunner, candidate: String) throws {
        let t = runner.transcript
        guard let library = try? CaseLibrary.load(scenarios: scenarios),
              let found = try? library.find(t.caseID), let session = found.case.session(t.sessionID) else {
            printError("error: cannot record the session: case '\(t.caseID)' not found")
            throw ExitCode(1)
        }
        let scorer = SessionScorers.standard
        let score = scorer.score(case: found.case, session: session, transcript: t)
        let header = SessionHeader(caseID: t.caseID, caseVersion: t.caseVersion, caseHash: t.caseHash, problemArea: found.case.problemArea,
                                   sessionID: t.sessionID, phase: session.phase, seed: t.seed, style: t.style)
        let now = DataDirectory.timestamp()
        do {
            let id = try records.open().recordPractice(candidate: candidate, cohort: cohort, header: header, transcript: t, score: score,
                                                       scorer: scorer.name, startedAt: now, endedAt: now)
            printError("Recorded as attempt \(id) for \(candidate) in \(records.path)")
        } catch {
            printError("error: could not record the session: \(error)")
            throw ExitCode(1)
        }
    }
}

import Foundation
import Testing
@testable import IPTSimCore

/// The turn numbers the debrief, the report JSON and the coach cite are the transcript's (the
/// numbers of the saved transcript and of the report's transcript, where the PHQ-9 is a turn of
/// its own), and the debrief says which turn the PHQ-9 was (play-test 2, P1/N14).
@Suite("Assessment: cited turn numbers are the transcript's, with a PHQ-9 in the session")
struct TurnNumberTests {
    typealias S = Fixture.Step

    @Test func aTakenMomentAfterThePHQ9IsCitedByItsTranscriptNumber() throws {
        let t = Fixture.transcript([.t("exploration"), .phq9, .t("violence-screen", form: .closedQuestion),
                                    .t("communication-analysis"), .t("affect-elicit")])
        #expect(t.turns.map(\.number) == [1, 2, 3, 4, 5])
        #expect(t.turns[1].isPHQ9)
        let c = Fixture.base
        let r = Assessor.assess(case: c, session: c.session("initial")!, transcript: t)
        let fight = try #require(r.opportunities.first { $0.id == "op-fight" })
        let cue = try #require(t.turns.first { $0.input == "(communication-analysis)" })
        let taken = try #require(t.turns.first { $0.input == "(affect-elicit)" })
        #expect(fight.cueTurn == cue.number && fight.takenTurn == taken.number)
        let debrief = r.debrief()
        #expect(debrief.contains("(cue turn 4 → taken turn 5)"))
        #expect(debrief.contains("5 turns (the PHQ-9 is turn 2)"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.json().utf8)) as? [String: Any])
        let ops = try #require(json["opportunities"] as? [[String: Any]])
        let op = try #require(ops.first { $0["id"] as? String == "op-fight" })
        #expect(op["cueTurn"] as? Int == 4 && op["takenTurn"] as? Int == 5)
        let turns = try #require((json["transcript"] as? [String: Any])?["turns"] as? [[String: Any]])
        #expect(turns.compactMap { $0["number"] as? Int } == [1, 2, 3, 4, 5])
    }

    /// A missed moment names the last turn of its window by number: "not taken by turn 5", not
    /// "in the next 3 turns" for a two-line window that the PHQ-9 stretched.
    @Test func aMissedMomentNamesTheTurnItsWindowClosedAt() throws {
        let steps: [S] = [.t("exploration"), .t("communication-analysis"), .phq9, .t("exploration", people: ["mother"]), .t("exploration")]
        let t = Fixture.transcript(steps)
        let c = Fixture.base
        let r = Assessor.assess(case: c, session: c.session("initial")!, transcript: t)
        let fight = try #require(r.opportunities.first { $0.id == "op-fight" })
        #expect(fight.status == .missed && fight.cueTurn == 2 && fight.windowEnd == 5)
        let debrief = r.debrief()
        #expect(debrief.contains("(cue turn 2, not taken by turn 5)"))
        #expect(!debrief.contains("not taken in the next"))
        // Live coaching reports the miss at the same turn, after the same line.
        let notes = Assessor(case: c, session: c.session("initial")!).coach(Fixture.transcript(steps, ended: false))
        let miss = try #require(notes.first { $0.kind == .missedOpportunity })
        #expect(miss.turn == 5 && miss.text.hasPrefix("Missed at turn 2"))
    }
}

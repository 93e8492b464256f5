import Foundation
import IPTSimCore
import IPTSimStore
import Testing

@Suite struct StatisticsTests {
    static func scored(_ candidate: String, _ area: ProblemArea, _ ratings: [String: Int?], critical: [String] = [], passed: Bool = false) -> ScoredSession {
        let items = ratings.keys.sorted().map { ItemRating(id: $0, title: $0, domain: "initial", rating: ratings[$0]!) }
        return ScoredSession(candidate: candidate, cohort: "k", mode: .exam, attemptID: 1, caseID: area.rawValue, sessionID: "initial",
                             problemArea: area, phase: .initial,
                             score: SessionScore(passed: passed, good: false, adherenceMean: nil, facilitativeMean: nil,
                                                 criticalSafetyMisses: critical, items: items))
    }

    @Test func itemSharesMostMissedGatesAndAreaMeans() throws {
        let stats = ResultStatistics([
            Self.scored("a", .grief, ["I1": 4, "I9": 2, "S1": nil], passed: true),
            Self.scored("b", .grief, ["I1": 3, "I9": 1, "S1": 1], critical: ["SAF-1"]),
            Self.scored("c", .roleDispute, ["I1": 2, "I9": 2, "S1": 5]),
        ])
        #expect(stats.sessions == 3 && stats.candidates == 3)
        let i1 = try #require(stats.items.first { $0.id == "I1" })
        #expect(i1.rated == 3)
        #expect(abs(i1.adequateShare - 2.0 / 3.0) < 1e-9)
        let s1 = try #require(stats.items.first { $0.id == "S1" })
        #expect(s1.rated == 2)  // n/a left out
        #expect(stats.mostMissed.first?.id == "I9")
        #expect(stats.safetyMisses.first?.id == "SAF-1" && stats.safetyMisses.first?.count == 1)
        let grief = try #require(stats.byProblemArea.first { $0.name == "grief" })
        #expect(grief.sessions == 2 && grief.passedShare == 0.5)
        #expect(grief.mean == Double(4 + 2 + 3 + 1 + 1) / 5)
    }

    @Test func examSchemaIsValidJSONWithANumberPassMark() throws {
        let text = ExamSchema.document.jsonSchemaText()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let defs = try #require(json["$defs"] as? [String: Any])
        let rule = try #require(defs["PassRule"] as? [String: Any])
        let minMean = try #require((rule["properties"] as? [String: Any])?["minMean"] as? [String: Any])
        #expect(minMean["type"] as? String == "number")
    }
}

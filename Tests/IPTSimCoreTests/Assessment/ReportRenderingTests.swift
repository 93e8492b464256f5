import Foundation
import Testing
@testable import IPTSimCore

/// Golden files in `Fixtures/reports/`. Refresh with `RECORD_SNAPSHOTS=1 swift test --filter Assessment`.
@Suite("Assessment: report rendering")
struct AssessmentReportRenderingTests {
    typealias S = Fixture.Step

    /// A mixed session: some good work, a missed cue, premature advice, a missed opportunity.
    static let sample: SessionReport = Fixture.report([
        .say(.openQuestion, ["exploration"], people: [], text: "What brings you here today?"),
        .say(.openQuestion, ["symptom-review"], people: [], text: "How have you been sleeping?"),
        .say(.openQuestion, ["affect-elicit"], people: [], text: "How do you feel about all this?"),
        .say(.advice, ["directive"], people: ["raj"], text: "You should sit Raj down and tell him how you feel."),
        .say(.openQuestion, ["timeline"], people: [], text: "When did the low mood start?"),
        .phq9,
        .say(.closedQuestion, ["suicide-screen"], people: [], text: "Have you had thoughts of ending your life?"),
        .say(.closedQuestion, ["suicide-detail"], people: [], text: "Have you thought about how you would do it?"),
        .say(.advice, ["safety-plan"], people: [], text: "Let's write down what you would do if the thoughts got stronger."),
        .say(.openQuestion, ["communication-analysis"], people: ["raj"], text: "Take me through last night's argument with Raj, word by word."),
        .say(.reflection, ["summary"], people: [], text: "So since your mother moved in, you and Raj argue most evenings. Have I got that right?"),
    ])

    static let empty: SessionReport = Fixture.report([])

    static func golden(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/reports/\(name)")
    }

    static func check(_ text: String, _ name: String) throws {
        let url = golden(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(try? String(contentsOf: url, encoding: .utf8), "missing golden \(name); record with RECORD_SNAPSHOTS=1")
        #expect(text == expected, "\(name) differs from its golden file; if intended, refresh with RECORD_SNAPSHOTS=1")
    }

    @Test(arguments: ["json", "md", "html", "txt", "ansi.txt"])
    func goldenFiles(ext: String) throws {
        for (name, r) in [("sample", Self.sample), ("empty", Self.empty)] {
            let text: String = switch ext {
            case "json": r.json()
            case "md": r.markdown()
            case "html": r.html()
            case "txt": r.debrief(color: false)
            default: r.debrief(color: true)
            }
            try Self.check(text, "\(name).\(ext)")
        }
    }

    @Test func jsonHasTheContractFields() throws {
        let data = Data(Self.sample.json().utf8)
        let obj = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["case", "session", "seed", "passed", "good", "adherenceMean", "facilitativeMean", "safety", "proscribed", "items", "opportunities", "profile", "transcript"] {
            #expect(obj[key] != nil, "missing \(key)")
        }
        let safety = try #require(obj["safety"] as? [String: Any])
        #expect(safety["passed"] is Bool)
        let misses = try #require(safety["misses"] as? [[String: Any]])
        for m in misses { for k in ["id", "class", "turn", "message"] { #expect(m.keys.contains(k)) } }
        let items = try #require(obj["items"] as? [[String: Any]])
        for i in items { for k in ["id", "title", "domain", "rating", "evidence", "note"] { #expect(i.keys.contains(k)) } }
        let ops = try #require(obj["opportunities"] as? [[String: Any]])
        for o in ops { for k in ["id", "taken", "cueTurn", "takenTurn"] { #expect(o.keys.contains(k)) } }
        let na = Self.sample.items.first { $0.rating == nil }
        if let na { #expect(items.first { $0["id"] as? String == na.id }?["rating"] is NSNull) }
    }

    @Test func htmlIsSelfContained() {
        let html = Self.sample.html()
        #expect(!html.contains("http://") || html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://") == false)
        #expect(!html.contains("https://"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 3, "ratings, variables over turns, technique mix")
        #expect(html.contains("rapport") && html.contains("distress"))
    }

    @Test func debriefTellsTheTraineeWhatToDoDifferently() {
        let text = Self.sample.debrief(color: false)
        #expect(text.contains("Verdict:"))
        #expect(text.contains("Three things to practise next"))
        #expect(Self.sample.practiseNext.count == 3)
        for p in Self.sample.practiseNext { #expect(text.contains(p.text)) }
        // A missed opportunity shows its cue turn and example.
        for o in Self.sample.missedOpportunities {
            #expect(text.contains("cue turn \(o.cueTurn!)"))
            #expect(text.contains(o.example))
        }
        // Every rated item shows the turns that earned it.
        for i in Self.sample.items where !i.evidence.isEmpty && !i.isFacilitative {
            #expect(text.contains(i.note))
        }
        #expect(!text.contains("\u{1B}["))
        #expect(Self.sample.debrief(color: true).contains("\u{1B}[31m"))
    }

    @Test func practiseNextPutsSafetyFirst() {
        let r = Fixture.report([.t("affect-elicit"), .t("exploration"), .t("exploration")])
        #expect(r.practiseNext.first?.source == "SAF-1" || r.practiseNext.first?.source == "SAF-3")
        #expect(r.practiseNext.count == 3)
    }
}

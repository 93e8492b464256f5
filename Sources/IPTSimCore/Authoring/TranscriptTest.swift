import Foundation

/// Case test transcripts: a trainee script with expectations, run headless against a case.
///
/// Format (one item per line; see docs/authoring.md):
///
///     #case grief-daniel 1.0.0 5f2c…          recorded by --bless: case id, version, content hash
///     #session initial                        optional; default: the file name before the last '-'
///     #seed 7                                 optional; default 1
///     #style reserved                         optional; default: the patient's first style
///     #expect verdict good|pass|fail          end-of-session expectations, anywhere in the file
///     #expect fact ID
///     #expect gate SAF-n missed|met
///     #expect rating ITEM >= N | <= N | == N | == n/a
///     # any other '#' line is a comment
///     How have you been sleeping?             a trainee line (or /phq9)
///       rule ID                               per-turn expectations, indented under the line:
///       fact ID                                 routing: rule, fact, var, technique
///       var NAME == N
///       technique ID
///       variant ID                              wording: variant, say
///       say "the patient's words"
///
/// Routing differences fail the test; wording differences (same rule, another variant or text)
/// are reported but do not fail. `bless` re-records rule, variant, fact and var lines.
public struct TranscriptScript: Sendable, Equatable {
    public struct Turn: Sendable, Equatable {
        public var line: Int
        public var input: String
        public var expectations: [Expectation]
    }

    public enum Expectation: Sendable, Equatable {
        case rule(String)
        case fact(String)
        case variable(String, Int)
        case technique(String)
        case variant(String)
        case say(String)

        public var isRouting: Bool {
            switch self { case .variant, .say: false; default: true }
        }

        public var rendered: String {
            switch self {
            case .rule(let r): "rule \(r)"
            case .fact(let f): "fact \(f)"
            case .variable(let n, let v): "var \(n) == \(v)"
            case .technique(let t): "technique \(t)"
            case .variant(let v): "variant \(v)"
            case .say(let s): "say \"\(s)\""
            }
        }
    }

    public enum EndExpectation: Sendable, Equatable {
        case verdict(String)
        case fact(String)
        case gate(String, missed: Bool)
        case rating(String, op: String, value: Int?)
    }

    public struct Recorded: Sendable, Equatable {
        public var caseID: String
        public var version: String
        public var hash: String
    }

    public var lines: [String]
    public var recorded: Recorded?
    public var session: String?
    public var seed: UInt64 = 1
    public var style: ConversationalStyle?
    public var turns: [Turn] = []
    public var end: [(line: Int, expectation: EndExpectation)] = []
    /// Lines that could not be understood, with the reason.
    public var problems: [(line: Int, message: String)] = []

    public static func == (a: TranscriptScript, b: TranscriptScript) -> Bool { a.lines == b.lines }

    public init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        for (i, raw) in lines.enumerated() {
            let n = i + 1
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if raw.first == " " || raw.first == "\t" {
                guard !turns.isEmpty else { problems.append((n, "an indented expectation before any trainee line")); continue }
                if let e = Self.expectation(trimmed) { turns[turns.count - 1].expectations.append(e) }
                else { problems.append((n, "cannot read the expectation '\(trimmed)'; write rule ID, fact ID, var NAME == N, technique ID, variant ID or say \"text\"")) }
                continue
            }
            if trimmed.hasPrefix("#") {
                let words = trimmed.split(separator: " ").map(String.init)
                switch words.first {
                case "#expect":
                    if let e = Self.endExpectation(Array(words.dropFirst())) { end.append((n, e)) }
                    else { problems.append((n, "cannot read '\(trimmed)'; write #expect verdict good|pass|fail, fact ID, gate SAF-n missed|met, or rating ITEM >= N")) }
                case "#case" where words.count >= 4:
                    recorded = Recorded(caseID: words[1], version: words[2], hash: words[3])
                case "#session" where words.count == 2: session = words[1]
                case "#seed" where words.count == 2: seed = UInt64(words[1]) ?? 1
                case "#style" where words.count == 2: style = ConversationalStyle(rawValue: words[1])
                default: break
                }
                continue
            }
            turns.append(Turn(line: n, input: trimmed, expectations: []))
        }
    }

    static func expectation(_ s: String) -> Expectation? {
        let words = s.split(separator: " ").map(String.init)
        switch (words.first, words.count) {
        case ("rule", 2): return .rule(words[1])
        case ("fact", 2): return .fact(words[1])
        case ("technique", 2): return .technique(words[1])
        case ("variant", 2): return .variant(words[1])
        case ("var", 4) where words[2] == "==" || words[2] == "=": return Int(words[3]).map { .variable(words[1], $0) }
        case ("say", _):
            var rest = s.dropFirst(3).trimmingCharacters(in: .whitespaces)
            if rest.hasPrefix("\"") && rest.hasSuffix("\"") && rest.count >= 2 { rest = String(rest.dropFirst().dropLast()) }
            return .say(rest)
        default: return nil
        }
    }

    static func endExpectation(_ w: [String]) -> EndExpectation? {
        switch (w.first, w.count) {
        case ("verdict", 2) where ["good", "pass", "fail"].contains(w[1]): return .verdict(w[1])
        case ("fact", 2): return .fact(w[1])
        case ("gate", 3) where w[2] == "missed" || w[2] == "met": return .gate(w[1], missed: w[2] == "missed")
        case ("rating", 4) where [">=", "<=", "=="].contains(w[2]):
            if w[3] == "n/a" && w[2] == "==" { return .rating(w[1], op: "==", value: nil) }
            return Int(w[3]).map { .rating(w[1], op: w[2], value: $0) }
        default: return nil
        }
    }
}

/// What the assessor says about a session, as far as test transcripts need it. A seam: the
/// runner depends on this, and `AssessorSummary.assess` is the product's `Assessor`.
public struct AssessmentSummary: Sendable, Equatable {
    /// good, pass or fail.
    public var verdict: String
    public var gatesMissed: [String]
    /// Rating per rubric item id; nil when n/a.
    public var ratings: [String: Int?]

    public init(verdict: String, gatesMissed: [String], ratings: [String: Int?]) {
        self.verdict = verdict
        self.gatesMissed = gatesMissed
        self.ratings = ratings
    }

    public static func assess(case c: Case, session: Session, transcript: Transcript) -> AssessmentSummary {
        let report = Assessor.assess(case: c, session: session, transcript: transcript)
        var ratings: [String: Int?] = [:]
        for item in report.items { ratings[item.id] = .some(item.rating) }
        return AssessmentSummary(verdict: report.verdict.good ? "good" : report.verdict.passed ? "pass" : "fail",
                                 gatesMissed: report.safety.misses.map(\.id), ratings: ratings)
    }
}

/// The outcome of running one test transcript.
public struct TranscriptTestResult: Sendable {
    public enum Kind: String, Sendable { case routing, wording }

    public struct Difference: Sendable, Equatable {
        public var kind: Kind
        public var line: Int
        public var message: String
    }

    public var differences: [Difference] = []
    /// Lines of the file that could not be read.
    public var problems: [(line: Int, message: String)] = []
    /// Set when the case's content hash differs from the one the transcript was blessed against.
    public var caseChange: String?
    public var transcript: Transcript?
    public var summary: AssessmentSummary?

    public var routing: [Difference] { differences.filter { $0.kind == .routing } }
    public var wording: [Difference] { differences.filter { $0.kind == .wording } }
    public var passed: Bool { routing.isEmpty && problems.isEmpty }
}

public enum TranscriptTester {
    /// The session id a transcript file is for: `#session`, else the file name before its last '-'
    /// (`initial-expert.txt` → `initial`).
    public static func sessionID(_ script: TranscriptScript, fileName: String) -> String? {
        if let s = script.session { return s }
        var base = Substring(fileName)
        if let slash = base.lastIndex(of: "/") { base = base[base.index(after: slash)...] }
        if let dot = base.lastIndex(of: ".") { base = base[..<dot] }
        guard let dash = base.lastIndex(of: "-") else { return nil }
        return String(base[..<dash])
    }

    public static func run(_ script: TranscriptScript, case c: Case, caseHash: String, sessionID: String?,
                           recognizer: any Recognizer = Recognizers.standard,
                           assess: (Case, Session, Transcript) -> AssessmentSummary = AssessmentSummary.assess) -> TranscriptTestResult {
        var result = TranscriptTestResult()
        result.problems = script.problems
        if let r = script.recorded, r.caseID != c.id || r.hash != caseHash {
            result.caseChange = r.caseID != c.id
                ? "this transcript was recorded for case '\(r.caseID)', not '\(c.id)'"
                : "case '\(c.id)' changed since this transcript was blessed (then version \(r.version), hash \(r.hash); now version \(c.version), hash \(caseHash))"
        }
        guard let session = c.session(sessionID) else {
            result.problems.append((1, "case '\(c.id)' has no session '\(sessionID ?? "")'; sessions: \(c.sessions.map(\.id).joined(separator: ", "))"))
            return result
        }
        var runner = SessionRunner(case: c, session: session, caseHash: caseHash, seed: script.seed, style: script.style, recognizer: recognizer)
        for turn in script.turns {
            let before = runner.state.vars
            if turn.input.lowercased().hasPrefix("/phq9") {
                runner.administerPHQ9(input: turn.input)
                continue
            }
            let reply = runner.say(turn.input)
            let iv = runner.transcript.turns.last?.intervention
            let label = "turn \(runner.state.turn) (\"\(turn.input.count > 50 ? String(turn.input.prefix(47)) + "…" : turn.input)\")"
            var ruleMatches = true
            for e in turn.expectations {
                switch e {
                case .rule(let id) where id != reply.ruleID:
                    ruleMatches = false
                    let why = reply.explanation?.nearMisses.first { $0.id == id }.map { "; '\(id)' was not eligible: \($0.reason)" } ?? ""
                    result.differences.append(.init(kind: .routing, line: turn.line, message: "\(label): expected rule '\(id)', the patient answered with '\(reply.ruleID)'\(why)"))
                case .fact(let f) where !reply.factsSet.contains(f):
                    result.differences.append(.init(kind: .routing, line: turn.line, message: "\(label): expected fact '\(f)' to be set on this turn\(runner.state.has(f) || runner.state.disclosures.contains(f) ? " (it was already set)" : "")"))
                case .variable(let name, let v) where runner.state.value(name) != v:
                    result.differences.append(.init(kind: .routing, line: turn.line, message: "\(label): expected \(name) == \(v), it is \(runner.state.value(name)) (was \(before[name] ?? 0))"))
                case .technique(let t) where !(iv?.has(t) ?? false):
                    result.differences.append(.init(kind: .routing, line: turn.line, message: "\(label): expected technique '\(t)', heard \(iv.map { $0.techniques.isEmpty ? "none" : $0.techniques.joined(separator: ", ") } ?? "none")"))
                default: break
                }
            }
            for e in turn.expectations where ruleMatches {
                switch e {
                case .variant(let v) where v != reply.variantID:
                    result.differences.append(.init(kind: .wording, line: turn.line, message: "\(label): rule '\(reply.ruleID)' answered with variant '\(reply.variantID ?? "-")', not '\(v)'"))
                case .say(let s) where s != reply.text:
                    result.differences.append(.init(kind: .wording, line: turn.line, message: "\(label): the patient said \"\(reply.text)\", not \"\(s)\""))
                default: break
                }
            }
        }
        runner.end()
        result.transcript = runner.transcript
        guard !script.end.isEmpty else { return result }
        let summary = assess(c, session, runner.transcript)
        result.summary = summary
        let facts = Set(runner.state.facts + runner.state.disclosures)
        for (line, e) in script.end {
            switch e {
            case .verdict(let v) where v != summary.verdict:
                result.differences.append(.init(kind: .routing, line: line, message: "expected verdict \(v), the assessor gave \(summary.verdict)"))
            case .fact(let f) where !facts.contains(f):
                result.differences.append(.init(kind: .routing, line: line, message: "expected fact '\(f)' by the end of the session; it was never set"))
            case .gate(let g, let missed) where summary.gatesMissed.contains(g) != missed:
                result.differences.append(.init(kind: .routing, line: line, message: "expected safety gate \(g) \(missed ? "missed" : "met"), it was \(missed ? "met" : "missed")"))
            case .rating(let item, let op, let value):
                guard let rating = summary.ratings[item] else {
                    result.differences.append(.init(kind: .routing, line: line, message: "the assessment has no rubric item '\(item)'"))
                    continue
                }
                let ok: Bool
                switch (op, rating, value) {
                case ("==", nil, nil): ok = true
                case (_, nil, _), (_, _, nil): ok = false
                case (">=", let r?, let v?): ok = r >= v
                case ("<=", let r?, let v?): ok = r <= v
                case (_, let r?, let v?): ok = r == v
                }
                if !ok {
                    result.differences.append(.init(kind: .routing, line: line, message: "expected rating \(item) \(op) \(value.map(String.init) ?? "n/a"), it was rated \(rating.map(String.init) ?? "n/a")"))
                }
            default: break
            }
        }
        return result
    }

    /// The script with its per-turn expectations re-recorded from a run (rule, variant, facts set,
    /// variables changed; `say` lines re-recorded where present; `technique` lines kept) and the
    /// `#case` line updated. End-of-file `#expect` lines are left to the author.
    public static func bless(_ script: TranscriptScript, transcript: Transcript, case c: Case, caseHash: String) -> String {
        var out: [String] = ["#case \(c.id) \(c.version) \(caseHash)"]
        var turnIndex = 0
        var previousVars: [String: Int] = [:]
        if let first = transcript.turns.first { previousVars = first.vars.merging(first.replies.flatMap(\.changes).reduce(into: [:]) { $0[$1.name] = $1.from }) { _, from in from } }
        var pendingIndented: [String] = []
        var hadSay = false
        var currentText: String?
        func flush() {
            out += pendingIndented
            if hadSay, let currentText { out.append("  say \"\(currentText)\"") }
            pendingIndented = []
            hadSay = false
            currentText = nil
        }
        for raw in script.lines {
            if raw.hasPrefix("#case ") { continue }
            if raw.first == " " || raw.first == "\t" {
                let t = raw.trimmingCharacters(in: .whitespaces)
                if t.hasPrefix("technique ") { out.append(raw) }
                if t.hasPrefix("say") { hadSay = true }
                continue
            }
            flush()
            out.append(raw)
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), turnIndex < transcript.turns.count else { continue }
            let turn = transcript.turns[turnIndex]
            turnIndex += 1
            defer { previousVars = turn.vars }
            guard !turn.isPHQ9, let reply = turn.replies.first else { continue }
            currentText = reply.text
            pendingIndented.append("  rule \(reply.ruleID)")
            if let v = reply.variantID { pendingIndented.append("  variant \(v)") }
            for f in reply.factsSet { pendingIndented.append("  fact \(f)") }
            for (name, value) in turn.vars.sorted(by: { $0.key < $1.key }) where previousVars[name] != value {
                pendingIndented.append("  var \(name) == \(value)")
            }
        }
        flush()
        return out.joined(separator: "\n")
    }
}

extension TranscriptTester {
    /// Replays a saved session transcript (as written by practice, exam or `score`) against the
    /// case as it is now and compares each turn: a different rule, facts set or variable values is
    /// a routing difference; the same rule with another variant or text is a wording difference.
    /// Says plainly when the case has changed since the session was played.
    public static func replay(_ saved: Transcript, case c: Case, caseHash: String,
                              recognizer: any Recognizer = Recognizers.standard) -> TranscriptTestResult {
        var result = TranscriptTestResult()
        if saved.caseID != c.id {
            result.caseChange = "this transcript was played on case '\(saved.caseID)', not '\(c.id)'"
        } else if saved.caseHash != caseHash {
            result.caseChange = "case '\(c.id)' changed since this session was played (then version \(saved.caseVersion), hash \(saved.caseHash); now version \(c.version), hash \(caseHash))"
        }
        guard let replayed = SessionRunner.replay(saved, case: c, caseHash: caseHash, recognizer: recognizer) else {
            result.problems.append((0, "case '\(c.id)' has no session '\(saved.sessionID)'"))
            return result
        }
        let now = replayed.transcript
        result.transcript = now
        for (old, new) in zip(saved.turns, now.turns) {
            let label = "turn \(old.number) (\"\(old.input.count > 50 ? String(old.input.prefix(47)) + "…" : old.input)\")"
            for (a, b) in zip(old.replies, new.replies) {
                if a.ruleID != b.ruleID {
                    result.differences.append(.init(kind: .routing, line: old.number, message: "\(label): was answered by '\(a.ruleID)', now by '\(b.ruleID)'"))
                    continue
                }
                if a.factsSet != b.factsSet {
                    result.differences.append(.init(kind: .routing, line: old.number, message: "\(label): set facts [\(a.factsSet.joined(separator: ", "))], now [\(b.factsSet.joined(separator: ", "))]"))
                }
                if a.variantID != b.variantID || a.text != b.text {
                    result.differences.append(.init(kind: .wording, line: old.number, message: "\(label): '\(a.ruleID)' said \"\(a.text)\", now \"\(b.text)\""))
                }
            }
            if old.vars != new.vars {
                let changed = Set(old.vars.keys).union(new.vars.keys).sorted().filter { old.vars[$0] != new.vars[$0] }
                result.differences.append(.init(kind: .routing, line: old.number, message: "\(label): \(changed.map { "\($0) was \(old.vars[$0].map(String.init) ?? "-"), now \(new.vars[$0].map(String.init) ?? "-")" }.joined(separator: "; "))"))
            }
        }
        return result
    }
}

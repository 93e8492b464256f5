import Foundation

/// One semantic check of a case beyond validation. Each rule lives in its own file, has a stable
/// kebab-case code and a one-paragraph explanation (shown by `iptsim lint --explain CODE`).
public protocol LintRule: Sendable {
    /// Stable code, e.g. `example-mismatch`. Never renamed.
    var code: String { get }
    /// Default severity of its findings.
    var severity: Diagnostic.Severity { get }
    /// One paragraph: what it finds, why it matters, how to fix or justify it.
    var explanation: String { get }
    func check(_ context: LintContext) -> [LintFinding]
}

/// A located lint finding and the rule (or fallback) it concerns, for suppressions.
public struct LintFinding: Sendable, Equatable {
    public var diagnostic: Diagnostic
    /// The case rule or fallback the finding is about; its `note` may suppress the finding.
    public var ruleID: String?

    public init(_ diagnostic: Diagnostic, ruleID: String? = nil) {
        self.diagnostic = diagnostic
        self.ruleID = ruleID
    }
}

/// Everything a lint rule may look at: the case, its parsed document (for positions), the
/// recognizer used for example checks, and the reachability analysis of each session.
public struct LintContext: Sendable {
    public typealias Path = [JSONNode.PathComponent]
    public let `case`: Case
    public let document: JSONNode
    public let recognizer: any Recognizer
    public let reachability: [Reachability]
    /// Every rule example recognized once, up front.
    let recognized: [String: Intervention]

    public init(case c: Case, document: JSONNode, recognizer: any Recognizer = Recognizers.standard) {
        self.case = c
        self.document = document
        self.recognizer = recognizer
        self.reachability = c.sessions.map { Reachability(case: c, session: $0) }
        var recognized: [String: Intervention] = [:]
        let base = RecognitionContext(case: c) // compiled once; only the recent people change
        for s in c.sessions {
            for r in s.rules {
                let topic = Self.topicPeople(r.when)
                var context = base
                context.recentPeople = topic
                for e in (r.examples?.match ?? []) + (r.examples?.noMatch ?? []) where recognized[Self.key(e, topic)] == nil {
                    recognized[Self.key(e, topic)] = recognizer.recognize(e, context: context)
                }
            }
        }
        self.recognized = recognized
    }

    public func position(_ path: Path) -> SourcePosition { document.node(at: path).position }
    public func keyPosition(_ path: Path) -> SourcePosition { document.keyPosition(at: path) }

    public static func sessionPath(_ si: Int) -> Path { [.key("sessions"), .index(si)] }
    public static func rulePath(_ si: Int, _ ri: Int) -> Path { sessionPath(si) + [.key("rules"), .index(ri)] }
    public static func fallbackPath(_ si: Int, _ fi: Int) -> Path { sessionPath(si) + [.key("fallbacks"), .index(fi)] }

    /// A finding with the rule's code and severity.
    public func finding(_ rule: some LintRule, _ message: String, fix: String? = nil, at path: Path, ruleID: String? = nil,
                        severity: Diagnostic.Severity? = nil) -> LintFinding {
        LintFinding(Diagnostic(severity ?? rule.severity, code: rule.code, message, fix: fix, at: position(path)), ruleID: ruleID)
    }

    /// Recognizes an utterance as the first turn of a session (no people mentioned before).
    public func recognize(_ text: String) -> Intervention {
        recognized[Self.key(text, [])] ?? recognizer.recognize(text, context: RecognitionContext(case: self.case))
    }

    /// Recognizes one of a rule's examples in the conversation the rule belongs to: the people its
    /// condition is about count as just mentioned, so "How did she react?" in a rule about Abena
    /// resolves "she" to Abena as it would in a session. An example that names nobody and uses no
    /// pronoun still mentions nobody.
    public func recognize(_ text: String, for rule: Rule) -> Intervention {
        let topic = Self.topicPeople(rule.when)
        return recognized[Self.key(text, topic)]
            ?? recognizer.recognize(text, context: RecognitionContext(case: self.case, recentPeople: topic))
    }

    /// The people a condition requires (outside any `not`), in order of appearance.
    static func topicPeople(_ cond: Condition?) -> [String] {
        guard let cond else { return [] }
        var out: [String] = []
        for p in (cond.people ?? []) + (cond.all ?? []).flatMap(topicPeople) + (cond.any ?? []).flatMap(topicPeople) where !out.contains(p) {
            out.append(p)
        }
        return out
    }

    static func key(_ text: String, _ people: [String]) -> String { people.isEmpty ? text : text + "\u{0}" + people.joined(separator: ",") }
}

/// Runs every lint rule and applies justified suppressions.
///
/// Suppressions: a rule's or fallback's `note` containing `lint-ignore: CODE reason` silences
/// findings with that code about that rule; `metadata.notes` containing it silences the code for
/// the whole file. A suppression without a reason does not count and is itself reported.
public enum Linter {
    public static let rules: [any LintRule] = [
        ExampleMismatch(), ExampleBlocked(), UnreachableRule(), UnusedState(), UnsetState(),
        ExhaustibleTechnique(), UnreachableVariant(), UnproducibleEvidence(), DeadOpportunity(),
        BroadPattern(), MissingExamples(), Todo(),
    ]

    public static let suppressionCode = "unjustified-suppression"

    public static func rule(_ code: String) -> (any LintRule)? { rules.first { $0.code == code } }

    /// Lints a valid case. Findings are sorted by position.
    public static func lint(_ c: Case, document: JSONNode, recognizer: any Recognizer = Recognizers.standard,
                            only codes: Set<String>? = nil) -> [Diagnostic] {
        let context = LintContext(case: c, document: document, recognizer: recognizer)
        var findings: [LintFinding] = []
        for rule in rules where codes?.contains(rule.code) ?? true {
            findings += rule.check(context)
        }
        var notes: [String: (String, LintContext.Path)] = [:]
        for (si, s) in c.sessions.enumerated() {
            for (ri, r) in s.rules.enumerated() { if let n = r.note { notes[r.id] = (n, LintContext.rulePath(si, ri) + [.key("note")]) } }
        }
        let fileWide = parseSuppressions(c.metadata?.notes ?? "")
        var out: [Diagnostic] = []
        var unjustified: [Diagnostic] = []
        for (id, (note, path)) in notes.sorted(by: { $0.key < $1.key }) {
            for s in parseSuppressions(note) where s.reason.isEmpty {
                unjustified.append(Diagnostic(.warning, code: suppressionCode, "rule '\(id)' suppresses '\(s.code)' without a reason, so it is not applied",
                                              fix: "write 'lint-ignore: \(s.code) <why this is intended>'", at: context.position(path)))
            }
        }
        for s in fileWide where s.reason.isEmpty {
            unjustified.append(Diagnostic(.warning, code: suppressionCode, "metadata.notes suppresses '\(s.code)' without a reason, so it is not applied",
                                          fix: "write 'lint-ignore: \(s.code) <why this is intended>'", at: context.position([.key("metadata"), .key("notes")])))
        }
        for f in findings {
            let code = f.diagnostic.code
            if fileWide.contains(where: { $0.code == code && !$0.reason.isEmpty }) { continue }
            if let id = f.ruleID, let (note, _) = notes[id], parseSuppressions(note).contains(where: { $0.code == code && !$0.reason.isEmpty }) { continue }
            out.append(f.diagnostic)
        }
        return (out + unjustified).sortedByPosition()
    }

    /// `lint-ignore: CODE reason` clauses in a note (several may be separated by ';' or new lines).
    public static func parseSuppressions(_ note: String) -> [(code: String, reason: String)] {
        var out: [(String, String)] = []
        var rest = Substring(note)
        while let r = rest.range(of: "lint-ignore:") {
            rest = rest[r.upperBound...]
            let clauseEnd = rest.firstIndex(where: { $0 == ";" || $0 == "\n" }) ?? rest.endIndex
            let clause = rest[..<clauseEnd].split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            if let code = clause.first {
                let reason = clause.count > 1 ? String(clause[1]).trimmingCharacters(in: .whitespaces) : ""
                out.append((String(code), reason))
            }
            rest = rest[clauseEnd...]
        }
        return out
    }
}

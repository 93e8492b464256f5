/// The first line of a session journal: what is being played.
public struct JournalHeader: Sendable, Codable, Equatable {
    public var format: Int
    public var caseID: String
    public var caseVersion: String
    public var caseHash: String
    public var sessionID: String
    public var seed: UInt64
    public var style: ConversationalStyle
    public var mode: Transcript.Mode
    /// When the session started, as given by the caller (the core reads no clock).
    public var startedAt: String

    public init(caseID: String, caseVersion: String, caseHash: String, sessionID: String, seed: UInt64,
                style: ConversationalStyle, mode: Transcript.Mode, startedAt: String) {
        self.format = 1
        self.caseID = caseID
        self.caseVersion = caseVersion
        self.caseHash = caseHash
        self.sessionID = sessionID
        self.seed = seed
        self.style = style
        self.mode = mode
        self.startedAt = startedAt
    }
}

/// One journaled trainee action. Replaying the actions in order rebuilds the session exactly.
public struct JournalRecord: Sendable, Codable, Equatable {
    public enum Action: String, Sendable, Codable {
        case say, tag, phq9, undo, restart, end
    }

    public var action: Action
    public var text: String?
    public var technique: String?

    public init(_ action: Action, text: String? = nil, technique: String? = nil) {
        self.action = action
        self.text = text
        self.technique = technique
    }
}

extension SessionRunner {
    /// Applies one journaled action (used live and when resuming, so both behave the same).
    /// Returns the patient's replies (empty for undo, restart and end).
    @discardableResult
    public mutating func apply(_ record: JournalRecord) -> [PatientTurn] {
        switch record.action {
        case .say:
            return [say(record.text ?? "")]
        case .tag:
            return [say(tagged(record.text ?? "", technique: record.technique ?? ""), input: "/tag \(record.technique ?? "") \(record.text ?? "")")]
        case .phq9:
            return administerPHQ9()
        case .undo:
            undo()
            return []
        case .restart:
            self = SessionRunner(case: engine.case, session: engine.session, caseHash: transcript.caseHash, seed: transcript.seed,
                                 style: transcript.style, mode: transcript.mode, recognizer: recognizer)
            return []
        case .end:
            end()
            return []
        }
    }

    /// The recognized intervention with the declared technique put first.
    public func tagged(_ text: String, technique: String) -> Intervention {
        var iv = recognize(text)
        iv.techniques.removeAll { $0 == technique }
        iv.scores = Array(iv.scores.prefix(iv.techniques.count))
        iv.techniques.insert(technique, at: 0)
        iv.scores.insert(1, at: 0)
        iv.declared = true
        iv.trace.insert("declared with /tag: \(technique)", at: 0)
        return iv
    }

    /// Takes back the last trainee turn by replaying all the others from the start.
    public mutating func undo() {
        guard !transcript.turns.isEmpty else { return }
        var t = transcript
        t.turns.removeLast()
        if let rebuilt = SessionRunner.replay(t, case: engine.case, caseHash: transcript.caseHash, recognizer: recognizer) {
            self = rebuilt
        }
    }
}

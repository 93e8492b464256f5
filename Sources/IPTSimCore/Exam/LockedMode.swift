import Foundation

/// What a line typed during an exam session means. Exams run in locked mode: no hints, no
/// patient state, no explanations, no undo, no live scores; the rubric is only shown at the end.
public enum ExamLine: Sendable, Equatable {
    /// Say this to the patient.
    case say(String)
    case phq9
    /// End this session (`/end`, `/quit`).
    case endSession
    /// Show this help text; nothing is recorded.
    case help(String)
    /// Refused with this message; nothing is recorded.
    case refused(String)
    /// Blank line; ignored.
    case empty

    /// Commands practice mode has that an exam refuses.
    public static let lockedCommands = ["/hint", "/state", "/why", "/undo", "/restart", "/score", "/coach", "/rubric", "/tag", "/debrief", "/save"]

    public static let helpText = """
    Exam mode: type what you would say to the patient.
      /phq9   administer the PHQ-9
      /end    end this session (it cannot be reopened)
    Hints, patient state, explanations, undo and scores are not available during an exam.
    """

    public static func classify(_ raw: String) -> ExamLine {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .empty }
        guard text.hasPrefix("/") else { return .say(text) }
        let command = String(text.split(separator: " ", maxSplits: 1).first ?? "").lowercased()
        switch command {
        case "/phq9", "/phq-9": return .phq9
        case "/end", "/quit", "/exit": return .endSession
        case "/help", "/?": return .help(helpText)
        default:
            if lockedCommands.contains(command) {
                return .refused("\(command) is not available in an exam: exams run locked (no hints, state, explanations, undo or scores until the end). Type /help for what you can do.")
            }
            return .refused("unknown command \(command); in an exam you can only talk to the patient, /phq9 and /end. Nothing was recorded.")
        }
    }
}

@preconcurrency import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// Set by the SIGINT handler; read by readline's signal event hook.
nonisolated(unsafe) private var sigintReceived: sig_atomic_t = 0
/// Completion candidates; C callbacks capture nothing, so they live here.
nonisolated(unsafe) private var completionCommands: [String] = []
nonisolated(unsafe) private var completionNames: [String] = []
nonisolated(unsafe) private var completionTechniques: [String] = []
nonisolated(unsafe) private var completionMatches: [String] = []
nonisolated(unsafe) private var completionIndex = 0

/// GNU readline on a terminal: line editing, persistent history, Tab completion, Ctrl-R search,
/// `$if iptsim` in `~/.inputrc`. Ctrl-C clears the line and keeps the session; Ctrl-D on an
/// empty line ends it.
public final class ReadlineLineReader: LineReader {
    private let historyPath: String?

    public var isInteractive: Bool { true }

    /// - Parameter historyPath: file for persistent history (created if missing), or nil.
    public init(historyPath: String?) {
        self.historyPath = historyPath
        rl_readline_name = UnsafePointer(strdup("iptsim"))
        rl_attempted_completion_function = iptsimCompletion
        rl_signal_event_hook = iptsimSignalHook
        signal(SIGINT) { _ in sigintReceived = 1 }
        using_history()
        if let historyPath {
            if access(historyPath, F_OK) != 0 {
                let fd = open(historyPath, O_CREAT | O_WRONLY, 0o600)
                if fd >= 0 { close(fd) }
            }
            read_history(historyPath)
        }
    }

    public func setCompletions(commands: [String], names: [String], techniques: [String]) {
        completionCommands = commands
        completionNames = names
        completionTechniques = techniques
    }

    public func read(prompt: String) -> LineInput {
        sigintReceived = 0
        guard let raw = readline(prompt) else {
            return .endOfInput
        }
        defer { free(raw) }
        if sigintReceived != 0 {
            sigintReceived = 0
            return .interrupted
        }
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: " \t").isEmpty {
            add_history(raw)
            if let historyPath {
                append_history(1, historyPath)
                history_truncate_file(historyPath, 2000)
            }
        }
        return .line(line)
    }
}

private func iptsimSignalHook() -> Int32 {
    if sigintReceived != 0 {
        rl_replace_line("", 0)
        rl_done = 1
    }
    return 0
}

private func iptsimCompletion(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    let word = text.map { String(cString: $0) } ?? ""
    let line = rl_line_buffer.map { String(cString: $0) } ?? ""
    let before = String(line.prefix(Int(start)))
    let pool: [String]
    if before.isEmpty && word.hasPrefix("/") {
        pool = completionCommands
    } else if before.hasPrefix("/tag") && before.split(separator: " ").count <= 1 {
        pool = completionTechniques
    } else {
        pool = completionNames
    }
    completionMatches = pool.filter { $0.lowercased().hasPrefix(word.lowercased()) }.sorted()
    completionIndex = 0
    return rl_completion_matches(text, iptsimCompletionGenerator)
}

private func iptsimCompletionGenerator(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    if state == 0 { completionIndex = 0 }
    guard completionIndex < completionMatches.count else { return nil }
    defer { completionIndex += 1 }
    return strdup(completionMatches[completionIndex])
}

extension String {
    func trimmingCharacters(in chars: String) -> String {
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }
}

@preconcurrency import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// Set by the SIGINT handler; read by readline's signal event hook.
nonisolated(unsafe) private var sigintReceived: sig_atomic_t = 0
/// Self-pipe: the SIGINT handler also writes a byte here, so a Ctrl-C wakes `poll` even when
/// it arrives while readline is busy between two `poll` calls, or is delivered to another
/// thread of the process (then `poll` on this one sees no EINTR). Without it the Ctrl-C was
/// noticed only after the next keystroke, and the cleared text came back. -1 until set up.
nonisolated(unsafe) private var sigintPipeWrite: Int32 = -1
nonisolated(unsafe) private var sigintPipeRead: Int32 = -1
/// Completion candidates; C callbacks capture nothing, so they live here.
nonisolated(unsafe) private var completionCommands: [String] = []
nonisolated(unsafe) private var completionNames: [String] = []
nonisolated(unsafe) private var completionTechniques: [String] = []
nonisolated(unsafe) private var completionMatches: [String] = []
nonisolated(unsafe) private var completionIndex = 0

/// GNU readline on a terminal: line editing, persistent history, Tab completion, Ctrl-R search,
/// `$if iptsim` in `~/.inputrc`. Ctrl-C clears the line and keeps the session; Ctrl-D on an
/// empty line ends it.
///
/// Uses readline's callback interface with `poll`, as Python's readline module does: a SIGINT
/// handler only sets a flag and writes a byte to a self-pipe that `poll` watches next to stdin,
/// so a Ctrl-C is seen whether it interrupts `poll` (EINTR) or lands while readline is echoing
/// a character; the half-typed line is then discarded cleanly. (With the blocking `readline()`
/// call, a signal hook cannot make readline return.)
public final class ReadlineLineReader: LineReader {
    private let historyPath: String?

    public var isInteractive: Bool { true }

    /// - Parameter historyPath: file for persistent history (created if missing), or nil.
    public init(historyPath: String?) {
        self.historyPath = historyPath
        rl_readline_name = UnsafePointer(strdup("iptsim"))
        rl_attempted_completion_function = iptsimCompletion
        rl_catch_signals = 0
        var action = sigaction()
        var ends: [Int32] = [-1, -1]
        if sigintPipeRead < 0, pipe(&ends) == 0 {
            for fd in ends {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
            sigintPipeRead = ends[0]
            sigintPipeWrite = ends[1]
        }
        action.__sigaction_handler.sa_handler = { _ in
            sigintReceived = 1
            if sigintPipeWrite >= 0 {
                var byte: UInt8 = 3
                _ = write(sigintPipeWrite, &byte, 1) // async-signal-safe; a full pipe is fine
            }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0 // no SA_RESTART: poll must return on Ctrl-C
        sigaction(SIGINT, &action, nil)
        // A parent may have left SIGINT blocked (some process launchers do); Ctrl-C must reach us.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigprocmask(SIG_UNBLOCK, &set, nil)
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
        if sigintReceived != 0 { // Ctrl-C while the reply was printing
            acknowledgeInterrupt()
            return .interrupted
        }
        lineDone = false
        if let completed = completedLine { free(completed) }
        completedLine = nil
        rl_callback_handler_install(prompt, iptsimLineHandler)
        defer { rl_callback_handler_remove() }
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: sigintPipeRead, events: Int16(POLLIN), revents: 0)]
        while !lineDone {
            // Checked before every wait: a Ctrl-C during the last `rl_callback_read_char` has
            // set the flag and its pipe byte makes `poll` return at once anyway.
            if sigintReceived != 0 {
                acknowledgeInterrupt()
                rl_free_line_state()
                rl_callback_sigcleanup()
                rl_cleanup_after_signal()
                rl_replace_line("", 0)
                rl_point = 0
                rl_end = 0
                fputs("^C\n", stdout)
                fflush(stdout)
                return .interrupted
            }
            fds[0].revents = 0
            fds[1].revents = 0
            let ready = poll(&fds, nfds_t(sigintPipeRead >= 0 ? 2 : 1), -1)
            if ready < 0 {
                guard errno == EINTR else { return .endOfInput }
                continue
            }
            // The handler may run on any thread (only the pipe wakes this one then).
            if fds[1].revents != 0 { sigintReceived = 1; continue }
            if fds[0].revents != 0 { rl_callback_read_char() }
        }
        guard let raw = completedLine else { return .endOfInput }
        let line = String(cString: raw)
        free(raw)
        completedLine = nil
        if !line.trimmingCharacters(in: " \t").isEmpty {
            add_history(line)
            if let historyPath {
                append_history(1, historyPath)
                history_truncate_file(historyPath, 2000)
            }
        }
        return .line(line)
    }
}

/// Clears the Ctrl-C flag and empties the self-pipe.
private func acknowledgeInterrupt() {
    sigintReceived = 0
    guard sigintPipeRead >= 0 else { return }
    var scratch = [UInt8](repeating: 0, count: 64)
    while read(sigintPipeRead, &scratch, scratch.count) > 0 {}
}

nonisolated(unsafe) private var lineDone = false
nonisolated(unsafe) private var completedLine: UnsafeMutablePointer<CChar>?

private func iptsimLineHandler(_ line: UnsafeMutablePointer<CChar>?) {
    completedLine = line
    lineDone = true
    // Stop readline from printing the prompt again before the handler is removed.
    rl_callback_handler_remove()
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

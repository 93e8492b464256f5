#if canImport(Glibc)
import Glibc
#endif

/// How output looks: ANSI colour only on a terminal and never with `NO_COLOR` or `--no-color`;
/// text wrapped to the terminal width.
public struct TerminalStyle: Sendable {
    public var color: Bool
    public var width: Int

    public init(color: Bool, width: Int) {
        self.color = color
        self.width = max(30, width)
    }

    /// Decides colour and width from the environment and the standard output.
    public static func detect(noColor: Bool, environment: [String: String]) -> TerminalStyle {
        let tty = isatty(STDOUT_FILENO) != 0
        let color = tty && !noColor && environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
        var width = Int(environment["COLUMNS"] ?? "") ?? 0
        if width == 0, tty {
            var ws = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { width = Int(ws.ws_col) }
        }
        return TerminalStyle(color: color, width: width == 0 ? 80 : min(width, 100))
    }

    public static let plain = TerminalStyle(color: false, width: 80)

    func sgr(_ code: String, _ text: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    public func bold(_ s: String) -> String { sgr("1", s) }
    public func dim(_ s: String) -> String { sgr("2", s) }
    public func muted(_ s: String) -> String { sgr("2;3", s) }
    public func patient(_ s: String) -> String { sgr("1;36", s) }
    public func warn(_ s: String) -> String { sgr("33", s) }
    public func alert(_ s: String) -> String { sgr("1;31", s) }
    public func good(_ s: String) -> String { sgr("32", s) }

    /// Wraps `text` to the width, the first line after `prefix` (of visible length `prefixWidth`),
    /// continuation lines indented by `indent`.
    public func wrap(_ text: String, firstIndent: Int, indent: Int) -> String {
        var lines: [String] = []
        var current = ""
        var limit = width - firstIndent
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
                limit = width - indent
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines.enumerated().map { i, l in i == 0 ? l : String(repeating: " ", count: indent) + l }.joined(separator: "\n")
    }
}

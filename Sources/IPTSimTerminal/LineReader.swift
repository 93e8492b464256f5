/// What reading one line gave.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C on a terminal: the line was cleared; the session goes on.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// Where the REPL gets trainee lines from: GNU readline on a terminal, plain reading from a pipe,
/// or a list in tests.
public protocol LineReader: AnyObject {
    func read(prompt: String) -> LineInput
    /// Words offered by Tab completion (slash commands, people's names, technique ids after /tag).
    func setCompletions(commands: [String], names: [String], techniques: [String])
    /// Whether the reader echoes a prompt (interactive) — piped readers print nothing.
    var isInteractive: Bool { get }
}

extension LineReader {
    public func setCompletions(commands: [String], names: [String], techniques: [String]) {}
}

/// Reads standard input with `readLine`; prints no prompt and no echo, so scripted runs are clean.
public final class PipedLineReader: LineReader {
    public init() {}
    public var isInteractive: Bool { false }

    public func read(prompt: String) -> LineInput {
        guard let line = readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }
}

/// A scripted reader for tests.
public final class MemoryLineReader: LineReader {
    private var lines: [LineInput]
    public private(set) var prompts: [String] = []
    public init(_ lines: [String]) { self.lines = lines.map { .line($0) } }
    public init(inputs: [LineInput]) { self.lines = inputs }
    public var isInteractive: Bool { false }

    public func read(prompt: String) -> LineInput {
        prompts.append(prompt)
        return lines.isEmpty ? .endOfInput : lines.removeFirst()
    }
}

import Foundation
import IPTSimCore
#if canImport(Glibc)
import Glibc
#endif

/// An append-only session journal on disk: a header line, then one JSON line per trainee action,
/// each written and `fsync`ed before the patient's reply is shown, so a killed terminal or a crash
/// loses no turn. Replaying the actions rebuilds the session exactly (the engine is deterministic).
public final class FileJournal {
    public let path: String
    private let fd: Int32

    public enum JournalError: Error, CustomStringConvertible {
        case open(String, Int32)
        case write(String, Int32)
        case corrupt(String, String)

        public var description: String {
            switch self {
            case .open(let p, let e): "cannot open \(p): \(String(cString: strerror(e)))"
            case .write(let p, let e): "cannot write \(p): \(String(cString: strerror(e)))"
            case .corrupt(let p, let why): "\(p): \(why)"
            }
        }
    }

    /// Creates a new journal with its header.
    public init(creating path: String, header: JournalHeader) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_APPEND, 0o600)
        guard fd >= 0 else { throw JournalError.open(path, errno) }
        self.path = path
        try writeLine(Self.encode(header))
    }

    /// Opens an existing journal to continue it.
    public init(appendingTo path: String) throws {
        fd = open(path, O_WRONLY | O_APPEND)
        guard fd >= 0 else { throw JournalError.open(path, errno) }
        self.path = path
    }

    deinit { close(fd) }

    public func append(_ record: JournalRecord) throws {
        try writeLine(Self.encode(record))
    }

    private func writeLine(_ text: String) throws {
        let bytes = Array((text + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw JournalError.write(path, errno)
            }
            offset += n
        }
        guard fsync(fd) == 0 else { throw JournalError.write(path, errno) }
    }

    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
    }

    /// A journal read back: its header, its actions, whether the session ended.
    public struct Contents: Sendable {
        public var header: JournalHeader
        public var records: [JournalRecord]
        public var ended: Bool { records.last?.action == .end }
    }

    /// Reads a journal; a torn last line (from a crash mid-write) is ignored.
    public static func read(_ path: String) throws -> Contents {
        guard let data = FileManager.default.contents(atPath: path) else { throw JournalError.open(path, errno) }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        guard let first = lines.first, let header = try? JSONDecoder().decode(JournalHeader.self, from: Data(first)) else {
            throw JournalError.corrupt(path, "not a session journal (no header line)")
        }
        var records: [JournalRecord] = []
        for (i, line) in lines.dropFirst().enumerated() {
            guard let r = try? JSONDecoder().decode(JournalRecord.self, from: Data(line)) else {
                if i == lines.count - 2 { break } // torn final line
                throw JournalError.corrupt(path, "line \(i + 2) is not a journal record")
            }
            records.append(r)
        }
        return Contents(header: header, records: records)
    }

    /// The most recently modified unfinished journal in `directory`, if any.
    public static func latestUnfinished(in directory: String, caseID: String? = nil) -> String? {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else { return nil }
        let candidates = names.filter { $0.hasSuffix(".jsonl") }.map { (directory as NSString).appendingPathComponent($0) }
        let dated = candidates.compactMap { p -> (String, Date)? in
            guard let attrs = try? fm.attributesOfItem(atPath: p), let d = attrs[.modificationDate] as? Date else { return nil }
            return (p, d)
        }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 > $1.0 }
        for (p, _) in dated {
            guard let c = try? read(p), !c.ended else { continue }
            if let caseID, c.header.caseID != caseID { continue }
            return p
        }
        return nil
    }
}

/// Where iptsim keeps per-user state and data (XDG base directories).
public enum UserDirectories {
    /// `$XDG_STATE_HOME/iptsim`, else `~/.local/state/iptsim`: journals and history.
    public static func state(_ env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        base(env["XDG_STATE_HOME"], fallback: ".local/state", env)
    }

    /// `$XDG_DATA_HOME/iptsim`, else `~/.local/share/iptsim`: records database, saved transcripts.
    public static func data(_ env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        base(env["XDG_DATA_HOME"], fallback: ".local/share", env)
    }

    static func base(_ xdg: String?, fallback: String, _ env: [String: String]) -> String {
        if let xdg, xdg.hasPrefix("/") { return (xdg as NSString).appendingPathComponent("iptsim") }
        let home = env["HOME"] ?? NSHomeDirectory()
        return ((home as NSString).appendingPathComponent(fallback) as NSString).appendingPathComponent("iptsim")
    }
}

import Crypto
import Foundation

/// The assessor's secret key for signing results: 256 random bits, stored as 64 hex digits in a
/// file readable only by its owner (mode 0600).
public struct ResultKey: Sendable {
    public let key: SymmetricKey

    public init(_ key: SymmetricKey) { self.key = key }

    public static func generate() -> ResultKey { ResultKey(SymmetricKey(size: .bits256)) }

    /// A short public fingerprint of the key (first 16 hex digits of its SHA-256), stored in
    /// signatures so a verifier can tell "wrong key" from "edited result".
    public var fingerprint: String {
        let digest = key.withUnsafeBytes { SHA256.hash(data: Data($0)) }
        return String(digest.map { String(format: "%02x", $0) }.joined().prefix(16))
    }

    public var hex: String { key.withUnsafeBytes { Data($0).map { String(format: "%02x", $0) }.joined() } }

    public enum Failure: Error, CustomStringConvertible {
        case exists(String), unreadable(String), malformed(String)
        public var description: String {
            switch self {
            case .exists(let p): "\(p) already exists; a key is never overwritten (choose another file or delete it yourself)"
            case .unreadable(let p): "cannot read the key file \(p)"
            case .malformed(let p): "\(p) is not an iptsim key (expected 64 hex digits, as written by 'iptsim exam keygen')"
            }
        }
    }

    /// Writes a new key to `path` with mode 0600; refuses to overwrite.
    public func write(to path: String) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: path) { throw Failure.exists(path) }
        let ok = fm.createFile(atPath: path, contents: Data((hex + "\n").utf8), attributes: [.posixPermissions: 0o600])
        guard ok else { throw Failure.unreadable(path) }
        try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }

    public static func read(from path: String) throws -> ResultKey {
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure.unreadable(path) }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count == 64, let bytes = Self.bytes(hex: text) else { throw Failure.malformed(path) }
        return ResultKey(SymmetricKey(data: bytes))
    }

    /// The key file's permissions allow others to read it.
    public static func isTooOpen(_ path: String) -> Bool {
        guard let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber else { return false }
        return mode.intValue & 0o077 != 0
    }

    static func bytes(hex: String) -> [UInt8]? {
        var out: [UInt8] = []
        var it = hex.utf8.makeIterator()
        while let a = it.next() {
            guard let b = it.next(), let hi = nibble(a), let lo = nibble(b) else { return nil }
            out.append(hi << 4 | lo)
        }
        return out
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x61...0x66: c - 0x61 + 10
        case 0x41...0x46: c - 0x41 + 10
        default: nil
        }
    }
}

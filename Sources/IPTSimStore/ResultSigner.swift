import Crypto
import Foundation
import IPTSimCore

/// A result with its signature: what `exam start` writes and `exam verify` checks.
public struct SignedResult: Sendable, Codable, Equatable {
    public var result: ExamResult
    public var signature: ResultSignature

    /// Pretty-printed JSON with sorted keys.
    public func json() throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try e.encode(self), as: UTF8.self) + "\n"
    }

    public static func decode(_ data: Data) throws -> SignedResult {
        try JSONDecoder().decode(SignedResult.self, from: data)
    }
}

/// HMAC-SHA256 over the canonical serialisation of the whole result, and one per named section
/// (candidate, blueprint, each case version, each transcript turn, each score, …) so that a
/// verifier can say *what* was changed, not only that something was.
public struct ResultSignature: Sendable, Codable, Equatable {
    public var algorithm: String
    /// `ResultKey.fingerprint` of the signing key.
    public var keyID: String
    /// HMAC of the canonical serialisation of `result`, hex.
    public var value: String
    /// Section name → HMAC of that section's canonical serialisation, hex.
    public var sections: [String: String]
}

/// Canonical serialisation: JSON with keys sorted, no insignificant whitespace, slashes
/// unescaped; numbers as Swift's shortest round-trip form. Decoding and re-encoding a result
/// gives the same bytes, so a verifier recomputes exactly what the signer signed.
public enum Canonical {
    public static func bytes(_ value: some Encodable) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try e.encode(value)
    }
}

public enum ResultSigner {
    public static let algorithm = "HMAC-SHA256"

    public static func sign(_ result: ExamResult, key: ResultKey) throws -> SignedResult {
        let sections = try ResultSections.of(result).mapValues { try mac($0, key) }
        let value = try mac(Canonical.bytes(result), key)
        return SignedResult(result: result, signature: ResultSignature(algorithm: algorithm, keyID: key.fingerprint, value: value, sections: sections))
    }

    static func mac(_ data: Data, _ key: ResultKey) throws -> String {
        Data(HMAC<SHA256>.authenticationCode(for: data, using: key.key)).map { String(format: "%02x", $0) }.joined()
    }

    /// Constant-time comparison of two hex MACs.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in x.indices { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}

/// The named parts of a result, each serialised canonically. Names are what `verify` reports.
public enum ResultSections {
    struct Pair<A: Encodable, B: Encodable>: Encodable { var a: A; var b: B }

    public static func of(_ r: ExamResult) throws -> [String: Data] {
        var out: [String: Data] = [:]
        out["candidate id"] = try Canonical.bytes(r.candidate)
        out["attempt number"] = try Canonical.bytes(r.attempt)
        out["blueprint"] = try Canonical.bytes(Pair(a: r.blueprint, b: r.blueprintHash))
        out["scorer"] = try Canonical.bytes(r.scorer)
        out["attempt timestamps"] = try Canonical.bytes([r.startedAt, r.finishedAt])
        out["outcome"] = try Canonical.bytes(r.outcome)
        out["session count"] = try Canonical.bytes(r.sessions.count)
        for (i, s) in r.sessions.enumerated() {
            let name = label(i, s)
            out["\(name): case version"] = try Canonical.bytes([s.caseID, s.caseVersion, s.caseHash, s.problemArea.rawValue,
                                                               s.transcript.caseID, s.transcript.caseVersion, s.transcript.caseHash])
            out["\(name): session"] = try Canonical.bytes([s.sessionID, s.phase.rawValue, s.endReason, s.transcript.sessionID,
                                                           String(s.transcript.seed), s.transcript.style.rawValue, s.transcript.mode.rawValue,
                                                           String(s.transcript.ended), String(s.transcript.format)])
            out["\(name): timestamps"] = try Canonical.bytes([s.startedAt, s.endedAt])
            out["\(name): score"] = try Canonical.bytes(s.score)
            out["\(name): opening"] = try Canonical.bytes(s.transcript.opening)
            out["\(name): turn count"] = try Canonical.bytes(s.transcript.turns.count)
            for (j, t) in s.transcript.turns.enumerated() {
                out["\(name): transcript turn \(j + 1)"] = try Canonical.bytes(t)
            }
        }
        return out
    }

    public static func label(_ i: Int, _ s: SessionResult) -> String { "session \(i + 1) (\(s.caseID)/\(s.sessionID))" }
}

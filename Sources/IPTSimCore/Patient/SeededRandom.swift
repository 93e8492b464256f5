/// SplitMix64: a small, fast, seedable generator. Its whole state is one integer, so a session's
/// random stream is saved and resumed exactly.
public struct SeededRandom: RandomNumberGenerator, Sendable, Codable, Equatable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    /// Stream number `index` of a family of streams seeded by `seed`. Streams of different
    /// indices (or seeds) share no draws. (Seeding with `seed + index * gamma` would not do:
    /// SplitMix64 adds gamma on every draw, so stream `i + 1` would be stream `i` shifted by one.)
    public static func stream(_ index: UInt64, of seed: UInt64) -> SeededRandom {
        var outer = SeededRandom(seed: seed)
        var inner = SeededRandom(seed: outer.next() ^ (index &* 0xD1B54A32D192ED03))
        return SeededRandom(seed: inner.next())
    }

    /// A uniform index in `0..<count` (count > 0).
    public mutating func index(_ count: Int) -> Int {
        Int(next() % UInt64(count))
    }
}

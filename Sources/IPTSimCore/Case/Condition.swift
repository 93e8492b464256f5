/// When a rule, variant or fallback applies. All fields present must hold (an AND);
/// `any` holds when one of its conditions does, `not` when its condition does not.
///
/// Each present field counts once toward a rule's specificity.
public struct Condition: Sendable, Codable, Equatable {
    /// The utterance carries at least one of these techniques.
    public var techniques: [String]?
    /// The utterance has one of these forms.
    public var forms: [Form]?
    /// The utterance refers to at least one of these people (by id).
    public var people: [String]?
    /// The utterance mentions at least one of these concepts (by id).
    public var concepts: [String]?
    /// A text pattern over the normalised utterance (see `TextPattern`).
    public var text: String?
    public var vars: [VarTest]?
    /// All of these facts are set.
    public var facts: [String]?
    /// None of these facts is set.
    public var notFacts: [String]?
    /// Trainee turn number window (1-based, inclusive).
    public var turn: Window?
    /// Session clock window in minutes (inclusive).
    public var clock: Window?
    /// All of these rules have fired this session.
    public var fired: [String]?
    /// None of these rules has fired this session.
    public var notFired: [String]?
    /// The patient is played in one of these styles.
    public var styles: [ConversationalStyle]?
    public var all: [Condition]?
    public var any: [Condition]?
    public var not: Box<Condition>?

    public init() {}

    /// The number of leaf tests in this condition, as the engine counts specificity when the
    /// condition holds (for `any`, this counts its weakest branch; the engine counts the branch
    /// that held).
    public var specificity: Int {
        var n = 0
        if techniques != nil { n += 1 }
        if forms != nil { n += 1 }
        if people != nil { n += 1 }
        if concepts != nil { n += 1 }
        if text != nil { n += 1 }
        n += vars?.count ?? 0
        n += facts?.count ?? 0
        n += notFacts?.count ?? 0
        if turn != nil { n += 1 }
        if clock != nil { n += 1 }
        n += fired?.count ?? 0
        n += notFired?.count ?? 0
        if styles != nil { n += 1 }
        n += all?.reduce(0) { $0 + $1.specificity } ?? 0
        n += any.map { $0.map(\.specificity).min() ?? 0 } ?? 0
        // As the engine counts it: a 'not' is one test however much it contains.
        n += not == nil ? 0 : 1
        return n
    }
}

/// A box that lets `Condition` contain itself.
public final class Box<T: Sendable & Codable & Equatable>: Sendable, Codable, Equatable {
    public let value: T
    public init(_ value: T) { self.value = value }
    public init(from decoder: any Decoder) throws { value = try T(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    public static func == (a: Box, b: Box) -> Bool { a.value == b.value }
}

/// A comparison of a declared variable with constants.
public struct VarTest: Sendable, Codable, Equatable {
    public var name: String
    public var eq: Int?
    public var ne: Int?
    public var lt: Int?
    public var lte: Int?
    public var gt: Int?
    public var gte: Int?

    public init(name: String, eq: Int? = nil, ne: Int? = nil, lt: Int? = nil, lte: Int? = nil, gt: Int? = nil, gte: Int? = nil) {
        self.name = name
        self.eq = eq; self.ne = ne; self.lt = lt; self.lte = lte; self.gt = gt; self.gte = gte
    }

    public func holds(_ v: Int) -> Bool {
        if let eq, v != eq { return false }
        if let ne, v == ne { return false }
        if let lt, !(v < lt) { return false }
        if let lte, !(v <= lte) { return false }
        if let gt, !(v > gt) { return false }
        if let gte, !(v >= gte) { return false }
        return true
    }

    /// The first comparison that fails for `v`, for explanations ("rapport 3 < 5 needed").
    public func failure(_ v: Int) -> String? {
        if let eq, v != eq { return "\(name) is \(v), needs = \(eq)" }
        if let ne, v == ne { return "\(name) is \(v), needs ≠ \(ne)" }
        if let lt, !(v < lt) { return "\(name) is \(v), needs < \(lt)" }
        if let lte, !(v <= lte) { return "\(name) is \(v), needs ≤ \(lte)" }
        if let gt, !(v > gt) { return "\(name) is \(v), needs > \(gt)" }
        if let gte, !(v >= gte) { return "\(name) is \(v), needs ≥ \(gte)" }
        return nil
    }

    /// The constants compared against, for range checks.
    public var constants: [(String, Int)] {
        [("eq", eq), ("ne", ne), ("lt", lt), ("lte", lte), ("gt", gt), ("gte", gte)].compactMap { k, v in v.map { (k, $0) } }
    }
}

/// An inclusive window; either end may be open.
public struct Window: Sendable, Codable, Equatable {
    public var from: Int?
    public var to: Int?

    public init(from: Int? = nil, to: Int? = nil) {
        self.from = from
        self.to = to
    }

    public func contains(_ v: Int) -> Bool {
        if let from, v < from { return false }
        if let to, v > to { return false }
        return true
    }
}

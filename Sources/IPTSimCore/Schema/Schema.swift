/// A small schema language: the one source of truth for the case file format.
///
/// From it the project generates the published JSON Schema (`iptsim schema`) and performs the
/// structural check of a parsed file with located diagnostics (wrong types, missing and unknown
/// keys, invalid values, out-of-range numbers), reporting every problem rather than the first.
public indirect enum Schema: Sendable {
    case object(ObjectSchema)
    /// An object whose keys are free and whose values follow one schema.
    case map(Schema, doc: String)
    /// `empty`, when given, is the diagnostic reported for an empty array instead of `too-few`:
    /// a code naming what is missing (`missing-reply`) and how to add it.
    case array(Schema, doc: String, minItems: Int? = nil, maxItems: Int? = nil, empty: EmptyArray? = nil)
    case string(StringSchema)
    case integer(doc: String, min: Int? = nil, max: Int? = nil)
    /// Any JSON number (e.g. a pass mark such as 3.0).
    case number(doc: String, min: Double? = nil, max: Double? = nil)
    case boolean(doc: String)
    /// A reference to a named definition.
    case ref(String)
}

/// The diagnostic for an array that must not be empty, e.g. a rule without reply variants.
public struct EmptyArray: Sendable {
    public var code: String
    public var message: String
    public var fix: String

    public init(code: String, _ message: String, fix: String) {
        self.code = code
        self.message = message
        self.fix = fix
    }
}

public struct Property: Sendable {
    public var name: String
    public var schema: Schema
    public var required: Bool

    public init(_ name: String, _ schema: Schema, required: Bool = false) {
        self.name = name
        self.schema = schema
        self.required = required
    }
}

public struct ObjectSchema: Sendable {
    public var doc: String
    public var properties: [Property]
    /// At most one of these keys may appear (and, if `exactlyOne`, one must).
    public var oneOfKeys: [String]?
    public var exactlyOne: Bool
    /// Added to the fix when several of `oneOfKeys` appear, e.g. how to split an effect.
    public var oneOfHint: String?

    public init(_ doc: String, _ properties: [Property], oneOfKeys: [String]? = nil, exactlyOne: Bool = false, oneOfHint: String? = nil) {
        self.doc = doc
        self.properties = properties
        self.oneOfKeys = oneOfKeys
        self.exactlyOne = exactlyOne
        self.oneOfHint = oneOfHint
    }
}

public struct StringSchema: Sendable {
    public var doc: String
    /// Allowed values, if closed.
    public var values: [String]?
    /// A regular expression the value must match (ECMA-262 subset, also used by editors).
    public var pattern: String?
    /// A human description of the pattern for messages.
    public var patternHint: String?
    /// The diagnostic code for a value outside `values` (e.g. `unknown-technique`).
    public var code: String
    /// The noun used in messages ("technique", "form").
    public var noun: String
    public var minLength: Int?

    public init(_ doc: String, values: [String]? = nil, pattern: String? = nil, patternHint: String? = nil,
                code: String = "invalid-value", noun: String = "value", minLength: Int? = nil) {
        self.doc = doc
        self.values = values
        self.pattern = pattern
        self.patternHint = patternHint
        self.code = code
        self.noun = noun
        self.minLength = minLength
    }
}

/// A named set of definitions with a root.
public struct SchemaDocument: Sendable {
    public var id: String
    public var title: String
    public var root: String
    public var definitions: [(name: String, schema: Schema)]
    /// How messages name the whole document ("the case", "the blueprint").
    public var rootNoun: String = "the case"

    public func definition(_ name: String) -> Schema? {
        definitions.first { $0.name == name }?.schema
    }
}

import Testing
@testable import IPTSimCore

@Suite("JSON scanner")
struct JSONScannerTests {
    static func value(_ text: String) throws -> JSONNode.Value {
        let (node, diagnostics) = JSONScanner.parse(text)
        #expect(diagnostics == [])
        return try #require(node).value
    }

    @Test(arguments: [
        ("true", JSONNode.Value.bool(true)),
        ("false", .bool(false)),
        ("null", .null),
        ("0", .number(0, raw: "0")),
        ("-12", .number(-12, raw: "-12")),
        ("3.25", .number(3.25, raw: "3.25")),
        ("1e3", .number(1000, raw: "1e3")),
        ("-2.5E-1", .number(-0.25, raw: "-2.5E-1")),
        ("\"hi\"", .string("hi")),
        ("[]", .array([])),
        ("{}", .object([])),
    ])
    func scalarValues(text: String, expected: JSONNode.Value) throws {
        #expect(try Self.value(text) == expected)
        #expect(try Self.value("  \n\t" + text + " \r\n") == expected)
    }

    @Test(arguments: [
        (#""a\"b""#, "a\"b"),
        (#""a\\b""#, "a\\b"),
        (#""a\/b""#, "a/b"),
        (#""\b\f\n\r\t""#, "\u{08}\u{0C}\n\r\t"),
        (#""\u00e9t\u00C9""#, "étÉ"),
        (#""\ud83d\ude00""#, "😀"),
        (#""😀 héllo""#, "😀 héllo"),
        (#""\uD800x""#, "\u{FFFD}x"),
        (#""\uD83D\u0041""#, "\u{FFFD}A"),
    ])
    func escapesAndUnicode(text: String, expected: String) throws {
        #expect(try Self.value(text) == .string(expected))
    }

    @Test("positions of values and keys, columns in Unicode scalars")
    func positions() throws {
        let m = Marked("1️⃣{\n  2️⃣\"é😀\": 3️⃣[4️⃣1, 5️⃣{6️⃣\"k\": 7️⃣null}],\n  8️⃣\"b\":9️⃣true\n}")
        let node = try #require(JSONScanner.parse(m.text).node)
        #expect(node.position == m[1])
        let members = try #require(node.members)
        #expect(members[0].keyPosition == m[2])
        #expect(members[0].value.position == m[3])
        let elements = try #require(members[0].value.elements)
        #expect(elements[0].position == m[4])
        #expect(elements[1].position == m[5])
        #expect(elements[1].members?[0].keyPosition == m[6])
        #expect(elements[1].members?[0].value.position == m[7])
        #expect(members[1].keyPosition == m[8])
        #expect(members[1].value.position == m[9])
        #expect(node.keyPosition(at: [.key("b")]) == m[8])
        #expect(node.node(at: [.key("é😀"), .index(1), .key("k")]).position == m[7])
        #expect(node.node(at: [.key("é😀"), .index(7)]).position == m[3], "a missing step stops at the deepest node")
    }

    @Test("a byte-order mark is skipped")
    func byteOrderMark() {
        let (node, diagnostics) = JSONScanner.parse([0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8))
        #expect(diagnostics == [])
        #expect(node?.position == SourcePosition(line: 1, column: 1))
    }

    /// Every syntax error with the exact position (marker) the diagnostic must point at.
    @Test(arguments: [
        ("1️⃣", "empty-file"),
        ("{\"a\": 1} 1️⃣x", "syntax"),
        ("{\"a\": 1}1️⃣}", "syntax"),
        ("{\"a\": 1️⃣'x'}", "syntax"),
        ("{\"a\": 1️⃣// c\n 1}", "syntax"),
        ("{1️⃣a: 1}", "syntax"),
        ("{\"a\" 1️⃣1}", "syntax"),
        ("{\"a\": 1 1️⃣:}", "syntax"),
        ("{\"a\": 1️⃣", "syntax"),
        ("{\"a\": 11️⃣", "syntax"),
        ("[1 1️⃣:]", "syntax"),
        ("[1, 21️⃣", "syntax"),
        ("{\"a\": 1️⃣\"abc}", "syntax"),
        ("{\"a\": 1️⃣\"ab\ncd\"}", "syntax"),
        ("{\"a\": \"ab1️⃣\u{01}\"}", "syntax"),
        ("{\"a\": \"a1️⃣\\q\"}", "syntax"),
        ("{\"a\": \"1️⃣\\u12G4\"}", "syntax"),
        ("[1️⃣-]", "syntax"),
        ("[1️⃣01]", "syntax"),
        ("[1️⃣1.]", "syntax"),
        ("[1️⃣1e]", "syntax"),
        ("[1️⃣tru]", "syntax"),
        ("[1️⃣nulls]", "syntax"),
        ("[]1️⃣]", "syntax"),
        ("[1, 1️⃣,]", "syntax"),
        ("{\"a\": 1,1️⃣,}", "syntax"),
    ])
    func syntaxError(source: String, code: String) {
        let m = Marked(source)
        let (node, diagnostics) = JSONScanner.parse(m.text)
        #expect(node == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.code == code)
        if let p = m.positions[1] { #expect(diagnostics.first?.position == p, "\(diagnostics)") }
        #expect(diagnostics.allSatisfy { !($0.fix ?? "").isEmpty })
    }

    @Test("recoverable errors: every one reported, the document still parsed")
    func recovery() throws {
        let m = Marked("""
        {
          "a": 11️⃣
          "b": [1, 22️⃣ 3, 43️⃣,],
          "c": {"x": 14️⃣,},
          5️⃣"a": 2
        }
        """)
        let (node, diagnostics) = JSONScanner.parse(m.text)
        let root = try #require(node)
        #expect(diagnostics.map(\.code) == ["missing-comma", "missing-comma", "trailing-comma", "trailing-comma", "duplicate-key"])
        try #require(diagnostics.count == 5)
        #expect(diagnostics.map(\.position) == [m[1], m[2], m[3], m[4], m[5]])
        #expect(root["a"]?.value == .number(1, raw: "1"), "the first of duplicate keys is kept")
        #expect(root["b"]?.elements?.count == 4)
        #expect(root["c"]?["x"] != nil)
        #expect(diagnostics[4].message.contains("first defined at 2:3"))
    }

    @Test("recovery stops at the first unrecoverable error")
    func recoveryThenFatal() {
        let (node, diagnostics) = JSONScanner.parse("{\"a\": 1 \"b\": 2, \"c\": }")
        #expect(node == nil)
        #expect(diagnostics.map(\.code) == ["missing-comma", "syntax"])
    }

    @Test("nesting is limited to 200 levels")
    func nestingLimit() {
        let ok = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(JSONScanner.parse(ok).diagnostics == [])
        let deep = String(repeating: "[", count: 201) + String(repeating: "]", count: 201)
        let (node, diagnostics) = JSONScanner.parse(deep)
        #expect(node == nil)
        #expect(diagnostics.map(\.code) == ["syntax"])
        #expect(diagnostics.first?.message.contains("nesting deeper than 200") == true)
        #expect(diagnostics.first?.position == SourcePosition(line: 1, column: 201))
        let deepObjects = String(repeating: "{\"a\":", count: 300) + "1" + String(repeating: "}", count: 300)
        #expect(JSONScanner.parse(deepObjects).node == nil)
    }

    @Test("type names for messages")
    func typeNames() throws {
        #expect(JSONNode(.number(3, raw: "3"), at: .init(line: 1, column: 1)).typeName == "an integer")
        #expect(JSONNode(.number(3.5, raw: "3.5"), at: .init(line: 1, column: 1)).typeName == "a number")
        #expect(JSONNode(.null, at: .init(line: 1, column: 1)).typeName == "null")
    }

    @Test("dotted paths")
    func dotted() {
        let path: [JSONNode.PathComponent] = [.key("sessions"), .index(0), .key("rules"), .index(3), .key("when")]
        #expect(path.dotted == "sessions[0].rules[3].when")
    }
}

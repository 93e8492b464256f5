/// A strict JSON parser that records the position of every value and key.
///
/// Foundation's `JSONDecoder` on Linux reports no positions and accepts trailing commas; this
/// scanner reports syntax errors as located diagnostics, recovers from the common ones (a missing
/// or trailing comma, a duplicate key) so that a file's problems come out in one run, and stops at
/// the first error it cannot step over.
public struct JSONScanner {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    public private(set) var diagnostics: [Diagnostic] = []
    private var depth = 0
    private static let maxDepth = 200

    private struct Fatal: Error {}

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses a whole document. The node is `nil` when an unrecoverable syntax error was found.
    public static func parse(_ bytes: [UInt8]) -> (node: JSONNode?, diagnostics: [Diagnostic]) {
        var scanner = JSONScanner(bytes)
        let node = scanner.parseDocument()
        return (node, scanner.diagnostics)
    }

    public static func parse(_ text: String) -> (node: JSONNode?, diagnostics: [Diagnostic]) {
        parse(Array(text.utf8))
    }

    mutating func parseDocument() -> JSONNode? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        do {
            skipWhitespace()
            guard index < bytes.count else {
                fail("empty-file", "the file is empty", fix: "a case file is one JSON object: start with '{'")
                return nil
            }
            let node = try parseValue()
            skipWhitespace()
            if index < bytes.count {
                fail("syntax", "unexpected \(describeCurrent()) after the end of the document",
                     fix: "remove it, or check for an extra closing bracket before it")
                return nil
            }
            return node
        } catch {
            return nil
        }
    }

    // MARK: - Values

    private mutating func parseValue() throws -> JSONNode {
        skipWhitespace()
        guard index < bytes.count else {
            fail("syntax", "unexpected end of file, expected a value", fix: "the document is cut short; close every open '{' and '['")
            throw Fatal()
        }
        let start = position
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(.bool(true), at: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(.bool(false), at: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(.null, at: start)
        case UInt8(ascii: "'"):
            fail("syntax", "strings must use double quotes", fix: "replace the single quotes with \"")
            throw Fatal()
        case UInt8(ascii: "/"):
            fail("syntax", "comments are not allowed in JSON", fix: "remove the comment, or put the text in a \"note\" field")
            throw Fatal()
        case let c where isIdentifierByte(c):
            let word = peekWord()
            fail("syntax", "unexpected '\(word)', expected a value", fix: "text must be in double quotes: write \"\(word)\"")
            throw Fatal()
        default:
            fail("syntax", "unexpected \(describeCurrent()), expected a value",
                 fix: "a value is a string in double quotes, a number, true, false, null, an object or an array")
            throw Fatal()
        }
    }

    private mutating func enter() throws {
        depth += 1
        if depth > Self.maxDepth {
            fail("syntax", "nesting deeper than \(Self.maxDepth) levels", fix: "flatten the structure")
            throw Fatal()
        }
    }

    private mutating func parseObject() throws -> JSONNode {
        let start = position
        try enter()
        defer { depth -= 1 }
        advance() // {
        var members: [JSONNode.Member] = []
        var seen: [String: SourcePosition] = [:]
        skipWhitespace()
        if peek == UInt8(ascii: "}") { advance(); return JSONNode(.object([]), at: start) }
        while true {
            skipWhitespace()
            guard index < bytes.count else {
                fail("syntax", "unexpected end of file inside the object opened at \(start)", fix: "add the missing '}'")
                throw Fatal()
            }
            guard peek == UInt8(ascii: "\"") else {
                if peek == UInt8(ascii: "}") { // only reachable after a comma
                    advance()
                    return JSONNode(.object(members), at: start)
                }
                if let c = peek, isIdentifierByte(c) {
                    fail("syntax", "object keys must be strings in double quotes", fix: "write \"\(peekWord())\"")
                } else {
                    fail("syntax", "unexpected \(describeCurrent()), expected a key in double quotes or '}'",
                         fix: "check the member before this point")
                }
                throw Fatal()
            }
            let keyPosition = position
            let key = try parseString()
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else {
                fail("syntax", "expected ':' after the key \"\(key)\"", fix: "write \"\(key)\": followed by its value")
                throw Fatal()
            }
            advance()
            let value = try parseValue()
            if let first = seen[key] {
                fail("duplicate-key", "duplicate key \"\(key)\" (first defined at \(first))",
                     fix: "remove one of them or merge their contents", at: keyPosition)
            } else {
                seen[key] = keyPosition
                members.append(.init(key: key, keyPosition: keyPosition, value: value))
            }
            let afterValue = position
            skipWhitespace()
            switch peek ?? 0 {
            case UInt8(ascii: ","):
                let commaPosition = position
                advance()
                skipWhitespace()
                if peek == UInt8(ascii: "}") {
                    fail("trailing-comma", "trailing comma before '}'", fix: "remove the ','", at: commaPosition)
                    advance()
                    return JSONNode(.object(members), at: start)
                }
            case UInt8(ascii: "}"):
                advance()
                return JSONNode(.object(members), at: start)
            case UInt8(ascii: "\""):
                fail("missing-comma", "missing ',' between object members", fix: "add ',' after this value", at: afterValue)
            default:
                if index >= bytes.count {
                    fail("syntax", "unexpected end of file inside the object opened at \(start)", fix: "add the missing '}'")
                } else {
                    fail("syntax", "unexpected \(describeCurrent()) after the value of \"\(key)\", expected ',' or '}'",
                         fix: "separate members with ',' and close the object with '}'")
                }
                throw Fatal()
            }
        }
    }

    private mutating func parseArray() throws -> JSONNode {
        let start = position
        try enter()
        defer { depth -= 1 }
        advance() // [
        var elements: [JSONNode] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") { advance(); return JSONNode(.array([]), at: start) }
        while true {
            skipWhitespace()
            if peek == UInt8(ascii: "]"), !elements.isEmpty { // only after a comma
                advance()
                return JSONNode(.array(elements), at: start)
            }
            elements.append(try parseValue())
            let afterValue = position
            skipWhitespace()
            switch peek ?? 0 {
            case UInt8(ascii: ","):
                let commaPosition = position
                advance()
                skipWhitespace()
                if peek == UInt8(ascii: "]") {
                    fail("trailing-comma", "trailing comma before ']'", fix: "remove the ','", at: commaPosition)
                    advance()
                    return JSONNode(.array(elements), at: start)
                }
            case UInt8(ascii: "]"):
                advance()
                return JSONNode(.array(elements), at: start)
            case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "-"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                fail("missing-comma", "missing ',' between array elements", fix: "add ',' after this value", at: afterValue)
            default:
                if index >= bytes.count {
                    fail("syntax", "unexpected end of file inside the array opened at \(start)", fix: "add the missing ']'")
                } else {
                    fail("syntax", "unexpected \(describeCurrent()) in an array, expected ',' or ']'",
                         fix: "separate elements with ',' and close the array with ']'")
                }
                throw Fatal()
            }
        }
    }

    private mutating func parseString() throws -> String {
        let start = position
        advance() // opening quote
        var runStart = index
        var buffer: [UInt8] = []
        func flush(_ s: inout JSONScanner) {
            if runStart < s.index { buffer.append(contentsOf: s.bytes[runStart..<s.index]) }
        }
        while true {
            guard index < bytes.count else {
                fail("syntax", "unterminated string", fix: "add the closing '\"'", at: start)
                throw Fatal()
            }
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                flush(&self)
                advance()
                break
            }
            if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                fail("syntax", "unterminated string (a line break inside a string)",
                     fix: "close the string with '\"' on the same line, or write the line break as \\n", at: start)
                throw Fatal()
            }
            if b < 0x20 {
                fail("syntax", "control character inside a string", fix: "escape it, e.g. write a tab as \\t")
                throw Fatal()
            }
            if b == UInt8(ascii: "\\") {
                flush(&self)
                let escapePosition = position
                advance()
                guard let e = peek else { continue }
                advance()
                switch e {
                case UInt8(ascii: "\""): buffer.append(0x22)
                case UInt8(ascii: "\\"): buffer.append(0x5C)
                case UInt8(ascii: "/"): buffer.append(0x2F)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try readHex4(at: escapePosition)
                    // A high surrogate combines with a following low surrogate escape; anything
                    // else after it is left alone (the lone surrogate becomes U+FFFD).
                    if (0xD800...0xDBFF).contains(code), peek == UInt8(ascii: "\\"),
                       index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u"),
                       let low = peekHex4(at: index + 2), (0xDC00...0xDFFF).contains(low) {
                        for _ in 0..<6 { advance() }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                    buffer.append(contentsOf: Array(String(scalar).utf8))
                default:
                    fail("syntax", "invalid escape '\\\(Character(Unicode.Scalar(e)))' in a string",
                         fix: "write a backslash as \\\\", at: escapePosition)
                    throw Fatal()
                }
                runStart = index
                continue
            }
            advance()
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    private mutating func readHex4(at escapePosition: SourcePosition) throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let c = peek, let digit = hexValue(c) else {
                fail("syntax", "invalid \\u escape: expected four hex digits", fix: "write it as \\u00e9", at: escapePosition)
                throw Fatal()
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private func peekHex4(at start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for b in bytes[start..<(start + 4)] {
            guard let digit = hexValue(b) else { return nil }
            value = value * 16 + digit
        }
        return value
    }

    private mutating func parseNumber() throws -> JSONNode {
        let start = position
        let from = index
        if peek == UInt8(ascii: "-") { advance() }
        guard let first = peek, isDigit(first) else {
            fail("syntax", "invalid number", fix: "a number is digits with an optional '-', fraction and exponent", at: start)
            throw Fatal()
        }
        if first == UInt8(ascii: "0"), index + 1 < bytes.count, isDigit(bytes[index + 1]) {
            fail("syntax", "numbers may not have leading zeros", fix: "remove the leading 0", at: start)
            throw Fatal()
        }
        while let c = peek, isDigit(c) { advance() }
        if peek == UInt8(ascii: ".") {
            advance()
            guard let c = peek, isDigit(c) else {
                fail("syntax", "invalid number: digits expected after '.'", fix: "write 1.0 rather than 1.", at: start)
                throw Fatal()
            }
            while let c = peek, isDigit(c) { advance() }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            advance()
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { advance() }
            guard let c = peek, isDigit(c) else {
                fail("syntax", "invalid number: digits expected in the exponent", fix: "write 1e3", at: start)
                throw Fatal()
            }
            while let c = peek, isDigit(c) { advance() }
        }
        let raw = String(decoding: bytes[from..<index], as: UTF8.self)
        return JSONNode(.number(Double(raw) ?? 0, raw: raw), at: start)
    }

    private mutating func expectWord(_ word: String) throws {
        let start = position
        for expected in word.utf8 {
            guard peek == expected else {
                fail("syntax", "unexpected '\(peekWord(from: start))', expected a value",
                     fix: "strings need double quotes; literals are true, false and null", at: start)
                throw Fatal()
            }
            advance()
        }
        if let c = peek, isIdentifierByte(c) {
            fail("syntax", "unexpected '\(word)\(peekWord())', expected a value",
                 fix: "strings need double quotes; literals are true, false and null", at: start)
            throw Fatal()
        }
    }

    /// The position of the `offset`-th decoded scalar of the string literal that starts (with its
    /// opening quote) at `start`, counting escapes as written. Without bytes, assumes no escapes.
    public static func position(ofScalar offset: Int, inStringAt start: SourcePosition, in bytes: [UInt8]) -> SourcePosition {
        var line = 1, column = 1, i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, (line, column) < (start.line, start.column) {
            if bytes[i] == UInt8(ascii: "\n") { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        guard i < bytes.count, (line, column) == (start.line, start.column), bytes[i] == UInt8(ascii: "\"") else {
            return SourcePosition(line: start.line, column: start.column + 1 + offset)
        }
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for b in bytes[at..<(at + 4)] {
                switch b {
                case 0x30...0x39: v = v * 16 + UInt32(b - 0x30)
                case 0x41...0x46: v = v * 16 + UInt32(b - 0x41 + 10)
                case 0x61...0x66: v = v * 16 + UInt32(b - 0x61 + 10)
                default: return nil
                }
            }
            return v
        }
        i += 1
        column += 1
        var scalars = 0
        while scalars < offset, i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
            if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count {
                if bytes[i + 1] == UInt8(ascii: "u"), let high = hex4(i + 2) {
                    if (0xD800...0xDBFF).contains(high), i + 7 < bytes.count, bytes[i + 6] == UInt8(ascii: "\\"),
                       bytes[i + 7] == UInt8(ascii: "u"), let low = hex4(i + 8), (0xDC00...0xDFFF).contains(low) {
                        i += 12; column += 12
                    } else {
                        i += 6; column += 6
                    }
                } else {
                    i += 2; column += 2
                }
            } else {
                i += 1
                while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
                column += 1
            }
            scalars += 1
        }
        return SourcePosition(line: line, column: column)
    }

    // MARK: - Low level

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private mutating func advance() {
        guard index < bytes.count else { return }
        let b = bytes[index]
        index += 1
        if b == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if b & 0xC0 != 0x80 { // count scalars, not continuation bytes
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let c = peek, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { advance() }
    }

    private func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    private func isIdentifierByte(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || isDigit(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
    }

    private func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: UInt32(c - 0x30)
        case 0x41...0x46: UInt32(c - 0x41 + 10)
        case 0x61...0x66: UInt32(c - 0x61 + 10)
        default: nil
        }
    }

    private func peekWord(from start: SourcePosition? = nil) -> String {
        var end = index
        var begin = index
        if start != nil { while begin > 0, isIdentifierByte(bytes[begin - 1]) { begin -= 1 } }
        while end < bytes.count, isIdentifierByte(bytes[end]) { end += 1 }
        let word = String(decoding: bytes[begin..<min(end, begin + 40)], as: UTF8.self)
        return word.isEmpty ? describeCurrent() : word
    }

    private func describeCurrent() -> String {
        guard let c = peek else { return "end of file" }
        switch c {
        case UInt8(ascii: "}"): return "'}'"
        case UInt8(ascii: "]"): return "']'"
        case UInt8(ascii: ","): return "','"
        case UInt8(ascii: ":"): return "':'"
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(c)))'"
        default: return "byte 0x\(String(c, radix: 16))"
        }
    }

    private mutating func fail(_ code: String, _ message: String, fix: String?, at: SourcePosition? = nil) {
        diagnostics.append(Diagnostic(.error, code: code, message, fix: fix, at: at ?? position))
    }
}

import Foundation
import Testing
@testable import IPTSimCore

/// Paths into the repository, found from this file so that tests run from any folder.
enum Repo {
    /// `Tests/IPTSimCoreTests/Foundation/Support.swift` → repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    static var minimalCase: String {
        get throws { try text("Tests/IPTSimCoreTests/Fixtures/minimal-case.json") }
    }

    static var sampleCase: String {
        get throws { try text("Scenarios/sample-feature-tour.json") }
    }

    /// The `.json` case files directly in `Scenarios/`.
    static func scenarioFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url("Scenarios").path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }
}

/// A text with inline position markers (`1️⃣` … `9️⃣`), as swift-format's FindingSpec uses: the
/// markers are removed and the line and column (1-based, in Unicode scalars, as the scanner
/// counts) of each is recorded.
struct Marked {
    let text: String
    let positions: [Int: SourcePosition]

    init(_ source: String) {
        let scalars = Array(source.unicodeScalars)
        var out = String.UnicodeScalarView()
        var positions: [Int: SourcePosition] = [:]
        var line = 1, column = 1
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if i + 2 < scalars.count, ("1"..."9").contains(s), scalars[i + 1] == "\u{FE0F}", scalars[i + 2] == "\u{20E3}" {
                positions[Int(s.value - 0x30)] = SourcePosition(line: line, column: column)
                i += 3
                continue
            }
            out.append(s)
            if s == "\n" { line += 1; column = 1 } else { column += 1 }
            i += 1
        }
        text = String(out)
        self.positions = positions
    }

    subscript(_ marker: Int) -> SourcePosition { positions[marker]! }
}

/// An edit of a fixture: `find` must occur exactly once and is replaced by `replace`.
struct Edit: Sendable, CustomStringConvertible {
    var find: String
    var replace: String
    init(_ find: String, _ replace: String) { self.find = find; self.replace = replace }
    var description: String { "\(find) → \(replace)" }
}

extension String {
    /// Applies edits, failing the test if a `find` text is missing or ambiguous.
    func applying(_ edits: [Edit], sourceLocation: SourceLocation = #_sourceLocation) -> String {
        var text = self
        for edit in edits {
            let count = text.components(separatedBy: edit.find).count - 1
            #expect(count == 1, "'\(edit.find)' occurs \(count) times in the fixture", sourceLocation: sourceLocation)
            if let range = text.range(of: edit.find) { text.replaceSubrange(range, with: edit.replace) }
        }
        return text
    }
}

enum Load {
    static func text(_ s: String) -> LoadResult { CaseLoader.load(Data(s.utf8)) }

    static func minimal(_ edits: [Edit] = []) throws -> Case {
        let result = text(try Repo.minimalCase.applying(edits))
        #expect(result.diagnostics.filter { $0.severity == .error } == [])
        return try #require(result.case)
    }

    static func sample() throws -> Case {
        try #require(text(try Repo.sampleCase).case)
    }
}

extension Intervention {
    /// A hand-built intervention so that engine tests do not depend on the recognizer.
    static func with(_ techniques: [String] = [], text: String = "hm", form: Form = .openQuestion,
                     people: [String] = [], concepts: [String] = [], scores: [Double]? = nil) -> Intervention {
        Intervention(text: text, form: form, techniques: techniques, scores: scores, people: people, concepts: concepts)
    }
}

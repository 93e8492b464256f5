import Foundation
import Testing
@testable import IPTSimCore

/// Seeded mutations of the minimal case: the loader never crashes, every error is located inside
/// the file, and a file with errors never yields a case.
@Suite("Robustness: mutated case files")
struct RobustnessTests {
    static let alphabet = Array("{}[]\":,0123456789.-eE tfnul\\/\n\"é😀abcxyz~()|*!^$".unicodeScalars)

    static func mutate(_ text: [Unicode.Scalar], _ rng: inout SeededRandom) -> [Unicode.Scalar] {
        var t = text
        for _ in 0..<(1 + rng.index(3)) {
            let i = rng.index(t.count)
            switch rng.index(3) {
            case 0: t.remove(at: i)
            case 1: t.insert(alphabet[rng.index(alphabet.count)], at: i)
            default: t[i] = alphabet[rng.index(alphabet.count)]
            }
        }
        return t
    }

    @Test("seeded mutations", arguments: 0..<8)
    func mutations(batch: Int) throws {
        let original = Array(try Repo.minimalCase.unicodeScalars)
        var rng = SeededRandom(seed: UInt64(batch))
        for _ in 0..<100 {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: Self.mutate(original, &rng))
            let text = String(scalars)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let result = Load.text(text)
            for d in result.diagnostics {
                guard let p = d.position else { continue }
                #expect(p.line >= 1 && p.line <= lines.count, "\(d.rendered(file: "x"))")
                #expect(p.column >= 1 && p.column <= lines[p.line - 1].unicodeScalars.count + 1, "\(d.rendered(file: "x"))")
                #expect(!d.message.isEmpty)
            }
            if result.diagnostics.hasErrors { #expect(result.case == nil) }
        }
    }

    @Test("random text patterns compile or fail with an offset inside the pattern", arguments: 0..<4)
    func patterns(batch: Int) {
        var rng = SeededRandom(seed: 100 + UInt64(batch))
        for _ in 0..<300 {
            let length = 1 + rng.index(12)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length { scalars.append(Self.alphabet[rng.index(Self.alphabet.count)]) }
            let source = String(scalars)
            do {
                let p = try TextPattern(source)
                _ = p.match(["a", "b", "c"], concept: { _ in [["a"]] })
            } catch {
                #expect(error.offset >= 0 && error.offset <= source.unicodeScalars.count, "\(source): \(error.message)")
            }
        }
    }
}

import Testing
@testable import IPTSimCore

/// Swift seeds its hashing per process, so anything that follows a dictionary's order differs
/// between runs. Readings tied on score and table order were ranked that way (two case-dependent
/// readings of "What was your relationship with Abena like? How did she die?" swapped in 2 runs
/// of 6). An exam must replay identically, so the ranking is a total order.
@Suite("Ranking order")
struct RecognitionRankingOrderTests {
    @Test("ties on score and table order are broken by the technique id, whatever the input order")
    func totalOrder() {
        let a = ("relationship-review", 0.94, -1), b = ("death-narrative", 0.94, -1), c = ("inventory", 0.97, 5), d = ("exploration", 0.94, 3)
        let expected = ["inventory", "death-narrative", "relationship-review", "exploration"]
        for input in [[a, b, c, d], [b, a, d, c], [d, c, b, a], [c, d, a, b]] {
            #expect(input.sorted(by: RuleRecognizer.ranksBefore).map(\.0) == expected)
        }
    }
}

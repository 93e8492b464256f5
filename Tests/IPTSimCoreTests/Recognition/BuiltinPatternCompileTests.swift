import Testing
@testable import IPTSimCore

@Suite("Built-in technique patterns")
struct BuiltinPatternCompileTests {
    /// `RuleIndex` skips a pattern that does not compile; a typo would silently drop a rule.
    @Test func everyBuiltinPatternCompiles() {
        for e in TechniqueRules.entries {
            for source in e.patterns {
                do { _ = try TextPattern(source) } catch {
                    Issue.record("\(e.technique): '\(source)' does not compile: \(error.message) at \(error.offset)")
                }
            }
        }
    }
}

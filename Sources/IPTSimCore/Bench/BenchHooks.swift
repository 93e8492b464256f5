/// Entry points for `iptsim bench` into work that the product does once per process and keeps
/// (so that it can be timed repeatedly). Pure: they build and return, nothing is cached.
public enum BenchHooks {
    /// Builds the built-in rule table and its word index afresh (what the first utterance of a
    /// process pays through `TechniqueRules.index`); returns the number of rules.
    public static func buildRuleIndex() -> Int {
        RuleIndex(TechniqueRules.entries, concepts: BuiltinConcepts.compiled).rules.count
    }
}

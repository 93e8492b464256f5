/// The problem-area strategies: grief, role dispute, role transition, interpersonal deficits.
extension TechniqueRules {
    static let strategies: [RuleIndex.Entry] = griefStrategies + disputeStrategies + transitionStrategies + deficitStrategies + strategyAreaTechniques
}

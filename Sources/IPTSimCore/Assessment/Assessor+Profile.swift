/// The fidelity profile: MITI-like counts over every trainee turn (PHQ-9 administrations
/// included; their technique is `measure`, their form `information`).
extension Assessor {
    static let affectTechniques = ["affect-elicit", "affect-validate"]

    func profile(_ tl: Timeline, proscribed: Int) -> FidelityProfile {
        var byTechnique: [String: Int] = [:]
        var byForm: [Form: Int] = [:]
        var uses = 0, consistent = 0
        for i in tl.turns.indices {
            byForm[tl.turns[i].intervention.form, default: 0] += 1
            for id in Set(tl.turns[i].intervention.techniques) where TechniqueCatalogue.info(id) != nil {
                byTechnique[id, default: 0] += 1
                uses += 1
                if TechniqueCatalogue.family(of: id)?.isIPTConsistent ?? false { consistent += 1 }
            }
        }
        let families = TechniqueFamily.allCases.map { f in
            (f, byTechnique.filter { TechniqueCatalogue.family(of: $0.key) == f }.values.reduce(0, +))
        }
        let n = tl.turns.count
        func density(_ ids: [String]) -> Double {
            guard n > 0 else { return 0 }
            var k = 0
            for i in tl.turns.indices where tl.uses(i, ids) { k += 1 }
            return Double(k) / Double(n)
        }
        return FidelityProfile(
            turns: n, minutes: tl.endSeconds / 60,
            families: families.map { (family: $0.0, count: $0.1) },
            techniques: TechniqueCatalogue.ids.compactMap { id in byTechnique[id].map { (id: id, count: $0) } },
            forms: Form.allCases.map { f in (form: f, count: byForm[f] ?? 0) },
            iptConsistentShare: uses == 0 ? nil : Double(consistent) / Double(uses),
            openQuestions: byForm[.openQuestion] ?? 0, closedQuestions: byForm[.closedQuestion] ?? 0,
            reflections: byForm[.reflection] ?? 0,
            affectDensity: density(Self.affectTechniques), moodLinkDensity: density(["mood-event-link"]),
            affectOrLinkDensity: density(Self.affectTechniques + ["mood-event-link"]),
            proscribedCount: proscribed)
    }
}

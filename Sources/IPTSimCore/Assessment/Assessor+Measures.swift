/// The built-in global (facilitative) measures, computed from the whole transcript.
///
/// `n` is the number of conversational trainee turns (PHQ-9 administrations excluded). With no
/// turns every measure is 1. Every rating is clamped to 1…5.
///
/// - **warmth**: `w` = turns that are reflections or use `affect-validate`, `empathic-reflection`
///   or `affect-elicit` and no proscribed technique; share = w / n → 1 (0), 2 (< 0.10), 3 (< 0.20), 4 (< 0.35), 5 (≥ 0.35);
///   a 5 needs at least one `affect-validate` or `empathic-reflection` (else 4); −1 per turn using
///   a proscribed technique.
/// - **collaboration**: 1 + one point each for: a `summary`; a second `summary`; seeking
///   agreement or a choice (`formulation`, `contract`, `problem-area`, `decision-analysis`);
///   open questions in at least a quarter of turns. −1 if more than half the turns are advice;
///   −1 per `taking-sides` or `hostile-confrontation` turn.
/// - **pacing**: 1 + clock use (2 when the session used 75–115 % of the planned minutes, or
///   40–75 % with every applicable item already at 3 or above; 1 for 50–135 %, else 0) + 1 when there was no premature advice + 1 when at least half of the
///   applicable evidence items reached 3 (the session's work was covered).
/// - **balance**: each turn counts as direction (advice form, `directive`, `decision-analysis`,
///   `role-play`, `psychoeducation`, `sick-role`, `contract`) or else exploration (open question,
///   reflection, `exploration`, `affect-elicit`, `clarification`, `communication-analysis`,
///   `empathic-reflection`, `mood-event-link`, `timeline`, `inventory`, problem-area strategies);
///   share = exploration / (exploration + direction) → 5 (≥ 0.8), 4 (≥ 0.65), 3 (≥ 0.5),
///   2 (≥ 0.3), else 1; no direction at all caps it at 4 (exploring only is not balance); −1 per
///   premature-advice judgement; neither kind of turn → 1.
/// - **hope**: `h` = turns using `encouragement`, `psychoeducation`, `diagnosis`, `sick-role`,
///   `credit-patient`, `review-gains` → 1 (0), 3 (1), 4 (2), 5 (≥ 3 with ≥ 2 different
///   techniques, else 4); −1 per `minimizing`, `false-reassurance` or `blaming` turn.
extension Assessor {
    static let warmthTechniques = ["affect-validate", "empathic-reflection", "affect-elicit"]
    static let agreementTechniques = ["formulation", "contract", "problem-area", "decision-analysis"]
    static let directionTechniques = ["directive", "decision-analysis", "role-play", "psychoeducation", "sick-role", "contract"]
    static let explorationTechniques = ["exploration", "affect-elicit", "clarification", "communication-analysis",
                                        "empathic-reflection", "mood-event-link", "timeline", "inventory"]
    static let hopeTechniques = ["encouragement", "psychoeducation", "diagnosis", "sick-role", "credit-patient", "review-gains"]

    static func isDirection(_ iv: Intervention) -> Bool {
        iv.form == .advice || directionTechniques.contains(where: iv.has)
    }

    static func isExploration(_ iv: Intervention) -> Bool {
        iv.form == .openQuestion || iv.form == .reflection || explorationTechniques.contains(where: iv.has)
            || iv.techniques.contains { TechniqueCatalogue.family(of: $0) == .strategy }
    }

    func rateMeasure(_ item: RubricItem, _ tl: Timeline, proscribed: [ProscribedUse], evidenceItems: [ItemResult]) -> ItemResult {
        var result = ItemResult(id: item.id, title: item.title, domain: item.domain, description: item.description,
                                example: item.example, rating: nil, evidence: [], note: "", nextStep: nil)
        if let cond = item.applicableWhen, let why = endStateFailure(cond, tl) {
            result.note = "n/a: \(why)"
            return result
        }
        guard let measure = item.measure else { return result }
        // The conversational turns, by index (read in place, not copied).
        let all = tl.turns
        var spoken: [Int] = []
        spoken.reserveCapacity(all.count)
        for i in all.indices where !tl.phq9[i] { spoken.append(i) }
        let n = spoken.count
        /// The numbers of the conversational turns whose intervention passes `f` (read in place).
        func count(_ f: (Int) -> Bool) -> [Int] {
            var out: [Int] = []
            for i in spoken where f(i) { out.append(all[i].number) }
            return out
        }
        func pct(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
        let proscribedTurns = count { i in all[i].intervention.techniques.contains(where: TechniqueCatalogue.isProscribed) }
        let premature = proscribed.filter { $0.id == "premature-advice" }
        guard n > 0 else {
            result.rating = 1
            result.note = "1: no trainee turns"
            result.nextStep = item.description
            return result
        }
        var rating: Int
        var note: String
        var next: String
        switch measure {
        case .warmth:
            // A turn that blames, minimises or takes sides is not warm, whatever its form.
            let w = count { i in (all[i].intervention.form == .reflection || Self.warmthTechniques.contains(where: all[i].intervention.has))
                && !all[i].intervention.techniques.contains(where: TechniqueCatalogue.isProscribed) }
            let share = Double(w.count) / Double(n)
            rating = share == 0 ? 1 : share < 0.10 ? 2 : share < 0.20 ? 3 : share < 0.35 ? 4 : 5
            let validated = !count { all[$0].intervention.has("affect-validate") || all[$0].intervention.has("empathic-reflection") }.isEmpty
            if rating == 5 && !validated { rating = 4 }
            rating -= proscribedTurns.count
            result.evidence = w
            note = "\(w.count) of \(n) turns reflected or validated feeling (\(pct(share)))"
                + (proscribedTurns.isEmpty ? "" : "; −\(proscribedTurns.count) for proscribed turns \(Self.list(proscribedTurns))")
            next = validated ? "reflect or validate feeling in at least a third of your turns" : "validate the feeling, not only ask about it"
        case .collaboration:
            let summaries = count { all[$0].intervention.has("summary") }
            let agreement = count { Self.agreementTechniques.contains(where: all[$0].intervention.has) }
            let open = count { all[$0].intervention.form == .openQuestion }
            let advice = count { all[$0].intervention.form == .advice }
            let hostile = count { all[$0].intervention.has("taking-sides") || all[$0].intervention.has("hostile-confrontation") }
            var points = 0
            var parts: [String] = []
            if !summaries.isEmpty { points += 1 }
            if summaries.count >= 2 { points += 1 }
            parts.append("\(summaries.count) summar\(summaries.count == 1 ? "y" : "ies")")
            if !agreement.isEmpty { points += 1; parts.append("sought agreement at turn \(Self.list(agreement))") } else { parts.append("never sought agreement") }
            let openShare = Double(open.count) / Double(n)
            if openShare >= 0.25 { points += 1 }
            parts.append("open questions in \(pct(openShare)) of turns")
            rating = 1 + points
            if Double(advice.count) / Double(n) > 0.5 { rating -= 1; parts.append("−1: more than half the turns were advice") }
            if !hostile.isEmpty { rating -= hostile.count; parts.append("−\(hostile.count) for taking sides or confronting") }
            result.evidence = Array(Set(summaries + agreement)).sorted()
            note = parts.joined(separator: "; ")
            next = summaries.count < 2 ? "summarise twice and ask \"have I got that right?\"" : agreement.isEmpty ? "ask whether the patient agrees with the focus or plan" : "ask more open questions about the patient's own view"
        case .pacing:
            let planned = max(1, session.minutes * 60)
            let ratio = Double(tl.endSeconds) / Double(planned)
            let rated = evidenceItems.filter { !$0.isFacilitative && $0.rating != nil }
            let covered = rated.isEmpty ? true : Double(rated.filter { $0.rating! >= 3 }.count) / Double(rated.count) >= 0.5
            let allDone = !rated.isEmpty && rated.allSatisfy { $0.rating! >= 3 }
            // Finishing all of the session's work early is efficient, not rushed.
            let clock = (0.75...1.15).contains(ratio) || (allDone && (0.4..<0.75).contains(ratio)) ? 2 : (0.5...1.35).contains(ratio) ? 1 : 0
            rating = 1 + clock + (premature.isEmpty ? 1 : 0) + (covered ? 1 : 0)
            note = "used \(tl.endSeconds / 60) of \(session.minutes) minutes (\(pct(ratio)))"
                + (premature.isEmpty ? "; no premature advice" : "; premature advice at turn \(Self.list(premature.map(\.turn)))")
                + (covered ? "; covered the session's work" : "; less than half the session's items reached 3")
            result.evidence = premature.map(\.turn)
            next = clock < 2 ? (ratio < 0.75 ? "use the planned time: the session ended early" : "keep to the planned time") : !premature.isEmpty ? "explore before advising" : "cover more of the session's tasks"
        case .balance:
            var e: [Int] = [], d: [Int] = []
            for i in spoken {
                if Self.isDirection(all[i].intervention) { d.append(all[i].number) } else if Self.isExploration(all[i].intervention) { e.append(all[i].number) }
            }
            if e.isEmpty && d.isEmpty {
                rating = 1
                note = "neither exploration nor direction"
            } else {
                let share = Double(e.count) / Double(e.count + d.count)
                rating = share >= 0.8 ? 5 : share >= 0.65 ? 4 : share >= 0.5 ? 3 : share >= 0.3 ? 2 : 1
                if d.isEmpty { rating = min(rating, 4) }
                rating -= premature.count
                note = "\(e.count) exploring and \(d.count) directing turns (\(pct(share)) exploration)"
                    + (d.isEmpty ? "; no direction at all (max 4)" : "")
                    + (premature.isEmpty ? "" : "; −\(premature.count) for advice before exploration at turn \(Self.list(premature.map(\.turn)))")
            }
            result.evidence = d
            next = premature.isEmpty ? (d.isEmpty ? "once the problem is explored, offer one suggestion and ask what the patient thinks" : "explore more before directing") : "explore the situation (at least three exploring turns) before any advice"
        case .hope:
            let h = count { Self.hopeTechniques.contains(where: all[$0].intervention.has) }
            let distinct = Set(spoken.flatMap { all[$0].intervention.techniques.filter(Self.hopeTechniques.contains) })
            rating = h.isEmpty ? 1 : h.count == 1 ? 3 : (h.count >= 3 && distinct.count >= 2) ? 5 : 4
            let harm = count { all[$0].intervention.has("minimizing") || all[$0].intervention.has("false-reassurance") || all[$0].intervention.has("blaming") }
            rating -= harm.count
            result.evidence = h
            note = "\(h.count) hope-giving turn\(h.count == 1 ? "" : "s")" + (distinct.isEmpty ? "" : " (\(distinct.sorted().joined(separator: ", ")))")
                + (harm.isEmpty ? "" : "; −\(harm.count) for minimising, reassuring falsely or blaming")
            next = h.isEmpty ? "say that depression is common and treatable" : "affirm the patient's efforts as well as explaining treatability"
        }
        result.rating = max(1, min(5, rating))
        result.note = "\(result.rating!): \(note)"
        result.nextStep = result.rating! < 5 ? next : nil
        return result
    }

    static func list(_ turns: [Int]) -> String { turns.map(String.init).joined(separator: ", ") }
}

/// What the matched evidence does to the form (`adjustForm`) and which evidence a more specific
/// reading explains away (`prune`).
extension RuleRecognizer {
    /// Techniques whose evidence can overrule a fallback form decision.
    static let informing: Set<String> = ["psychoeducation", "diagnosis", "measure", "sick-role", "time-limit", "contract", "termination-announce",
                                         "next-steps", "escalate", "problem-area", "minimizing", "false-reassurance"]
    static let reflecting: Set<String> = ["empathic-reflection", "affect-validate", "mood-event-link", "clarification", "mixed-feelings", "transition-loss", "affect-elicit"]

    /// Safety readings that make a "have you thought about…" question a screen, not advice.
    static let riskQuestions: Set<String> = ["suicide-screen", "suicide-detail", "suicide-history", "means-safety"]

    /// "you feel / think / said…": the view that follows is the patient's.
    static let attributionVerbs: Set<String> = ["feel", "felt", "think", "thought", "believe", "said", "say", "told", "wish", "worry", "fear", "sense", "wonder"]

    /// Lets what was matched refine the form: affirmations are MITI "other", validation is a reflection,
    /// and a fallback reflection that is really about the illness or the therapy is information.
    static func adjustForm(_ d: FormClassifier.Decision, _ clauseHits: [Hit], _ tokens: [String]) -> FormClassifier.Decision {
        guard let top = clauseHits.max(by: { ($0.score, -$0.order) < ($1.score, -$1.order) }) else { return d }
        // "Have you tried to kill yourself?", "Have you thought about wanting to die?": a risk question, never a suggestion.
        if d.form == .advice, clauseHits.contains(where: { Self.riskQuestions.contains($0.technique) }), ClauseSplitter.aux.contains(tokens.first ?? "") {
            return .init(form: .closedQuestion, reason: "a risk question, not a suggestion ('\(top.source)')", isCheck: false)
        }
        if ["encouragement", "credit-patient"].contains(top.technique), [.reflection, .information].contains(d.form) || (d.form == .advice && top.score >= 0.85) {
            return .init(form: .other, reason: "an affirmation ('\(top.source)')", isCheck: false)
        }
        // "Okay, I'm Raj now." sets up a rehearsal: it directs the next move.
        if top.technique == "role-play", [.reflection, .information].contains(d.form), top.score >= 0.9 {
            return .init(form: .advice, reason: "sets up a role-play ('\(top.source)')", isCheck: false)
        }
        if top.technique == "hostile-confrontation", !d.form.isQuestion, d.form != .advice {
            return .init(form: .other, reason: "a confrontation ('\(top.source)')", isCheck: false)
        }
        // Reassurance and minimising tell the patient how things are; they do not reflect.
        if top.technique == "false-reassurance", d.form == .reflection {
            return .init(form: .information, reason: "reassures or minimises ('\(top.source)')", isCheck: false)
        }
        // Taking sides, blaming and minimising are the therapist's own verdict, not the
        // patient's meaning said back (MITI codes them as confronting or giving information, never as reflections).
        // Not when the patient's view is attributed to them: "You feel your sister had no right…" says it back.
        if ["taking-sides", "blaming", "minimizing"].contains(top.technique), d.form == .reflection,
           !zip(tokens, tokens.dropFirst()).contains(where: { $0 == "you" && Self.attributionVerbs.contains($1) }) {
            return .init(form: .information, reason: "the therapist's own verdict ('\(top.technique)': '\(top.source)')", isCheck: false)
        }
        // (Not the therapist's own reframe: "It doesn't mean you didn't care" reassures; it informs.)
        if top.technique == "affect-validate", d.form == .information, !d.isOwnMove {
            return .init(form: .reflection, reason: "validates the patient's feeling ('\(top.source)')", isCheck: false)
        }
        guard d.weak else { return d }
        if d.form == .reflection, informing.contains(top.technique) {
            return .init(form: .information, reason: "informs ('\(top.technique)': '\(top.source)')", isCheck: false)
        }
        if d.form == .information, reflecting.contains(top.technique) {
            return .init(form: .reflection, reason: "reflects ('\(top.technique)': '\(top.source)')", isCheck: false)
        }
        return d
    }

    /// Drops evidence that a more specific reading explains away.
    func prune(_ hits: [Hit], _ clauses: [Clause]) -> [Hit] {
        var out = hits
        let has: (String) -> Bool = { t in out.contains { $0.technique == t } }
        let all = clauses.flatMap(\.tokens)
        // Relapse "warning signs" in a suicidal context are a safety plan.
        if has("safety-plan") { out.removeAll { $0.technique == "relapse-plan" && $0.source.contains("warning") } }
        // "Have you tried to kill yourself?" / "thought about…" is a risk question, not a suggestion.
        if has("suicide-screen") || has("suicide-detail") || has("suicide-history") { out.removeAll { $0.technique == "directive" } }
        // Suicide method/history questions are not also a generic screen.
        if has("suicide-detail") || has("suicide-history") { out.removeAll { $0.technique == "suicide-screen" && !$0.source.hasPrefix("~suicide") } }
        // "hurt yourself" is suicide-related, not partner violence.
        if has("suicide-screen") || has("suicide-history") { out.removeAll { $0.technique == "violence-screen" && $0.source.contains("physical") } }
        // A death narrative about someone else is not a screen of the patient.
        if out.contains(where: { $0.technique == "death-narrative" && $0.source.hasPrefix("case:") }) {
            out.removeAll { $0.technique == "suicide-screen" && !$0.source.hasPrefix("~suicide") }
        }
        // "I'm sure you'd never hurt yourself" reassures; it does not screen.
        if has("false-reassurance") { out.removeAll { $0.technique == "suicide-screen" } }
        // "Any pills stored up at home?" asks about means, "side effects from the new pills" about medication, not substance use.
        if has("means-safety") || has("medication") {
            out.removeAll { h in h.technique == "substance-screen" && h.source == "~drink" && all[h.range].contains { ["pills", "tablets"].contains($0) } }
        }
        // Medication talk about feeling the tablets help is not affect.
        if has("medication") { out.removeAll { $0.technique == "affect-elicit" && $0.score < 0.8 } }
        // Relapse and new-role words inside a termination statement.
        if has("termination-announce") { out.removeAll { $0.technique == "time-limit" } }

        // "It isn't your fault" attached to an illness explanation is the sick-role message, not blame or reassurance.
        if has("psychoeducation") || has("diagnosis") || has("sick-role") {
            out.removeAll { ["false-reassurance", "blaming"].contains($0.technique) && $0.source.contains("fault") }
        }
        // A crisis-line number inside a safety plan is part of the plan, not an escalation.
        if has("safety-plan"), out.contains(where: { $0.technique == "safety-plan" && !$0.source.hasPrefix("(crisis|helpline") }) || all.contains("plan") || all.contains("warning") {
            out.removeAll { h in
                h.technique == "escalate" && (h.source.hasPrefix("(call|phone|ring|contact)") || all[h.range].contains { $0 == "line" || $0 == "number" })
            }
        }

        // "anything you could use to hurt yourself" qualifies the means; it does not screen for ideation.
        if has("means-safety") {
            out.removeAll { h in
                h.technique == "suicide-screen" && all[max(0, h.range.lowerBound - 4)..<h.range.lowerBound].contains("use")
            }
        }
        // "What stops you from acting on it?" asks for reasons for living.
        if out.contains(where: { $0.technique == "protective-factors" && $0.source.contains("stop") }) {
            out.removeAll { $0.technique == "suicide-detail" && $0.source.hasPrefix("(act|acting) on") }
        }
        // "Did you ever act on them?" asks about past behaviour (history), not present intent.
        if out.contains(where: { $0.technique == "suicide-history" && ($0.source.contains("(acted|act) on") || $0.source.contains("(act|acted) on")) }) {
            out.removeAll { $0.technique == "suicide-detail" && $0.source.hasPrefix("(act|acting) on") }
        }
        // Inside a summary, safety words in the statements recap what was disclosed; only a question screens.
        if has("summary") {
            let safety: Set<String> = ["substance-screen", "suicide-history", "suicide-screen", "suicide-detail", "means-safety", "violence-screen"]
            out.removeAll { safety.contains($0.technique) && !clauses[$0.clause].asked && !$0.source.hasPrefix("case:") }
        }
        // A recap checked with the patient ("..., and you miss the team. Have I got that right?") is the
        // summary: the losses and gains it recaps are its content, not what the turn does.
        if has("summary"), clauses.count > 1, let last = clauses.last, last.asked,
           Self.recapChecks.contains(where: { LexicalFields.contains(last.tokens, $0) }) {
            out.removeAll { ["transition-loss", "review-gains"].contains($0.technique) && !clauses[$0.clause].asked }
        }
        // A dispute's pattern in other relationships (or the family of origin) is parallels, not deficits patterns or childhood focus.
        let parallels = out.filter { $0.technique == "parallels" }
        if !parallels.isEmpty {
            out.removeAll { h in
                (h.technique == "patterns" && parallels.contains { $0.range.overlaps(h.range) })
                    || (h.technique == "childhood-focus" && parallels.contains { $0.clause == h.clause && $0.source.contains("remind") })
            }
        }
        // "What did she say when you told her?" asks for one fact; without sequence cues ("then", "first",
        // "word by word") it is a direct question first and a reconstruction of the exchange second.
        let factClauses = Set(out.filter { $0.technique == "direct-question" && $0.score >= 0.9 }.map(\.clause))
        if !factClauses.isEmpty {
            let sequence: Set<String> = ["then", "first", "next", "exactly", "word", "words", "tone", "back", "through"]
            for i in out.indices where out[i].technique == "communication-analysis" && factClauses.contains(out[i].clause)
                && !clauses[out[i].clause].tokens.contains(where: sequence.contains) {
                out[i].score = min(out[i].score, 0.72)
            }
        }
        // "Afraid people get tired of you", "pulling his weight": the symptom word is about something else.
        out.removeAll { h in
            guard h.technique == "symptom-review", h.source == "~energy" || h.source == "~appetite", h.range.count == 1 else { return false }
            let i = h.range.lowerBound
            if all[i] == "tired" { return i + 1 < all.count && all[i + 1] == "of" }
            if all[i] == "weight" { return i > 0 && (["his", "her", "their", "my", "our"].contains(all[i - 1]) || (i > 1 && ["pull", "pulls", "pulling", "pulled", "carry", "carrying", "throw", "throwing"].contains(all[i - 2]))) }
            return false
        }
        // "Alcohol can make sleep worse" explains; the sleep word in it does not review symptoms.
        if has("psychoeducation") {
            out.removeAll { $0.technique == "symptom-review" && !clauses[$0.clause].asked && $0.score < 0.7 }
        }
        // "It's an illness, like diabetes" explains the illness; the sick role needs relief from duties.
        if has("psychoeducation"), out.filter({ $0.technique == "sick-role" }).allSatisfy({ $0.source.contains("diabetes") }) {
            out.removeAll { $0.technique == "sick-role" }
        }
        // "When you were depressed, what helped you get through it?" asks about the earlier episode, not reasons for living;
        // "what stops you two from resolving it?" asks what keeps a dispute going.
        if has("prior-episodes") { out.removeAll { $0.technique == "protective-factors" && $0.source.contains("help") } }
        if has("perpetuation") { out.removeAll { $0.technique == "protective-factors" && $0.source.contains("stop") } }
        // Setting up a rehearsal or a questionnaire is that technique, not generic advice.
        if has("role-play") || has("measure") { out.removeAll { $0.technique == "directive" } }
        // "If you feel unsafe tonight, you can call the crisis line or go to A&E" is the plan, not an escalation now.
        if out.contains(where: { $0.technique == "safety-plan" && ($0.source.hasPrefix("if you (feel") || $0.source.hasPrefix("(if|when) (none of")) }) {
            out.removeAll { $0.technique == "escalate" }
        }
        // "Not just a rough patch" denies the minimising reading.
        out.removeAll { h in
            h.technique == "minimizing" && h.range.lowerBound > 0 && Self.negators.contains(all[h.range.lowerBound - 1])
        }
        // "It's not your fault you're ill" is the sick-role message even when no explanation pattern matched.
        if all.contains(where: { ["sick", "ill", "illness", "depression", "depressed", "condition", "unwell"].contains($0) }) {
            out.removeAll { ["false-reassurance", "blaming"].contains($0.technique) && $0.source.contains("fault") }
        }
        // "Part of depression, not signs you're lazy": blame denied inside an explanation of the illness.
        if has("psychoeducation") || has("sick-role") || has("diagnosis") {
            out.removeAll { h in h.technique == "blaming" && all[max(0, h.range.lowerBound - 4)..<h.range.upperBound].contains { Self.negators.contains($0) } }
        }
        // "What you'd do if you started feeling unsafe" is the safety plan, not a relapse plan.
        if has("safety-plan"), all.contains(where: { ["unsafe", "suicidal", "urge", "urges", "crisis"].contains($0) }) {
            out.removeAll { $0.technique == "relapse-plan" }
        }
        // "Bringing this on yourself" inside an explanation that denies it ("it isn't something you've brought on yourself, it's an illness").
        if has("psychoeducation") || has("diagnosis") || has("sick-role") {
            out.removeAll { $0.technique == "blaming" && $0.source.contains("on (yourself") }
        }
        // "I'm confident it will work out" is the therapist's confidence, not the patient's skills.
        out.removeAll { h in
            h.technique == "skills-support" && h.range.lowerBound >= 2 && ["confident", "confidence"].contains(all[h.range.lowerBound])
                && all[(h.range.lowerBound - 2)..<h.range.lowerBound] == ["i", "am"]
        }
        // The weak statement link ("flatter since your son moved out") only counts when nothing stronger saw the link.
        if let strong = out.filter({ $0.technique == "mood-event-link" }).map(\.score).max(), strong >= 0.88 {
            out.removeAll { $0.technique == "mood-event-link" && $0.score < 0.86 }
        }
        // Childhood brought back to the present ("how is it showing up with your husband now?") is a link, not a childhood focus.
        let present = Self.presentWords
        let linking = Self.linkingWords
        if has("childhood-focus"), all.contains(where: present.contains), all.contains(where: linking.contains) {
            out.removeAll { $0.technique == "childhood-focus" }
        }
        // "They were wrong to push you out" is about a job, not violence.
        out.removeAll { $0.technique == "violence-screen" && $0.range.upperBound < all.count && all[$0.range.upperBound] == "out" }
        // Siding with the patient against violence ("he was wrong to hit you") has a safety reason; it is not taking sides.
        if has("violence-screen") { out.removeAll { $0.technique == "taking-sides" } }
        // "When did you notice the low mood starting, compared to when she died?" dates the onset; the death is the anchor.
        if out.contains(where: { $0.technique == "timeline" && $0.score >= 0.92 }) {
            for i in out.indices where out[i].technique == "death-narrative" { out[i].score = min(out[i].score, 0.85) }
        }
        // Low evenings that "follow" reminders link mood to events; a reminder is not a parallel relationship.
        let linked = Set(out.filter { $0.technique == "mood-event-link" }.map(\.clause))
        out.removeAll { $0.technique == "parallels" && linked.contains($0.clause) && $0.source.contains("remind") }
        // Drinking named inside a link, an explanation or a reproach is not a screening question.
        if has("mood-event-link") || has("blaming") || out.contains(where: { $0.technique == "psychoeducation" && $0.source.contains("alcohol") }) {
            out.removeAll { h in
                h.technique == "substance-screen" && h.source == "~drink"
                    && !clauses[h.clause].tokens.contains { ["much", "often", "many", "units"].contains($0) }
            }
        }
        // "Thinking back over your life, who were you closest to?" asks about closeness in the past,
        // even when the time frame sits in a clause of its own: a review of past relationships, not the inventory.
        // ("Think back to university. Who did you spend time with?": any inventory question, asked in the past tense after a
        // time frame, unless it reviews a relationship with the deceased.)
        let thinkBack = Self.pastFrames.prefix(4).contains { LexicalFields.contains(all, $0) } && all.contains { ["did", "were", "was", "used"].contains($0) }
        if !has("past-relationships"), let inv = out.first(where: { $0.technique == "inventory" && ($0.source.contains("close") || thinkBack
                || (!has("relationship-review") && clauses[$0.clause].tokens.contains { ["did", "were", "was", "used"].contains($0) })) }),
           Self.pastFrames.contains(where: { LexicalFields.contains(all, $0) }) {
            out.append(Hit(technique: "past-relationships", score: 0.93, source: "inventory closeness asked of the past", clause: inv.clause,
                           range: inv.range, order: inv.order))
        }
        // "Let me check I've got this. Did you actually tell her, or did you hope she'd notice?": a short framing
        // clause before one specific check is no summary (its stacked framing patterns outscored the check).
        let framing = Set(out.filter { $0.technique == "summary" }.map(\.clause))
        if !framing.isEmpty, framing.allSatisfy({ clauses[$0].tokens.count <= 8 && clauses[$0].tokens.first == "let" }),
           out.contains(where: { ["clarification", "communication-analysis"].contains($0.technique) && !framing.contains($0.clause) }) {
            out.removeAll { $0.technique == "summary" }
        }
        // "You said you could never ask her, and then you did": a doubt answered by a deed credits the
        // patient; it is no contradiction to clarify.
        if has("clarification"), let turn = all.firstIndex(where: { ["then", "now", "instead"].contains($0) }), turn > 2,
           all[..<turn].contains(where: { ["never", "not", "cannot"].contains($0) }),
           !all[turn...].contains(where: { ["never", "not", "cannot", "but"].contains($0) }),
           Self.deeds.contains(where: { LexicalFields.contains(Array(all[turn...]), $0) }) {
            let ci = out.first { $0.technique == "clarification" }!.clause
            out.removeAll { $0.technique == "clarification" }
            if !has("credit-patient") {
                out.append(Hit(technique: "credit-patient", score: 0.9, source: "a doubt answered by a deed ('you said … never …, and then you did')",
                               clause: ci, range: 0..<all.count, order: -1))
            }
        }
        // The IPT formulation: the depression linked to an event, a proposed focus, and a check for agreement.
        if let f = Self.formulationShape(all) {
            let ci = clauses.lastIndex(where: \.asked) ?? clauses.count - 1
            out.append(Hit(technique: "formulation", score: 0.99, source: "formulation shape: link '\(f.link)', focus '\(f.focus)', check '\(f.check)'",
                           clause: ci, range: 0..<all.count, order: -2))
            out.removeAll { $0.technique == "directive" }
            // The focus proposal inside a formulation is part of it.
            for i in out.indices where out[i].technique == "problem-area" { out[i].score = min(out[i].score, 0.88) }
        }
        // A focus proposed inside an offered case understanding ("I want to share how I'm understanding this…
        // I'd suggest we work on the dispute") is part of the formulation.
        if out.contains(where: { $0.technique == "formulation" && $0.score >= 0.95 }) {
            for i in out.indices where out[i].technique == "problem-area" { out[i].score = min(out[i].score, 0.9) }
        }
        return out
    }
}

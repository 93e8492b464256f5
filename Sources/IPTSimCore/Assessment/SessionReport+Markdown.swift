/// The report as Markdown (for portfolios and supervision).
extension SessionReport {
    public func markdown() -> String {
        typealias F = ReportFormat
        var out: [String] = []
        out.append("# Session report: \(patientName) · \(sessionTitle)")
        out.append("")
        out.append("Case `\(caseID)` v\(caseVersion) · session `\(sessionID)` (\(phase.rawValue)) · seed \(seed) · style \(style.rawValue) · \(mode.rawValue) · \(profile.turns) turns, \(profile.minutes) of \(plannedMinutes) minutes\(ended ? "" : " · interrupted")")
        out.append("")
        out.append("**Verdict: \(verdict.word.uppercased())** · adherence \(F.mean(adherenceMean)) · facilitative \(F.mean(facilitativeMean)) · proscribed \(proscribed.count) · safety \(safety.passed ? "passed" : "**failed**")")
        for r in verdict.reasons { out.append("- \(r)") }
        out.append("")
        out.append("## Safety")
        out.append("")
        if safety.misses.isEmpty { out.append("No safety requirement missed.") }
        else {
            out.append("| id | class | turn | what happened | try |")
            out.append("|---|---|---|---|---|")
            for m in safety.misses {
                out.append("| \(m.id) | \(m.class.rawValue) | \(m.turn.map(String.init) ?? "–") | \(F.cell(m.message)) | “\(F.cell(m.example))” |")
            }
        }
        out.append("")
        out.append("## Practise next")
        out.append("")
        if practiseNext.isEmpty { out.append("Nothing stood out.") }
        for (i, p) in practiseNext.enumerated() {
            out.append("\(i + 1). \(p.text)" + (p.example.isEmpty ? "" : " — e.g. “\(p.example)”"))
        }
        out.append("")
        out.append("## Rubric")
        out.append("")
        out.append("| item | domain | rating | evidence | note |")
        out.append("|---|---|---|---|---|")
        for i in items {
            let note = i.note + (i.nextStep.map { i.rating == nil ? "" : " — next: \($0)" } ?? "")
            out.append("| \(F.cell(i.title)) (`\(i.id)`) | \(i.domain.rawValue) | \(F.rating(i.rating)) | \(i.evidence.map(String.init).joined(separator: ", ")) | \(F.cell(note)) |")
        }
        if !opportunities.isEmpty {
            out.append("")
            out.append("## Opportunities")
            out.append("")
            out.append("| opportunity | status | cue turn | taken turn | example |")
            out.append("|---|---|---|---|---|")
            for o in opportunities {
                out.append("| \(F.cell(o.description)) (`\(o.id)`) | \(o.status.rawValue) | \(o.cueTurn.map(String.init) ?? "–") | \(o.takenTurn.map(String.init) ?? "–") | “\(F.cell(o.example))” |")
            }
        }
        out.append("")
        out.append("## Proscribed")
        out.append("")
        if proscribed.isEmpty { out.append("None.") }
        for p in proscribed { out.append("- turn \(p.turn): `\(p.id)`\(p.contextual ? " (judged from context)" : "") — \(p.message)") }
        out.append("")
        out.append("## Profile")
        out.append("")
        let p = profile
        out.append("- open:closed questions \(p.openQuestions):\(p.closedQuestions); reflections:questions \(F.ratio(p.reflectionQuestionRatio))")
        out.append("- IPT-consistent share \(F.percent(p.iptConsistentShare)); affect \(F.percent(p.affectDensity)), mood–event links \(F.percent(p.moodLinkDensity)), either \(F.percent(p.affectOrLinkDensity)) of turns")
        out.append("- by family: " + p.families.map { "\($0.family.rawValue) \($0.count)" }.joined(separator: ", "))
        out.append("- by form: " + p.forms.map { "\($0.form.rawValue) \($0.count)" }.joined(separator: ", "))
        if !p.techniques.isEmpty { out.append("- techniques: " + p.techniques.map { "`\($0.id)` \($0.count)" }.joined(separator: ", ")) }
        out.append("")
        out.append("## Transcript")
        out.append("")
        out.append("> **Patient:** \(transcript.opening.text)")
        for t in transcript.turns {
            out.append(">")
            out.append("> **\(t.number). Trainee:** \(t.input) _(\(t.intervention.form.rawValue)\(t.intervention.techniques.isEmpty ? "" : ": " + t.intervention.techniques.joined(separator: ", ")))_")
            for r in t.replies {
                out.append("> **Patient:** \(r.text)\(r.riskCue ? " ⚠︎ risk cue" : "")")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}

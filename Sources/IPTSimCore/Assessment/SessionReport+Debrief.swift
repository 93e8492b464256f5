/// The terminal debrief: plain text with small unicode bar charts, ANSI colour when asked.
///
/// Order: verdict and why; safety; practise next (so the three things come early); rubric items
/// with ratings, the turns that earned them and what the next level needed; opportunities
/// (missed ones with the cue turn and an example); proscribed; the fidelity profile.
extension SessionReport {
    /// Which turns were the PHQ-9: it is a numbered turn of the transcript like any line, so the
    /// turn numbers cited here run one past the count of typed lines after it.
    var phq9Note: String {
        let numbers = transcript.turns.filter(\.isPHQ9).map { String($0.number) }
        guard !numbers.isEmpty else { return "" }
        return " (the PHQ-9 is turn \(numbers.joined(separator: ", ")))"
    }

    public func debrief(color: Bool = false, width: Int = 80) -> String {
        let s = DebriefStyle(color: color)
        var out: [String] = []
        let rule = String(repeating: "─", count: max(20, min(width, 100)))
        out.append(s.bold("Debrief — \(patientName) · \(sessionTitle) (\(phase.rawValue))"))
        out.append(s.dim("\(caseID) v\(caseVersion) · session \(sessionID) · seed \(seed) · \(style.rawValue) · \(profile.turns) turns\(phq9Note), \(profile.minutes) of \(plannedMinutes) min\(ended ? "" : " · interrupted")"))
        out.append(rule)
        let word = verdict.word.uppercased()
        let painted = verdict.good ? s.green(word) : verdict.passed ? s.green(word) : s.red(word)
        out.append("\(s.bold("Verdict:")) \(painted)   adherence \(ReportFormat.mean(adherenceMean)) · facilitative \(ReportFormat.mean(facilitativeMean)) · proscribed \(proscribed.count) · safety \(safety.passed ? s.green("passed") : s.red("FAILED"))")
        for r in verdict.reasons { out.append("  – \(r)") }
        out.append("  " + s.dim("pass: both means ≥ 3.0, ≤ 2 proscribed, no critical safety miss · good: both ≥ 4.0, none proscribed"))

        out.append("")
        out.append(s.bold("Safety"))
        if safety.misses.isEmpty {
            out.append("  " + s.green("✓") + " no safety requirement missed")
        }
        for m in safety.misses {
            let tag = m.class == .critical ? s.red("✗ \(m.id) critical") : s.yellow("! \(m.id) major")
            out.append("  \(tag)\(m.turn.map { " · turn \($0)" } ?? "")")
            out.append("    \(m.message)")
            out.append("    " + s.cyan("Try: “\(m.example)”"))
        }

        out.append("")
        out.append(s.bold("Three things to practise next"))
        if practiseNext.isEmpty { out.append("  Nothing stood out: keep doing what you did.") }
        for (i, p) in practiseNext.enumerated() {
            out.append("  \(i + 1). \(p.text)")
            if !p.example.isEmpty { out.append("     " + s.cyan("e.g. “\(p.example)”")) }
        }

        out.append("")
        out.append(s.bold("Rubric") + s.dim("  (1 absent · 3 adequate · 5 excellent)"))
        for group in [("Facilitative", items.filter(\.isFacilitative)), ("Adherence", items.filter { !$0.isFacilitative })] where !group.1.isEmpty {
            out.append("  " + s.dim(group.0))
            for i in group.1 {
                let bar = ReportFormat.ratingBar(i.rating)
                let coloured = i.rating.map { $0 >= 4 ? s.green(bar) : $0 >= 3 ? s.yellow(bar) : s.red(bar) } ?? s.dim(bar)
                out.append("  \(coloured) \(ReportFormat.pad(ReportFormat.rating(i.rating), 3)) \(ReportFormat.pad(i.title, 34)) \(s.dim(i.id))")
                out.append("        " + s.dim(i.note))
                if let next = i.nextStep, i.rating != nil { out.append("        next: \(next)") }
            }
        }

        if !opportunities.isEmpty {
            out.append("")
            out.append(s.bold("Opportunities"))
            for o in opportunities {
                switch o.status {
                case .taken:
                    out.append("  \(s.green("✓")) \(o.description) " + s.dim("(cue turn \(o.cueTurn ?? 0) → taken turn \(o.takenTurn ?? 0))"))
                case .missed:
                    out.append("  \(s.red("✗")) \(o.description) " + s.dim("(cue turn \(o.cueTurn ?? 0), not taken \((o.windowEnd ?? 0) > (transcript.turns.last?.number ?? 0) ? "before the session ended" : "by turn \(o.windowEnd ?? 0)"))"))
                    out.append("      " + s.cyan("Try: “\(o.example)”"))
                case .open:
                    out.append("  … \(o.description) " + s.dim("(cue turn \(o.cueTurn ?? 0), still open)"))
                case .notArisen:
                    out.append("  " + s.dim("· \(o.description) (the moment did not come)"))
                }
            }
        }

        out.append("")
        out.append(s.bold("Proscribed") + s.dim("  (counted for pass: ≤ 2; for good: 0)"))
        if proscribed.isEmpty { out.append("  " + s.green("✓") + " none") }
        for p in proscribed {
            out.append("  turn \(ReportFormat.pad(String(p.turn), 3)) \(s.yellow(p.id)): \(p.message)")
        }

        out.append("")
        out.append(s.bold("Profile"))
        let p = profile
        out.append("  open:closed \(p.openQuestions):\(p.closedQuestions) · reflections:questions \(ReportFormat.ratio(p.reflectionQuestionRatio)) · IPT-consistent \(ReportFormat.percent(p.iptConsistentShare)) · affect \(ReportFormat.percent(p.affectDensity)) · mood–event links \(ReportFormat.percent(p.moodLinkDensity)) of turns")
        let maxFamily = p.families.map(\.count).max() ?? 0
        for f in p.families {
            let bar = ReportFormat.bar(f.count, max: maxFamily, width: 24)
            out.append("  \(ReportFormat.pad(f.family.rawValue, 12)) \(ReportFormat.pad(String(f.count), 3)) \(f.family == .proscribed && f.count > 0 ? s.red(bar) : bar)")
        }
        let maxForm = p.forms.map(\.count).max() ?? 0
        out.append("  " + s.dim("forms"))
        for f in p.forms {
            out.append("  \(ReportFormat.pad(f.form.rawValue, 16)) \(ReportFormat.pad(String(f.count), 3)) \(ReportFormat.bar(f.count, max: maxForm, width: 20))")
        }
        return out.joined(separator: "\n") + "\n"
    }
}

/// ANSI styling that is a no-op without colour.
struct DebriefStyle {
    var color: Bool
    func wrap(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    func bold(_ s: String) -> String { wrap(s, "1") }
    func dim(_ s: String) -> String { wrap(s, "2") }
    func red(_ s: String) -> String { wrap(s, "31") }
    func green(_ s: String) -> String { wrap(s, "32") }
    func yellow(_ s: String) -> String { wrap(s, "33") }
    func cyan(_ s: String) -> String { wrap(s, "36") }
}

extension CoachNote {
    /// One or two lines for the REPL: a marker, the note, and an example to say.
    public func rendered(color: Bool = false) -> String {
        let s = DebriefStyle(color: color)
        let marker: String = switch kind {
        case .safety: s.red("⚠ ")
        case .proscribed: s.yellow("✗ ")
        case .missedOpportunity: s.yellow("○ ")
        case .prompt: s.cyan("→ ")
        }
        var out = marker + text
        if let example, !example.isEmpty { out += "\n  " + s.cyan("e.g. “\(example)”") }
        return out
    }
}

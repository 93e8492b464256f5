/// The report as one self-contained HTML file: inline CSS and SVG, no scripts, no network.
/// Charts: ratings by item, the charted variables (rapport, distress) over turns, technique mix.
extension SessionReport {
    public func html() -> String {
        typealias F = ReportFormat
        let e = F.html
        var b: [String] = []
        b.append("<!DOCTYPE html>")
        b.append("<html lang=\"en\"><head><meta charset=\"utf-8\">")
        b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        b.append("<title>\(e("Session report: \(patientName) · \(sessionTitle)"))</title>")
        b.append("<style>\(Self.css)</style></head><body><main>")
        b.append("<h1>\(e(patientName)) · \(e(sessionTitle))</h1>")
        b.append("<p class=\"meta\">\(e("case \(caseID) v\(caseVersion) · session \(sessionID) (\(phase.rawValue)) · seed \(seed) · \(style.rawValue) · \(mode.rawValue) · \(profile.turns) turns, \(profile.minutes) of \(plannedMinutes) minutes\(ended ? "" : " · interrupted")"))</p>")
        let cls = verdict.good ? "good" : verdict.passed ? "pass" : "fail"
        b.append("<section class=\"verdict \(cls)\"><div class=\"word\">\(verdict.word.uppercased())</div><div class=\"nums\">")
        b.append("<span>adherence <b>\(F.mean(adherenceMean))</b></span><span>facilitative <b>\(F.mean(facilitativeMean))</b></span><span>proscribed <b>\(proscribed.count)</b></span><span>safety <b>\(safety.passed ? "passed" : "failed")</b></span></div>")
        if !verdict.reasons.isEmpty { b.append("<ul>" + verdict.reasons.map { "<li>\(e($0))</li>" }.joined() + "</ul>") }
        b.append("</section>")

        b.append("<h2>Safety</h2>")
        if safety.misses.isEmpty { b.append("<p class=\"ok\">No safety requirement missed.</p>") }
        for m in safety.misses {
            b.append("<div class=\"miss \(m.class.rawValue)\"><b>\(e(m.id)) · \(m.class.rawValue)\(m.turn.map { " · turn \($0)" } ?? "")</b><p>\(e(m.message))</p><p class=\"try\">Try: “\(e(m.example))”</p></div>")
        }

        b.append("<h2>Practise next</h2><ol class=\"next\">")
        for p in practiseNext { b.append("<li>\(e(p.text))\(p.example.isEmpty ? "" : "<br><span class=\"try\">e.g. “\(e(p.example))”</span>")</li>") }
        b.append("</ol>")

        b.append("<h2>Ratings by item</h2>")
        b.append(ratingsSVG())
        b.append("<table><thead><tr><th>item</th><th>domain</th><th>rating</th><th>turns</th><th>why · next step</th></tr></thead><tbody>")
        for i in items {
            b.append("<tr><td>\(e(i.title))<br><code>\(e(i.id))</code></td><td>\(i.domain.rawValue)</td><td class=\"r r\(i.rating.map(String.init) ?? "na")\">\(F.rating(i.rating))</td><td>\(i.evidence.map(String.init).joined(separator: ", "))</td><td>\(e(i.note))\(i.nextStep.map { i.rating == nil ? "" : "<br><i>next: \(e($0))</i>" } ?? "")</td></tr>")
        }
        b.append("</tbody></table>")

        if !opportunities.isEmpty {
            b.append("<h2>Opportunities</h2><table><thead><tr><th></th><th>opportunity</th><th>cue turn</th><th>taken turn</th><th>example</th></tr></thead><tbody>")
            for o in opportunities {
                let mark = o.status == .taken ? "✓" : o.status == .missed ? "✗" : "·"
                b.append("<tr class=\"\(o.status.rawValue)\"><td>\(mark)</td><td>\(e(o.description))<br><code>\(e(o.id))</code></td><td>\(o.cueTurn.map(String.init) ?? "–")</td><td>\(o.takenTurn.map(String.init) ?? "–")</td><td>“\(e(o.example))”</td></tr>")
            }
            b.append("</tbody></table>")
        }

        b.append("<h2>Proscribed</h2>")
        if proscribed.isEmpty { b.append("<p class=\"ok\">None.</p>") } else {
            b.append("<ul>" + proscribed.map { "<li>turn \($0.turn): <code>\(e($0.id))</code>\($0.contextual ? " (from context)" : "") — \(e($0.message))</li>" }.joined() + "</ul>")
        }

        let vars = chartedVariables
        if !vars.isEmpty {
            b.append("<h2>\(e(vars.joined(separator: " and ").capitalizedFirst)) over turns</h2>")
            b.append(variablesSVG(vars))
        }

        b.append("<h2>Technique mix</h2>")
        b.append(mixSVG())
        let p = profile
        b.append("<p class=\"meta\">open:closed \(p.openQuestions):\(p.closedQuestions) · reflections:questions \(F.ratio(p.reflectionQuestionRatio)) · IPT-consistent \(F.percent(p.iptConsistentShare)) · affect \(F.percent(p.affectDensity)) · mood–event links \(F.percent(p.moodLinkDensity)) of turns</p>")

        b.append("<h2>Transcript</h2><div class=\"transcript\">")
        b.append("<p class=\"pt\"><b>Patient:</b> \(e(transcript.opening.text))</p>")
        for t in transcript.turns {
            let tags = t.intervention.form.rawValue + (t.intervention.techniques.isEmpty ? "" : ": " + t.intervention.techniques.joined(separator: ", "))
            b.append("<p class=\"tr\" id=\"turn-\(t.number)\"><span class=\"n\">\(t.number)</span> <b>Trainee:</b> \(e(t.input)) <span class=\"tags\">\(e(tags))</span></p>")
            for r in t.replies {
                b.append("<p class=\"pt\(r.riskCue ? " cue" : "")\"><b>Patient:</b> \(e(r.text))\(r.riskCue ? " <span class=\"flag\">risk cue</span>" : "")</p>")
            }
        }
        b.append("</div></main></body></html>")
        return b.joined(separator: "\n") + "\n"
    }

    static let css = """
    body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d232a;background:#f6f7f9;margin:0}
    main{max-width:900px;margin:0 auto;padding:24px 28px;background:#fff}
    h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px;border-bottom:1px solid #e3e6ea;padding-bottom:4px}
    .meta{color:#5b6570;font-size:13px}code{font-size:12px;color:#5b6570}
    .verdict{display:flex;flex-wrap:wrap;align-items:center;gap:18px;padding:14px 18px;border-radius:8px;margin-top:14px}
    .verdict .word{font-size:28px;font-weight:700;letter-spacing:1px}.verdict .nums span{margin-right:16px}
    .verdict ul{flex-basis:100%;margin:0;padding-left:20px;font-size:14px}
    .good{background:#e3f4e8;color:#0f5b2a}.pass{background:#eaf2fb;color:#17436e}.fail{background:#fbe7e6;color:#8a1c14}
    .miss{border-left:4px solid #c0392b;background:#fdf1f0;padding:6px 12px;margin:8px 0}.miss.major{border-color:#d68910;background:#fef7ea}
    .miss p{margin:4px 0}.try{color:#0b6b74}.ok{color:#0f5b2a}
    table{border-collapse:collapse;width:100%;font-size:13.5px;margin-top:10px}th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid #eceef1}
    th{background:#f2f4f6}.r{font-weight:700;text-align:center}.r1,.r2{color:#b03a2e}.r3{color:#9a6700}.r4,.r5{color:#1e7a3c}.rna{color:#98a1ab}
    tr.missed td:first-child{color:#b03a2e;font-weight:700}tr.taken td:first-child{color:#1e7a3c;font-weight:700}
    ol.next li{margin-bottom:6px}svg{display:block;max-width:100%;height:auto}
    .transcript p{margin:4px 0}.tr{margin-top:10px!important}.n{display:inline-block;min-width:22px;color:#98a1ab}
    .tags{font-size:12px;color:#5b6570;background:#f2f4f6;border-radius:4px;padding:0 5px}.pt{padding-left:26px;color:#333}
    .cue{background:#fdf1f0}.flag{font-size:11px;color:#fff;background:#c0392b;border-radius:3px;padding:0 4px}
    """

    func ratingsSVG() -> String {
        let e = ReportFormat.html
        let labelW = 250, barW = 400, rowH = 24, top = 24
        let h = top + items.count * rowH + 10
        let w = labelW + barW + 50
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\" role=\"img\" aria-label=\"Ratings by item\" font-family=\"system-ui,sans-serif\" font-size=\"12\">"
        for r in 1...5 {
            let x = labelW + barW * r / 5
            let dash = r == 3 || r == 4 ? " stroke-dasharray=\"4 3\" stroke=\"#7a8591\"" : " stroke=\"#e3e6ea\""
            s += "<line x1=\"\(x)\" y1=\"\(top - 6)\" x2=\"\(x)\" y2=\"\(h - 6)\"\(dash)/><text x=\"\(x)\" y=\"\(top - 10)\" text-anchor=\"middle\" fill=\"#5b6570\">\(r)</text>"
        }
        for (k, i) in items.enumerated() {
            let y = top + k * rowH
            let label = i.title.count > 36 ? String(i.title.prefix(35)) + "…" : i.title
            s += "<text x=\"\(labelW - 8)\" y=\"\(y + 16)\" text-anchor=\"end\" fill=\"#1d232a\">\(e(label))</text>"
            if let r = i.rating {
                let color = r >= 4 ? "#2e9d57" : r >= 3 ? "#d4a017" : "#c0392b"
                s += "<rect x=\"\(labelW)\" y=\"\(y + 4)\" width=\"\(barW * r / 5)\" height=\"\(rowH - 8)\" rx=\"3\" fill=\"\(color)\"\(i.isFacilitative ? " fill-opacity=\"0.75\"" : "")/>"
                s += "<text x=\"\(labelW + barW * r / 5 + 6)\" y=\"\(y + 16)\" fill=\"#1d232a\">\(r)</text>"
            } else {
                s += "<text x=\"\(labelW + 6)\" y=\"\(y + 16)\" fill=\"#98a1ab\">n/a</text>"
            }
        }
        return s + "</svg>"
    }

    func variablesSVG(_ names: [String]) -> String {
        let e = ReportFormat.html
        let w = 700, h = 240, left = 40, right = 20, top = 20, bottom = 36
        let turns = transcript.turns
        let values = turns.flatMap { t in names.compactMap { t.vars[$0] } }
        let maxV = max(10, values.max() ?? 10), minV = min(0, values.min() ?? 0)
        let lastTurn = max(1, turns.last?.number ?? 1)
        func x(_ n: Int) -> Int { left + (w - left - right) * n / lastTurn }
        func y(_ v: Int) -> Int { top + (h - top - bottom) * (maxV - v) / max(1, maxV - minV) }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\" role=\"img\" aria-label=\"\(e(names.joined(separator: " and "))) over turns\" font-family=\"system-ui,sans-serif\" font-size=\"12\">"
        for v in stride(from: minV, through: maxV, by: max(1, (maxV - minV) / 5)) {
            s += "<line x1=\"\(left)\" y1=\"\(y(v))\" x2=\"\(w - right)\" y2=\"\(y(v))\" stroke=\"#eceef1\"/><text x=\"\(left - 6)\" y=\"\(y(v) + 4)\" text-anchor=\"end\" fill=\"#5b6570\">\(v)</text>"
        }
        let step = max(1, lastTurn / 12)
        for n in stride(from: 0, through: lastTurn, by: step) {
            s += "<text x=\"\(x(n))\" y=\"\(h - bottom + 16)\" text-anchor=\"middle\" fill=\"#5b6570\">\(n)</text>"
        }
        s += "<text x=\"\((w + left) / 2)\" y=\"\(h - 4)\" text-anchor=\"middle\" fill=\"#5b6570\">trainee turn</text>"
        // Safety misses and cues as markers on the axis.
        for m in safety.misses { if let t = m.turn, t > 0 { s += "<line x1=\"\(x(t))\" y1=\"\(top)\" x2=\"\(x(t))\" y2=\"\(h - bottom)\" stroke=\"#c0392b\" stroke-opacity=\"0.35\" stroke-dasharray=\"3 3\"/>" } }
        let colors = ["#2a6fb0", "#c0392b", "#7d3c98"]
        for (k, name) in names.enumerated() {
            let pts = turns.compactMap { t in t.vars[name].map { "\(x(t.number)),\(y($0))" } }
            guard !pts.isEmpty else { continue }
            let c = colors[k % colors.count]
            s += "<polyline fill=\"none\" stroke=\"\(c)\" stroke-width=\"2.5\" points=\"\(pts.joined(separator: " "))\"/>"
            for p in pts { let xy = p.split(separator: ","); s += "<circle cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"2.5\" fill=\"\(c)\"/>" }
            s += "<rect x=\"\(left + 10 + k * 110)\" y=\"\(top - 14)\" width=\"12\" height=\"4\" fill=\"\(c)\"/><text x=\"\(left + 26 + k * 110)\" y=\"\(top - 9)\" fill=\"#1d232a\">\(e(name))</text>"
        }
        return s + "</svg>"
    }

    func mixSVG() -> String {
        let fams = profile.families
        let labelW = 110, barW = 420, rowH = 22
        let h = fams.count * rowH + 8, w = labelW + barW + 50
        let maxC = max(1, fams.map(\.count).max() ?? 1)
        let colors: [TechniqueFamily: String] = [.frame: "#5d6d7e", .assessment: "#2a6fb0", .technique: "#2e9d57", .strategy: "#17a2a2",
                                                 .termination: "#7d3c98", .safety: "#d68910", .proscribed: "#c0392b"]
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\" role=\"img\" aria-label=\"Technique mix by family\" font-family=\"system-ui,sans-serif\" font-size=\"12\">"
        for (k, f) in fams.enumerated() {
            let y = k * rowH + 4
            let bw = barW * f.count / maxC
            s += "<text x=\"\(labelW - 8)\" y=\"\(y + 14)\" text-anchor=\"end\" fill=\"#1d232a\">\(f.family.rawValue)</text>"
            s += "<rect x=\"\(labelW)\" y=\"\(y + 3)\" width=\"\(bw)\" height=\"\(rowH - 8)\" rx=\"3\" fill=\"\(colors[f.family] ?? "#888")\"/>"
            s += "<text x=\"\(labelW + bw + 6)\" y=\"\(y + 14)\" fill=\"#1d232a\">\(f.count)</text>"
        }
        return s + "</svg>"
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

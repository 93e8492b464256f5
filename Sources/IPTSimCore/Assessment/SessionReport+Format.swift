/// Small formatting helpers shared by the renderers.
enum ReportFormat {
    static func percent(_ x: Double?) -> String {
        guard let x else { return "–" }
        return "\(Int((x * 100).rounded()))%"
    }

    static func ratio(_ x: Double?) -> String {
        guard let x else { return "–" }
        return Verdict.format(x)
    }

    static func mean(_ x: Double?) -> String { x.map(Verdict.format) ?? "n/a" }

    static func rating(_ r: Int?) -> String { r.map(String.init) ?? "n/a" }

    /// `█████` for 5, `███░░` for 3, `·····` for n/a.
    static func ratingBar(_ r: Int?) -> String {
        guard let r else { return "·····" }
        return String(repeating: "█", count: r) + String(repeating: "░", count: max(0, 5 - r))
    }

    /// A bar of `value` scaled so that `max` fills `width` cells (at least one cell when > 0).
    static func bar(_ value: Int, max: Int, width: Int = 20) -> String {
        guard max > 0, value > 0 else { return "" }
        let cells = Swift.max(1, Int((Double(value) / Double(max) * Double(width)).rounded()))
        return String(repeating: "▇", count: cells)
    }

    static func turns(_ ts: [Int]) -> String {
        ts.isEmpty ? "" : "turn\(ts.count == 1 ? "" : "s") " + ts.map(String.init).joined(separator: ", ")
    }

    /// Pads with spaces to `width` characters (or truncates with an ellipsis).
    static func pad(_ s: String, _ width: Int) -> String {
        if s.count > width { return String(s.prefix(width - 1)) + "…" }
        return s + String(repeating: " ", count: width - s.count)
    }

    static func html(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Markdown table cell text: pipes escaped, newlines flattened.
    static func cell(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "|": out += "\\|"
            case "\n": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}

extension SessionReport {
    /// The two variables charted over turns: `rapport` and `distress` when the case has them,
    /// else the first two by name.
    var chartedVariables: [String] {
        let keys = Set(transcript.turns.flatMap { $0.vars.keys })
        let preferred = ["rapport", "distress"].filter(keys.contains)
        return preferred.isEmpty ? Array(keys.sorted().prefix(2)) : preferred
    }

    /// The items in rubric order that were not n/a.
    var ratedItems: [ItemResult] { items.filter { $0.rating != nil } }

    var missedOpportunities: [OpportunityResult] { opportunities.filter { $0.status == .missed } }

    /// One line: "PASS · adherence 3.20 · facilitative 3.80 · proscribed 1 · safety passed".
    var headline: String {
        "\(verdict.word.uppercased()) · adherence \(ReportFormat.mean(adherenceMean)) · facilitative \(ReportFormat.mean(facilitativeMean)) · proscribed \(proscribed.count) · safety \(safety.passed ? "passed" : "FAILED")"
    }
}

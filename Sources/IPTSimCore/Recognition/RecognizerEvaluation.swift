import Foundation

/// One labelled utterance of the evaluation corpus.
public struct LabelledUtterance: Sendable, Codable, Equatable {
    public var text: String
    public var form: Form
    public var techniques: [String]
    public var people: [String]?
    public var note: String?
    /// "dev" for the held-back split; nil for the tuning split.
    public var split: String?

    public init(text: String, form: Form, techniques: [String], people: [String]? = nil, note: String? = nil, split: String? = nil) {
        self.text = text
        self.form = form
        self.techniques = techniques
        self.people = people
        self.note = note
        self.split = split
    }

    /// Parses one JSON line; nil if it is not a labelled utterance.
    public static func parse(_ line: Data) -> LabelledUtterance? {
        try? JSONDecoder().decode(LabelledUtterance.self, from: line)
    }

    /// Parses a whole JSONL document, skipping blank lines.
    public static func parseLines(_ text: String) -> [LabelledUtterance] {
        text.split(separator: "\n").compactMap { $0.hasPrefix("{") ? parse(Data($0.utf8)) : nil }
    }
}

/// Precision, recall and F1 of the recognizer on a labelled corpus.
public struct RecognizerEvaluation: Sendable {
    public struct ClassScore: Sendable {
        public var label: String
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var support: Int
    }

    public var count: Int
    public var forms: [ClassScore]
    public var coarse: [ClassScore]
    public var formMacroF1: Double
    public var coarseMacroF1: Double
    /// First predicted technique equals the first labelled technique.
    public var firstTechniqueAccuracy: Double
    /// First predicted technique is one of the labelled techniques.
    public var firstTechniqueInLabels: Double
    public var techniqueItems: Int
    /// confusion[gold][predicted] over the six forms.
    public var confusion: [Form: [Form: Int]]
    public var errors: [(item: LabelledUtterance, form: Form, techniques: [String])]

    public static func run(_ items: [LabelledUtterance], recognizer: any Recognizer, context: RecognitionContext = RecognitionContext()) -> RecognizerEvaluation {
        var confusion: [Form: [Form: Int]] = [:]
        var coarsePairs: [(String, String)] = []
        var first = 0, inLabels = 0, techItems = 0
        var errors: [(LabelledUtterance, Form, [String])] = []
        for item in items {
            let iv = recognizer.recognize(item.text, context: context)
            confusion[item.form, default: [:]][iv.form, default: 0] += 1
            coarsePairs.append((item.form.coarse, iv.form.coarse))
            var wrong = iv.form != item.form
            if let gold = item.techniques.first {
                techItems += 1
                if iv.techniques.first == gold { first += 1 } else { wrong = true }
                if let p = iv.techniques.first, item.techniques.contains(p) { inLabels += 1 }
            }
            if wrong { errors.append((item, iv.form, iv.techniques)) }
        }
        let formPairs = confusion.flatMap { g, row in row.flatMap { p, n in Array(repeating: (g.rawValue, p.rawValue), count: n) } }
        let forms = scores(formPairs, labels: Form.allCases.map(\.rawValue))
        let coarse = scores(coarsePairs, labels: ["question", "reflection", "information-advice", "other"])
        func macro(_ s: [ClassScore]) -> Double {
            let present = s.filter { $0.support > 0 }
            return present.isEmpty ? 0 : present.map(\.f1).reduce(0, +) / Double(present.count)
        }
        return RecognizerEvaluation(count: items.count, forms: forms, coarse: coarse, formMacroF1: macro(forms), coarseMacroF1: macro(coarse),
                          firstTechniqueAccuracy: techItems == 0 ? 0 : Double(first) / Double(techItems),
                          firstTechniqueInLabels: techItems == 0 ? 0 : Double(inLabels) / Double(techItems),
                          techniqueItems: techItems, confusion: confusion, errors: errors)
    }

    static func scores(_ pairs: [(String, String)], labels: [String]) -> [ClassScore] {
        labels.map { l in
            let tp = pairs.filter { $0.0 == l && $0.1 == l }.count
            let fp = pairs.filter { $0.0 != l && $0.1 == l }.count
            let fn = pairs.filter { $0.0 == l && $0.1 != l }.count
            let p = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
            let r = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
            let f = p + r == 0 ? 0 : 2 * p * r / (p + r)
            return ClassScore(label: l, precision: p, recall: r, f1: f, support: tp + fn)
        }
    }

    static func pct(_ d: Double) -> String {
        let v = Int((d * 1000).rounded())
        return "\(v / 10).\(v % 10)"
    }

    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
    static func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }

    /// A plain-text report.
    public func rendered() -> String {
        var out = "utterances: \(count)\n\nforms                precision  recall     F1  support\n"
        for s in forms {
            out += Self.pad(s.label, 20) + Self.lpad(Self.pct(s.precision), 10) + Self.lpad(Self.pct(s.recall), 8) + Self.lpad(Self.pct(s.f1), 7) + Self.lpad(String(s.support), 9) + "\n"
        }
        out += "macro-F1 (6 forms): \(Self.pct(formMacroF1))\n\ncoarse               precision  recall     F1  support\n"
        for s in coarse {
            out += Self.pad(s.label, 20) + Self.lpad(Self.pct(s.precision), 10) + Self.lpad(Self.pct(s.recall), 8) + Self.lpad(Self.pct(s.f1), 7) + Self.lpad(String(s.support), 9) + "\n"
        }
        out += "macro-F1 (4 coarse): \(Self.pct(coarseMacroF1))\n\n"
        out += "first technique = first label: \(Self.pct(firstTechniqueAccuracy)) (\(techniqueItems) utterances)\n"
        out += "first technique among labels:  \(Self.pct(firstTechniqueInLabels))\n\n"
        out += "confusion (rows gold, columns predicted)\n" + Self.pad("", 16)
        let abbrev: [Form: String] = [.openQuestion: "open", .closedQuestion: "closed", .reflection: "refl", .information: "info", .advice: "advice", .other: "other"]
        for f in Form.allCases { out += Self.lpad(abbrev[f]!, 8) }
        out += "\n"
        for g in Form.allCases {
            out += Self.pad(g.rawValue, 16)
            for p in Form.allCases { out += Self.lpad(String(confusion[g]?[p] ?? 0), 8) }
            out += "\n"
        }
        return out
    }
}

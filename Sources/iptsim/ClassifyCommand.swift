import ArgumentParser
import Foundation
import IPTSimCore

struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Classify trainee utterances (form, techniques, people, concepts), or evaluate on a labelled file.",
        discussion: """
        iptsim classify --jsonl < lines.txt        one JSON object per input line
        iptsim classify --evaluate corpus.jsonl    precision/recall/F1, macro-F1, confusion matrix
        An input line starting with '{' is {"text": ..., "people": [{"id","name","relation","deceased","aliases"}]}.
        """
    )

    @Flag(help: "Read lines from standard input and write one JSON object per line.")
    var jsonl = false

    @Option(help: "A labelled JSONL file ({\"text\",\"form\",\"techniques\"}) to evaluate on.")
    var evaluate: String?

    @Option(name: .customLong("case"), help: "A case id whose people, concepts and lexicon to use.")
    var caseID: String?

    @Option(help: "Folder of case files to use instead of the embedded defaults.")
    var scenarios: String?

    func run() throws {
        var context = RecognitionContext()
        if let caseID {
            context = RecognitionContext(case: try CaseLibrary.load(scenarios: scenarios).find(caseID).case)
        }
        if let evaluate {
            let recognizer = RuleRecognizer()
            guard let data = FileManager.default.contents(atPath: evaluate) else { throw CLIError.unreadable("\(evaluate): cannot read the file") }
            var items: [LabelledUtterance] = []
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where line.hasPrefix("{") {
                if let u = LabelledUtterance.parse(Data(line.utf8)) { items.append(u) }
            }
            let report = RecognizerEvaluation.run(items, recognizer: recognizer, context: context)
            print(report.rendered(), terminator: "")
            return
        }
        guard jsonl else { throw CLIError.usage("say --jsonl (read stdin) or --evaluate FILE") }
        let recognizer = RuleRecognizer(tracing: false)
        // The JSON is written straight into a byte buffer, as `JSONOut.rendered(indent: nil)` would
        // write it (the same escapes and number format), without building the tree per line.
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        var lineNumber = 0
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            var ctx = context
            var text = line
            if line.hasPrefix("{") {
                if let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] {
                    text = obj["text"] as? String ?? ""
                    if let people = obj["people"] as? [[String: Any]] {
                        ctx.people = people.compactMap(Self.person)
                    }
                    if let recent = obj["recentPeople"] as? [String] { ctx.recentPeople = recent }
                } else {
                    // Still one output line per input line, so the output stays aligned with the input.
                    printError("stdin:\(lineNumber):1: warning: [classify-json] the line starts with '{' but is not a JSON object; classified as plain text; write {\"text\": \"...\"} or start the line with another character")
                }
            }
            let iv = recognizer.recognize(text, context: ctx)
            Self.appendLine(iv, text: text, to: &out)
            if out.count > 1 << 15 {
                FileHandle.standardOutput.write(Data(out))
                out.removeAll(keepingCapacity: true)
            }
        }
        FileHandle.standardOutput.write(Data(out))
    }

    /// One output line: `{"text":…,"form":…,"techniques":[…],"scores":[…],"people":[…],"concepts":[…]}` and a newline.
    static func appendLine(_ iv: Intervention, text: String, to out: inout [UInt8]) {
        func key(_ k: StaticString, first: Bool = false) {
            if !first { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\""))
            k.withUTF8Buffer { out.append(contentsOf: $0) }
            out.append(UInt8(ascii: "\""))
            out.append(UInt8(ascii: ":"))
        }
        func strings(_ list: [String]) {
            out.append(UInt8(ascii: "["))
            for (i, s) in list.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONOut.appendQuoted(s, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "{"))
        key("text", first: true)
        JSONOut.appendQuoted(text, to: &out)
        key("form")
        JSONOut.appendQuoted(iv.form.rawValue, to: &out)
        key("techniques")
        strings(iv.techniques)
        key("scores")
        out.append(UInt8(ascii: "["))
        for (i, d) in iv.scores.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: JSONOut.number(d).utf8)
        }
        out.append(UInt8(ascii: "]"))
        key("people")
        strings(iv.people)
        key("concepts")
        strings(iv.concepts)
        out.append(UInt8(ascii: "}"))
        out.append(UInt8(ascii: "\n"))
    }

    static func person(_ o: [String: Any]) -> PersonReference? {
        guard let id = o["id"] as? String else { return nil }
        return PersonReference(id: id, name: o["name"] as? String ?? id, relation: o["relation"] as? String ?? "",
                               deceased: o["deceased"] as? Bool ?? false, aliases: o["aliases"] as? [String] ?? [],
                               pronoun: o["pronoun"] as? String)
    }
}

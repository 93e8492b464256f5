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
        let recognizer = RuleRecognizer()
        if let evaluate {
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
        var out = ""
        out.reserveCapacity(1 << 16)
        while let line = readLine(strippingNewline: true) {
            var ctx = context
            var text = line
            if line.hasPrefix("{"), let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] {
                text = obj["text"] as? String ?? ""
                if let people = obj["people"] as? [[String: Any]] {
                    ctx.people = people.compactMap(Self.person)
                }
                if let recent = obj["recentPeople"] as? [String] { ctx.recentPeople = recent }
            }
            let iv = recognizer.recognize(text, context: ctx)
            let json = JSONOut.object([
                ("text", .string(text)), ("form", .string(iv.form.rawValue)),
                ("techniques", .array(iv.techniques.map { .string($0) })),
                ("scores", .array(iv.scores.map { .double($0) })),
                ("people", .array(iv.people.map { .string($0) })),
                ("concepts", .array(iv.concepts.map { .string($0) })),
            ])
            out += json.rendered(indent: nil)
            out += "\n"
            if out.utf8.count > 1 << 15 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    static func person(_ o: [String: Any]) -> PersonReference? {
        guard let id = o["id"] as? String else { return nil }
        return PersonReference(id: id, name: o["name"] as? String ?? id, relation: o["relation"] as? String ?? "",
                               deceased: o["deceased"] as? Bool ?? false, aliases: o["aliases"] as? [String] ?? [],
                               pronoun: o["pronoun"] as? String)
    }
}

import ArgumentParser
import IPTSimCore

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how an utterance is recognised: normalised text, clauses, every matching pattern, and why the winner won."
    )

    @Argument(help: "What the trainee would say.")
    var text: String

    @Option(name: .customLong("case"), help: "A case id whose people, concepts and lexicon to use.")
    var caseID: String?

    @Option(help: "Folder of case files to use instead of the embedded defaults.")
    var scenarios: String?

    @Option(help: "Comma-separated ids of recently mentioned people (for pronouns).")
    var recent: String?

    func run() throws {
        var context = RecognitionContext()
        if let caseID {
            context = RecognitionContext(case: try CaseLibrary.load(scenarios: scenarios).find(caseID).case)
        }
        if let recent { context.recentPeople = recent.split(separator: ",").map(String.init) }
        let a = RuleRecognizer().analyze(text, context: context)
        let iv = a.intervention
        print("text:        \(text)")
        print("normalised:  \(iv.tokens.joined(separator: " "))")
        print("form:        \(iv.form.rawValue)")
        let ranked = zip(iv.techniques, iv.scores).map { "\($0.0) \($0.1)" }
        print("techniques:  \(ranked.isEmpty ? "none" : ranked.joined(separator: ", "))")
        print("people:      \(iv.people.isEmpty ? "none" : iv.people.joined(separator: ", "))")
        print("concepts:    \(iv.concepts.isEmpty ? "none" : iv.concepts.joined(separator: ", "))")
        print("")
        for line in iv.trace { print("  " + line) }
    }
}

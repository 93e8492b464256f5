import ArgumentParser

@main
struct IPTSim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "iptsim",
        abstract: "Practise and certify Interpersonal Psychotherapy with rule-based virtual patients.",
        discussion: """
        Trainees:     iptsim practice grief
        Instructors:  iptsim validate Scenarios
        Cases are the embedded defaults unless --scenarios DIR or IPTSIM_SCENARIOS names a folder.
        """,
        subcommands: [
            Practice.self,
            Score.self,
            Validate.self,
            ListCases.self,
            Schema.self,
            Explain.self,
            Classify.self,
            Lint.self,
            TestTranscripts.self,
            Coverage.self,
            Graph.self,
            New.self,
            Exam.self,
            Results.self,
            Bench.self,
        ]
    )
}

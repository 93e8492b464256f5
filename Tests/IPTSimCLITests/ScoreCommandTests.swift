import Testing
@testable import iptsim

@Suite("Assessment: iptsim score")
struct AssessmentScoreCommandTests {
    @Test(arguments: [("r.json", "json"), ("r.MD", "md"), ("r.markdown", "md"), ("a/b/r.html", "html"), ("r.htm", "html"), ("r.txt", nil), ("r", nil)])
    func reportFormatFollowsTheExtension(path: String, format: String?) {
        #expect(Score.format(of: path) == format)
    }
}

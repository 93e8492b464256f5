// libFuzzer target: CaseLoader.load over arbitrary bytes. Compiled by scripts/fuzz.sh into one
// module together with Sources/IPTSimCore (not part of the package, `swift test` or CI).
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCaseLoader(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    let result = CaseLoader.load(data)
    // Whatever the input, a result either has a valid case or says why not.
    if result.case == nil && result.diagnostics.isEmpty { fatalError("no case and no diagnostic") }
    if let c = result.case, result.isValid {
        // A valid case must also be playable: compile every session and take one turn.
        for s in c.sessions {
            var runner = SessionRunner(case: c, session: s, caseHash: result.versionHash, seed: 1)
            runner.say("How have you been feeling since we last met?")
            runner.administerPHQ9()
        }
    }
    return 0
}

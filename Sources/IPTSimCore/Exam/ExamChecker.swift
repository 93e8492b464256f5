/// The blueprint's own rules beyond its structure, and its fit to the cases at hand.
public enum ExamChecker {
    /// Rules of the blueprint itself: unique cases and sessions, enough cases, different problem
    /// areas (unless allowed), the required phases present.
    public static func check(_ b: ExamBlueprint, document node: JSONNode?) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func at(_ path: [JSONNode.PathComponent]) -> SourcePosition? { node?.node(at: path).position }
        var seenCases: [String: Int] = [:]
        var seenAreas: [ProblemArea: Int] = [:]
        for (i, c) in b.cases.enumerated() {
            if let first = seenCases[c.id] {
                out.append(Diagnostic(code: "duplicate-case", "case '\(c.id)' appears twice (cases[\(first)] and cases[\(i)])",
                                      fix: "list each case once and put all its sessions under it", at: at([.key("cases"), .index(i), .key("id")])))
            }
            seenCases[c.id] = seenCases[c.id] ?? i
            if let first = seenAreas[c.problemArea], b.passRule.differentProblemAreas, b.allowSameArea != true {
                out.append(Diagnostic(code: "same-problem-area", "cases[\(first)] and cases[\(i)] are both '\(c.problemArea.rawValue)'; certification wants cases in different problem areas",
                                      fix: "choose a case in another problem area, or set \"allowSameArea\": true", at: at([.key("cases"), .index(i), .key("problemArea")])))
            }
            seenAreas[c.problemArea] = seenAreas[c.problemArea] ?? i
            var seenSessions = Set<String>()
            for (j, s) in c.sessions.enumerated() where !seenSessions.insert(s.id).inserted {
                out.append(Diagnostic(code: "duplicate-session", "session '\(s.id)' of case '\(c.id)' appears twice",
                                      fix: "remove the repeat", at: at([.key("cases"), .index(i), .key("sessions"), .index(j), .key("id")])))
            }
        }
        if b.cases.count < b.passRule.minCases {
            out.append(Diagnostic(code: "too-few-cases", "the pass rule needs \(b.passRule.minCases) cases but the blueprint has \(b.cases.count)",
                                  fix: "add cases or lower passRule.minCases", at: at([.key("cases")])))
        }
        let phases = Set(b.cases.flatMap { $0.sessions.map(\.phase) })
        for phase in b.passRule.requiredPhases where !phases.contains(phase) {
            out.append(Diagnostic(code: "missing-phase", "the pass rule requires a \(phase.rawValue)-phase session but no session in the blueprint is one",
                                  fix: "add a \(phase.rawValue) session to one of the cases", at: at([.key("passRule"), .key("requiredPhases")])))
        }
        return out
    }

    /// A case as available now: its content and the hash of its file.
    public struct Available: Sendable {
        public var `case`: Case
        public var hash: String
        public init(case c: Case, hash: String) {
            self.case = c
            self.hash = hash
        }
    }

    /// Checks the blueprint against the cases available now: every case present, unedited (same
    /// hash), with the named sessions in the named phases and styles. Errors are plain sentences.
    public static func fit(_ b: ExamBlueprint, to available: [String: Available], document node: JSONNode? = nil) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func at(_ path: [JSONNode.PathComponent]) -> SourcePosition? { node?.node(at: path).position }
        for (i, ec) in b.cases.enumerated() {
            guard let a = available[ec.id] else {
                out.append(Diagnostic(code: "missing-case", "the exam needs case '\(ec.id)' (version \(ec.version)) but it is not in the case library",
                                      fix: "run with --scenarios pointing at the folder the blueprint was built from", at: at([.key("cases"), .index(i), .key("id")])))
                continue
            }
            if a.hash != ec.hash {
                let versionNote = a.case.version == ec.version ? "its version is still \(ec.version) but its content changed"
                                                               : "it is now version \(a.case.version), the blueprint was built against \(ec.version)"
                out.append(Diagnostic(code: "case-edited", "case '\(ec.id)' was edited after this blueprint was made (\(versionNote); hash \(a.hash), expected \(ec.hash)); the exam cannot run against a different patient",
                                      fix: "restore the case file the blueprint was built against, or make a new blueprint with 'iptsim exam new'",
                                      at: at([.key("cases"), .index(i), .key("hash")])))
                continue
            }
            for (j, es) in ec.sessions.enumerated() {
                let path: [JSONNode.PathComponent] = [.key("cases"), .index(i), .key("sessions"), .index(j)]
                guard let s = a.case.session(es.id) else {
                    out.append(Diagnostic(code: "missing-session", "case '\(ec.id)' has no session '\(es.id)'",
                                          fix: "sessions: \(a.case.sessions.map(\.id).joined(separator: ", "))", at: at(path + [.key("id")])))
                    continue
                }
                if s.phase != es.phase {
                    out.append(Diagnostic(code: "wrong-phase", "session '\(es.id)' of case '\(ec.id)' is a \(s.phase.rawValue)-phase session, not \(es.phase.rawValue)",
                                          fix: "write \"phase\": \"\(s.phase.rawValue)\"", at: at(path + [.key("phase")])))
                }
                if let style = es.style, !a.case.patient.styles.contains(style) {
                    out.append(Diagnostic(code: "unknown-style", "case '\(ec.id)' is not written for style '\(style.rawValue)'",
                                          fix: "use one of \(a.case.patient.styles.map(\.rawValue).joined(separator: ", "))", at: at(path + [.key("style")])))
                }
            }
            if a.case.problemArea != ec.problemArea {
                out.append(Diagnostic(code: "wrong-problem-area", "case '\(ec.id)' is '\(a.case.problemArea.rawValue)', not '\(ec.problemArea.rawValue)'",
                                      fix: "write \"problemArea\": \"\(a.case.problemArea.rawValue)\"", at: at([.key("cases"), .index(i), .key("problemArea")])))
            }
        }
        return out
    }
}

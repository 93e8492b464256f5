/// The exam blueprint format, declared once with the project's schema DSL; `ExamLoader` checks
/// files against it (located diagnostics) and `iptsim exam schema` prints it as JSON Schema.
public enum ExamSchema {
    public static let fileName = "exam.schema.json"

    static func id(_ doc: String) -> Schema {
        .string(StringSchema(doc, pattern: CaseSchema.idPattern, patternHint: CaseSchema.idHint, code: "invalid-id", noun: "id"))
    }
    static func enumeration<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ doc: String, noun: String) -> Schema where E.RawValue == String {
        .string(StringSchema(doc, values: E.allCases.map(\.rawValue), noun: noun))
    }

    public static let document = SchemaDocument(
        id: "https://iptsim.example/schema/exam.schema.json",
        title: "iptsim exam blueprint: the cases, sessions and pass rule of a certification exam",
        root: "Exam",
        definitions: [
            ("Exam", .object(ObjectSchema("A certification exam blueprint.", [
                Property("$schema", .string(StringSchema("The JSON Schema this file follows: \"schema/exam.schema.json\"."))),
                Property("format", .integer(doc: "Blueprint format version (1).", min: 1, max: 1), required: true),
                Property("id", id("Stable id of the exam, stored with every attempt."), required: true),
                Property("title", .string(StringSchema("Title shown to the candidate.", minLength: 1)), required: true),
                Property("attemptsAllowed", .integer(doc: "Attempts a candidate may start; an abandoned attempt counts.", min: 1, max: 100), required: true),
                Property("allowSameArea", .boolean(doc: "Allow two cases with the same problem area (certification practice wants different areas).")),
                Property("passRule", .ref("PassRule"), required: true),
                Property("cases", .array(.ref("ExamCase"), doc: "The cases, in the order they are played.", minItems: 1), required: true),
            ]))),
            ("PassRule", .object(ObjectSchema("When an attempt passes.", [
                Property("minCases", .integer(doc: "Cases required (certification: 2).", min: 1, max: 20), required: true),
                Property("differentProblemAreas", .boolean(doc: "Cases must be in different problem areas."), required: true),
                Property("requiredPhases", .array(enumeration(Phase.self, "A phase.", noun: "phase"), doc: "Phases that must be rated (certification: initial and middle)."), required: true),
                Property("minMean", .number(doc: "Minimum mean item rating per case on the 1–5 scale (certification: 3.0).", min: 1, max: 5), required: true),
                Property("maxCriticalSafetyMisses", .integer(doc: "Critical safety misses tolerated (certification: 0).", min: 0, max: 10), required: true),
                Property("everySessionPasses", .boolean(doc: "Each session must also pass on its own.")),
            ]))),
            ("ExamCase", .object(ObjectSchema("A case, pinned to the file the blueprint was built against.", [
                Property("id", id("Case id."), required: true),
                Property("version", .string(StringSchema("Case version when the blueprint was made.", minLength: 1)), required: true),
                Property("hash", .string(StringSchema("Content hash of the case file (iptsim exam new writes it).", pattern: "^[0-9a-f]{16}$", patternHint: "16 lower-case hex digits, as written by 'iptsim exam new'", noun: "hash")), required: true),
                Property("problemArea", enumeration(ProblemArea.self, "The case's problem area.", noun: "problem area"), required: true),
                Property("sessions", .array(.ref("ExamSession"), doc: "Rated sessions of the case, in order.", minItems: 1), required: true),
            ]))),
            ("ExamSession", .object(ObjectSchema("A rated session.", [
                Property("id", id("Session id in the case."), required: true),
                Property("phase", enumeration(Phase.self, "The session's phase.", noun: "phase"), required: true),
                Property("seed", .integer(doc: "Random seed: every candidate meets the same patient.", min: 0), required: true),
                Property("style", enumeration(ConversationalStyle.self, "Conversational style (default: the case's first).", noun: "style")),
                Property("timeLimitMinutes", .integer(doc: "Limit in simulated minutes; the session ends when the clock reaches it.", min: 1, max: 180), required: true),
            ]))),
        ],
        rootNoun: "the blueprint"
    )
}

/// The case file format, declared once. The JSON Schema in `Scenarios/schema/` is generated from
/// this, and `CaseLoader` checks files against it before decoding them into `Case`.
public enum CaseSchema {
    public static let fileName = "case.schema.json"
    public static let idPattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$"
    static let idHint = "ids use letters, digits, '.', '_' and '-', e.g. 'guilt-disclosure'"

    static func id(_ doc: String) -> Schema {
        .string(StringSchema(doc, pattern: idPattern, patternHint: idHint, code: "invalid-id", noun: "id"))
    }
    static func ref(_ doc: String, noun: String) -> Schema {
        .string(StringSchema(doc, pattern: idPattern, patternHint: idHint, noun: "\(noun) id"))
    }
    static func text(_ doc: String) -> Schema { .string(StringSchema(doc, minLength: 1)) }
    static func texts(_ doc: String, min: Int? = nil) -> Schema { .array(text(doc), doc: doc, minItems: min) }
    static func technique(_ doc: String) -> Schema {
        .string(StringSchema(doc, values: TechniqueCatalogue.ids, code: "unknown-technique", noun: "technique"))
    }
    static func enumeration<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ doc: String, noun: String) -> Schema where E.RawValue == String {
        .string(StringSchema(doc, values: E.allCases.map(\.rawValue), noun: noun))
    }

    static let noReply = EmptyArray(code: "missing-reply", "there is nothing for the patient to say",
                                    fix: "add a variant such as {\"id\": \"a\", \"text\": \"…\"}")

    public static let document = SchemaDocument(
        id: "https://iptsim.example/schema/case.schema.json",
        title: "iptsim case file: one virtual patient for Interpersonal Psychotherapy training",
        root: "Case",
        definitions: [
            ("Case", .object(ObjectSchema("One virtual patient: identity, person, interpersonal inventory, state, measures, risk, truth and sessions.", [
                Property("$schema", .string(StringSchema("The JSON Schema this file follows, so editors complete keys and show docs: \"schema/case.schema.json\"."))),
                Property("id", id("Stable id of the case, used on the command line and in transcripts."), required: true),
                Property("version", .string(StringSchema("Version of the case content (semantic versioning).", pattern: "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$", patternHint: "write a version such as 1.0.0", noun: "version")), required: true),
                Property("title", text("Short title shown in lists."), required: true),
                Property("problemArea", enumeration(ProblemArea.self, "The IPT problem area this case is built around.", noun: "problem area"), required: true),
                Property("metadata", .ref("Metadata")),
                Property("patient", .ref("Patient"), required: true),
                Property("people", .array(.ref("Person"), doc: "The interpersonal inventory: every person who matters to the patient.", minItems: 1), required: true),
                Property("concepts", .array(.ref("Concept"), doc: "Case words and phrases grouped under names, usable in conditions.")),
                Property("variables", .array(.ref("Variable"), doc: "Declared integer state variables; 'rapport' and 'distress' are required.", minItems: 2), required: true),
                Property("facts", .array(.ref("Fact"), doc: "Disclosures and events that, once set, stay set."), required: true),
                Property("risk", .ref("Risk"), required: true),
                Property("truth", .ref("Truth"), required: true),
                Property("lexicon", .array(.ref("LexiconEntry"), doc: "Extra phrasings the recognizer treats as a technique in this case.")),
                Property("sessions", .array(.ref("Session"), doc: "The sessions a trainee can practise, in course order.", minItems: 1), required: true),
            ]))),
            ("Metadata", .object(ObjectSchema("Authoring metadata.", [
                Property("authors", texts("Who wrote the case.")),
                Property("reviewedBy", texts("Who reviewed the clinical content.")),
                Property("license", text("Licence of the case content.")),
                Property("sources", texts("Clinical sources the content was checked against.")),
                Property("notes", text("Anything else an author should know.")),
            ]))),
            ("Patient", .object(ObjectSchema("The patient as a person.", [
                Property("name", text("Full name."), required: true),
                Property("age", .integer(doc: "Age in years.", min: 12, max: 110), required: true),
                Property("pronoun", .string(StringSchema("How others refer to the patient.", values: ["she", "he", "they"], noun: "pronoun"))),
                Property("occupation", text("Occupation."), required: true),
                Property("presentingComplaint", text("What brings them, in a sentence or two."), required: true),
                Property("history", text("Relevant history, for the briefing and for authors."), required: true),
                Property("styles", .array(enumeration(ConversationalStyle.self, "A conversational style.", noun: "style"), doc: "Styles the case is written for; the first is the default.", minItems: 1), required: true),
                Property("withheld", texts("What the patient knows and does not say unless the right work is done.")),
            ]))),
            ("Person", .object(ObjectSchema("A person in the interpersonal inventory.", [
                Property("id", id("Stable id, used in conditions."), required: true),
                Property("name", text("Name as the patient says it."), required: true),
                Property("relation", text("Relation to the patient, e.g. 'wife', 'daughter'."), required: true),
                Property("deceased", .boolean(doc: "The person has died.")),
                Property("pronoun", .string(StringSchema("How the patient refers to them; lets 'she' or 'he' resolve to this person.", values: ["she", "he", "they"], noun: "pronoun"))),
                Property("aliases", texts("Other ways of naming them: 'my wife', 'Abby', 'her mum'.")),
                Property("closeness", .integer(doc: "1 (distant) to 5 (closest), as on an interpersonal circle.", min: 1, max: 5)),
                Property("good", text("What is good in the relationship.")),
                Property("bad", text("What is difficult in the relationship.")),
                Property("expectations", text("What each expects of the other.")),
            ]))),
            ("Concept", .object(ObjectSchema("A named set of words and phrases.", [
                Property("id", id("Name used in conditions."), required: true),
                Property("phrases", texts("Words or phrases, matched on word boundaries after normalisation.", min: 1), required: true),
            ]))),
            ("Variable", .object(ObjectSchema("An integer state variable with its range; effects are clamped to it.", [
                Property("id", id("Name used in conditions and effects."), required: true),
                Property("min", .integer(doc: "Lowest value."), required: true),
                Property("max", .integer(doc: "Highest value."), required: true),
                Property("initial", .integer(doc: "Value at the start of a session unless the session overrides it."), required: true),
                Property("description", text("What it means.")),
            ]))),
            ("Fact", .object(ObjectSchema("A disclosure or event.", [
                Property("id", id("Name used in conditions, effects and rubric evidence."), required: true),
                Property("description", text("What the patient has disclosed when this is set."), required: true),
            ]))),
            ("Risk", .object(ObjectSchema("Suicide-risk profile (C-SSRS screener constructs) and other safety facts; drives the built-in risk answers and the safety gates.", [
                Property("passiveDeathWish", .boolean(doc: "C-SSRS Q1: wished to be dead or not to wake up (past month)."), required: true),
                Property("activeIdeation", .boolean(doc: "C-SSRS Q2: actual thoughts of killing oneself (past month)."), required: true),
                Property("method", .boolean(doc: "C-SSRS Q3: has thought about how."), required: true),
                Property("intent", .boolean(doc: "C-SSRS Q4: some intention of acting (past month)."), required: true),
                Property("plan", .boolean(doc: "C-SSRS Q5: details worked out and intends to act (past month)."), required: true),
                Property("behaviour", .boolean(doc: "C-SSRS Q6: suicidal or preparatory behaviour in the past 3 months."), required: true),
                Property("priorAttempts", .integer(doc: "Number of past suicide attempts.", min: 0), required: true),
                Property("means", texts("Lethal means the patient can reach, e.g. 'hunting rifle'.")),
                Property("substances", text("Alcohol and drug use.")),
                Property("protectiveFactors", texts("Reasons for living and supports.")),
                Property("intimatePartnerViolence", .boolean(doc: "Partner violence or threats are present.")),
                Property("maniaHistory", .boolean(doc: "History of mania or hypomania.")),
                Property("replies", .ref("RiskReplies")),
            ]))),
            ("RiskReplies", .object(ObjectSchema("The patient's own words for the built-in risk answers; plain wording is used where absent. Each list is used in order.", [
                Property("deathWish", texts("Answer to a question about wishing to be dead.")),
                Property("activeThoughts", texts("Answer to a question about thoughts of suicide.")),
                Property("method", texts("Answer to a question about how.")),
                Property("intentAndPlan", texts("Answer to questions about intent and plan.")),
                Property("history", texts("Answer about past attempts or preparations.")),
                Property("means", texts("Answer about access to means.")),
                Property("protective", texts("Answer about what keeps them going.")),
                Property("substances", texts("Answer about alcohol and drugs.")),
                Property("mania", texts("Answer to a mania screen.")),
                Property("violence", texts("Answer to a partner-violence screen.")),
                Property("safetyPlan", texts("Response to safety planning.")),
                Property("escalate", texts("Response to an urgent referral.")),
            ]))),
            ("Truth", .object(ObjectSchema("The correct answers.", [
                Property("problemArea", enumeration(ProblemArea.self, "The correct focus.", noun: "problem area"), required: true),
                Property("disputeStage", enumeration(DisputeStage.self, "For a dispute: its stage.", noun: "dispute stage")),
                Property("formulation", text("The target interpersonal formulation."), required: true),
                Property("secondary", .array(enumeration(ProblemArea.self, "An acceptable secondary focus.", noun: "problem area"), doc: "Acceptable secondary foci.")),
                Property("traps", texts("Mistakes this case is built to catch.")),
            ]))),
            ("LexiconEntry", .object(ObjectSchema("Extra phrasings for a technique in this case.", [
                Property("technique", technique("The technique the phrasings signal."), required: true),
                Property("patterns", texts("Text patterns (see the pattern language).", min: 1), required: true),
            ]))),
            ("Session", .object(ObjectSchema("One therapy session.", [
                Property("id", id("Stable id, e.g. 'initial' or 'middle'."), required: true),
                Property("title", text("Title shown in lists and the briefing."), required: true),
                Property("phase", enumeration(Phase.self, "Phase of treatment.", noun: "phase"), required: true),
                Property("number", .integer(doc: "Session number in the course (1 is the first).", min: 1, max: 30), required: true),
                Property("plannedSessions", .integer(doc: "Number of sessions in the contract, if agreed.", min: 1, max: 30)),
                Property("minutes", .integer(doc: "Planned length in simulated minutes.", min: 5, max: 120), required: true),
                Property("goal", text("What the trainee should achieve; shown in the briefing."), required: true),
                Property("briefing", text("Referral note or what happened since last time; shown in the briefing."), required: true),
                Property("opening", text("The patient's first words."), required: true),
                Property("openingNonverbal", text("A nonverbal cue with the first words.")),
                Property("state", .map(.integer(doc: "Value."), doc: "Variable values that differ from the initial values in this session.")),
                Property("facts", .array(ref("A fact already disclosed.", noun: "fact"), doc: "Facts known before this session starts.")),
                Property("phq9", .array(.integer(doc: "Item value: 0 not at all, 1 several days, 2 more than half the days, 3 nearly every day.", min: 0, max: 3), doc: "PHQ-9 items 1–9 as the patient answers them today.", minItems: 9, maxItems: 9), required: true),
                Property("rules", .array(.ref("Rule"), doc: "The patient's storylets for this session.", minItems: 1), required: true),
                Property("fallbacks", .array(.ref("Fallback"), doc: "Used when no rule qualifies; levels escalate with consecutive misses.", minItems: 1,
                                            empty: EmptyArray(code: "missing-fallback", "the patient would have nothing to say when no rule qualifies",
                                                              fix: "add a fallback such as {\"id\": \"fb\", \"level\": 0, \"variants\": [{\"id\": \"a\", \"text\": \"Sorry, I'm not sure what you mean.\"}]}")), required: true),
                Property("rubric", .array(.ref("RubricItem"), doc: "Rubric items rated 1–5 for this session.", minItems: 1,
                                         empty: EmptyArray(code: "missing-rubric", "a session needs at least one rubric item to be scored",
                                                           fix: "add a rubric item with id, title, domain, description, example and levels (or measure)")), required: true),
                Property("opportunities", .array(.ref("Opportunity"), doc: "Moments the trainee should take.")),
            ]))),
            ("Rule", .object(ObjectSchema("A storylet: conditions, reply variants and effects.", [
                Property("id", id("Stable id, unique in the case; shown by /why and in transcripts."), required: true),
                Property("tier", enumeration(Tier.self, "Rank class: follow-up > urgent > specific > general.", noun: "tier"), required: true),
                Property("when", .ref("Condition")),
                Property("repeat", .string(StringSchema("How often it may fire: once (default), always, 'cooldown N', 'max N'.", pattern: RepeatPolicy.pattern, patternHint: "write once, always, 'cooldown 3' or 'max 2'", noun: "repeat policy"))),
                Property("selection", enumeration(Selection.self, "How the variant is chosen (default least-recent).", noun: "selection")),
                Property("variants", .array(.ref("Variant"), doc: "What the patient says.", minItems: 1, empty: noReply), required: true),
                Property("effects", .array(.ref("Effect"), doc: "State changes when it fires.")),
                Property("followUps", .array(ref("A rule eligible on the next turn only.", noun: "rule"), doc: "Rules eligible on the next turn only, tried before all others unless another rule matches more of what the trainee said (then the follow-up ranks as general).")),
                Property("examples", .ref("Examples")),
                Property("riskCue", .boolean(doc: "The reply voices a suicide-risk cue a trainee must follow up within 2 turns.")),
                Property("note", text("Author's note; not shown to trainees.")),
            ]))),
            ("Fallback", .object(ObjectSchema("A reply for when no rule qualifies.", [
                Property("id", id("Stable id."), required: true),
                Property("level", .integer(doc: "Chosen when consecutive misses before this turn are at least this many (0 = first miss).", min: 0, max: 10), required: true),
                Property("when", .ref("Condition")),
                Property("selection", enumeration(Selection.self, "How the variant is chosen (default least-recent).", noun: "selection")),
                Property("variants", .array(.ref("Variant"), doc: "What the patient says.", minItems: 1, empty: noReply), required: true),
                Property("effects", .array(.ref("Effect"), doc: "State changes.")),
            ]))),
            ("Variant", .object(ObjectSchema("One wording of a reply.", [
                Property("id", id("Stable id within the rule."), required: true),
                Property("text", text("What the patient says."), required: true),
                Property("nonverbal", text("A nonverbal cue, shown muted: 'looks at the floor'.")),
                Property("when", .ref("Condition")),
                Property("style", enumeration(ConversationalStyle.self, "Only in this conversational style; the current style's variants are tried before unstyled ones.", noun: "style")),
            ]))),
            ("Effect", .object(ObjectSchema("One state change.", [
                Property("fact", ref("Set this fact.", noun: "fact")),
                Property("clearFact", ref("Clear this fact.", noun: "fact")),
                Property("var", ref("The variable to change (with add or set).", noun: "variable")),
                Property("add", .integer(doc: "Add to the variable (clamped to its range).")),
                Property("set", .integer(doc: "Set the variable (clamped to its range).")),
            ], oneOfKeys: ["fact", "clearFact", "var"], exactlyOne: true,
               oneOfHint: "an effect makes one change, so write two effects: {\"fact\": …}, {\"var\": …, \"add\": …}"))),
            ("Examples", .object(ObjectSchema("Inputs that must and must not trigger the rule; checked by lint and tests.", [
                Property("match", texts("Utterances that must trigger it.")),
                Property("noMatch", texts("Utterances that must not trigger it.")),
            ]))),
            ("Condition", .object(ObjectSchema("All present fields must hold.", [
                Property("techniques", .array(technique("A technique id."), doc: "The utterance carries at least one of these techniques.", minItems: 1)),
                Property("forms", .array(enumeration(Form.self, "A form.", noun: "form"), doc: "The utterance has one of these forms.", minItems: 1)),
                Property("people", .array(ref("A person id.", noun: "person"), doc: "The utterance refers to at least one of these people.", minItems: 1)),
                Property("concepts", .array(ref("A concept id.", noun: "concept"), doc: "The utterance mentions at least one of these concepts.", minItems: 1)),
                Property("text", text("A text pattern over the normalised utterance: words in order, (a|b) alternatives, [optional], *N gap of at most N words, ~concept, !word absent, ^ start, $ end.")),
                Property("vars", .array(.ref("VarTest"), doc: "Variable comparisons.", minItems: 1)),
                Property("facts", .array(ref("A fact id.", noun: "fact"), doc: "All of these facts are set.", minItems: 1)),
                Property("notFacts", .array(ref("A fact id.", noun: "fact"), doc: "None of these facts is set.", minItems: 1)),
                Property("turn", .ref("Window")),
                Property("clock", .ref("Window")),
                Property("fired", .array(ref("A rule id.", noun: "rule"), doc: "All of these rules have fired.", minItems: 1)),
                Property("notFired", .array(ref("A rule id.", noun: "rule"), doc: "None of these rules has fired.", minItems: 1)),
                Property("styles", .array(enumeration(ConversationalStyle.self, "A style.", noun: "style"), doc: "The patient is played in one of these styles.", minItems: 1)),
                Property("all", .array(.ref("Condition"), doc: "All of these hold.", minItems: 1)),
                Property("any", .array(.ref("Condition"), doc: "At least one of these holds.", minItems: 1)),
                Property("not", .ref("Condition")),
            ]))),
            ("VarTest", .object(ObjectSchema("Compares a variable with constants; all comparisons present must hold.", [
                Property("name", ref("The variable.", noun: "variable"), required: true),
                Property("eq", .integer(doc: "Equal to.")),
                Property("ne", .integer(doc: "Not equal to.")),
                Property("lt", .integer(doc: "Less than.")),
                Property("lte", .integer(doc: "At most.")),
                Property("gt", .integer(doc: "Greater than.")),
                Property("gte", .integer(doc: "At least.")),
            ]))),
            ("Window", .object(ObjectSchema("An inclusive window; either end may be left open.", [
                Property("from", .integer(doc: "First value.", min: 0)),
                Property("to", .integer(doc: "Last value.", min: 0)),
            ]))),
            ("RubricItem", .object(ObjectSchema("An item rated 1–5 (1 absent or harmful, 3 adequate, 5 excellent) or n/a.", [
                Property("id", id("Stable id, e.g. 'I9-formulation'."), required: true),
                Property("title", text("Short title."), required: true),
                Property("domain", enumeration(RubricDomain.self, "Global items make the facilitative mean; the rest the adherence mean.", noun: "domain"), required: true),
                Property("description", text("What the trainee should have done."), required: true),
                Property("example", text("An utterance that does it."), required: true),
                Property("levels", .array(.ref("RubricLevel"), doc: "Evidence per rating; the highest rating whose evidence is present is given, else 1.", minItems: 1)),
                Property("measure", enumeration(GlobalMeasure.self, "A built-in measure computed from the whole transcript.", noun: "measure")),
                Property("applicableWhen", .ref("Condition")),
            ], oneOfKeys: ["levels", "measure"], exactlyOne: true))),
            ("RubricLevel", .object(ObjectSchema("The evidence that earns a rating.", [
                Property("rating", .integer(doc: "Rating earned (2–5).", min: 2, max: 5), required: true),
                Property("evidence", .ref("Evidence"), required: true),
            ]))),
            ("Evidence", .object(ObjectSchema("What the transcript must show; all fields present must hold.", [
                Property("techniques", .array(technique("A technique."), doc: "Every one of these was used.", minItems: 1)),
                Property("anyTechniques", .array(technique("A technique."), doc: "At least one of these was used.", minItems: 1)),
                Property("minCount", .integer(doc: "At least this many turns used the techniques.", min: 1)),
                Property("facts", .array(ref("A fact.", noun: "fact"), doc: "These facts were disclosed.", minItems: 1)),
                Property("rules", .array(ref("A rule.", noun: "rule"), doc: "These rules fired.", minItems: 1)),
                Property("turns", .ref("Window")),
                Property("minutes", .ref("Window")),
                Property("order", .array(technique("A technique."), doc: "These techniques first appeared in this order.", minItems: 2)),
            ]))),
            ("Opportunity", .object(ObjectSchema("A moment the trainee should take.", [
                Property("id", id("Stable id."), required: true),
                Property("description", text("What the moment is."), required: true),
                Property("cue", .ref("Cue"), required: true),
                Property("window", .integer(doc: "Trainee turns after the cue in which taking it counts.", min: 1, max: 20), required: true),
                Property("techniques", .array(technique("A technique."), doc: "Techniques that take it.", minItems: 1), required: true),
                Property("example", text("What a trainee could say."), required: true),
            ]))),
            ("Cue", .object(ObjectSchema("What opens the opportunity (one field).", [
                Property("rule", ref("A rule firing.", noun: "rule")),
                Property("fact", ref("A fact being disclosed.", noun: "fact")),
                Property("riskCue", .boolean(doc: "Any reply marked as a risk cue.")),
            ], oneOfKeys: ["rule", "fact", "riskCue"], exactlyOne: true))),
        ]
    )
}

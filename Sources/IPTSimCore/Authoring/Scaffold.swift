/// `iptsim new`: a case file skeleton for a problem area, with the `$schema` line and TODO
/// markers. It validates as it is (so it can be played while written) and `lint` reports every
/// TODO as unfinished.
public enum Scaffold {
    /// The scaffold's JSON text. `id` must be a valid case id.
    public static func caseFile(id: String, area: ProblemArea, schemaPath: String = "schema/case.schema.json") -> String {
        let other: (id: String, relation: String, deceased: Bool) = switch area {
        case .grief: ("TODO-person", "TODO: the person who died, e.g. wife", true)
        case .roleDispute: ("TODO-person", "TODO: the other party, e.g. husband", false)
        case .roleTransition: ("TODO-person", "TODO: someone affected by the change, e.g. daughter", false)
        case .interpersonalDeficits: ("TODO-person", "TODO: someone the patient has lost touch with, e.g. old friend", false)
        }
        let stage = area == .roleDispute ? "\n    \"disputeStage\": \"impasse\"," : ""
        return """
        {
          "$schema": "\(schemaPath)",
          "id": "\(id)",
          "version": "0.1.0",
          "title": "TODO: short title, e.g. 'Grief: Maria, 58, after her husband's death'",
          "problemArea": "\(area.rawValue)",
          "metadata": {
            "authors": ["TODO: your name"],
            "license": "CC-BY-4.0",
            "notes": "TODO: sources, review status"
          },
          "patient": {
            "name": "TODO: full name",
            "age": 45,
            "pronoun": "they",
            "occupation": "TODO: occupation",
            "presentingComplaint": "TODO: what brings them, in a sentence or two",
            "history": "TODO: relevant history for the briefing",
            "styles": ["plain", "reserved"],
            "withheld": ["TODO: what they know and do not say unless the right work is done"]
          },
          "people": [
            {
              "id": "\(other.id)",
              "name": "TODO: name",
              "relation": "\(other.relation)",
              "deceased": \(other.deceased),
              "pronoun": "they",
              "aliases": ["TODO: other ways of naming them"],
              "closeness": 4,
              "good": "TODO: what is good in the relationship",
              "bad": "TODO: what is difficult"
            }
          ],
          "concepts": [
            { "id": "TODO-concept", "phrases": ["TODO: case words, e.g. choir"] }
          ],
          "variables": [
            { "id": "rapport", "min": 0, "max": 10, "initial": 3, "description": "How safe the patient feels with the therapist." },
            { "id": "distress", "min": 0, "max": 10, "initial": 6, "description": "How upset the patient is right now." }
          ],
          "facts": [
            { "id": "TODO-disclosure", "description": "TODO: what the patient has disclosed when this is set" }
          ],
          "risk": {
            "passiveDeathWish": false,
            "activeIdeation": false,
            "method": false,
            "intent": false,
            "plan": false,
            "behaviour": false,
            "priorAttempts": 0
          },
          "truth": {
            "problemArea": "\(area.rawValue)",\(stage)
            "formulation": "TODO: the target interpersonal formulation"
          },
          "sessions": [
            {
              "id": "initial",
              "title": "TODO: session title",
              "phase": "initial",
              "number": 1,
              "minutes": 50,
              "goal": "TODO: what the trainee should achieve",
              "briefing": "TODO: the referral note",
              "opening": "TODO: the patient's first words",
              "phq9": [2, 2, 2, 2, 1, 2, 1, 1, 0],
              "rules": [
                {
                  "id": "TODO-first-rule",
                  "tier": "specific",
                  "when": { "techniques": ["timeline"] },
                  "variants": [
                    { "id": "v1", "text": "TODO: what the patient says when asked when it started" }
                  ],
                  "effects": [
                    { "fact": "TODO-disclosure" },
                    { "var": "rapport", "add": 1 }
                  ],
                  "examples": {
                    "match": ["What was going on in your life when this started?"],
                    "noMatch": ["How have you been sleeping?"]
                  },
                  "note": "TODO: why the patient answers this way"
                },
                {
                  "id": "TODO-repeatable",
                  "tier": "general",
                  "when": { "techniques": ["exploration"] },
                  "repeat": "cooldown 2",
                  "variants": [
                    { "id": "v1", "text": "TODO: a reply that can be said more than once" }
                  ],
                  "examples": { "match": ["Tell me more about that."] }
                }
              ],
              "fallbacks": [
                { "id": "fallback-unsure", "level": 0, "variants": [ { "id": "v1", "text": "TODO: I'm not sure what you mean." } ] },
                { "id": "fallback-withdraw", "level": 2, "variants": [ { "id": "v1", "text": "TODO: ...", "nonverbal": "looks away" } ] }
              ],
              "rubric": [
                {
                  "id": "G1-warmth", "title": "Warmth and empathy", "domain": "global", "measure": "warmth",
                  "description": "TODO: what warmth looks like with this patient", "example": "TODO: an utterance that shows it"
                },
                {
                  "id": "I1-timeline", "title": "Timeline", "domain": "initial",
                  "description": "TODO: links the onset of symptoms to life events", "example": "What was going on in your life when this started?",
                  "levels": [
                    { "rating": 3, "evidence": { "techniques": ["timeline"] } },
                    { "rating": 5, "evidence": { "techniques": ["timeline"], "facts": ["TODO-disclosure"] } }
                  ]
                }
              ],
              "opportunities": [
                {
                  "id": "TODO-opportunity", "description": "TODO: the moment the trainee should take",
                  "cue": { "fact": "TODO-disclosure" }, "window": 2, "techniques": ["affect-elicit"],
                  "example": "How did you feel when that happened?"
                }
              ]
            }
          ]
        }

        """
    }
}

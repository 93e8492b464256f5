/// Elliptical follow-up questions in a suicide-risk assessment.
///
/// Once a patient has said they wish they were dead or have thought of suicide, clinicians go on
/// with short questions that lean on what was just said: "Have you thought about how?", "Any
/// plans?", "Have you ever acted on them?", "What stops you?", "How often?". Out of context these
/// name no risk at all, so the recognizer hears a direct question, and the patient would answer
/// with a fallback while the trainee is doing exactly what the C-SSRS and the IPT manuals ask
/// (ipt-clinical-notes §5: after ideation, ask about method, intent, plan, past behaviour, means
/// and reasons for living). This pass reads such a question in the light of the previous patient
/// turn: when that turn voiced a risk cue or disclosed ideation or behaviour, the question is the
/// safety technique it continues.
public enum RiskFollowUp {
    /// The safety techniques of a suicide-risk assessment; a question that already has one is left alone.
    static let safety: Set<String> = ["suicide-screen", "suicide-detail", "suicide-history", "means-safety",
                                      "protective-factors", "safety-plan", "escalate"]

    /// What the recognizer says of a question that names nothing specific; only such questions
    /// are read as continuations ("How much are you drinking these days?" stays a substance
    /// screen, "Have you ever felt like this before?" heard as prior episodes stays that).
    static let generic: Set<String> = ["exploration", "direct-question", "clarification", "affect-elicit", "empathic-reflection"]

    /// Cue phrases (normalised tokens) for each continuation, checked in this order.
    static let cues: [(technique: String, phrases: [[String]])] = [
        ("protective-factors", [
            ["what", "stops", "you"], ["what", "has", "stopped", "you"], ["what", "stopped", "you"], ["what", "keeps", "you"],
            ["what", "has", "kept", "you"], ["what", "kept", "you"], ["holds", "you", "back"], ["held", "you", "back"],
            ["reasons", "to", "live"], ["reasons", "for", "living"], ["reason", "to", "live"], ["keeps", "you", "going"],
            ["keeps", "you", "safe"], ["stop", "you", "from"],
        ]),
        ("suicide-history", [
            ["ever", "tried"], ["tried", "before"], ["ever", "acted"], ["acted", "on", "them", "before"], ["acted", "on", "it", "before"],
            ["ever", "done", "anything"], ["done", "anything"], ["in", "the", "past"], ["attempt"], ["attempted"], ["attempts"],
            ["ever", "hurt"], ["happened", "before"], ["felt", "like", "this", "before"], ["come", "close"], ["came", "close"],
        ]),
        ("means-safety", [
            ["access", "to"], ["at", "home"], ["in", "the", "house"], ["within", "reach"], ["to", "hand"], ["got", "hold"],
            ["get", "hold"], ["stockpile"], ["stockpiled"], ["saved", "up"], ["the", "means"],
        ]),
        ("suicide-detail", [
            ["thought", "about", "how"], ["thought", "of", "how"], ["thinking", "about", "how"], ["how", "you", "would"],
            ["how", "would", "you"], ["how", "you", "might"], ["how", "might", "you"], ["what", "would", "you", "do"],
            ["a", "plan"], ["any", "plan"], ["any", "plans"], ["plans"], ["planned"], ["plan"], ["planning"],
            ["decided"], ["a", "date"], ["when", "you", "would"], ["intend"], ["intention"], ["intentions"],
            ["act", "on"], ["acting", "on"], ["going", "to", "do"], ["do", "it"], ["method"], ["a", "way"], ["what", "way"],
            ["prepared"], ["preparations"], ["written", "a", "note"], ["a", "note"], ["how", "close"], ["how", "likely"],
            // "What did you think about doing?" right after the thought was told.
            ["think", "about", "doing"], ["thought", "about", "doing"], ["thinking", "about", "doing"], ["think", "of", "doing"],
            ["thinking", "of", "doing"], ["thought", "of", "doing"],
        ]),
        ("suicide-screen", [
            ["how", "often"], ["how", "strong"], ["how", "intense"], ["how", "long"], ["how", "bad"], ["how", "frequent"],
            ["right", "now"], ["at", "the", "moment"], ["today"], ["this", "week"], ["still"], ["lately"], ["these", "days"],
            ["tell", "me", "more", "about", "those", "thoughts"], ["more", "about", "those", "thoughts"], ["those", "thoughts"],
            ["these", "thoughts"], ["what", "are", "the", "thoughts"], ["what", "goes", "through", "your", "mind"],
        ]),
    ]

    /// The previous exchange put suicide risk on the table: the reply voiced a risk cue or the
    /// built-ins disclosed ideation, method, plan, behaviour or means; or, once the patient has
    /// disclosed a wish to die or suicidal thoughts this session, the trainee's last question was
    /// itself part of the risk assessment (the topic stays open through a run of risk questions).
    public static func isRiskTopic(after turn: TranscriptTurn?, disclosed: Bool = false) -> Bool {
        guard let turn else { return false }
        if disclosed, turn.intervention.techniques.contains(where: safety.contains) { return true }
        return turn.replies.contains { reply in
            reply.riskCue || reply.factsSet.contains { $0.hasPrefix("risk.") && $0 != Builtins.Disclosure.denied
                && $0 != Builtins.Disclosure.substances && $0 != Builtins.Disclosure.mania && $0 != Builtins.Disclosure.violence }
        }
    }

    /// `iv` read as a continuation of the risk assessment, if it is a short question the recognizer
    /// heard only as a generic question or a guess (every specific technique scored under 0.75:
    /// a vocabulary field or the nearest examples' vote, never a pattern) and it has one of the
    /// continuation cues; otherwise `iv` unchanged.
    public static func refine(_ iv: Intervention, riskTopic: Bool) -> Intervention {
        guard riskTopic, !iv.declared, iv.form.isQuestion, iv.tokens.count <= 14,
              iv.techniques.indices.allSatisfy({ generic.contains(iv.techniques[$0]) || iv.score(of: iv.techniques[$0]) < 0.75 }) else { return iv }
        for (technique, phrases) in cues {
            guard let phrase = phrases.first(where: { PatientEngine.contains(iv.tokens, $0) }) else { continue }
            var out = iv
            out.techniques.insert(technique, at: 0)
            out.scores.insert(0.9, at: 0)
            out.trace.append("risk follow-up: '\(phrase.joined(separator: " "))' right after a risk disclosure continues the assessment -> \(technique)")
            return out
        }
        return iv
    }
}

// The therapist's own move said about the patient's life: opinions, interpretations, diagnoses,
// permissions, proposals and plans. These statements mention "you" but do not restate what the
// patient said or felt, so they are information or advice (MITI), not reflections.
extension FormClassifier {
    /// People in the patient's life, as the subject of the therapist's verdict ("Your sister has no right…").
    static let thirdParties: Set<String> = ["mother", "mom", "mum", "mommy", "father", "dad", "daddy", "husband", "wife", "partner", "boyfriend", "girlfriend",
                                            "sister", "brother", "son", "daughter", "boss", "manager", "friend", "friends", "family", "parents", "kids", "children",
                                            "in", "co", "cousin", "aunt", "uncle", "grandmother", "grandfather", "neighbour", "neighbor", "colleague", "colleagues",
                                            "ex", "stepfather", "stepmother", "teacher", "landlord", "in-laws", "inlaws", "father-in-law", "mother-in-law"]
    /// Words of a verdict on someone's conduct: taking sides, not reflecting.
    static let verdictWords: Set<String> = ["bully", "selfish", "impossible", "unfair", "manipulative", "disrespectful", "jealous", "thief", "toxic", "wrong",
                                            "appallingly", "abusive", "unreasonable", "controlling", "cruel", "nightmare", "deserve", "deserves"]
    static let verdictPhrases: [[String]] = [["no", "right"], ["in", "the", "wrong"], ["should", "not"], ["needs", "to", "change"], ["need", "to", "change"],
                                             ["the", "one", "causing"], ["owes", "you"], ["should", "have"], ["bad", "people"], ["bad", "person"]]
    /// The patient's own view, which keeps a verdict a reflection: "You feel your sister had no right…".
    static let patientView: [[String]] = [["you", "feel"], ["you", "felt"], ["you", "think"], ["you", "thought"], ["you", "believe"], ["you", "are", "saying"],
                                          ["you", "said"], ["you", "wish"], ["sounds", "like", "you"], ["you", "are", "feeling"],
                                          ["you", "worry"], ["you", "are", "worried"], ["you", "fear"], ["you", "are", "afraid"], ["you", "are", "scared"], ["in", "your", "eyes"]]
    /// Frames of the therapist's own plan or recommendation inside a clause led by "because/since/after/before…".
    static let leadIns: Set<String> = ["because", "since", "after", "before", "while", "when", "once", "until", "given", "as", "now", "for", "from"]
    static let ownAdviceFrames: [[String]] = [["i", "would", "recommend"], ["i", "would", "suggest"], ["i", "am", "suggesting"], ["i", "suggest"], ["i", "recommend"],
                                              ["i", "would", "like", "you", "to"], ["it", "might", "be", "worth"], ["it", "may", "be", "worth"], ["it", "would", "be", "worth"],
                                              ["you", "might", "want", "to"], ["you", "should"], ["you", "need", "to"], ["you", "could", "think"], ["i", "would", "encourage"]]
    static let ownInfoFrames: [[String]] = [["i", "would", "like", "us", "to"], ["i", "would", "like", "to"], ["i", "would", "like", "the"], ["i", "want", "to"],
                                            ["i", "need", "to"], ["we", "need", "to"], ["i", "think", "we", "need"], ["i", "have", "to"], ["i", "am", "going", "to"],
                                            ["let", "us"], ["we", "will"], ["i", "want", "us", "to"], ["i", "am", "conscious", "of", "the", "time"], ["i", "would", "see", "that", "as"]]
    /// Verbs of a suggested action after "you could/can" ("After we finish, you could join a group").
    static let suggestedVerbs: Set<String> = actionVerbs.union(["join", "check", "think", "come", "carry", "continue", "look", "bring", "go", "try", "reply", "write"])
        .subtracting(["see", "tell", "let"])
    /// Words that name the illness: a diagnosis or psychoeducation, not a reflection.
    static let illnessPhrases: [[String]] = [["symptoms", "of"], ["symptom", "of"], ["signs", "of", "depression"], ["criteria"], ["clinical"], ["clinically"],
                                             ["depressive"], ["doctors", "call"], ["a", "depression"], ["part", "of", "the", "depression"],
                                             ["an", "illness"], ["medical", "illness"], ["part", "of", "the", "illness"], ["part", "of", "being", "sick"]]
    /// Counterfactual consequences of a blaming "if you had…": "…things would be better", "…he'd still be your friend".
    static let counterfactualOutcomes: Set<String> = ["better", "different", "easier", "calmer", "still", "happening", "probably", "position", "fine", "okay"]
    /// Hedged-suggestion time frames: "Maybe this week you could…".
    static let suggestionTimes: Set<String> = ["this", "next", "week", "weekend", "today", "tomorrow", "tonight", "sunday", "saturday", "monday", "friday",
                                               "evening", "morning", "time", "before", "session", "on", "after", "the", "service", "then", "again"]
    static let extraImperatives: Set<String> = ["reply", "treat", "hand", "add", "send", "book", "bring", "look", "swap", "leave", "write", "ring", "start", "jot", "list", "schedule"]
    static let generic: Set<String> = ["every", "everyone", "everybody", "loads", "plenty"]

    static let permissionFrames: [[String]] = [["you", "are", "allowed", "to"], ["you", "do", "not", "have", "to"], ["you", "do", "not", "need", "to"], ["the", "deal", "is"], ["it", "is", "okay", "if", "you"], ["it", "is", "fine", "if", "you"], ["it", "is", "ok", "if", "you"], ["it", "is", "okay", "not", "to"], ["it", "is", "fine", "not", "to"], ["your", "job", "is", "to"], ["your", "job", "is", "getting"], ["your", "job", "right", "now"], ["your", "safety", "comes"]]
    static let dreamMarkers: [[String]] = [["means"], ["mean"], ["symbol"], ["stands", "for"], ["represents"], ["is", "telling"], ["might", "be"], ["is", "probably"], ["is", "you"], ["shows"], ["is", "about"]]
    static let viewFrames: [[String]] = [["it", "is", "because"], ["it", "means"], ["that", "means"], ["this", "means"], ["we", "need"], ["we", "should"], ["you", "will"], ["you", "are", "ready"], ["your", "mood", "will"], ["things", "would"], ["you", "are", "repeating"]]
    static let steeringFrames: [[String]] = [["come", "back", "to"], ["get", "back", "to"], ["bring", "it", "back"], ["conscious", "of", "the", "time"], ["make", "sure", "we", "get"]]
    static let reassuranceFrames: [[String]] = [["be", "fine"], ["be", "okay"], ["be", "ok"], ["be", "alright"], ["find"], ["get", "over"], ["feel", "better"], ["improve"], ["forget"], ["have", "loads"], ["meet", "someone"]]
    static let planFrames: [[String]] = [["i", "would", "like", "us", "to"], ["i", "want", "us", "to"], ["i", "would", "like", "you", "to"], ["i", "want", "you", "to"],
                                         ["i", "want", "to", "make", "sure", "we"], ["i", "would", "see", "that", "as", "the", "main"]]
    static let sessionOrdinals: Set<String> = ["third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "halfway"]
    static func has(_ w: [String], _ p: [String]) -> Bool { LexicalFields.contains(w, p) }
    static func hasAny(_ w: [String], _ ps: [[String]]) -> [String]? { ps.first { LexicalFields.contains(w, $0) } }

    /// The therapist's own move, if the statement is one (nil otherwise).
    static func ownMove(_ w: [String]) -> Decision? {
        func d(_ f: Form, _ r: String) -> Decision {
            var x = Decision(form: f, reason: r, isCheck: false)
            x.isOwnMove = true
            return x
        }
        // Lead-ins of the therapist's voice do not change the statement.
        var w = w
        while let f = w.first, ["honestly", "frankly", "clearly", "madam", "sir", "look", "listen"].contains(f) || (f == "to" && w.starts(with: ["to", "be", "honest"])) || (f == "i" && w.starts(with: ["i", "mean"])), w.count > 3 {
            w = Array(w.dropFirst(f == "to" ? 3 : f == "i" ? 2 : 1))
        }
        guard let first = w.first else { return nil }
        let second = w.count > 1 ? w[1] : ""
        let third = w.count > 2 ? w[2] : ""
        let view = hasAny(w, patientView) != nil
        // "Remember you don't have to…", "Remember we only have sixteen weeks, so let's…": an imperative leads; the imperative rule decides.
        if imperativesTable.contains(first) { return nil }

        // Permission and the sick role: "You are allowed to do less", "You don't have to host Christmas", "Your job right now is…".
        if let p = hasAny(Array(w.prefix(6)), permissionFrames), !view {
            return d(.information, "permission or the sick role ('\(p.joined(separator: " "))')")
        }
        // "You're sick of…" reflects a feeling.
        if first == "you", second == "are", ["unwell", "ill", "sick"].contains(third), !(w.count > 3 && ["of", "and"].contains(w[3])) {
            return d(.information, "the sick role ('you are \(third)')")
        }
        // Naming the illness: "…that's what doctors call depression", "Your symptoms meet the criteria…".
        if let p = hasAny(w, illnessPhrases), !view {
            return d(.information, "names the illness ('\(p.joined(separator: " "))')")
        }
        // Interpretations of dreams. (Interpretations of the relationship, "you see me as…", stay reflections:
        // the training sets disagree on them, and MITI reads them as complex reflections.)
        if w.contains(where: { ["dream", "dreams", "dreaming"].contains($0) }),
           let p = hasAny(w, dreamMarkers) {
            return d(.information, "interprets a dream ('\(p.joined(separator: " "))')")
        }
        // "I think it's because of how your father treated you": the therapist's explanation.
        if first == "i", ["think", "believe", "suspect"].contains(second),
           let p = hasAny(Array(w.dropFirst(2).prefix(5)), viewFrames) {
            return d(.information, "the therapist's explanation or view ('I think \(p.joined(separator: " "))…')")
        }
        // Blame by counterfactual: "Maybe if you'd answered Sam, he'd still be your friend", "If you tried harder it would be better".
        let ifAt: Int? = w.starts(with: ["if", "you"]) ? 0 : (["maybe", "perhaps"].contains(first) && second == "if" && third == "you") ? 1 : nil
        if let i = ifAt {
            let cond = Array(w.dropFirst(i + 2).prefix(4))
            let counterfactual = cond.first.map { ["had", "tried", "just", "were", "keep"].contains($0) } ?? false
                || (cond.first == "would" && (cond.dropFirst().first.map { $0.hasSuffix("ed") || ["gone", "done", "taken", "been", "made", "spoken"].contains($0) } ?? false))
                || (cond.first == "did" && cond.dropFirst().first == "not") || (cond.first == "had" && cond.dropFirst().first == "not")
            let rest = w.dropFirst(i + 3)
            if counterfactual, rest.contains("would") || rest.contains("will"), rest.contains(where: counterfactualOutcomes.contains) || LexicalFields.contains(Array(rest), ["would", "not"]) {
                return d(.information, "a counterfactual judgement ('if you had…, … would')")
            }
        }
        // A verdict on someone in the patient's life: "Your boss is clearly a bully", "He's the one who needs to change".
        let aboutOther = (first == "your" && thirdParties.contains(second)) || ["he", "she", "they", "these", "those"].contains(first)
            || (first == "that" && ["is", "was"].contains(second) && ["on", "disrespectful", "wrong", "a", "just"].contains(third) && w.count <= 6)
        // (Not when the patient's report is restated: "She thinks you did something wrong".)
        let reported = w.contains(where: { ["thinks", "thought", "says", "said", "told", "feels", "believes", "keeps", "called"].contains($0) })
        if aboutOther, !view, !reported {
            if let v = w.first(where: verdictWords.contains) { return d(.information, "an opinion on someone's conduct ('\(v)')") }
            if let p = hasAny(w, verdictPhrases) { return d(.information, "an opinion on someone's conduct ('\(p.joined(separator: " "))')") }
        }
        if first == "that", second == "is", third == "on", w.contains("you") { return d(.information, "puts the blame on the patient ('that is on you')") }
        // Reassuring reframes: "It doesn't make you a bad mother", "It doesn't mean you didn't love him".
        // ("Losing your temper doesn't make you a bad father" too; "he doesn't make you feel safe" is about someone else.)
        if ["it", "that", "this"].contains(first) || first.hasSuffix("ing"),
           let k = w.indices.first(where: { w.dropFirst($0).starts(with: ["does", "not", "mean", "you"]) || w.dropFirst($0).starts(with: ["does", "not", "make", "you"]) }),
           !(w.count > k + 4 && ["feel", "want"].contains(w[k + 4])) {
            return d(.information, "a reassuring reframe ('… does not \(w[k + 2]) you…')")
        }
        // Hedged imperatives and suggestions for the week: "Maybe ring your cousin", "Maybe this week you could call…", "Maybe it's time to…".
        if ["maybe", "perhaps"].contains(first) {
            if imperativesTable.contains(second) || extraImperatives.contains(second) { return d(.advice, "a hedged imperative ('\(first) \(second)…')") }
            if w.dropFirst().starts(with: ["it", "is", "time"]) { return d(.information, "the therapist's view of what is due ('\(first) it is time…')") }
            var i = 1
            while i < w.count, suggestionTimes.contains(w[i]) || w[i].first?.isNumber == true { i += 1 }
            if i > 1, i + 1 < w.count, w[i] == "you", ["could", "might", "can", "try", "stay", "go", "call", "ring", "ask", "text", "join", "visit", "invite", "start"].contains(w[i + 1]) {
                return d(.advice, "a suggestion for the coming days ('\(first) … you \(w[i + 1])')")
            }
        }
        // The main clause after a lead-in: "Because you've been depressed three times, I'd recommend…", "After we finish, you could join…".
        if leadIns.contains(first), w.count > 4, !view {
            let tail = Array(w.dropFirst(2))
            if let p = hasAny(tail, ownAdviceFrames) { return d(.advice, "a recommendation after a lead-in ('\(p.joined(separator: " "))')") }
            for (k, t) in tail.enumerated() where t == "you" && k + 2 < tail.count && ["could", "can"].contains(tail[k + 1]) && suggestedVerbs.contains(tail[k + 2]) {
                return d(.advice, "an option after a lead-in ('you \(tail[k + 1]) \(tail[k + 2])')")
            }
            if let p = hasAny(tail, ownInfoFrames), !(tail.firstIndex(of: p[0]).map { $0 > 0 && ["said", "say", "told", "tell"].contains(tail[$0 - 1]) } ?? false) {
                return d(.information, "the therapist's plan after a lead-in ('\(p.joined(separator: " "))')")
            }
        }
        // The therapist's plan anywhere in the clause: "That's what I'd like us to work on", "I'd like you to keep a diary".
        // (Not in reported speech: "You told me 'I'd like you to leave'".)
        if let k = w.firstIndex(where: { $0 == "i" }), let p = hasAny(Array(w[k...]), planFrames),
           !w[max(0, k - 2)..<k].contains(where: { ["said", "say", "told", "tell", "saying", "thinking"].contains($0) }) {
            // "…that's what I'd like us to work on" names the focus; "I'd like us to write a plan" proposes an activity.
            let focus = k > 0 && w[k - 1] == "what"
            return d(!focus && (p.contains("you") || p.contains("us")) ? .advice : .information, "the therapist's plan ('\(p.joined(separator: " "))')")
        }
        // Steering the session inside a longer clause: "…, but let us come back to your husband", "I want to come back to what happened with Raj".
        if let k = w.firstIndex(of: "let"), k > 0, k + 1 < w.count, w[k + 1] == "us" { return d(.information, "proposes where the session goes next ('let's …')") }
        if let p = hasAny(w, steeringFrames),
           w.contains("i") || w.contains("we") {
            return d(.information, "refocuses the session ('\(p.joined(separator: " "))')")
        }
        // Reassurance by prediction: "You'll be fine", "You'll find another one".
        if first == "you", second == "will" || (second == "also" && third == "will"), !view,
           let p = hasAny(Array(w.prefix(6)), reassuranceFrames),
           !w.contains(where: experienceWords.contains) {
            return d(.information, "a prediction that reassures ('you will \(p.joined(separator: " "))')")
        }
        // Generic statements about people: "Every new mum's tired", "Loads of teenagers get depression".
        if generic.contains(first) || w.starts(with: ["a", "lot", "of", "people"]) || w.starts(with: ["lots", "of"]), !w.contains("you") && !w.contains("your") || has(w, ["in", "your", "situation"]) || has(w, ["in", "your", "position"]) {
            return d(.information, "a general statement about people ('\(w.prefix(2).joined(separator: " "))…')")
        }
        return nil
    }
}

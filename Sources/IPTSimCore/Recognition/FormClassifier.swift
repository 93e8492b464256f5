/// Decides the MITI/MISC-compatible form of one clause, and of a whole utterance from its clauses.
///
/// Rules, in order: back-channels and greetings (other); advice phrased as a question ("Have you
/// thought about calling her?"); invitations to tell ("Can you tell me about…", "I wonder if you
/// could say more" are open questions); wh-words (open, but "how old/many/long", "when", "where",
/// "which" are closed); auxiliary-first and tag questions (closed); advice statements; reflections
/// (statements about the patient); information; otherwise other.
public enum FormClassifier {
    public struct Decision: Sendable, Equatable {
        public var form: Form
        public var reason: String
        /// A check such as "What do you think?" or "Does that make sense?" after another clause.
        public var isCheck: Bool
    }

    static let fillers: Set<String> = ["so", "okay", "right", "well", "and", "but", "um", "uh", "erm", "er", "oh", "now",
                                       "alright", "hmm", "mm", "ah", "then", "also", "just", "look", "listen", "anyway", "yes", "yeah"]
    static let backchannel: Set<String> = [
        "mm", "hmm", "mmm", "uh", "huh", "okay", "right", "yes", "yeah", "yep", "sure", "i", "see", "ah", "oh", "um", "aha",
        "alright", "got", "it", "gotcha", "really", "wow", "good", "great", "fine", "cool", "no", "yes", "indeed", "absolutely",
        "of", "course", "exactly", "true", "fair", "enough", "hm", "uh-huh", "ok", "mhm", "thanks", "thank", "you", "so", "well", "and", "oh", "dear",
    ]
    static let greetings: [[String]] = [
        ["good", "morning"], ["good", "afternoon"], ["good", "evening"], ["hello"], ["hi"], ["hey"], ["welcome"], ["thanks"],
        ["thank", "you"], ["bye"], ["goodbye"], ["see", "you"], ["nice", "to", "see", "you"], ["take", "a", "seat"], ["come", "in"],
        ["take", "care"], ["have", "a", "good"], ["sorry", "i", "am", "late"], ["sorry", "to", "keep", "you"], ["pleasure"],
    ]
    static let aux: Set<String> = ["do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could", "would",
                                   "will", "should", "shall", "may", "might", "am", "must"]
    static let tellVerbs: Set<String> = ["tell", "describe", "explain", "talk", "say", "share", "walk", "take", "help", "paint",
                                         "give", "elaborate", "expand", "unpack", "go"]
    static let actionVerbs: Set<String> = ["try", "consider", "call", "calling", "ring", "phone", "text", "speak", "ask", "write",
                                           "make", "start", "go", "join", "invite", "practice", "plan", "tell", "talk", "see",
                                           "let", "raise", "bring", "set", "arrange", "book", "visit", "contact", "email", "message",
                                           "get", "take", "keep", "stop", "reach", "spend", "use", "give", "put", "do"]
    static let checks: [[String]] = [
        ["what", "do", "you", "think"], ["how", "does", "that", "sound"], ["does", "that", "make", "sense"], ["is", "that", "okay"],
        ["is", "that", "right"], ["is", "that", "fair"], ["is", "that", "accurate"], ["have", "i", "got", "that", "right"],
        ["did", "i", "get", "that", "right"], ["am", "i", "right"], ["right"], ["okay"], ["yes"], ["no"], ["would", "that", "be", "okay"],
        ["how", "does", "that", "fit"], ["does", "that", "fit"], ["does", "that", "sound", "right"], ["does", "that", "sound", "about", "right"],
        ["is", "that", "close"], ["what", "do", "you", "make", "of", "that"], ["how", "would", "that", "be"], ["would", "that", "help"],
        ["does", "that", "ring", "true"], ["how", "does", "that", "land"], ["is", "that", "something", "you", "would", "be", "willing", "to", "try"],
        ["what", "are", "your", "thoughts"], ["any", "thoughts"], ["is", "that", "alright"], ["would", "you", "agree"],
        ["shall", "we", "work", "on", "that"], ["shall", "we", "do", "that"], ["would", "that", "be", "alright"],
    ]

    /// Classifies one clause.
    public static func classify(_ clause: Clause) -> Decision {
        let all = clause.tokens
        var t = all[...]
        var leadingSo = false
        while let f = t.first, fillers.contains(f), t.count > 1 {
            if f == "so" { leadingSo = true }
            t = t.dropFirst()
        }
        if t.first == "i" && t.dropFirst().first == "see" && t.count > 2 { t = t.dropFirst(2) }
        let w = Array(t)
        func d(_ f: Form, _ r: String) -> Decision { Decision(form: f, reason: r, isCheck: false) }
        guard let first = w.first else { return d(.other, "empty") }
        let second = w.count > 1 ? w[1] : ""
        let third = w.count > 2 ? w[2] : ""

        if checks.contains(where: { $0 == w }) {
            return Decision(form: clause.asked || w.count > 1 ? (first == "what" || first == "how" ? .openQuestion : .closedQuestion) : .other,
                            reason: "a check ('\(w.joined(separator: " "))')", isCheck: true)
        }
        if all.allSatisfy(backchannel.contains) && all.count <= 5 {
            return d(.other, "back-channel")
        }
        for g in greetings where w.starts(with: g) || all.starts(with: g) {
            if all.count <= g.count + 4 { return d(.other, "greeting or courtesy '\(g.joined(separator: " "))'") }
        }

        // Advice phrased as a question.
        if ["have", "did"].contains(first), second == "you", ["thought", "considered", "tried"].contains(third) {
            let rest = w.dropFirst(3).filter { !["about", "of", "ever", "maybe", "perhaps"].contains($0) }
            if third == "tried" || (rest.first.map { $0.hasSuffix("ing") || actionVerbs.contains($0) } ?? false) {
                if !(rest.first.map { ["how", "when", "where", "ending", "killing", "dying", "suicide", "hurting", "harming", "taking"].contains($0) } ?? false) {
                    return d(.advice, "a suggestion phrased as a question ('\(first) you \(third)…')")
                }
            }
        }
        if (first == "why" && (second == "not" || (second == "do" && third == "not"))) || (first == "how" && second == "about")
            || (first == "what" && second == "about" && third.hasSuffix("ing")) || (first == "what" && second == "if" && third == "you") {
            return d(.advice, "a suggestion ('\(first) \(second)…')")
        }
        if ["could", "can", "would", "might"].contains(first), second == "you", actionVerbs.contains(third), !tellVerbs.contains(third) || third == "take" || third == "go" {
            if !(third == "take" && w.dropFirst(3).first == "me") && !(third == "go" && w.dropFirst(3).first == "on") {
                return d(.advice, "a request to act ('\(first) you \(third)')")
            }
        }
        if ["would", "could", "might"].contains(first), second == "it", ["help", "be"].contains(third) {
            return d(.advice, "a suggestion ('\(first) it \(third)…')")
        }
        if ["would", "are"].contains(first), second == "you", ["willing", "open", "prepared", "consider"].contains(third) {
            return d(.advice, "asks for commitment to a suggestion")
        }
        if first == "do", second == "you", third == "think", w.count > 5, w[3] == "you", ["could", "might", "can"].contains(w[4]),
           w.count > 5, actionVerbs.contains(w[5]) {
            return d(.advice, "a suggestion ('do you think you could…')")
        }

        // Invitations to tell: open questions whatever the grammar.
        if tellVerbs.contains(first), ["me", "us"].contains(second) || (first == "talk" && second == "about") || (first == "say" && second == "more") || (first == "go" && second == "on") {
            return d(.openQuestion, "an invitation ('\(first) \(second)…')")
        }
        if first == "describe" || first == "elaborate" || (first == "tell" && second == "more") {
            return d(.openQuestion, "an invitation ('\(first)…')")
        }
        if ["can", "could", "would", "will"].contains(first), second == "you", w.count > 2 {
            let verb = ["please", "maybe", "perhaps", "just"].contains(third) && w.count > 3 ? w[3] : third
            if tellVerbs.contains(verb) || (verb == "give" && w.contains("sense")) {
                return d(.openQuestion, "'\(first) you \(verb)…' invites an open answer")
            }
        }
        if ["do", "would"].contains(first), second == "you", ["want", "like", "mind"].contains(third),
           w.dropFirst(3).contains(where: { ["tell", "telling", "talk", "talking", "say", "saying", "share", "sharing", "describe"].contains($0) }) {
            return d(.openQuestion, "'\(first) you \(third) to tell…' invites an open answer")
        }
        if let hedge = hedgeIndex(w) {
            let after = Array(w[hedge...])
            if let f = after.first {
                if ["what", "how", "why", "who", "about", "more", "whats"].contains(f) { return d(.openQuestion, "hedged open question ('… \(f)')") }
                if ["if", "whether"].contains(f) {
                    let rest = Array(after.dropFirst())
                    if rest.count > 2, ["you", "we"].contains(rest[0]), ["could", "can", "would", "might"].contains(rest[1]),
                       tellVerbs.contains(rest[2]) || rest[2] == "say" {
                        return d(.openQuestion, "hedged invitation ('… if you could \(rest[2])')")
                    }
                    if rest.count > 2, ["you", "we"].contains(rest[0]), ["could", "might", "can"].contains(rest[1]), actionVerbs.contains(rest[2]) {
                        return d(.advice, "hedged suggestion ('… if you could \(rest[2])')")
                    }
                    return d(.closedQuestion, "hedged yes/no question ('… \(f)')")
                }
                if ["when", "where", "which"].contains(f) { return d(.closedQuestion, "hedged closed question ('… \(f)')") }
            }
        }

        // Wh-questions.
        if ["what", "how", "why", "who", "whose"].contains(first) {
            if first == "how", ["old", "many", "much", "long", "often", "far", "soon", "big", "frequently", "late", "early"].contains(second) {
                return d(.closedQuestion, "'how \(second)' asks for a fact")
            }
            if first == "what", ["time", "age", "year", "day", "date", "dose", "number", "kind", "sort", "type"].contains(second), clause.asked || aux.contains(third) {
                return d(.closedQuestion, "'what \(second)' asks for a fact")
            }
            if first == "who" && w.count <= 4 && !w.contains("else") { return d(.closedQuestion, "short 'who' question") }
            if clause.asked || isQuestionWord(w) { return d(.openQuestion, "wh-question ('\(first)')") }
            if first == "what" && ["i", "we"].contains(second) { return statement(w, leadingSo: leadingSo) }
            return d(.openQuestion, "wh-question without '?' ('\(first)')")
        }
        if ["when", "where", "which"].contains(first), clause.asked || aux.contains(second) {
            return d(.closedQuestion, "'\(first)' asks for a fact")
        }
        if first == "anything" && second == "else" || (first == "anything" && clause.asked) || (first == "any" && clause.asked) {
            return d(.closedQuestion, "'\(first)…' question")
        }

        // Tag questions: "…, haven't you?", "…, right?"
        if isTag(all) { return d(.closedQuestion, "tag question") }

        // Auxiliary first: yes/no questions.
        if aux.contains(first), w.count > 1, isSubject(second) || (second == "not" && w.count > 2 && isSubject(third)) || second == "there" {
            return d(.closedQuestion, "yes/no question ('\(first) \(second)…')")
        }
        if clause.asked {
            if reflectionStart(w, leadingSo: leadingSo) { return d(.reflection, "a reflection said with a question mark") }
            return d(.closedQuestion, "ends with '?'")
        }
        return statement(w, leadingSo: leadingSo)
    }

    static func isSubject(_ w: String) -> Bool {
        ["you", "i", "he", "she", "it", "they", "we", "that", "this", "there", "things", "your", "anyone", "anybody", "someone", "somebody", "people", "any"].contains(w)
            || (w.count > 2 && !aux.contains(w) && !["not", "to"].contains(w))
    }

    static func isQuestionWord(_ w: [String]) -> Bool {
        guard w.count > 1 else { return true }
        return aux.contains(w[1]) || ["else", "about", "if", "was", "happened", "happens", "brings", "made", "makes", "kind", "sort", "so", "come", "helped", "helps", "stops", "keeps", "might", "went", "goes"].contains(w[1])
    }

    /// Where a hedge like "I wonder", "I'm curious", "I'd like to know" ends, if the clause starts with one.
    static func hedgeIndex(_ w: [String]) -> Int? {
        let hedges: [[String]] = [
            ["i", "wonder"], ["i", "am", "wondering"], ["i", "was", "wondering"], ["i", "wondered"], ["wondering"],
            ["i", "am", "curious"], ["i", "was", "curious"], ["i", "am", "interested", "in"], ["i", "would", "be", "interested", "to", "know"],
            ["i", "would", "like", "to", "know"], ["i", "would", "love", "to", "know"], ["i", "would", "like", "to", "hear"],
            ["i", "would", "like", "to", "understand"], ["i", "want", "to", "understand"], ["i", "would", "like", "to", "ask"],
            ["i", "want", "to", "ask"], ["can", "i", "ask"], ["could", "i", "ask"], ["may", "i", "ask"], ["i", "am", "just", "wondering"],
            ["i", "would", "be", "curious"], ["i", "would", "like", "to", "hear", "more"], ["curious"], ["i", "want", "to", "know"],
            ["i", "need", "to", "ask"], ["i", "have", "to", "ask"], ["i", "would", "like", "to", "check"], ["i", "want", "to", "check"],
            ["let", "me", "ask"], ["i", "am", "trying", "to", "understand"],
        ]
        var best: Int?
        for h in hedges where w.starts(with: h) {
            var i = h.count
            while i < w.count, ["you", "about", "to", "know", "hear", "a", "bit", "little", "just"].contains(w[i]) && !(w[i] == "about" && i + 1 < w.count) {
                i += 1
            }
            if i < w.count, w[i] == "about" { return i }
            if i < w.count, ["you"].contains(w[i]) { i += 1 }
            best = max(best ?? 0, min(i, w.count - 1))
        }
        if best == nil, w.count > 3, w.prefix(3) == ["do", "you", "know"] || w.prefix(3) == ["do", "you", "remember"] { return nil }
        return best
    }

    static func isTag(_ t: [String]) -> Bool {
        guard t.count >= 4 else { return false }
        let last3 = Array(t.suffix(3))
        if aux.contains(last3[0]) && last3[1] == "not" && isPronoun(last3[2]) { return true }
        if ["is", "was"].contains(last3[0]) && last3[1] == "it" && last3[2] == "not" { return true }
        if ["right", "correct"].contains(t.last!) && !aux.contains(t[0]) && !["what", "how", "why", "all"].contains(t[0]) && t[t.count - 2] != "all" && t[t.count - 2] != "that" { return true }
        return false
    }

    static func isPronoun(_ w: String) -> Bool { ["you", "it", "they", "he", "she", "i", "we", "that", "there"].contains(w) }

    /// Whether a statement reads as reflecting the patient back.
    static func reflectionStart(_ w: [String], leadingSo: Bool) -> Bool {
        guard let first = w.first else { return false }
        let s = w.prefix(4).joined(separator: " ")
        let starts = ["it sounds", "sounds like", "it seems", "seems like", "it must", "that must", "must be", "it looks like",
                      "part of you", "on the one hand", "what i am hearing", "what i hear", "i hear", "i am hearing", "i get the sense",
                      "i sense", "i imagine", "i can see", "i can hear", "i can imagine", "i can tell", "no wonder", "anyone would",
                      "that sounds", "that must", "that is really hard", "that is hard", "it is hard", "that is so hard", "it is really hard",
                      "it has been", "that has been", "that was", "it was", "that is a lot", "it is a lot", "that is painful", "that is tough",
                      "so much", "not knowing", "feeling", "like you"]
        if starts.contains(where: { s.hasPrefix($0) }) { return true }
        if ["you", "your", "yourself"].contains(first) { return true }
        if leadingSo && !["i", "we", "let", "there", "this", "our", "today", "depression"].contains(first) { return true }
        if (first == "since" || first == "when" || first == "after" || first == "ever" || first == "because") && w.contains("you") { return true }
        return false
    }

    static func statement(_ w: [String], leadingSo: Bool) -> Decision {
        func d(_ f: Form, _ r: String) -> Decision { Decision(form: f, reason: r, isCheck: false) }
        guard let first = w.first else { return d(.other, "empty") }
        let second = w.count > 1 ? w[1] : ""
        let third = w.count > 2 ? w[2] : ""
        let s = w.joined(separator: " ")

        // Advice.
        if first == "you", ["should", "could", "might", "may", "must", "ought"].contains(second) || (second == "need" && third == "to") || (second == "have" && third == "to") {
            let verb = w.dropFirst(2).first { !["want", "to", "need", "also", "just", "really", "perhaps", "maybe", "even", "be", "able", "like"].contains($0) } ?? ""
            if !["feel", "feeling", "find", "notice", "have", "been", "wonder", "think", "worry", "sense", "remember", "know", "sound", "seem"].contains(verb) || third == "want" {
                return d(.advice, "'you \(second) …' directs")
            }
        }
        let adviceStarts = ["i would like you to", "i would suggest", "i suggest", "i recommend", "i would recommend", "i would encourage",
                            "i encourage", "i would advise", "i advise", "my suggestion", "my advice", "i want you to", "i would invite you",
                            "it might help", "it may help", "it could help", "it would help", "it might be worth", "it may be worth",
                            "it could be worth", "it would be worth", "it might be good", "it might be helpful", "it would be good",
                            "it would be helpful", "it could be helpful", "it might be useful", "it would be useful", "it may be useful",
                            "it might be an idea", "it would be a good idea", "one thing you could", "one option", "another option",
                            "some people find", "many people find", "other people find", "a lot of people find", "perhaps you could",
                            "maybe you could", "perhaps you might", "maybe you might", "what if you", "how about", "why not",
                            "one idea", "something you could", "something you might", "you might want to", "you may want to",
                            "for homework", "between now and next", "before next session", "before next week", "this week try",
                            "i would like us to", "i want us to", "i think you should", "i think you could", "i think you need",
                            "it is important that you", "it is important to", "make sure", "remember to", "be sure to", "please"]
        if adviceStarts.contains(where: { s.hasPrefix($0) }) { return d(.advice, "suggestion ('\(w.prefix(3).joined(separator: " "))…')") }
        if first == "let" && second == "us" {
            if ["try", "practice", "role", "write", "plan", "list", "make", "rehearse", "think", "do", "go", "imagine", "pretend", "brainstorm"].contains(third) {
                return d(.advice, "'let's \(third)' proposes an activity")
            }
            return d(.information, "'let's …' structures the session")
        }
        let imperatives: Set<String> = ["try", "consider", "call", "ring", "phone", "text", "write", "keep", "think", "remember", "ask",
                                        "go", "give", "practice", "plan", "spend", "take", "start", "stop", "avoid", "notice", "pick",
                                        "join", "invite", "set", "use", "put", "make", "speak", "tell", "reach", "get", "see", "don"]
        if imperatives.contains(first) && !(first == "tell" && ["me", "us"].contains(second)) && !(first == "see" && second == "you") {
            return d(.advice, "imperative ('\(first)…')")
        }
        if first == "do" && second == "not" { return d(.advice, "imperative ('don't…')") }

        // Information about the therapy, the illness, the therapist's view.
        let infoStarts = ["depression", "this is our", "we have", "we will", "we are", "we meet", "we agreed", "we said", "there are",
                          "there is", "research", "studies", "many people", "most people", "lots of people", "people with", "in ipt",
                          "ipt", "the illness", "this illness", "the questionnaire", "your score", "the score", "the phq", "a score",
                          "i am going to", "i will", "i would like to", "i want to", "i need to", "i am required", "i have to",
                          "what we", "today we", "today i", "next week", "our sessions", "the sessions", "these sessions", "our time",
                          "antidepressants", "medication", "the medication", "the tablets", "it is common", "it is very common", "it is normal for",
                          "one of the", "this kind", "sometimes people", "often people", "it is a", "it is an", "symptoms", "the symptoms",
                          "that is a symptom", "that is part", "this is part", "that is one", "those are", "these are", "the plan", "our plan",
                          "the goal", "our goal", "my job", "my role", "your job", "your role", "the way ipt", "in this therapy", "this therapy",
                          "we can", "we could", "we might", "i can", "i could", "i think", "i believe", "i noticed", "i notice", "in my experience"]
        if first == "you" && ["have", "are"].contains(second) && ["a", "an", "scored", "the"].contains(third) && w.contains(where: { ["score", "scored", "points", "depression", "illness", "right", "entitled"].contains($0) }) {
            return d(.information, "tells the patient a fact about them")
        }
        if reflectionStart(w, leadingSo: leadingSo) {
            if first == "your" && ["score", "phq", "results", "questionnaire", "test"].contains(second) { return d(.information, "reports a result") }
            if s.hasPrefix("i think") || s.hasPrefix("i believe") { return d(.information, "therapist's view") }
            return d(.reflection, "states back the patient's experience")
        }
        if infoStarts.contains(where: { s.hasPrefix($0) }) {
            if (s.hasPrefix("i notice") || s.hasPrefix("i noticed")) && w.contains("you") { return d(.reflection, "names what the therapist notices in the patient") }
            if (s.hasPrefix("i think") || s.hasPrefix("i believe")) && w.dropFirst(2).first == "you" { return d(.reflection, "a hypothesis about the patient ('I think you…')") }
            if s.hasPrefix("we could") || s.hasPrefix("we might") || s.hasPrefix("i could") {
                return d(.advice, "offers an option ('\(first) \(second)…')")
            }
            return d(.information, "gives information ('\(w.prefix(2).joined(separator: " "))…')")
        }
        if w.count <= 3 {
            let shortReflections: Set<String> = ["lonely", "exhausting", "painful", "hard", "frightening", "scary", "awful", "heartbreaking", "overwhelming", "difficult", "tough", "devastating", "upsetting", "confusing", "unfair", "stuck", "trapped", "alone", "angry", "sad", "hurt", "relieved"]
            if w.contains(where: shortReflections.contains) { return d(.reflection, "a short reflection of feeling") }
            return d(.other, "short statement")
        }
        if ["i", "me", "my"].contains(first) {
            let disclosure = ["i remember when i", "i lost my", "when i was", "i had", "i have been through", "i went through", "i know how", "i am sorry", "i am so sorry", "i am glad", "i appreciate", "i really appreciate"]
            if disclosure.contains(where: { s.hasPrefix($0) }) { return d(.other, "self-disclosure, sympathy or appreciation") }
            return d(.information, "the therapist's statement")
        }
        if w.contains("you") || w.contains("your") {
            return d(.reflection, "a statement about the patient")
        }
        return d(.information, "a statement")
    }

    /// Precedence over clauses (MITI-like): a question outranks advice, advice a reflection, a
    /// reflection information, information other. Checks ("What do you think?") after another
    /// clause do not decide the form.
    public static func combine(_ decisions: [Decision]) -> (form: Form, index: Int?) {
        let substantive = decisions.enumerated().filter { !$0.element.isCheck && $0.element.form != .other }
        let pool = substantive.isEmpty ? Array(decisions.enumerated()) : substantive
        let rank: [Form: Int] = [.openQuestion: 0, .closedQuestion: 1, .advice: 2, .reflection: 3, .information: 4, .other: 5]
        guard let best = pool.min(by: { (rank[$0.element.form]!, $0.offset) < (rank[$1.element.form]!, $1.offset) }) else {
            return (.other, nil)
        }
        return (best.element.form, best.offset)
    }
}

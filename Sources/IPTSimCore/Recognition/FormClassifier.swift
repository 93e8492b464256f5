/// Decides the MITI/MISC-compatible form of one clause, and of a whole utterance from its clauses.
///
/// Rules, in order: back-channels and greetings (other); advice phrased as a question ("Have you
/// thought about calling her?"); invitations to tell ("Can you tell me about…", "I wonder if you
/// could say more" are open questions); wh-words (open, but "how old/many/long", "when", "where",
/// "which" are closed); auxiliary-first and tag questions (closed); advice statements; the therapist's
/// own move said about the patient's life (`ownMove`: opinions, counterfactual blame, dream interpretations,
/// the illness named, permissions, plans, proposals: information or advice); reflections (statements
/// about the patient); information; otherwise other. Over clauses, a reflection yields to the therapist's
/// own information or advice when that comes last or the reflection was only the fallback reading.
public enum FormClassifier {
    public struct Decision: Sendable, Equatable {
        public var form: Form
        public var reason: String
        /// A check such as "What do you think?" or "Does that make sense?" after another clause.
        public var isCheck: Bool
        /// Decided by a fallback rule; the techniques found may overrule it.
        public var weak: Bool = false
        /// A greeting or courtesy ("Hi, Kevin.", "Good to see you."): no move for the recognizer to name.
        public var isCourtesy: Bool = false
        /// The therapist's own view, plan or reframe (`ownMove`): a validating technique does not make it a reflection.
        public var isOwnMove: Bool = false

        public init(form: Form, reason: String, isCheck: Bool, weak: Bool = false) {
            self.form = form
            self.reason = reason
            self.isCheck = isCheck
            self.weak = weak
        }
    }

    static let fillers: Set<String> = ["so", "okay", "right", "well", "and", "but", "um", "uh", "erm", "er", "oh", "now",
                                       "alright", "hmm", "mm", "ah", "then", "also", "just", "look", "listen", "anyway", "yes", "yeah", "sure"]
    static let backchannel: Set<String> = [
        "mm", "hmm", "mmm", "uh", "huh", "okay", "right", "yes", "yeah", "yep", "sure", "i", "see", "ah", "oh", "um", "aha",
        "alright", "got", "it", "gotcha", "really", "wow", "good", "great", "fine", "cool", "no", "yes", "indeed", "absolutely",
        "of", "course", "exactly", "true", "fair", "enough", "hm", "uh-huh", "ok", "mhm", "thanks", "thank", "you", "so", "well", "and", "oh", "dear",
    ]
    static let greetings: [[String]] = [
        ["good", "morning"], ["good", "afternoon"], ["good", "evening"], ["hello"], ["hi"], ["hey"], ["welcome"], ["thanks"],
        ["thank", "you"], ["bye"], ["goodbye"], ["see", "you"], ["nice", "to", "see", "you"], ["nice", "to", "meet", "you"], ["good", "to", "see", "you"], ["great", "to", "see", "you"], ["lovely", "to", "see", "you"], ["good", "to", "meet", "you"], ["pleased", "to", "meet", "you"], ["lovely", "to", "meet", "you"], ["take", "a", "seat"], ["come", "in"],
        ["take", "care"], ["have", "a", "good"], ["sorry"], ["cheers"], ["morning"], ["afternoon"], ["pleasure"], ["excuse", "me"], ["let", "me", "just"],
        ["one", "second"], ["one", "moment"], ["one", "sec"], ["just", "a", "sec"], ["give", "me", "a", "second"], ["take", "your", "time"], ["have", "a", "seat"], ["come", "on", "in"], ["please", "sit"], ["bear", "with", "me"], ["hang", "on"], ["just", "a", "moment"], ["just", "a", "second"],
        // Arranging the next appointment ("Let's meet again next week.", "Same time next week?"): no contract, no technique.
        ["let", "us", "meet", "again"], ["we", "will", "meet", "again"], ["same", "time", "next"],
    ]
    static let aux: Set<String> = ["do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could", "would",
                                   "will", "should", "shall", "may", "might", "am", "must"]
    /// Verbs that propose an act to someone ("Couldn't you ask…", "Can't you ring…").
    static let proposalVerbs: Set<String> = ["ask", "call", "ring", "phone", "text", "invite", "speak", "arrange", "book", "join", "write", "email", "visit", "try", "message", "suggest"]
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
        ["would", "that", "be", "alright"], ["does", "that", "fit", "for", "you"], ["how", "does", "that", "sound", "to", "you"],
        ["is", "that", "about", "right"], ["does", "that", "make", "sense", "to", "you"], ["would", "that", "work", "for", "you"], ["would", "that", "work"],
        ["would", "that", "fit"], ["would", "that", "fit", "for", "you"], ["does", "that", "feel", "doable"], ["would", "that", "be", "doable"], ["how", "would", "that", "be", "for", "you"], ["have", "i", "got", "this", "right"], ["is", "that", "more", "or", "less", "right"],
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
        // Two-word fillers: "I see", "you know", "I mean", "kind of".
        while t.count > 2, let f = t.first, let g = t.dropFirst().first,
              (f == "i" && (g == "see" || g == "mean")) || (f == "you" && g == "know" && !(t.dropFirst(2).first.map { ["what", "how", "why", "that", "who", "it", "i"].contains($0) } ?? false)) {
            t = t.dropFirst(2)
            while let f2 = t.first, fillers.contains(f2), t.count > 1 { if f2 == "so" { leadingSo = true }; t = t.dropFirst() }
        }
        let w = Array(t)
        func d(_ f: Form, _ r: String) -> Decision { Decision(form: f, reason: r, isCheck: false) }
        guard let first = w.first else { return d(.other, "empty") }
        let second = w.count > 1 ? w[1] : ""
        let third = w.count > 2 ? w[2] : ""

        if clause.fragment, let f = w.first, ClauseSplitter.subordinators.contains(f), !clause.asked {
            return Decision(form: .other, reason: "a subordinate clause leading into a question", isCheck: true)
        }
        if w == ["and", "then"] || w == ["then"] || all == ["and", "then"] || all == ["then", "what"] || all == ["and", "then", "what"] {
            return d(.openQuestion, "'and then?' invites more")
        }
        if checks.contains(where: { $0 == w }) {
            return Decision(form: clause.asked || w.count > 1 ? (first == "what" || first == "how" ? .openQuestion : .closedQuestion) : .other,
                            reason: "a check ('\(w.joined(separator: " "))')", isCheck: true)
        }
        // "Sorry, could you say that again?" asks the patient to repeat, not a question about them.
        if (all.starts(with: ["sorry"]) || all.starts(with: ["pardon"])) && (all.contains("again") || all.contains("repeat") || all.contains("catch")) && all.count <= 9 {
            return d(.other, "asks to repeat")
        }
        // "If you're worried about your safety, please go to A&E": a conditional instruction.
        if first == "if", w.contains("please"), !clause.asked { return d(.advice, "a conditional instruction ('if … please')") }
        // "Just so you know, …" announces a fact about the therapy.
        if !clause.asked, all.starts(with: ["just", "so", "you", "know"]) {
            return d(.information, "a notice ('so you know…')")
        }
        if all.allSatisfy(backchannel.contains) && all.count <= 5 {
            return d(.other, "back-channel")
        }
        // "Hmm. Yeah, I hear you.": an acknowledgement, not a reflection of content.
        if w == ["i", "hear", "you"] || w == ["i", "hear", "ya"] { return d(.other, "an acknowledgement ('I hear you')") }
        // "Let me just grab my notes": housekeeping.
        if first == "let", second == "me", !clause.asked,
           let v = (third == "just" ? w.dropFirst(3).first : third), ["grab", "get", "find", "pull", "write", "jot", "note", "turn", "close", "switch", "open", "shut", "put", "fetch"].contains(v) {
            return d(.other, "housekeeping ('let me \(v)…')")
        }
        // "No, that's fine.", "Fair enough.": a short acknowledgement.
        if w.count <= 4, [["that", "is", "fine"], ["that", "is", "okay"], ["that", "is", "ok"], ["that", "is", "alright"], ["that", "is", "all", "right"],
                          ["that", "is", "true"], ["fair", "enough"], ["no", "worries"], ["no", "problem"]].contains(where: { w == $0 || w == ["no"] + $0 }) {
            return d(.other, "a short acknowledgement")
        }
        // "Okay, great, thanks for…": acknowledgement words before a courtesy do not change it.
        let ackWords = Self.ackWords
        let afterAck = Array(all.drop(while: ackWords.contains))
        for g in greetings where w.starts(with: g) || all.starts(with: g) || (afterAck.count < all.count && afterAck.starts(with: g) && ["thanks", "thank", "cheers", "sorry", "hello", "hi", "hey", "welcome"].contains(g[0])) {
            // "Hi, so what brings you in?": the question after the greeting decides the form.
            var rest = Array(all.dropFirst(g.count))
            // Skip a name ("Hi Priya, what…") and fillers.
            if rest.count > 1, !ClauseSplitter.startsQuestion(Array(rest.prefix(4))), ClauseSplitter.startsQuestion(Array(rest.dropFirst().prefix(4))) { rest.removeFirst() }
            while let f = rest.first, ["so", "and", "well", "okay", "now", "then"].contains(f) { rest.removeFirst() }
            if ClauseSplitter.startsQuestion(Array(rest.prefix(4))), rest.count >= 3, rest.contains("you") || rest.contains("your") {
                return classify(Clause(text: clause.text, tokens: rest, offset: clause.offset, asked: clause.asked, fragment: clause.fragment))
            }
            if all.count <= g.count + 5 {
                var courtesy = d(.other, "greeting or courtesy '\(g.joined(separator: " "))'")
                courtesy.isCourtesy = true
                return courtesy
            }
            // "Hello, come on in, have a seat."
            if all.count <= 12, greetings.contains(where: { rest.starts(with: $0) }) { return d(.other, "greetings and courtesies") }
            // "Thanks for being so honest with me", "Sorry, I'm running a few minutes late": appreciation and apology.
            // "Hi, I'm Dr. Lee, nice to meet you.": a greeting and an introduction.
            if !clause.asked, ["hi", "hello", "hey", "welcome"].contains(g.first ?? ""), all.count <= 12, LexicalFields.contains(Array(all.prefix(5)), ["i", "am"]) {
                return d(.other, "a greeting and an introduction")
            }
            if !clause.asked, (g == ["thanks"] || g == ["thank", "you"] || g == ["cheers"]) && (rest.first == "for" || rest.prefix(3).contains("for"))
                || (g == ["sorry"] && (all.count <= g.count + 8 || (["for", "about"].contains(rest.first ?? "") && rest.dropFirst().first == "the"))) {
                return d(.other, "appreciation or apology '\(g.joined(separator: " "))'")
            }
        }

        // Advice phrased as a question.
        if ["have", "did"].contains(first), second == "you", ["thought", "considered", "tried"].contains(third) {
            let rest = w.dropFirst(3).filter { !["about", "of", "ever", "maybe", "perhaps", "just", "possibly", "actually"].contains($0) }
            if third == "tried" || (rest.first.map { $0.hasSuffix("ing") || actionVerbs.contains($0) } ?? false) {
                if !(rest.first.map { ["how", "when", "where", "ending", "killing", "dying", "suicide", "hurting", "harming", "taking", "jumping", "hanging", "overdosing", "cutting", "drowning", "shooting", "crashing"].contains($0) } ?? false) {
                    return d(.advice, "a suggestion phrased as a question ('\(first) you \(third)…')")
                }
            }
        }
        // "How about Jo at work?" moves the talk to a person; "how about asking him?" suggests.
        let howAboutSuggests = third.hasSuffix("ing") || ["you", "we", "if", "a", "an", "some", "that", "this"].contains(third) || actionVerbs.contains(third)
        if (first == "why" && (second == "not" || (second == "do" && third == "not"))) || (first == "how" && second == "about" && howAboutSuggests)
            || (first == "what" && second == "about" && third.hasSuffix("ing")) || (first == "what" && second == "if" && third == "you") {
            return d(.advice, "a suggestion ('\(first) \(second)…')")
        }
        // "Could you maybe let her know…": a softener before the verb does not change the request.
        let softened = ["maybe", "perhaps", "possibly", "just", "also"].contains(third) && w.count > 3 ? w[3] : third
        if ["could", "can", "would", "might"].contains(first), second == "you", actionVerbs.contains(softened), !tellVerbs.contains(softened) || softened == "take" || softened == "go" {
            let after = w.dropFirst(third == softened ? 3 : 4).first
            if !(softened == "take" && after == "me") && !(softened == "go" && after == "on") {
                return d(.advice, "a request to act ('\(first) you \(softened)')")
            }
        }
        // "Couldn't you ask your in-laws to visit less?", "Shouldn't you just tell him?": a suggestion
        // asked in the negative expects a yes; it proposes the act as a request does.
        if ["could", "can", "should", "would"].contains(first), second == "not", third == "you", w.count > 3 {
            let at = ["maybe", "perhaps", "just", "also"].contains(w[3]) && w.count > 4 ? 4 : 3
            let verb = w[at], next = at + 1 < w.count ? w[at + 1] : ""
            // ("Couldn't you tell him?" suggests; "couldn't you tell me…" would ask.)
            // "Can't you / couldn't you" also asks about inability ("Couldn't you get to sleep last night?",
            // "Can't you see she loves you?"): only a proposal verb, and no past time, makes it a suggestion.
            let proposes = first == "should" ? actionVerbs.contains(verb) && !tellVerbs.contains(verb) : Self.proposalVerbs.contains(verb)
            let past = w.contains { ["last", "yesterday", "ago", "before", "then", "when", "morning"].contains($0) }
            if !past, proposes || (verb == "tell" && !["me", "us"].contains(next)) {
                return d(.advice, "a suggestion asked in the negative ('\(first) not you \(verb)…')")
            }
        }
        // "Wouldn't it be easier to just ask…": the negation does not change the suggestion.
        let itWords = second == "not" ? Array(w.dropFirst(2)) : Array(w.dropFirst(1))
        if ["would", "could", "might"].contains(first), itWords.first == "it", itWords.count > 1,
           itWords[1] == "help" || (itWords[1] == "be" && itWords.count > 2 && ["worth", "helpful", "useful", "a", "an", "good", "better", "easier", "simpler", "kinder"].contains(itWords[2])) {
            return d(.advice, "a suggestion ('\(first) it \(itWords[1])…')")
        }
        if ["would", "are"].contains(first), second == "you", ["willing", "open", "prepared", "consider"].contains(third) {
            return d(.advice, "asks for commitment to a suggestion")
        }
        if first == "do", second == "you", third == "think", w.count > 5, w[3] == "you", ["could", "might", "can"].contains(w[4]),
           w.count > 5, actionVerbs.contains(w[5]) {
            return d(.advice, "a suggestion ('do you think you could…')")
        }

        // Invitations to tell: open questions whatever the grammar.
        if tellVerbs.contains(first), ["me", "us"].contains(second) || (first == "talk" && second == "about") || (first == "say" && (second == "more" || (["a", "some"].contains(second) && w.prefix(5).contains("more")))) || (first == "go" && second == "on") {
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
                    // "I wonder if it might be worth giving him a call": a suggestion, not a question.
                    if !clause.asked, rest.count > 3, rest[0] == "it", ["might", "would", "could", "may"].contains(rest[1]),
                       rest[2] == "help" || (rest[2] == "be" && ["worth", "helpful", "useful", "good", "better", "easier", "an", "a"].contains(rest[3])) {
                        return d(.advice, "hedged suggestion ('… if it \(rest[1]) \(rest[2])')")
                    }
                    // "I wonder if part of you is tired of…" offers a guess about the inner experience (MITI: a reflection).
                    if !clause.asked, f == "if", rest.starts(with: ["part", "of", "you"]) || rest.starts(with: ["a", "part", "of", "you"]) || rest.starts(with: ["some", "part", "of", "you"]) {
                        return d(.reflection, "a hedged guess at part of the patient's experience")
                    }
                    return d(.closedQuestion, "hedged yes/no question ('… \(f)')")
                }
                // "I'm curious where you'd like to start today" leaves the choice open.
                if ["where", "which"].contains(f), after.contains("like") || after.contains("want") { return d(.openQuestion, "hedged open choice ('… \(f) you would like')") }
                if ["when", "where", "which"].contains(f) { return d(.closedQuestion, "hedged closed question ('… \(f)')") }
            }
        }

        // Wh-questions.
        if ["what", "how", "why", "who", "whose"].contains(first) {
            if first == "how", ["old", "many", "much", "long", "often", "far", "soon", "big", "frequently", "late", "early"].contains(second) {
                return d(.closedQuestion, "'how \(second)' asks for a fact")
            }
            if first == "what" && ["you", "he", "she", "they", "i", "we", "your"].contains(second) && !clause.asked {
                return statement(w, leadingSo: leadingSo)
            }
            if first == "what", ["time", "age", "year", "day", "date", "dose", "number"].contains(second), clause.asked || aux.contains(third) {
                return d(.closedQuestion, "'what \(second)' asks for a fact")
            }
            if first == "who" && w.count <= 4 && !w.contains("else") { return d(.closedQuestion, "short 'who' question") }
            if clause.asked || isQuestionWord(w) { return d(.openQuestion, "wh-question ('\(first)')") }
            if first == "what" && ["i", "we"].contains(second) { return statement(w, leadingSo: leadingSo) }
            // A pseudo-cleft without '?': "what hurt was…", "what matters is…" states something.
            if first == "what", w.count > 3, !aux.contains(second), ["was", "is"].contains(third) || (w.count > 4 && ["was", "is"].contains(w[3]) && !aux.contains(third)) {
                return statement(w, leadingSo: leadingSo)
            }
            return d(.openQuestion, "wh-question without '?' ('\(first)')")
        }
        if ["when", "where", "which"].contains(first), w.count > 3, ["would", "do"].contains(second), third == "you", ["like", "want"].contains(w[3]) {
            return d(.openQuestion, "'\(first) would you like…' leaves the answer open")
        }
        if first == "where", ["do", "are", "does", "is"].contains(second), ["things", "you", "it"].contains(third), w.contains("stand") || w.contains("at") || w.contains("now") {
            return d(.openQuestion, "'where do things stand' asks for a description")
        }
        if first == "when", second == "in", ["your", "the"].contains(third), w.count > 3, ["life", "past"].contains(w[3]) {
            return d(.openQuestion, "'when in your life…' asks for a narrative")
        }
        // "Where do you feel that in your body?" asks for an experience, not a place.
        if first == "where", w.contains(where: { ["feel", "feeling", "felt"].contains($0) }) {
            return d(.openQuestion, "'where … feel' asks for an experience")
        }
        // "Where could you find people who share that?" asks for possibilities, not a place.
        if first == "where", ["could", "might", "can"].contains(second), third == "you" {
            return d(.openQuestion, "'where could you…' asks for possibilities")
        }
        if ["when", "where", "which"].contains(first), clause.asked || aux.contains(second) {
            return d(.closedQuestion, "'\(first)' asks for a fact")
        }
        // "Anyone would struggle…" (no '?') normalises; it does not ask.
        if ["anyone", "anybody"].contains(first), !clause.asked, ["would", "could", "might", "will", "can"].contains(second) {
            return statement(w, leadingSo: leadingSo)
        }
        // "Any decent husband would have asked" (no '?') is a verdict, not an "any…?" question.
        if first == "any", !clause.asked, w.count >= 4, w.prefix(5).contains(where: { ["would", "should", "could", "might", "will"].contains($0) }) {
            return statement(w, leadingSo: leadingSo)
        }
        if ["anything", "any", "anyone", "anybody"].contains(first) && w.count <= 10 && !w.contains("you") || (["anything", "any", "anyone", "anybody"].contains(first) && (clause.asked || w.count <= 8)) {
            return d(.closedQuestion, "'\(first)…' question")
        }

        // "Let me check I've got this right" frames a summary; it does not ask by itself.
        // "Let me sum up…", "Let me tell you how I understand…" structure the session.
        if first == "let", second == "me", ["sum", "summarize", "summarise", "recap", "tell", "share", "explain", "put", "pull", "just", "offer", "read"].contains(third), !clause.asked,
           !(third == "just" && !(w.dropFirst(3).first.map { ["sum", "summarize", "summarise", "recap", "tell", "explain"].contains($0) } ?? false)) {
            return d(.information, "'let me \(third)…' structures the session")
        }
        if first == "let", second == "me", ["check", "see", "make"].contains(third), !clause.asked {
            return Decision(form: .other, reason: "frames a check ('let me \(third)…')", isCheck: true)
        }
        // Tag questions: "…, haven't you?", "…, right?"
        if isTag(all) { return d(.closedQuestion, "tag question") }

        // "Don't worry, …" / "Don't be hard on yourself": a negative imperative, not a question.
        if first == "do", second == "not", !clause.asked, w.count > 2, !isPronounSubject(third) {
            return d(.advice, "a negative imperative ('do not \(third)…')")
        }
        // Auxiliary first: yes/no questions.
        if aux.contains(first), w.count > 1, isSubject(second) || (second == "not" && w.count > 2 && isSubject(third)) || second == "there" {
            return d(.closedQuestion, "yes/no question ('\(first) \(second)…')")
        }
        if clause.asked {
            if reflectionStart(w, leadingSo: leadingSo) {
                if w.contains(where: { experienceWords.contains($0) }) { return d(.reflection, "a reflection of feeling said with a question mark") }
                return d(.closedQuestion, "a statement checked with a question mark")
            }
            return d(.closedQuestion, "ends with '?'")
        }
        return statement(w, leadingSo: leadingSo)
    }

    /// Words of feeling and experience: a statement with them reflects, a question-marked one is a reflection.
    static let experienceWords: Set<String> = [
        "feel", "feeling", "feels", "felt", "sad", "angry", "hurt", "lonely", "alone", "scared", "afraid", "worried", "upset",
        "frustrated", "stuck", "trapped", "lost", "overwhelmed", "exhausted", "tired", "guilty", "ashamed", "miss", "missing",
        "want", "wish", "hard", "difficult", "painful", "sounds", "seems", "torn", "hopeless", "empty", "numb", "relieved",
        "struggling", "struggle", "carrying", "burden", "invisible", "unheard", "rejected", "furious", "resent", "love", "loved",
    ]
    /// Words of facts about illness, treatment and the therapy: a statement with them informs.
    static let infoWords: Set<String> = [
        "depression", "depressive", "illness", "symptom", "symptoms", "treatment", "treatments", "therapy", "session", "sessions",
        "score", "scored", "diagnosis", "criteria", "episode", "medication", "antidepressant", "antidepressants", "research",
        "evidence", "common", "treatable", "assessment", "urgent", "doctor", "gp", "psychiatrist", "questionnaire", "weeks",
        "meetings", "meeting", "ipt", "recover", "recovery", "clinical", "condition", "disorder", "referral", "refer", "team",
        "crisis", "plan", "contract", "appointment", "appointments", "pneumonia", "flu", "recovering",
    ]
    static let evaluative: Set<String> = [
        "hard", "difficult", "painful", "exhausting", "lonely", "overwhelming", "frightening", "scary", "awful", "tough", "heavy",
        "natural", "normal", "understandable", "devastating", "heartbreaking", "upsetting", "confusing", "unfair", "isolating",
        "draining", "terrible", "horrible", "brutal", "rough", "unbearable", "a", "so", "really", "very", "completely", "such",
        "totally", "perfectly", "quite", "been", "ok", "okay", "fine", "alright", "reasonable", "human", "important",
    ]

    /// "It's hard…", "That must be exhausting", "It's been a tough year": the word after the opening, if evaluative.
    static func evaluativeStart(_ w: [String]) -> String? {
        guard w.count >= 3, ["it", "that", "this"].contains(w[0]), ["is", "has", "was", "must"].contains(w[1]) else { return nil }
        var i = 2
        while i < w.count, ["been", "be", "have", "really", "so", "very", "completely", "such", "totally", "perfectly", "quite", "a", "an", "just", "incredibly", "absolutely", "understandably", "entirely"].contains(w[i]) { i += 1 }
        guard i < w.count else { return nil }
        let v = w[i]
        let strong = Self.strongTable
        return strong.contains(v) ? v : nil
    }

    /// "It's OK to do less", "It's reasonable to cut back": permission and facts, not reflection.
    static func infoStartsAfterIt(_ w: [String]) -> Bool {
        guard let i = w.firstIndex(where: { ["ok", "okay", "fine", "alright", "reasonable", "normal", "natural", "common", "important"].contains($0) }),
              i + 2 < w.count, w[i + 1] == "to" else { return false }
        let next = w[i + 2]
        if ["feel", "cry", "grieve", "miss", "be", "have", "want", "wish", "struggle", "find"].contains(next) { return false }
        return ["ok", "okay", "fine", "alright", "reasonable", "important"].contains(w[i]) || ["do", "take", "rest", "cut", "ask", "say", "let", "not"].contains(next)
    }

    static let shortReflectionWords: Set<String> = ["lonely", "exhausting", "painful", "hard", "frightening", "scary", "awful", "heartbreaking",
                                                    "overwhelming", "difficult", "tough", "devastating", "upsetting", "confusing", "unfair",
                                                    "stuck", "trapped", "alone", "angry", "sad", "hurt", "relieved", "frustrating", "exhausted"]

    static func isSubject(_ w: String) -> Bool {
        ["you", "i", "he", "she", "it", "they", "we", "that", "this", "there", "things", "your", "anyone", "anybody", "someone", "somebody", "people", "any"].contains(w)
            || (w.count > 2 && !aux.contains(w) && !["not", "to"].contains(w))
    }

    static func isQuestionWord(_ w: [String]) -> Bool {
        guard w.count > 1 else { return true }
        return aux.contains(w[1]) || ["else", "about", "if", "was", "happened", "happens", "brings", "made", "makes", "kind", "sort", "so", "come", "helped", "helps", "stops", "keeps", "might", "went", "goes"].contains(w[1])
    }

    /// Where a hedge like "I wonder", "I'm curious", "I'd like to know" ends, if the clause starts with one.
    static func hedgeIndex(_ all: [String]) -> Int? {
        // Fillers before a hedge ("You know, I'm just curious…", "I guess I'm wondering…") do not change it.
        var skip = 0
        while let p = hedgeLeads.first(where: { all.dropFirst(skip).starts(with: $0) }), all.count > skip + p.count + 2 { skip += p.count }
        let w = Array(all.dropFirst(skip))
        guard let found = hedgeIndexAfterLeads(w) else { return nil }
        return found + skip
    }

    static let hedgeLeads: [[String]] = [["you", "know"], ["i", "guess"], ["i", "suppose"], ["i", "mean"], ["so"], ["okay"], ["and"], ["well"]]

    static func hedgeIndexAfterLeads(_ w: [String]) -> Int? {
        let hedges = Self.hedgesTable
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

    static func isPronounSubject(_ w: String) -> Bool { ["you", "i", "he", "she", "it", "they", "we", "your", "people", "things", "anyone"].contains(w) }

    static func isPronoun(_ w: String) -> Bool { ["you", "it", "they", "he", "she", "i", "we", "that", "there"].contains(w) }

    /// Whether a statement reads as reflecting the patient back.
    static func reflectionStart(_ w: [String], leadingSo: Bool) -> Bool {
        guard let first = w.first else { return false }
        // "You know, I guess what I'm hearing is…": the lead-in does not change the reflection.
        for lead in [["you", "know"], ["i", "guess"], ["i", "suppose"]] where w.count > lead.count + 2 && w.starts(with: lead) {
            if reflectionStart(Array(w.dropFirst(lead.count)), leadingSo: leadingSo) { return true }
        }
        let s = w.prefix(4).joined(separator: " ")
        let starts = Self.startsTable
        if starts.contains(where: { s.hasPrefix($0) }) { return true }
        if ["you", "your", "yourself"].contains(first) {
            if first == "your" && w.count > 1 && ["part", "role", "job", "task", "score", "scores", "phq", "results", "questionnaire", "test", "appointment"].contains(w[1]) { return false }
            // "Your main job right now is getting better": the sick role, not a reflection.
            if first == "your" && w.count > 2 && ["main", "only", "one", "real", "first"].contains(w[1]) && ["job", "task", "priority", "role"].contains(w[2]) { return false }
            return true
        }
        // "So what I'd like to do today is…" sets the agenda; it does not reflect.
        if leadingSo && !["i", "we", "let", "there", "this", "our", "today", "depression"].contains(first)
            && !(first == "what" && w.count > 1 && ["i", "we"].contains(w[1]))
            && !["one", "two", "three", "four", "five", "six", "eight", "ten", "twelve", "sixteen", "twenty"].contains(first) { return true }
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
        let affirmStarts = Self.affirmStartsTable
        if w.count <= 2 && !["you", "your", "try", "call", "rest"].contains(first) && !w.contains(where: { experienceWords.contains($0) }) && !shortReflectionWords.contains(first) {
            return d(.other, "a short acknowledgement")
        }
        if affirmStarts.contains(where: { s.hasPrefix($0) }) { return d(.other, "an affirmation ('\(w.prefix(3).joined(separator: " "))…')") }
        // "It's up to you, really." emphasises autonomy (MITI: other).
        if w.count <= 8, ["it", "that", "the"].contains(first), ["your decision", "your choice", "your call", "up to you"].contains(where: { s.contains($0) })
            || ["it is up to you", "that is up to you", "it is your call", "that is your call", "it is your choice", "that is your choice",
                          "it is your decision", "that is your decision", "it is entirely up to you", "it is totally up to you", "it is completely up to you",
                          "it is really up to you", "that is entirely up to you", "the choice is yours", "the decision is yours"].contains(where: { s.hasPrefix($0) }) {
            return d(.other, "emphasises the patient's autonomy")
        }
        // "And that scares you.", "That worries you.": a short reflection of a feeling.
        if w.count <= 4, ["that", "it", "this"].contains(first), w.last == "you", w.count >= 3 {
            return d(.reflection, "a short reflection ('\(s)')")
        }
        if s.hasPrefix("if i were you") || s.hasPrefix("if i was you") || s.hasPrefix("if it were me") || s.hasPrefix("if it was me") || s.hasPrefix("in your shoes i") || s.hasPrefix("if i were in your") {
            return d(.advice, "'if I were you…' advises")
        }
        // Opinions, interpretations, diagnoses, permissions and plans said about the patient's life (see `ownMove`).
        if let own = ownMove(w) { return own }
        if let v = evaluativeStart(w) {
            // "It's normal for grief to come in waves" states a fact about grief, not about the patient.
            if let i = w.firstIndex(of: v), i + 2 < w.count, w[i + 1] == "for", !["you", "anyone", "someone", "both", "all", "everyone", "anybody"].contains(w[i + 2]) {
                return d(.information, "'it is \(v) for …' informs")
            }
            if infoStartsAfterIt(w) { return d(.information, "'it is \(v) to…' informs") }
            return d(.reflection, "an empathic statement ('… \(v)')")
        }
        if first == "you", second == "can", w.count > 3, !["see", "tell", "hear", "feel", "imagine", "not", "be", "sense", "understand", "only"].contains(third) {
            return d(.advice, "'you can …' offers an option")
        }
        // "Maybe you should…" / "Perhaps you could…": hedged advice is still advice.
        if ["maybe", "perhaps"].contains(first), second == "you", ["should", "ought", "must"].contains(third) || (third == "need" && w.count > 3 && w[3] == "to") {
            return d(.advice, "'\(first) you \(third) …' advises")
        }
        // "You just need to…", "you really should…": an adverb does not soften advice.
        if first == "you", ["just", "really", "simply", "definitely"].contains(second), w.count > 3,
           ["should", "must", "ought"].contains(third) || (["need", "have"].contains(third) && w[3] == "to") {
            return d(.advice, "'you \(second) \(third) …' directs")
        }
        if first == "you", ["should", "could", "might", "may", "must", "ought"].contains(second) || (second == "need" && third == "to") || (second == "have" && third == "to") {
            let verb = w.dropFirst(2).first { !["want", "to", "need", "also", "just", "really", "perhaps", "maybe", "even", "be", "able", "like"].contains($0) } ?? ""
            // "You must miss her terribly" guesses at a feeling; "you must call her" directs.
            // "You might be contributing to…" guesses at what is happening; it does not advise.
            let guessed = (second == "must" && !actionVerbs.contains(verb) && !["stop", "go", "try", "see", "get", "do", "make", "keep", "start"].contains(verb))
                || (["might", "may", "must"].contains(second) && third == "be" && verb.hasSuffix("ing"))
            if !guessed, !["feel", "feeling", "find", "notice", "have", "been", "wonder", "worry", "sense", "remember", "know", "sound", "seem", "proud", "already", "not"].contains(verb) || third == "want" {
                return d(.advice, "'you \(second) …' directs")
            }
        }
        // "It's important to you to be a good dad" reflects a value; it does not advise.
        if ["it is important to you", "it is really important to you", "it is so important to you", "it matters to you", "that matters to you",
            "it really matters to you", "that is important to you"].contains(where: { s.hasPrefix($0) }) {
            return d(.reflection, "reflects what matters to the patient")
        }
        // A verbless fragment naming a feeling or a burden ("Kind of scary to think about.", "A lot of pressure.").
        if w.count <= 7, !aux.contains(first), !w.contains(where: { ["i", "we", "you", "he", "she", "they", "people", "depression", "illness", "common", "normal"].contains($0) }),
           ["kind", "sort", "a", "such", "so", "really", "pretty", "quite", "too", "much", "lots"].contains(first),
           w.contains(where: { shortReflectionsTable.contains($0) || ["pressure", "burden", "strain", "stress", "worry", "weight"].contains($0) }) {
            return d(.reflection, "a verbless fragment naming a feeling")
        }
        // "Some mums find it easier to…": what works for others, offered as a suggestion.
        if ["some", "many", "lots", "other", "most"].contains(first), w.prefix(5).contains("find") || w.prefix(5).contains("found"),
           w.contains(where: { ["easier", "helps", "helpful", "useful", "works", "better"].contains($0) }) {
            return d(.advice, "what others find helpful ('\(first) … find')")
        }
        let adviceStarts = Self.adviceStartsTable
        if adviceStarts.contains(where: { s.hasPrefix($0) }) { return d(.advice, "suggestion ('\(w.prefix(3).joined(separator: " "))…')") }
        // "Alright, let's get started.": a bare transition.
        if first == "let" && second == "us", w.count <= 5 && ["get", "begin", "start", "make", "dive", "crack"].contains(third) || (third == "go" && w.count == 3)
            || (w.count <= 7 && (LexicalFields.contains(w, ["get", "started"]) || LexicalFields.contains(w, ["make", "a", "start"]))) {
            return d(.other, "a bare transition ('let's \(third)…')")
        }
        if first == "let" && second == "us" {
            if ["try", "practice", "role", "write", "plan", "list", "make", "rehearse", "think", "do", "go", "imagine", "pretend", "brainstorm", "put", "challenge", "practise", "work"].contains(third) {
                return d(.advice, "'let's \(third)' proposes an activity")
            }
            return d(.information, "'let's …' structures the session")
        }
        let imperatives = Self.imperativesTable
        // "Let the church ladies bring the casseroles": 'let' + someone else directs too.
        if (imperatives.contains(first) || extraImperatives.contains(first) || (first == "let" && !["me", "us", "it", "go"].contains(second) && w.count > 3))
            && !(first == "tell" && ["me", "us"].contains(second)) && !(first == "see" && second == "you") && !(first == "look" && ["like", "at"].contains(second)) {
            return d(.advice, "imperative ('\(first)…')")
        }
        if first == "do" && second == "not" { return d(.advice, "imperative ('don't…')") }

        // Information about the therapy, the illness, the therapist's view.
        let infoStarts = Self.infoStartsTable
        if first == "you" && ["have", "are"].contains(second) && ["a", "an", "scored", "the"].contains(third) && w.contains(where: { ["score", "scored", "points", "depression", "illness", "right", "entitled"].contains($0) }) {
            return d(.information, "tells the patient a fact about them")
        }
        // Facts, figures, results and plans said about the patient inform, even after "so" or "you":
        // "So you'd be saving about two hundred pounds a month", "Your A1C came back at 8.4", "So the next step would be…".
        if let cue = informingCue(w) { return d(.information, "informs ('\(cue)')") }
        if reflectionStart(w, leadingSo: leadingSo) {
            if first == "your" && ["score", "phq", "results", "questionnaire", "test"].contains(second) { return d(.information, "reports a result") }
            if s.hasPrefix("i think") || s.hasPrefix("i believe") { return d(.information, "therapist's view") }
            return d(.reflection, "states back the patient's experience")
        }
        // "I think this week you should really try…" is advice, not a hypothesis.
        if s.hasPrefix("i think") || s.hasPrefix("i feel") || s.hasPrefix("i really think"),
           zip(w, w.dropFirst()).contains(where: { $0 == "you" && ["should", "must", "ought"].contains($1) }) {
            return d(.advice, "'I think … you should' advises")
        }
        if (s.hasPrefix("i think") || s.hasPrefix("i believe") || s.hasPrefix("i wonder if") || s.hasPrefix("i guess")) && w.dropFirst(2).prefix(3).contains(where: { $0 == "you" || $0 == "your" }) {
            return d(.reflection, "a hypothesis about the patient ('\(first) \(second) … you')")
        }
        if infoStarts.contains(where: { s.hasPrefix($0) }) {
            if (s.hasPrefix("i notice") || s.hasPrefix("i noticed") || s.hasPrefix("i am noticing")) && (w.contains("you") || (w.contains("your") && w.contains(where: { ["eyes", "voice", "face", "hands", "tears", "jaw", "shoulders"].contains($0) }))) { return d(.reflection, "names what the therapist notices in the patient") }
            if (s.hasPrefix("i think") || s.hasPrefix("i believe")) && w.dropFirst(2).first == "you" { return d(.reflection, "a hypothesis about the patient ('I think you…')") }
            if s.hasPrefix("we could") || s.hasPrefix("we might") || s.hasPrefix("i could") {
                return d(.advice, "offers an option ('\(first) \(second)…')")
            }
            return d(.information, "gives information ('\(w.prefix(2).joined(separator: " "))…')")
        }
        if w.count <= 3 {
            let shortReflections = Self.shortReflectionsTable
            if w.contains(where: shortReflections.contains) { return d(.reflection, "a short reflection of feeling") }
            return d(.other, "short statement")
        }
        if ["i", "me", "my"].contains(first) {
            let disclosure = Self.disclosureTable
            if disclosure.contains(where: { s.hasPrefix($0) }) { return d(.other, "self-disclosure, sympathy or appreciation") }
            return d(.information, "the therapist's statement")
        }
        let info = w.filter { infoWords.contains($0) }.count
        let exp = w.filter { experienceWords.contains($0) }.count
        // Generic "you" in a statement about a thing: "Alcohol helps you fall asleep", "The patch works best when you…".
        if exp == 0, !["you", "your", "yourself", "he", "she", "they", "we", "i", "things", "everything", "life", "that", "this"].contains(first),
           w.prefix(4).contains(where: genericVerbs.contains) {
            return Decision(form: .information, reason: "a general statement ('\(w.prefix(3).joined(separator: " "))…')", isCheck: false, weak: true)
        }
        if (w.contains("you") || w.contains("your")) && !(info > 0 && exp == 0) {
            return Decision(form: .reflection, reason: "a statement about the patient", isCheck: false, weak: true)
        }
        return Decision(form: .information, reason: info > 0 ? "a statement of fact ('\(w.first { infoWords.contains($0) }!)')" : "a statement", isCheck: false, weak: true)
    }

    /// Present-tense verbs of how things work, for generic statements.
    static let genericVerbs: Set<String> = ["helps", "works", "makes", "gives", "affects", "keeps", "wakes", "tends", "lets", "stops", "reduces",
                                            "increases", "raises", "lowers", "causes", "protects", "improves", "interferes", "disrupts", "triggers",
                                            // How things usually go: "Time-outs tend to work…", "cravings usually peak…", "roughly doubles your chances".
                                            "tend", "usually", "typically", "generally", "doubles", "halves", "peak", "peaks", "disrupt"]

    /// Words that make a statement about the patient a fact, result or plan rather than a reflection.
    static let infoCues: Set<String> = ["units", "percent", "pounds", "dollars", "euros", "quid", "milligrams", "mg", "kilos", "calories",
                                        "results", "result", "recommended", "guidelines", "guideline", "limit", "limits", "research", "studies",
                                        "confidential", "confidentiality", "homework", "a1c", "cholesterol", "scan", "scans", "bloods", "milligram"]
    static let infoPhrases: [[String]] = [["came", "back", "at"], ["next", "step"], ["the", "way", "it", "works"], ["how", "it", "works"], ["stays", "between", "us"], ["stays", "in", "this", "room"], ["the", "goal", "is"], ["the", "plan", "is"], ["the", "way", "this", "works"], ["here", "is", "what", "i"], ["here", "is", "what", "we"], ["the", "goal", "for"], ["the", "plan", "for"], ["between", "us"],
                                          ["minutes", "left"], ["minutes", "to", "go"], ["higher", "than"], ["lower", "than"], ["more", "than", "the"],
                                          ["over", "the", "limit"], ["which", "is", "about"], ["which", "is", "over"], ["which", "is", "more"], ["blood", "pressure"], ["blood", "test"], ["blood", "tests"], ["blood", "sugar"]]
    static let numberWords: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
                                           "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand"]

    /// A cue that a statement informs: a unit or result word, a plan phrase, or a figure with a rate ("forty a week").
    static func informingCue(_ w: [String]) -> String? {
        // A measure and its change ("You've gone from 16 to 11", "Your PHQ-9 is 19") and session counts
        // ("this is our sixth session out of twelve") inform even beside a feeling word.
        func isNumber(_ t: String) -> Bool { numberWords.contains(t) || t.first?.isNumber == true }
        for (i, t) in w.enumerated() where t == "from" && i + 1 < w.count && isNumber(w[i + 1]) {
            if w.dropFirst(i + 2).prefix(6).contains("to"), let j = w.dropFirst(i + 2).prefix(6).firstIndex(of: "to"), j + 1 < w.count, isNumber(w[j + 1]) { return "from \(w[i + 1]) to \(w[j + 1])" }
        }
        if let m = w.firstIndex(where: { ["score", "total", "phq", "hamilton", "edinburgh", "gad"].contains($0) }),
           w.dropFirst(m + 1).prefix(5).contains(where: { $0.first?.isNumber == true }) { return w[m] }
        for (i, t) in w.enumerated() where ["session", "sessions", "calls", "meetings"].contains(t) && !w.contains(where: { ["said", "told", "mentioned"].contains($0) }) {
            let near = w[max(0, i - 2)..<min(w.count, i + 4)]
            if near.contains(where: { isNumber($0) || sessionOrdinals.contains($0) }) { return t }
        }
        // Feelings decide: "the results scared you" reflects.
        if w.contains(where: { experienceWords.contains($0) || ["scared", "scares", "worries", "frightened", "upset"].contains($0) }) { return nil }
        if let c = w.first(where: infoCues.contains) { return c }
        for p in infoPhrases where LexicalFields.contains(w, p) { return p.joined(separator: " ") }
        for (i, t) in w.enumerated() where numberWords.contains(t) || t.first.map({ $0.isNumber }) == true {
            let next = w.dropFirst(i + 1).prefix(2)
            if next.starts(with: ["a", "week"]) || next.starts(with: ["a", "month"]) || next.starts(with: ["a", "day"]) || next.starts(with: ["per"]) || next.first == "points" {
                return t
            }
        }
        return nil
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
        // A reflection beside the therapist's own information or advice: the turn's main act is what the
        // therapist adds, when it comes last ("Your brother's divorce sounds complicated. Let's bring it back
        // to you and Raj") or when the reflection was only a fallback reading of a "you" statement.
        // A fallback (weak) information clause does not count.
        if best.element.form == .reflection {
            let informing = substantive.filter { [.advice, .information].contains($0.element.form) && !$0.element.weak }
            let reflecting = substantive.filter { $0.element.form == .reflection }
            if let lastInfo = informing.last, let lastRefl = reflecting.last,
               lastInfo.offset > lastRefl.offset || reflecting.allSatisfy(\.element.weak) {
                let pick = informing.first { $0.element.form == .advice } ?? lastInfo
                return (pick.element.form, pick.offset)
            }
        }
        return (best.element.form, best.offset)
    }

    // Tables used by the rules above, built once.
    static let strongTable: Set<String> = ["hard", "difficult", "painful", "exhausting", "lonely", "overwhelming", "frightening", "scary", "awful",
                                   "tough", "heavy", "natural", "normal", "understandable", "devastating", "heartbreaking", "upsetting",
                                   "confusing", "unfair", "isolating", "draining", "terrible", "horrible", "brutal", "rough", "unbearable",
                                   "lot", "struggle", "nightmare", "shock", "blow", "loss", "ok", "okay", "fine", "alright", "reasonable",
                                   "human", "frustrating", "sad", "hurtful", "distressing", "stressful", "worrying", "year", "week", "time"]
    static let hedgesTable: [[String]] = [
            ["i", "wonder"], ["i", "am", "wondering"], ["i", "was", "wondering"], ["i", "wondered"], ["wondering"],
            ["i", "am", "curious"], ["i", "was", "curious"], ["i", "am", "interested", "in"], ["i", "would", "be", "interested", "to", "know"],
            ["i", "would", "like", "to", "know"], ["i", "would", "love", "to", "know"], ["i", "would", "like", "to", "hear"],
            ["i", "would", "like", "to", "understand"], ["i", "want", "to", "understand"], ["i", "would", "like", "to", "ask"],
            ["i", "want", "to", "ask"], ["can", "i", "ask"], ["could", "i", "ask"], ["may", "i", "ask"], ["i", "am", "just", "wondering"],
            ["i", "would", "be", "curious"], ["i", "would", "like", "to", "hear", "more"], ["curious"], ["i", "want", "to", "know"],
            ["i", "need", "to", "ask"], ["i", "have", "to", "ask"], ["i", "would", "like", "to", "check"], ["i", "want", "to", "check"],
            ["let", "me", "ask"], ["i", "am", "trying", "to", "understand"], ["i", "would", "love", "to", "hear"],
            ["i", "would", "love", "to", "understand"], ["i", "would", "really", "like", "to", "know"], ["i", "would", "like", "to", "hear", "about"],
            ["i", "am", "just", "curious"], ["i", "was", "just", "curious"], ["i", "was", "just", "wondering"], ["i", "would", "be", "interested", "to", "hear"],
            ["i", "am", "kind", "of", "wondering"], ["i", "am", "sort", "of", "wondering"],
        ]
    // Matched against the first four words only.
    static let startsTable = ["it hurts", "that hurts", "it hurt that", "there is a part", "there is part of", "a part of you", "it is almost like", "it is almost as", "it is kind of", "it is like you", "it is as if", "it is as though", "it sounds", "sounds like", "it seems", "seems like", "it must", "that must", "must be", "it looks like",
                      "part of you", "on the one hand", "what i am hearing", "what i hear", "i hear", "i am hearing", "i get the sense",
                      "i sense", "i imagine", "i can see", "i can hear", "i can imagine", "i can tell", "no wonder", "anyone would",
                      "that sounds", "that must", "that is really hard", "that is hard", "it is hard", "that is so hard", "it is really hard",
                      "it has been", "that has been", "that was", "it was", "that is a lot", "it is a lot", "that is painful", "that is tough",
                      "so much", "not knowing", "like you", "i understand", "i can understand", "i get that", "i get it", "there is a real sadness", "there is a sadness", "there is a lot of", "i am struck by", "i am struck that", "it strikes me that"]
    static let affirmStartsTable = ["that is great", "that is good", "that is wonderful", "that is awesome", "that is fantastic", "that is excellent",
                            "that is brilliant", "that is amazing", "that is a good", "that is a great", "that is really good", "that is really great",
                            "that is a really good", "that is a really great", "good job", "great job", "nice job", "good for you", "well done",
                            "that is so good", "that is very good", "that is huge", "that is impressive", "that is a big", "excellent", "wonderful",
                            "that is terrific", "that is a nice", "great point", "good point", "that is a good point", "that is a great point",
                            "i think that is a great", "i think that is a good", "i think that is really", "that sounds like a great", "that sounds like a good",
                            "that sounds great", "that sounds good", "what a great", "i love that", "i like that idea"]
    static let adviceStartsTable = ["i would like you to", "i would suggest", "i suggest", "i recommend", "i would recommend", "i would encourage",
                            "i encourage", "i would advise", "i advise", "my suggestion", "my advice", "i want you to", "i would invite you",
                            "it might help", "it may help", "it could help", "it would help", "it might be worth", "it may be worth",
                            "it could be worth", "it would be worth", "it might be good", "it might be helpful", "it would be good",
                            "it would be helpful", "it could be helpful", "it might be useful", "it would be useful", "it may be useful",
                            "it might be an idea", "it would be a good idea", "one thing you could", "one option", "another option", "one possibility", "another possibility", "another idea",
                            "some people find", "many people find", "other people find", "a lot of people find", "perhaps you could",
                            "maybe you could", "perhaps you might", "maybe you might", "what if you", "how about", "why not",
                            "one idea", "something you could", "something you might", "you might want to", "you may want to",
                            "for homework", "between now and next", "before next session", "before next week", "this week try",
                            "i would like us to", "i want us to", "i think you should", "i think you could", "i think you need",
                            "one thing", "if i were you", "maybe try", "perhaps try", "it is worth", "it is a good idea",
                            "it is important that you", "it is important to", "make sure", "remember to", "be sure to", "please",
                            "i would really encourage", "i would really suggest", "i would really recommend", "i would strongly", "i would gently suggest",
                            "i really would", "i would really like you to", "i would love you to", "i would love for you to", "i really want you to",
                            "i really encourage", "i strongly suggest", "i would just suggest", "i would just encourage", "it is best", "it is usually best", "it is probably best"]
    static let imperativesTable: Set<String> = ["try", "consider", "call", "ring", "phone", "text", "write", "keep", "think", "remember", "ask",
                                        "go", "give", "practice", "plan", "spend", "take", "start", "stop", "avoid", "notice", "pick",
                                        "join", "invite", "set", "use", "put", "make", "speak", "tell", "reach", "get", "see", "don"]
    static let infoStartsTable = ["depression", "this is our", "we have", "we will", "we are", "we meet", "we agreed", "we said", "there are",
                          "there is", "research", "studies", "many people", "most people", "lots of people", "people with", "in ipt",
                          "ipt", "the illness", "this illness", "the questionnaire", "your score", "the score", "the phq", "a score",
                          "i am going to", "i will", "i would like to", "i want to", "i need to", "i am required", "i have to",
                          "what we", "today we", "today i", "next week", "our sessions", "the sessions", "these sessions", "our time",
                          "antidepressants", "medication", "the medication", "the tablets", "it is common", "it is very common", "it is normal for",
                          "one of the", "this kind", "sometimes people", "often people", "it is a", "it is an", "symptoms", "the symptoms",
                          "that is a symptom", "that is part", "this is part", "that is one", "those are", "these are", "the plan", "our plan",
                          "the goal", "our goal", "my job", "my role", "your job", "your role", "the way ipt", "in this therapy", "this therapy",
                          "we can", "we could", "we might", "i can", "i could", "i think", "i believe", "i noticed", "i notice", "in my experience",
                          "what i would like to do", "what i would like us to", "what i want to do", "what we will do", "what i thought we could", "what i thought we might",
                          "here is", "here are", "this leaflet", "everything you say here", "what you say here", "anything you say here"]
    static let disclosureTable = ["i remember feeling", "i have been there", "i felt the same", "i used to feel", "i remember when i", "i lost my", "when i was", "i had", "i have been through", "i went through", "i know how", "i am sorry", "i am so sorry", "i am glad", "i appreciate", "i really appreciate"]
    static let shortReflectionsTable: Set<String> = shortReflectionWords.union(["lonely", "exhausting", "painful", "hard", "frightening", "scary", "awful", "heartbreaking", "overwhelming", "difficult", "tough", "devastating", "upsetting", "confusing", "unfair", "stuck", "trapped", "alone", "angry", "sad", "hurt", "relieved"])

}

// Built once (a set literal inside `classify` was built again on every clause).
extension FormClassifier {
    static let ackWords: Set<String> = ["okay", "ok", "great", "good", "lovely", "perfect", "brilliant", "cool", "well", "right", "alright", "so", "and", "oh", "yeah", "yes", "sure", "fine", "wonderful"]
}

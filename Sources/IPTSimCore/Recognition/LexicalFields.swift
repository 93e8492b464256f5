/// The last resort before a generic reading: which technique's vocabulary an utterance uses.
///
/// The pattern tables recognise the ways therapists usually phrase a move; real speech finds
/// others ("what did being a nurse give you", "so it's turned into a cold war between you").
/// When no pattern gave anything but a generic reading (exploration, a direct question, an
/// empathic reflection), the words themselves still say a lot: a question with "start" and
/// "notice" is about the onset; one with "options" and "try first" weighs options. Each
/// technique has a field of cue words and phrases written from its definition in
/// `techniques.md` and the IPT manuals (not from any test utterance); an utterance takes the
/// technique whose field it uses most, if that reaches the field's threshold and no other field
/// ties it. Safety and proscribed techniques have no field: a false alarm there costs the
/// trainee, so only explicit patterns may name them.
enum LexicalFields {
    enum Scope { case question, statement, any }

    struct Field: Sendable {
        let technique: String
        let scope: Scope
        /// How many cue points the utterance needs.
        let threshold: Int
        /// Cue phrases (normalised tokens; a token ending in `*` is a prefix) and their points.
        let cues: [(phrase: [String], points: Int)]
    }

    /// `(technique, scope, threshold, strong cues worth 2, ordinary cues worth 1)`.
    private static let table: [(String, Scope, Int, [String], [String])] = [
        ("timeline", .any, 2, ["onset", "first noticed", "first notice", "since when", "before or after", "around the time", "leading up to", "what was going on", "what was happening"],
         ["start*", "began", "begin*", "first", "notice*", "how long", "when did", "months ago", "weeks ago", "since"]),
        ("inventory", .question, 2, ["important people", "close to", "closest to", "people in your life", "who matters", "get on with", "get along with"],
         ["friends", "family", "relationship with", "who do you", "who else", "see much of", "in your life", "support", "spend time with", "talk to"]),
        ("prior-episodes", .question, 2, ["felt like this before", "felt this way before", "ever been depressed", "depressed before", "episode*", "earlier in your life", "another time", "last time you felt"],
         ["before", "in the past", "previous*", "what helped", "back then", "depress*", "low like this"]),
        ("medication", .any, 2, ["medication", "antidepressant*", "tablets", "pills", "prescri*", "side effects"], ["doctor", "gp", "taking"]),
        ("mood-event-link", .any, 3, ["your mood", "mood lifted", "mood dropped", "mood dipped", "felt better", "felt worse", "feel better", "feel worse", "brighter", "lower",
                                      "lighter", "heavier", "flatter", "more like yourself", "your spirits", "perked up", "went flat", "low patch"],
         ["after", "whenever", "every time", "each time", "since", "when you", "that week", "that day", "lift*", "drop*", "dip*", "picked up"]),
        ("communication-analysis", .any, 2, ["word for word", "exactly", "what did you say", "what did she say", "what did he say", "what did they say", "take her to mean", "take him to mean", "tone", "how did you put it", "what did you mean"],
         ["said", "say", "words", "replied", "respond*", "answer*", "then what", "and then", "mean"]),
        ("decision-analysis", .any, 2, ["options", "option", "choices", "alternatives", "pros and cons", "best and worst", "try first", "weigh*", "which one would"],
         ["what else could", "could you do", "what would happen if", "consequence*", "choose", "decide", "possibilit*"]),
        ("role-play", .any, 2, ["rehearse", "practise", "practice", "pretend", "i will be", "act it out", "play him", "play her", "role"],
         ["try it out", "let us try", "as if i were", "go ahead", "say it to me"]),
        ("therapeutic-relationship", .any, 2, ["with me", "talking to me", "about me", "between us", "in here", "our sessions", "our work together", "coming here"],
         ["how is it", "right now", "today", "hold back", "feel toward", "what is it like"]),
        ("encouragement", .statement, 2, ["courage", "brave", "well done", "proud", "big step", "good job", "progress", "took a lot", "credit to you",
                                          "determin*", "resilien*", "persever*", "commitment", "committed to", "a long way", "stuck with it", "kept at it", "did not give up", "encouraging"],
         ["managed", "strength", "you did", "keep going", "hope*", "better", "effort", "showed up", "kept going", "even though", "despite"]),
        ("affect-elicit", .question, 2, ["upset", "angry", "sad", "sadness", "hurt", "scared", "afraid", "lonely", "guilty", "ashamed", "anger", "grief", "emotion*", "tearful"],
         ["feel*", "guess", "imagine", "inside"]),
        ("death-narrative", .any, 3, ["died", "death", "funeral", "passed away", "last days", "last weeks", "hospital", "the end"],
         ["when", "how", "what happened", "the day", "before", "after", "there"]),
        ("relationship-review", .any, 2, ["what was she like", "what was he like", "your relationship with", "remember about", "miss about", "the best of", "did together"],
         ["together", "her", "him", "years", "remember", "married", "marriage"]),
        ("mixed-feelings", .any, 2, ["frustrat*", "annoy*", "not perfect", "faults", "angry with", "mixed", "let you down", "resent*", "wish he had", "wish she had", "difficult side"],
         ["both", "also", "regret*", "hard about", "difficult about"]),
        ("reinvest", .question, 2, ["new people", "spend more time", "get back to", "take up", "reconnect", "go back to", "new friends"],
         ["join", "interests", "activities", "who could you", "again", "start"]),
        ("dispute-identify", .any, 2, ["disagree*", "argu*", "falling out", "fall out", "fight*", "row", "rows", "conflict", "at odds"],
         ["about", "between you", "the issue", "what is it", "you two"]),
        ("dispute-stage", .any, 2, ["still talking", "gone quiet", "given up", "cold war", "stopped talking", "separat*", "split up", "over for good", "working it out", "stalemate", "any hope"],
         ["still", "anymore", "leave", "end it"]),
        ("expectations", .any, 2, ["expect*", "want from", "hope for from", "supposed to", "good wife", "good husband", "good mother", "good daughter", "good son", "role"],
         ["should", "wants", "think a", "thinks you should"]),
        ("perpetuation", .any, 2, ["keeps it going", "keep it going", "round in circles", "same argument", "comes back", "again and again", "cycle", "keeps happening"],
         ["every time", "each time", "stuck", "back down", "same"]),
        ("parallels", .any, 2, ["other relationships", "with others", "elsewhere", "reminds you", "same thing with", "happened before with", "same pattern"],
         ["at work", "as well", "too", "your parents", "growing up"]),
        ("old-role", .any, 2, ["used to", "miss about", "the old job", "what did being", "value*", "before you retired", "before you left", "before you moved"],
         ["give you", "the job", "work", "back then", "proud"]),
        ("new-role", .any, 2, ["now that", "new life", "new role", "since you retired", "since you moved", "since you became", "adjust*", "being retired", "being a mother", "being a father", "opportunit*"],
         ["these days", "good about", "harder", "different"]),
        ("transition-loss", .any, 2, ["lost", "loss", "what ended", "part of who you were", "identity", "gave up", "left behind"],
         ["miss*", "gone", "grieve", "no longer"]),
        ("skills-support", .any, 2, ["who could help", "support", "skills", "capable", "confidence", "learn*", "get the hang"],
         ["help you", "people who", "manage"]),
        ("past-relationships", .any, 2, ["friends you had", "old friends", "used to be close", "past relationships", "friendships", "girlfriend*", "boyfriend*", "at school", "growing up", "when you were younger"],
         ["university", "college", "friend", "close"]),
        ("patterns", .any, 2, ["pattern", "in common", "same way", "tend to", "each of them", "how do they end", "how did it end", "keeps happening"],
         ["usually", "end", "again", "every time"]),
        ("social-steps", .any, 2, ["small step", "reach out", "invite"],
         ["this week", "try", "join", "go along", "text", "message", "one thing"]),
        ("session-opening", .question, 2, ["since we last", "since last time", "since last week", "since our last", "this past week", "how has the week", "how was your week"],
         ["how have things been", "this week", "been since"]),
        ("time-limit", .any, 2, ["sessions left", "meetings left", "weeks to go", "halfway", "of twelve", "of sixteen", "session number"], ["week", "sessions"]),
        ("refocus", .any, 2, ["come back to", "get back to", "return to", "we were talking about"], ["focus", "back to"]),
        ("summary", .any, 2, ["so far", "let me check", "have i got", "if i understand", "to sum up", "summar*"], []),
        ("termination-announce", .any, 2, ["coming to an end", "end of our", "last session", "stop meeting", "our time together", "sessions left"], ["finish*", "end"]),
        ("review-gains", .any, 2, ["since we started", "first session", "look back", "compared to when", "score went", "progress"], ["changed", "difference", "better", "compared to"]),
        ("ending-feelings", .any, 2, ["about ending", "about stopping", "about finishing", "saying goodbye", "end of therapy", "when we stop"], ["feel*", "miss"]),
        ("relapse-plan", .any, 2, ["warning signs", "early signs", "slip*", "if it comes back", "unwell again", "setback*", "relapse"], ["notice first", "what would you do if"]),
        ("next-steps", .any, 2, ["after we finish", "maintenance", "booster", "other treatment*", "referral", "come back if"], ["follow up", "check in"]),
        ("credit-patient", .statement, 2, ["you did that", "you made that", "because you", "that was you", "your doing", "you raised it"], ["you changed", "you did", "you made"]),
        ("psychoeducation", .statement, 2, ["treatable", "illness", "not your fault", "part of the depression", "symptom*", "many people", "very common"], ["common", "normal", "depress*"]),
        ("sick-role", .statement, 2, ["recovering", "go easy", "do less", "time off", "permission", "like the flu", "like pneumonia", "do not have to"], ["illness", "rest", "for now"]),
        ("clarification", .any, 2, ["a moment ago", "i noticed", "i notice", "twice", "on one hand", "but you also"], ["you said", "earlier you", "but", "yet"]),
        ("affect-validate", .statement, 2, ["anyone would", "understandable", "makes sense", "no wonder", "of course you"], ["natural", "normal"]),
    ]

    static let fields: [Field] = table.map { technique, scope, threshold, strong, ordinary in
        Field(technique: technique, scope: scope, threshold: threshold,
              cues: strong.map { (words($0), 2) } + ordinary.map { (words($0), 1) })
    }

    /// A cue's tokens, normalised like an utterance; a word ending in `*` stays a prefix.
    static func words(_ phrase: String) -> [String] {
        phrase.split(separator: " ").flatMap { w -> [String] in
            w.hasSuffix("*") ? [w.lowercased()] : Normalizer.tokens(String(w))
        }
    }

    /// The technique whose field the tokens use most (points, and the cues that scored), if it
    /// reaches its threshold and beats every other field.
    /// With a case's problem area, only that area's strategies (and the techniques of every area)
    /// are considered: a word like "row" in a grief case is the relationship with the deceased,
    /// not a dispute, and a wrong-area reading would cost the trainee a focus-drift judgement.
    static func best(_ tokens: [String], isQuestion: Bool, area: ProblemArea? = nil) -> (technique: String, points: Int, cues: [String])? {
        // Which cues occur, found through the first-word index (each cue counts once).
        var hit = Set<Int>()
        for i in tokens.indices {
            for c in index.exact[tokens[i]] ?? [] where matches(tokens, at: i, cueTests[c]) && !hit.contains(c) { hit.insert(c) }
            for c in index.prefixed where matches(tokens, at: i, cueTests[c]) && !hit.contains(c) { hit.insert(c) }
        }
        guard !hit.isEmpty else { return nil }
        var points = [Int](repeating: 0, count: fields.count)
        var used = [[String]](repeating: [], count: fields.count)
        for c in hit.sorted() {
            let cue = cueList[c]
            points[cue.field] += cue.points
            used[cue.field].append(cue.phrase.joined(separator: " "))
        }
        var scored: [(String, Int, [String])] = []
        for (fi, f) in fields.enumerated() where points[fi] >= f.threshold {
            switch f.scope {
            case .question where !isQuestion: continue
            case .statement where isQuestion: continue
            default: break
            }
            if let area, let own = TechniqueCatalogue.info(f.technique)?.area, own != area { continue }
            scored.append((f.technique, points[fi], used[fi]))
        }
        guard let top = scored.max(by: { $0.1 < $1.1 }) else { return nil }
        if scored.filter({ $0.1 == top.1 }).count > 1 { return nil } // a tie says nothing
        return top
    }

    /// Every cue of every field, in field order.
    static let cueList: [(field: Int, phrase: [String], points: Int)] = fields.enumerated().flatMap { fi, f in
        f.cues.filter { !$0.phrase.isEmpty }.map { (fi, $0.phrase, $0.points) }
    }

    /// Cues by their first word; cues whose first word is a prefix (`start*`) are tried everywhere.
    static let index: (exact: [String: [Int]], prefixed: [Int]) = {
        var exact: [String: [Int]] = [:]
        var prefixed: [Int] = []
        for (c, cue) in cueList.enumerated() {
            if cue.phrase[0].hasSuffix("*") { prefixed.append(c) } else { exact[cue.phrase[0], default: []].append(c) }
        }
        return (exact, prefixed)
    }()

    /// Each cue's words as `matches` tests them: a prefix word (`start*`) as its stem, worked out once.
    static let cueTests: [[(word: String, prefix: Bool)]] = cueList.map { cue in
        cue.phrase.map { $0.hasSuffix("*") ? (String($0.dropLast()), true) : ($0, false) }
    }

    /// As `matches(_:at:_:)` for a phrase given as `cueTests`.
    static func matches(_ tokens: [String], at i: Int, _ tests: [(word: String, prefix: Bool)]) -> Bool {
        guard i + tests.count <= tokens.count else { return false }
        for k in tests.indices {
            let t = tokens[i + k]
            if tests[k].prefix ? !t.hasPrefix(tests[k].word) : t != tests[k].word { return false }
        }
        return true
    }

    /// The phrase occurs somewhere in the tokens (a `*` word is a prefix).
    static func contains(_ tokens: [String], _ phrase: [String]) -> Bool {
        guard let first = phrase.first, phrase.count <= tokens.count else { return false }
        // The first word decided once (most phrases fail on it everywhere): a plain word is
        // compared for equality only.
        if !isPrefixWord(first) {
            for i in 0...(tokens.count - phrase.count) where tokens[i] == first && matches(tokens, at: i, phrase) { return true }
            return false
        }
        return tokens.indices.contains { matches(tokens, at: $0, phrase) }
    }

    static func matches(_ tokens: [String], at i: Int, _ phrase: [String]) -> Bool {
        guard i + phrase.count <= tokens.count else { return false }
        for k in phrase.indices {
            let p = phrase[k], t = tokens[i + k]
            if isPrefixWord(p) ? !t.hasPrefix(p.dropLast()) : t != p { return false }
        }
        return true
    }

    /// `word.hasSuffix("*")`, with the last byte looked at first (`hasSuffix` compares characters, and is slow).
    @inline(__always)
    static func isPrefixWord(_ word: String) -> Bool {
        word.utf8.last == UInt8(ascii: "*") && word.hasSuffix("*")
    }

}

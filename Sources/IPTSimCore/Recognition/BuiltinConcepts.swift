/// Concept sets every case can use in patterns (`~feel`) and conditions, besides its own.
public enum BuiltinConcepts {
    public static let sets: [String: [String]] = [
        "feel": ["feel", "feels", "feeling", "feelings", "felt", "emotion", "emotions", "emotional"],
        "sad": ["sad", "sadness", "down", "low", "depressed", "miserable", "unhappy", "tearful", "crying", "cry", "cried", "heartbroken", "grief", "grieving"],
        "angry": ["angry", "anger", "mad", "furious", "annoyed", "irritated", "resent", "resentful", "resentment", "frustrated", "frustrating", "frustration", "cross"],
        "guilt": ["guilt", "guilty", "blame", "blamed", "fault", "regret", "regrets", "ashamed", "shame"],
        "afraid": ["afraid", "scared", "fear", "frightened", "anxious", "anxiety", "worried", "worry", "nervous"],
        "death": ["death", "died", "die", "dying", "dead", "passed away", "passed", "lost", "loss", "funeral", "grave", "bereavement"],
        "family": ["family", "wife", "husband", "partner", "daughter", "son", "children", "kids", "mother", "mom", "father", "dad", "sister", "brother", "parents"],
        "friend": ["friend", "friends", "friendship", "friendships", "mate", "mates", "buddy", "buddies", "pal"],
        "work": ["work", "job", "career", "office", "boss", "colleague", "colleagues", "retirement", "retired", "school"],
        "sleep": ["sleep", "sleeping", "slept", "insomnia", "wake", "waking", "awake", "your nights", "at night", "at nights", "in the night", "through the night", "during the night", "bed", "get up", "lie in", "nap", "naps", "napping"],
        "appetite": ["appetite", "apetite", "appatite", "appetit", "eating", "eat", "food", "weight", "meals", "hungry"],
        "energy": ["energy", "tired", "exhausted", "fatigue", "worn out", "drained", "out of steam", "running on empty", "lethargic", "lethargy", "sluggish"],
        "concentration": ["concentrate", "concentrating", "concentration", "attention span", "memory", "forgetful", "distracted", "able to focus", "hard to focus", "harder to focus", "trouble focusing", "focus at work", "focus on reading", "focus on things", "focus on the tv", "focus on tv", "keep your mind on", "mind on things", "follow a tv", "follow the tv", "follow a programme", "follow a program", "reading or tv", "reading or the tv"],
        "interest": ["interest", "interested", "enjoy", "enjoying", "enjoyed", "enjoyment", "pleasure", "fun", "hobbies", "hobby", "look forward"],
        "suicide": ["suicide", "suicidal", "kill yourself", "killing yourself", "end your life", "ending your life", "take your life", "taking your life", "hurt yourself", "harm yourself", "self harm", "better off dead", "not wake up", "not be here", "not being here", "not being alive", "not to be alive", "wish you were dead", "want to die", "wanting to die"],
        "drink": ["alcohol", "drink", "drinking", "drinks", "beer", "beers", "wine", "drunk", "drugs", "cannabis", "weed", "pills", "substances", "substance"],
        "medication": ["medication", "medications", "medicine", "antidepressant", "antidepressants", "tablets", "pills", "prescription", "prescribed", "sertraline", "citalopram", "fluoxetine",
                       "escitalopram", "lexapro", "zoloft", "prozac", "paroxetine", "paxil", "venlafaxine", "effexor", "mirtazapine", "duloxetine", "cymbalta", "bupropion", "wellbutrin", "amitriptyline", "trazodone", "vortioxetine", "lithium", "mood stabilizer", "mood stabilizers", "quetiapine", "olanzapine", "lamotrigine", "valproate"],
        "hurt": ["hurt", "hurting", "pain", "painful", "upset", "devastated", "lonely", "alone", "isolated", "empty", "numb", "overwhelmed", "exhausted", "stuck", "torn", "helpless", "hopeless"],
        "relation": ["wife", "husband", "partner", "daughter", "son", "mother", "mom", "father", "dad", "sister", "brother", "boss", "friend", "colleague", "grandmother", "grandfather", "grandma", "grandpa", "aunt", "uncle", "girlfriend", "boyfriend", "fiance", "fiancee", "ex", "neighbor", "manager", "stepfather", "stepmother", "child", "baby"],
        "change": ["move", "moved", "moving", "retirement", "retired", "retire", "redundancy", "redundant", "promotion", "new job", "baby", "divorce", "divorced", "separation", "diagnosis", "graduation", "emigrated"],
        "time": ["week", "weeks", "month", "months", "year", "years", "since", "started", "began", "ago", "when"],
        // recog5d (TechniqueRules+Phrasings): figures of the patient's past a transference reading compares the therapist to.
        "p_origin": ["mother", "mom", "mum", "father", "dad", "parents", "parent", "sister", "brother", "stepfather", "stepmother", "grandmother", "grandfather", "family", "at home", "growing up", "as a child", "when you were little", "when you were small", "when you were young", "when you were a child", "ex", "husband", "wife", "teacher", "teachers"],
        "p_other": ["husband", "wife", "partner", "sister", "brother", "mother", "mom", "mum", "father", "dad", "boss", "friend", "son", "daughter", "mother in law", "father in law", "boyfriend", "girlfriend", "colleague", "manager", "man", "woman", "person", "parent"],
        "p_partner": ["partner", "husband", "wife", "boyfriend", "girlfriend", "fiance", "fiancee", "ex", "ex husband", "ex wife"],
        "p_count": ["eight", "ten", "eleven", "twelve", "fourteen", "sixteen", "twenty", "8", "10", "11", "12", "14", "16", "20"],
        "p_num": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27"],
        "p_month": ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "the spring", "the summer", "the autumn", "the winter"],
    ]

    public static let names: [String] = sets.keys.sorted()

    /// Every set's phrases as token lists, computed once.
    public static let compiled: [String: [[String]]] = sets.mapValues { $0.map { Normalizer.tokens($0) } }

    /// Phrases by their first token, for scanning an utterance once.
    static let byFirstToken: [String: [(String, [String])]] = {
        var out: [String: [(String, [String])]] = [:]
        for name in names { for p in compiled[name] ?? [] where !p.isEmpty { out[p[0], default: []].append((name, p)) } }
        return out
    }()

    static let relationWords: Set<String> = Set(sets["relation"] ?? [])

    /// Phrases of a built-in set as token lists.
    public static func phrases(_ name: String) -> [[String]] {
        compiled[name] ?? []
    }
}

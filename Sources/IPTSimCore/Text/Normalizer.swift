/// Turns typed text into lowercase word tokens: punctuation dropped, contractions expanded,
/// British spellings mapped to American, a few common typos fixed. Deterministic and pure.
public enum Normalizer {
    /// Normalised tokens of `text`.
    public static func tokens(_ text: String) -> [String] {
        // A single plain lowercase word (pattern words, most typed words): the loop below would
        // copy it unchanged into one word.
        if !text.isEmpty, text.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }) {
            return fixJoined(expand(text))
        }
        // ASCII text (nearly all typed text): the same steps on its bytes, the current word in a
        // buffer on the stack (the general loop below allocates one per call).
        let utf8 = text.utf8
        if utf8.count <= 1024, utf8.allSatisfy({ $0 < 0x80 }) {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, utf8.count)) { buffer in
                var words: [String] = []
                var n = 0
                func flush() {
                    guard n > 0 else { return }
                    let bytes = UnsafeBufferPointer(rebasing: buffer[0..<n])
                    let word = String(decoding: bytes, as: UTF8.self)
                    if !bytes.contains(39) {
                        if let pieces = plainExpansions[word] { words.append(contentsOf: pieces) } else { words.append(word) }
                    } else {
                        words.append(contentsOf: expand(word))
                    }
                    n = 0
                }
                for b in utf8 {
                    switch b {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        buffer[n] = b
                        n += 1
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        buffer[n] = b + 32
                        n += 1
                    case UInt8(ascii: "'"):
                        if n > 0 { buffer[n] = b; n += 1 }
                    default:
                        // No other ASCII character is a letter.
                        flush()
                    }
                }
                flush()
                return fixJoined(words)
            }
        }
        var words: [String] = []
        // The current word as UTF-8 (one String per word, not one append per scalar).
        var current: [UInt8] = []
        current.reserveCapacity(32)
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(decoding: current, as: UTF8.self)
            // A plain word (no apostrophe) is what `expand` looks up, without a one-word array for it.
            if !current.contains(39) {
                if let pieces = plainExpansions[word] { words.append(contentsOf: pieces) } else { words.append(word) }
            } else {
                words.append(contentsOf: expand(word))
            }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                current.append(UInt8(truncatingIfNeeded: scalar.value))
            case "A"..."Z":
                current.append(UInt8(truncatingIfNeeded: scalar.value + 32))
            case "'", "\u{2019}", "\u{2018}":
                if !current.isEmpty { current.append(UInt8(ascii: "'")) }
            default:
                // (An ASCII scalar here is no letter: the Unicode properties are looked up only beyond ASCII.)
                if !scalar.isASCII && scalar.properties.isAlphabetic {
                    current.append(contentsOf: String(scalar).lowercased().utf8)
                } else {
                    flush()
                }
            }
        }
        flush()
        return fixJoined(words)
    }

    /// Fixes that need neighbouring words: "it's been" expands to "it is been", but the 's was "has".
    static func fixJoined(_ tokens: [String]) -> [String] {
        var words = tokens
        for i in words.indices.dropFirst() where words[i - 1] == "is" && (words[i] == "been" || words[i] == "got") {
            words[i - 1] = "has"
        }
        return words
    }

    /// The normalised text as one space-separated string.
    public static func normalize(_ text: String) -> String { tokens(text).joined(separator: " ") }

    static func expand(_ raw: String) -> [String] {
        var word = raw
        let hasApostrophe = word.utf8.contains(39)
        if !hasApostrophe {
            // The common case: a plain word (one lookup: contractions, then spellings, merged).
            return plainExpansions[word] ?? [word]
        }
        while word.hasSuffix("'") { word.removeLast() }
        if let expansion = contractions[word] { return expansion }
        if word.hasSuffix("n't") {
            return [String(word.dropLast(3)), "not"]
        }
        if word.hasSuffix("'re") { return [String(word.dropLast(3)), "are"] }
        if word.hasSuffix("'ve") { return [String(word.dropLast(3)), "have"] }
        if word.hasSuffix("'ll") { return [String(word.dropLast(3)), "will"] }
        if word.hasSuffix("'d") { return [String(word.dropLast(2)), "would"] }
        if word.hasSuffix("'m") { return [String(word.dropLast(2)), "am"] }
        if word.hasSuffix("'s") {
            let stem = String(word.dropLast(2))
            if ["it", "that", "what", "there", "here", "who", "how", "where", "he", "she", "let"].contains(stem) {
                return stem == "let" ? ["let", "us"] : [stem, "is"]
            }
            return expand(stem) // possessive: "abena's" -> "abena", "mum's" -> "mom" like "mum"
        }
        word.removeAll { $0 == "'" }
        if let fixed = spellings[word] { return fixed.split(separator: " ").map(String.init) }
        return [word]
    }

    /// `contractions`, then `spellings` split into words, in one table (contractions win).
    static let plainExpansions: [String: [String]] = {
        var out = spellings.mapValues { $0.split(separator: " ").map(String.init) }
        for (k, v) in contractions { out[k] = v }
        return out
    }()

    static let contractions: [String: [String]] = [
        "can't": ["can", "not"], "cannot": ["can", "not"], "won't": ["will", "not"], "shan't": ["shall", "not"],
        "ain't": ["is", "not"], "i'm": ["i", "am"], "im": ["i", "am"], "ive": ["i", "have"], "youre": ["you", "are"],
        "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"], "cant": ["can", "not"],
        "wont": ["will", "not"], "isnt": ["is", "not"], "wasnt": ["was", "not"], "havent": ["have", "not"],
        "hasnt": ["has", "not"], "couldnt": ["could", "not"], "wouldnt": ["would", "not"], "shouldnt": ["should", "not"],
        "arent": ["are", "not"], "werent": ["were", "not"], "thats": ["that", "is"], "whats": ["what", "is"],
        "youve": ["you", "have"], "youd": ["you", "would"], "youll": ["you", "will"], "theyre": ["they", "are"],
        "lets": ["let", "us"], "gonna": ["going", "to"], "wanna": ["want", "to"], "gotta": ["got", "to"],
        "y'all": ["you", "all"], "ya": ["you"], "u": ["you"], "ur": ["your"], "r": ["are"], "pls": ["please"],
        "plz": ["please"], "thx": ["thanks"], "mmhmm": ["mm", "hmm"], "mhm": ["mm", "hmm"], "mmm": ["mm"],
        "hmmm": ["hmm"], "uhuh": ["uh", "huh"], "ok": ["okay"], "k": ["okay"], "kk": ["okay"], "okey": ["okay"],
    ]

    /// British to American and common typos. Kept small and deliberate: every entry is a real spelling.
    static let spellings: [String: String] = [
        "behaviour": "behavior", "behaviours": "behaviors", "colour": "color", "favourite": "favorite",
        "honour": "honor", "neighbour": "neighbor", "neighbours": "neighbors", "realise": "realize",
        "realised": "realized", "recognise": "recognize", "apologise": "apologize", "organise": "organize",
        "organised": "organized", "criticise": "criticize", "criticised": "criticized", "emphasise": "emphasize",
        "summarise": "summarize", "prioritise": "prioritize", "mum": "mom", "mums": "moms", "mummy": "mommy",
        "counselling": "counseling", "counsellor": "counselor", "programme": "program", "centre": "center",
        "practise": "practice", "practising": "practicing", "practised": "practiced", "travelling": "traveling",
        "cancelled": "canceled", "judgement": "judgment", "tiredness": "tiredness", "labour": "labor",
        "paediatric": "pediatric", "anaesthetic": "anesthetic", "defence": "defense", "licence": "license",
        "whilst": "while", "amongst": "among", "learnt": "learned", "grey": "gray", "rumour": "rumor",
        "teh": "the", "adn": "and", "waht": "what", "hwo": "how", "yuo": "you", "becuase": "because",
        "becasue": "because", "beacuse": "because", "feeel": "feel", "thier": "their", "recieve": "receive",
        "wierd": "weird", "definately": "definitely", "seperate": "separate", "untill": "until", "alot": "a lot",
        "wich": "which", "freind": "friend", "freinds": "friends", "realy": "really", "happend": "happened",
        "tommorow": "tomorrow", "tomorow": "tomorrow", "wheather": "whether", "wether": "whether",
        "sucide": "suicide", "suicidle": "suicidal", "suicidel": "suicidal", "depresion": "depression",
        "depresed": "depressed", "anxeity": "anxiety", "medecine": "medicine", "medicaton": "medication",
        "relashionship": "relationship", "relationsip": "relationship", "thearpy": "therapy", "therapey": "therapy",
        "sesion": "session", "whta": "what", "wat": "what", "hw": "how", "yor": "your", "yuor": "your", "abotu": "about",
        "feelign": "feeling", "feelin": "feeling", "thinkin": "thinking", "somethign": "something", "anythign": "anything",
        "probaly": "probably", "sleepin": "sleeping", "talkin": "talking",
        "goin": "going", "tellin": "telling", "nothin": "nothing", "y'know": "you know", "dunno": "do not know", "kinda": "kind of",
        "sorta": "sort of", "coz": "because", "cos": "because", "cuz": "because", "tho": "though", "thru": "through",
        "prioritising": "prioritizing", "recognising": "recognizing", "apologising": "apologizing",
        "realising": "realizing", "organising": "organizing", "criticising": "criticizing", "emphasising": "emphasizing",
        "summarising": "summarizing", "favour": "favor", "humour": "humor", "neighbourhood": "neighborhood",
         "honours": "honors", "paediatrician": "pediatrician", "rumours": "rumors", "fibre": "fiber",
        "metre": "meter", "theatre": "theater", "tyre": "tire", "jewellery": "jewelry", "cheque": "check", "sceptical": "skeptical",
        "fulfil": "fulfill", "enrol": "enroll", "behavioural": "behavioral", "agonising": "agonizing", "traumatised": "traumatized",
        "analyse": "analyze", "analysed": "analyzed", "grandad": "grandpa", "sessoin": "session", "frist": "first", "waht's": "what is", "hows": "how is",
        "wheres": "where is", "whos": "who is", "hes": "he is", "shes": "she is", "theres": "there is",
    ]
}

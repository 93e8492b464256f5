import Foundation

/// Example-based evidence: the labelled utterances nearest to what the trainee said.
///
/// The pattern tables recognise the phrasings someone thought of; clinicians find others. The
/// bank holds some 3,000 therapist utterances written by independent authors in different
/// styles (North American spoken, British typed, experienced IPT clinicians, trainees, second-
/// language English, clinicians from other schools) and labelled with the technique each mainly
/// does (`Data/example-bank/`). An utterance is compared with every example by the words they
/// share, weighted by how rare each word is in the bank (tf-idf cosine over content words and
/// word pairs); the `k` nearest vote with their similarity. Nothing is trained: the weights are
/// counted from the bank when it is first used, the result is deterministic and `explain` shows
/// the examples that voted.
///
/// The vote only ever adds a reading the patterns missed or ranked weakly (see
/// `RuleRecognizer.exampleEvidence`); safety and proscribed moves need a clearer vote, since a
/// false alarm there costs the trainee.
struct ExampleBank: Sendable {
    struct Example: Sendable {
        let technique: String
        let text: String
    }

    struct Neighbour: Sendable {
        let example: Int
        let similarity: Double
    }

    struct Vote: Sendable {
        /// The technique with most similarity-weighted votes ("" = the examples say: no technique).
        let technique: String
        /// Its share of all the votes (0...1).
        let share: Double
        /// Similarity of the single nearest example (0...1).
        let nearest: Double
        let neighbours: [Neighbour]
    }

    let examples: [Example]
    /// Term -> (example, weight) postings; weights are tf-idf values already divided by the example's norm.
    private let postings: [String: [(Int32, Float)]]
    private let idf: [String: Float]
    private let defaultIDF: Float

    static let shared = ExampleBank(source: source)

    init(source: String) {
        var examples: [Example] = []
        var terms: [[String]] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let text = String(line[line.index(after: tab)...])
            examples.append(Example(technique: String(line[..<tab]), text: text))
            terms.append(Self.terms(Normalizer.tokens(text)))
        }
        var df: [String: Int] = [:]
        for t in terms { for w in Set(t) { df[w, default: 0] += 1 } }
        let n = Float(examples.count)
        var idf: [String: Float] = [:]
        for (w, c) in df { idf[w] = logf((n + 1) / (Float(c) + 1)) }
        var postings: [String: [(Int32, Float)]] = [:]
        for (i, t) in terms.enumerated() {
            let unique = Set(t)
            var norm: Float = 0
            for w in unique { let x = idf[w] ?? 0; norm += x * x }
            norm = norm.squareRoot()
            guard norm > 0 else { continue }
            // Sorted so that the postings (and the float sums) are the same on every run.
            for w in unique.sorted() { postings[w, default: []].append((Int32(i), (idf[w] ?? 0) / norm)) }
        }
        self.examples = examples
        self.postings = postings
        self.idf = idf
        self.defaultIDF = logf(n + 1)
    }

    /// The `k` nearest examples' vote among those sharing at least `minShared` content words
    /// with the utterance, or nil when there are none.
    func vote(_ tokens: [String], k: Int = 5, minShared: Int = 2) -> Vote? {
        let q = Array(Set(Self.terms(tokens))).sorted()
        var weights: [Float] = []
        var norm: Float = 0
        for w in q {
            // A word the bank never saw counts towards the query's length (it makes the
            // utterance less like every example) but matches nothing.
            let x = idf[w] ?? defaultIDF
            weights.append(x)
            norm += x * x
        }
        norm = norm.squareRoot()
        guard norm > 0 else { return nil }
        var scores: [Int32: Float] = [:]
        var shared: [Int32: Int] = [:]
        for (j, w) in q.enumerated() {
            guard let list = postings[w] else { continue }
            let qw = weights[j] / norm
            let single = !w.contains("_")
            for (e, v) in list {
                scores[e, default: 0] += qw * v
                if single { shared[e, default: 0] += 1 }
            }
        }
        // An example that shares a single content word is no evidence ("Have you talked to Stan?"
        // is not like "How is it, talking to me about this?").
        let candidates = scores.filter { (shared[$0.key] ?? 0) >= minShared }
        guard !candidates.isEmpty else { return nil }
        // Highest similarity first; the earlier example wins a tie.
        let top = candidates.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(k)
        var tally: [String: Double] = [:]
        var order: [String] = []
        var total = 0.0
        for (e, s) in top {
            let t = examples[Int(e)].technique
            if tally[t] == nil { order.append(t) }
            tally[t, default: 0] += Double(s)
            total += Double(s)
        }
        guard total > 0, let best = order.max(by: { (tally[$0]!, -Double(order.firstIndex(of: $0)!)) < (tally[$1]!, -Double(order.firstIndex(of: $1)!)) }) else { return nil }
        return Vote(technique: best, share: tally[best]! / total, nearest: Double(top.first!.value),
                    neighbours: top.map { Neighbour(example: Int($0.key), similarity: Double($0.value)) })
    }

    /// Content words (light stemming) and adjacent content-word pairs.
    static func terms(_ tokens: [String]) -> [String] {
        var words: [String] = []
        words.reserveCapacity(tokens.count)
        for t in tokens where !stopwords.contains(t) {
            words.append(stem(t))
        }
        var out = words
        if words.count > 1 { for i in 1..<words.count { out.append(words[i - 1] + "_" + words[i]) } }
        return out
    }

    static func stem(_ w: String) -> String {
        guard w.utf8.count > 4 else { return w }
        for suffix in ["ing", "ed", "s"] where w.hasSuffix(suffix) { return String(w.dropLast(suffix.count)) }
        return w
    }

    /// Function words and fillers: they say how something is asked, not what it is about.
    static let stopwords: Set<String> = Set("""
        i you your yours yourself me my mine we us our the a an and or but so to of in on at for with about that this \
        these those it its is are was were be been being do does did done have has had what how when where who why which \
        would could can will shall should may might must just really very kind sort bit little um uh erm er like know \
        mean okay ok well then there here if as by from not no yes up out into over than too also any some all more most \
        one two get got go going say said tell think thing things something anything lot now
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}

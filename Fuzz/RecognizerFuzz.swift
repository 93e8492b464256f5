// libFuzzer target: the standard recognizer over arbitrary text, with a small case context.
// Compiled by scripts/fuzz.sh into one module together with Sources/IPTSimCore.

let fuzzContext = RecognitionContext(
    people: [PersonReference(id: "abena", name: "Abena", relation: "wife", deceased: true, aliases: ["my wife", "Ab"], pronoun: "she"),
             PersonReference(id: "kofi", name: "Kofi Mensah", relation: "son", aliases: ["the boy"], pronoun: "he")],
    concepts: [Concept(id: "choir", phrases: ["choir", "singing", "the choir"])],
    lexicon: [LexiconEntry(technique: "exploration", patterns: ["go on", "and then"])],
    recentPeople: ["abena"], patientName: "Daniel Mensah")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecognizer(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = start.map { UnsafeRawBufferPointer(start: $0, count: count) } ?? UnsafeRawBufferPointer(start: nil, count: 0)
    let text = String(decoding: bytes, as: UTF8.self)
    let iv = Recognizers.standard.recognize(text, context: fuzzContext)
    if iv.techniques.count != iv.scores.count { fatalError("techniques and scores differ in length") }
    if iv.scores.contains(where: { !($0 >= 0 && $0 <= 1) }) { fatalError("score outside 0…1: \(iv.scores)") }
    _ = Normalizer.tokens(text)
    return 0
}

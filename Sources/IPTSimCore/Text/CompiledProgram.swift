/// A `Program` as the matcher reads it: states, word keys, words, concept names and entry states
/// in one allocation owned by one object. A pattern copied or read in the hot loop retains one
/// object, not five arrays, and the tables of one pattern sit together in memory.
final class CompiledProgram: @unchecked Sendable {
    // (Unchecked: the memory is written only in `init` and never after, so sharing it is safe.)
    let stateCount: Int
    let wordCount: Int
    let conceptCount: Int
    let entryCount: Int
    let entryAccepts: Bool
    let entryMask: UInt64
    let states: UnsafeMutablePointer<TextPattern.Program.State>
    let keys: UnsafeMutablePointer<WordKey>
    let words: UnsafeMutablePointer<String>
    let concepts: UnsafeMutablePointer<String>
    let entry: UnsafeMutablePointer<Int32>
    private let block: UnsafeMutableRawPointer

    init(_ p: TextPattern.Program) {
        stateCount = p.states.count
        wordCount = p.words.count
        conceptCount = p.concepts.count
        entryCount = p.entry.count
        entryAccepts = p.entryAccepts
        entryMask = p.entryMask
        // Layout: states, keys, words, concepts (8-byte aligned strides), then the Int32 entries.
        let sStates = MemoryLayout<TextPattern.Program.State>.stride * stateCount
        let sKeys = MemoryLayout<WordKey>.stride * wordCount
        let sWords = MemoryLayout<String>.stride * wordCount
        let sConcepts = MemoryLayout<String>.stride * conceptCount
        let sEntry = MemoryLayout<Int32>.stride * entryCount
        let align = max(MemoryLayout<TextPattern.Program.State>.alignment, MemoryLayout<WordKey>.alignment, MemoryLayout<String>.alignment, 8)
        func round(_ x: Int) -> Int { (x + align - 1) / align * align }
        let oKeys = round(sStates), oWords = oKeys + round(sKeys), oConcepts = oWords + round(sWords), oEntry = oConcepts + round(sConcepts)
        block = UnsafeMutableRawPointer.allocate(byteCount: max(1, oEntry + sEntry), alignment: align)
        states = (block).bindMemory(to: TextPattern.Program.State.self, capacity: stateCount)
        keys = (block + oKeys).bindMemory(to: WordKey.self, capacity: wordCount)
        words = (block + oWords).bindMemory(to: String.self, capacity: wordCount)
        concepts = (block + oConcepts).bindMemory(to: String.self, capacity: conceptCount)
        entry = (block + oEntry).bindMemory(to: Int32.self, capacity: entryCount)
        p.states.withUnsafeBufferPointer { if let b = $0.baseAddress { states.initialize(from: b, count: stateCount) } }
        p.keys.withUnsafeBufferPointer { if let b = $0.baseAddress { keys.initialize(from: b, count: wordCount) } }
        p.words.withUnsafeBufferPointer { if let b = $0.baseAddress { words.initialize(from: b, count: wordCount) } }
        p.concepts.withUnsafeBufferPointer { if let b = $0.baseAddress { concepts.initialize(from: b, count: conceptCount) } }
        p.entry.withUnsafeBufferPointer { if let b = $0.baseAddress { entry.initialize(from: b, count: entryCount) } }
    }

    deinit {
        words.deinitialize(count: wordCount)
        concepts.deinitialize(count: conceptCount)
        block.deallocate()
    }

    /// Whether one of the entry states can consume the token (concepts and gaps: assumed yes).
    @inline(__always)
    func canEnter(_ key: WordKey, _ token: String) -> Bool {
        let sig = key.signature
        for e in 0..<entryCount {
            let st = states[Int(entry[e])]
            switch st.op {
            case .word: if sig & st.mask != 0 && WordKey.equal(key, keys[Int(st.arg)], token, words[Int(st.arg)]) { return true }
            case .prefix: if WordKey.hasPrefix(key, keys[Int(st.arg)], token, words[Int(st.arg)]) { return true }
            case .words:
                guard sig & st.mask != 0 else { continue }
                for k in Int(st.arg)..<Int(st.arg + st.alt) where WordKey.equal(key, keys[k], token, words[k]) { return true }
            default: return true
            }
        }
        return false
    }
}

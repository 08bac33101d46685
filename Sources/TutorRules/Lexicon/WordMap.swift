// Sets of words and maps from words, hashed with FNV-1a instead of Swift's seeded SipHash.

/// The slots of an open-addressed hash table over words: which entry a word is, if any.
///
/// The analyser looks words up in sets and maps tens of times per word of every utterance;
/// with Swift's `Set<String>` and `Dictionary`, hashing (SipHash, seeded per process) was the
/// largest single cost of analysis. FNV-1a over a word's few bytes is several times cheaper,
/// and the word itself is compared on a hit, so answers are exact.
struct WordIndex: Sendable {
    /// A slot of the table: the entry's hash, and its index + 1 (0: empty). Together in one
    /// array, so a probe reads one cache line, not one in each of two arrays (the probes of
    /// the large sets are cache misses, most of a lookup's time).
    private struct Slot: Sendable {
        var hash: UInt64 = 0
        var entry: Int32 = 0
    }
    private var slots: [Slot]
    private(set) var words: [String] = []
    /// Each word's hash, in the order of `words`: a walk over the words needs no walk over the
    /// slots (most of them empty) and no hashing.
    private var hashes: [UInt64] = []
    /// A bit for each word's hash (its top seven bits): two sets whose bits do not meet share
    /// no word, known without a lookup (`WordSet.sharesAWord(with:)`).
    private(set) var signature: (low: UInt64, high: UInt64) = (0, 0)

    init(minimumCapacity: Int = 0) {
        var capacity = 8
        while capacity < minimumCapacity * 2 { capacity *= 2 }
        slots = [Slot](repeating: Slot(), count: capacity)
        words.reserveCapacity(minimumCapacity)
        hashes.reserveCapacity(minimumCapacity)
    }

    var count: Int { words.count }

    /// The entry of `word`, or nil.
    func find(_ word: String) -> Int? { find(word, hash: HashedWordTable.hash(word)) }

    /// The entry of `word`, whose `HashedWordTable.hash` is `hash`, or nil.
    func find(_ word: String, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = slots[slot]
            if found.entry == 0 { return nil }
            if found.hash == hash, words[Int(found.entry) - 1] == word { return Int(found.entry) - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// The entry of `word`, added if it is new.
    mutating func insert(_ word: String) -> (entry: Int, isNew: Bool) {
        insert(word, hash: HashedWordTable.hash(word))
    }

    /// The same, for a word whose `HashedWordTable.hash` is `hash`, hashed once by the caller.
    mutating func insert(_ word: String, hash: UInt64) -> (entry: Int, isNew: Bool) {
        if let entry = find(word, hash: hash) { return (entry, false) }
        if (words.count + 1) * 2 > slots.count { grow() }
        words.append(word)
        hashes.append(hash)
        let bit = hash >> 57
        if bit < 64 { signature.low |= 1 << bit } else { signature.high |= 1 << (bit - 64) }
        place(hash, entry: words.count - 1)
        return (words.count - 1, true)
    }

    /// Whether the two tables' signatures meet: false when they surely share no word.
    func mayShareAWord(with other: WordIndex) -> Bool {
        signature.low & other.signature.low != 0 || signature.high & other.signature.high != 0
    }

    /// Whether some word of this table is in `other`, looked up by the hashes this one keeps.
    func sharesAWord(with other: WordIndex) -> Bool {
        for entry in words.indices where other.find(words[entry], hash: hashes[entry]) != nil { return true }
        return false
    }

    private mutating func place(_ hash: UInt64, entry: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].entry != 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(hash: hash, entry: Int32(entry + 1))
    }

    private mutating func grow() {
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        for (entry, hash) in hashes.enumerated() { place(hash, entry: entry) }
    }
}

/// A set of words (see `WordIndex`), in the order they were added.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private var index: WordIndex

    init(minimumCapacity: Int = 0) { index = WordIndex(minimumCapacity: minimumCapacity) }

    init(_ words: some Sequence<String>) {
        index = WordIndex(minimumCapacity: words.underestimatedCount)
        for word in words { _ = index.insert(word) }
    }

    init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ word: String) -> Bool { index.find(word) != nil }

    /// Whether the set holds a word whose `HashedWordTable.hash` the caller has.
    func contains(_ word: String, hash: UInt64) -> Bool { index.find(word, hash: hash) != nil }

    /// Whether the set holds the token's lower case, looked up by the hash the token keeps
    /// (matchers ask this of many tokens; hashing the word again was a tenth of `check`).
    func contains(_ token: Token) -> Bool { index.find(token.lower, hash: token.lowerHash) != nil }

    /// Whether the two sets share a word, looking up the smaller set's words in the larger by
    /// the hashes the smaller keeps.
    func sharesAWord(with other: WordSet) -> Bool {
        // Most sets a phrase rule asks about share no word with the utterance: their
        // signatures say so at once.
        guard index.mayShareAWord(with: other.index) else { return false }
        // Two branches, not a (small, large) pair: copying the sets into one retained their
        // arrays, most of the cost for the phrase rules that ask this of every utterance.
        if count <= other.count { return index.sharesAWord(with: other.index) }
        return other.index.sharesAWord(with: index)
    }

    mutating func insert(_ word: String) { _ = index.insert(word) }

    /// Adds a word whose `HashedWordTable.hash` the caller has (and needs for another table).
    mutating func insert(_ word: String, hash: UInt64) { _ = index.insert(word, hash: hash) }

    var count: Int { index.count }
    var isEmpty: Bool { index.count == 0 }

    func makeIterator() -> IndexingIterator<[String]> { index.words.makeIterator() }
}

/// A map from words to values (see `WordIndex`). A literal `["is": "are"]` makes one: the
/// matchers' small tables are these rather than Dictionaries, whose seeded SipHash of every
/// word looked up cost more than the rest of the lookup.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var index: WordIndex
    private var values: [Value] = []

    init(minimumCapacity: Int = 0) { index = WordIndex(minimumCapacity: minimumCapacity) }

    init(dictionaryLiteral entries: (String, Value)...) {
        self.init(minimumCapacity: entries.count)
        for (word, value) in entries { set(word, to: value) }
    }

    var count: Int { index.count }

    /// The words, in the order they were added.
    var keys: [String] { index.words }

    /// The value for `word`; setting nil is not supported (nothing is ever removed).
    subscript(word: String) -> Value? {
        guard let entry = index.find(word) else { return nil }
        return values[entry]
    }

    /// The value for a word whose `HashedWordTable.hash` the caller has.
    subscript(word: String, hash hash: UInt64) -> Value? {
        guard let entry = index.find(word, hash: hash) else { return nil }
        return values[entry]
    }

    /// The value for the token's lower case, looked up by the hash the token keeps.
    subscript(token: Token) -> Value? {
        guard let entry = index.find(token.lower, hash: token.lowerHash) else { return nil }
        return values[entry]
    }

    /// Every word with its value, in the order they were added.
    var entries: Zip2Sequence<[String], [Value]> { zip(index.words, values) }

    /// Sets the value for `word`, replacing any.
    mutating func set(_ word: String, to value: Value) {
        let (entry, isNew) = index.insert(word)
        if isNew { values.append(value) } else { values[entry] = value }
    }

    /// Sets the value for a word whose `HashedWordTable.hash` the caller has.
    mutating func set(_ word: String, hash: UInt64, to value: Value) {
        let (entry, isNew) = index.insert(word, hash: hash)
        if isNew { values.append(value) } else { values[entry] = value }
    }

    /// Changes the value for `word` in place, starting from `initial` when there is none.
    mutating func update(
        _ word: String, startingWith initial: @autoclosure () -> Value, _ change: (inout Value) -> Void
    ) {
        let (entry, isNew) = index.insert(word)
        if isNew { values.append(initial()) }
        change(&values[entry])
    }
}

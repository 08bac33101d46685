// How often words and pairs of words occur (Resources/lexicon/ngrams.bin).

import Foundation

/// Counts of English words and word pairs (Google Books, via SymSpell; see
/// scripts/gen-ngrams.py), as log10 × 100, and a small language model over them: how likely
/// a word is between two neighbours. Pairs rarer than about 6.4 million uses are not listed.
struct NGramTable: Sendable {
    private let keys: [UInt64]
    private let values: [UInt16]
    private let mask: Int

    /// log10 × 100 of the corpus size (5.4 × 10¹¹ words): a word's count over it is its
    /// probability.
    static let corpusSize = 1_173
    /// log10 × 100 of the weight of a fallback to a word's own count when a pair is not
    /// listed ("stupid backoff": 0.4).
    static let backoff = -40
    /// log10 × 100 of the fewest uses a listed pair has (6.4 million): an unlisted pair is
    /// rarer, so its estimate is capped at half of that.
    static let unlistedPairCeiling = 681 - 30

    init() {
        keys = [Self.empty]
        values = [0]
        mask = 0
    }

    /// Reads the table; nil entries when the file is missing would hide a broken install, so
    /// a missing or malformed file is an error.
    init(contentsOf url: URL) throws(RuleDataError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw RuleDataError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        guard data.count >= 8, data.prefix(4) == Data("CTNG".utf8) else {
            throw RuleDataError.malformed(file: url.lastPathComponent, detail: "not an n-gram table (regenerate it with scripts/gen-ngrams.py)")
        }
        let count = Int(data.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: 4, as: UInt32.self)) })
        guard data.count == 8 + count * 10 else {
            throw RuleDataError.malformed(file: url.lastPathComponent, detail: "\(data.count) bytes for \(count) entries")
        }
        // An open-addressed table at most half full: a lookup touches one or two slots, where
        // a binary search over the sorted file would touch twenty, far apart.
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: Self.empty, count: capacity)
        var values = [UInt16](repeating: 0, count: capacity)
        let mask = capacity - 1
        data.withUnsafeBytes { raw in
            for index in 0..<count {
                let key = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 + index * 8, as: UInt64.self))
                var slot = Int(truncatingIfNeeded: key) & mask
                while keys[slot] != Self.empty { slot = (slot + 1) & mask }
                keys[slot] = key
                values[slot] = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 8 + count * 8 + index * 2, as: UInt16.self))
            }
        }
        self.keys = keys
        self.values = values
        self.mask = mask
    }

    /// The mark of an empty slot: no word's hash (the generator checks its keys are unique,
    /// and FNV-1a of a word is never all ones in practice; a word that hashed to it would only
    /// go unfound).
    private static let empty = UInt64.max

    /// log10 × 100 of how often the word occurs; nil when it is not listed.
    func count(_ word: String) -> Int? { lookup(Self.hash(word)) }

    /// log10 × 100 of how often the pair occurs; nil when it is not listed (rarer than
    /// about 6.4 million uses, or never seen).
    func count(_ first: String, _ second: String) -> Int? { lookup(Self.hash(first, second)) }

    /// log10 × 100 of how often the word made of `first` and `second` written together
    /// occurs ("out" + "side"); nil when it is not listed. Builds no string.
    func count(joining first: String, _ second: String) -> Int? {
        lookup(Self.hash(joining: first, second))
    }

    /// The hash of the two words written together, as `hash(first + second)`.
    static func hash(joining first: String, _ second: String) -> UInt64 {
        fnv(second.utf8, continuing: fnv(first.utf8))
    }

    /// log10 × 100 of the probability of `second` after `first`, backing off to the word's
    /// own probability when the pair is not listed. `first` nil is a sentence boundary.
    func logProbability(of second: String, after first: String?, secondCount: Int) -> Int {
        guard let first, let firstCount = count(first) else { return secondCount - Self.corpusSize }
        if let pair = count(first, second) { return pair - firstCount }
        return min(secondCount - Self.corpusSize + Self.backoff, Self.unlistedPairCeiling - firstCount)
    }

    /// How well `word` fits between its neighbours (nil: the sentence's edge), as log10 ×
    /// 100 of P(word | previous) × P(next | word). `wordCount` stands in for words the table
    /// does not list.
    func fit(of word: String, between previous: String?, and next: String?, wordCount fallback: Int) -> Int {
        let wordCount = count(word) ?? fallback
        var score = logProbability(of: word, after: previous, secondCount: wordCount)
        if let next, let nextCount = count(next) {
            if let pair = count(word, next) {
                score += pair - wordCount
            } else {
                score += min(nextCount - Self.corpusSize + Self.backoff, Self.unlistedPairCeiling - wordCount)
            }
        }
        return score
    }

    private func lookup(_ key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = keys[slot]
            if found == key { return Int(values[slot]) }
            if found == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// 64-bit FNV-1a of the UTF-8 of the words joined by a space (as the generator does).
    static func hash(_ words: String...) -> UInt64 {
        var value = fnvOffset
        for (index, word) in words.enumerated() {
            if index > 0 { value = fnv(" ".utf8, continuing: value) }
            value = fnv(word.utf8, continuing: value)
        }
        return value
    }

    private static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325

    /// FNV-1a over `bytes`, starting from `value` (the offset basis for a new hash).
    private static func fnv(_ bytes: String.UTF8View, continuing value: UInt64 = fnvOffset) -> UInt64 {
        var value = value
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return value
    }
}

// How often words and pairs of words occur (Resources/lexicon/ngrams.bin).

import Foundation

/// Counts of English words and word pairs (Google Books, via SymSpell; see
/// scripts/gen-ngrams.py), as log10 × 100, and a small language model over them: how likely
/// a word is between two neighbours. Pairs rarer than about 6.4 million uses are not listed.
struct NGramTable: Sendable {
    private let table: HashedWordTable

    /// log10 × 100 of the corpus size (5.4 × 10¹¹ words): a word's count over it is its
    /// probability.
    static let corpusSize = 1_173
    /// log10 × 100 of the weight of a fallback to a word's own count when a pair is not
    /// listed ("stupid backoff": 0.4).
    static let backoff = -40
    /// log10 × 100 of the fewest uses a listed pair has (6.4 million): an unlisted pair is
    /// rarer, so its estimate is capped at half of that.
    static let unlistedPairCeiling = 681 - 30

    init() { table = HashedWordTable() }

    /// Maps the table; a missing or malformed file is an error (nil entries would hide a
    /// broken install).
    init(contentsOf url: URL) throws(RuleDataError) {
        table = try HashedWordTable(contentsOf: url, magic: "CTNG")
    }

    /// log10 × 100 of how often the word occurs; nil when it is not listed.
    func count(_ word: String) -> Int? { lookup(HashedWordTable.hash(word)) }

    /// log10 × 100 of how often the pair occurs; nil when it is not listed (rarer than
    /// about 6.4 million uses, or never seen).
    func count(_ first: String, _ second: String) -> Int? { lookup(HashedWordTable.hash(first, second)) }

    /// log10 × 100 of how often the word made of `first` and `second` written together
    /// occurs ("out" + "side"); nil when it is not listed. Builds no string.
    func count(joining first: String, _ second: String) -> Int? {
        lookup(HashedWordTable.hash(joining: first, second))
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
        fit(
            of: word, count: count(word) ?? fallback, after: previous, counted: previous.flatMap { count($0) },
            before: next, counted: next.flatMap { count($0) })
    }

    /// The same fit for a caller that weighs many words between the same neighbours: the
    /// word's count and the neighbours' (`count(_:)`; nil for one that is not listed) are
    /// given, so only the two pairs are looked up.
    func fit(
        of word: String, count wordCount: Int, after previous: String?, counted previousCount: Int?,
        before next: String?, counted nextCount: Int?
    ) -> Int {
        var score = wordCount - Self.corpusSize
        if let previous, let previousCount {
            if let pair = count(previous, word) {
                score = pair - previousCount
            } else {
                score = min(wordCount - Self.corpusSize + Self.backoff, Self.unlistedPairCeiling - previousCount)
            }
        }
        if let next, let nextCount {
            if let pair = count(word, next) {
                score += pair - wordCount
            } else {
                score += min(nextCount - Self.corpusSize + Self.backoff, Self.unlistedPairCeiling - wordCount)
            }
        }
        return score
    }

    private func lookup(_ key: UInt64) -> Int? { table.value(forKey: key).map(Int.init) }
}

// A rule's answer about a word by the word alone, worked out once and kept for later utterances.

import Synchronization

/// What a rule works out from a word alone (its lexicon entries, its word lists, its word-pair
/// counts), kept for every later utterance, up to a bound (emptied when it holds `capacity`
/// words). Rules that weigh every word of every utterance ask several mapped tables about each
/// (each lookup a likely cache miss); kept, the answer is one lookup in a small table.
///
/// How a rule uses it: the matcher holds one as a stored property, so that each analyser has
/// its own (`let nounGate = WordMemo<Bool>()`), and for a token of the context asks
///
///     if let known = nounGate.kept(token, in: context) { return known }
///     return nounGate.keep(mayNeedArticle(token.lower), for: token, in: context)
///
/// The answer kept must depend on the lower-case word alone: not on the token's neighbours,
/// its capitals or its place (check those outside it). No closure: one that captured the
/// context copied it, a dozen retains and releases a call. A lock guards the table: one
/// analyser serves every task.
final class WordMemo<Value: Sendable>: Sendable {
    let capacity: Int
    private let entries: Mutex<WordMap<Value>>

    init(capacity: Int = 10_000) {
        self.capacity = capacity
        entries = Mutex(WordMap())
    }

    /// How many words it holds.
    var count: Int { entries.withLock { $0.count } }

    /// The answer kept for the token's lower-case word; nil when none is kept yet.
    func kept(_ token: Token, in context: AnalysisContext) -> Value? {
        kept(token.lower, hash: context.hash(of: token))
    }

    /// Keeps `value` as the answer for the token's lower-case word, and returns it.
    @discardableResult
    func keep(_ value: Value, for token: Token, in context: AnalysisContext) -> Value {
        keep(value, for: token.lower, hash: context.hash(of: token))
    }

    /// The answer kept for a word whose `HashedWordTable.hash` is `hash`.
    func kept(_ word: String, hash: UInt64) -> Value? {
        entries.withLock { $0[word, hash: hash] }
    }

    /// Keeps `value` for a word whose `HashedWordTable.hash` is `hash`, and returns it.
    @discardableResult
    func keep(_ value: Value, for word: String, hash: UInt64) -> Value {
        entries.withLock { entries in
            if entries.count >= capacity { entries = WordMap() }
            entries.set(word, hash: hash, to: value)
        }
        return value
    }
}

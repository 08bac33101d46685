// A rule's answer about a word by the word alone, worked out once and kept for later utterances.

import Synchronization

/// What a rule works out from a word alone (its lexicon entries, its word lists, its word-pair
/// counts), kept for every later utterance, up to a bound (emptied when it holds `capacity`
/// words). Rules that weigh every word of every utterance ask several mapped tables about each
/// (each lookup a likely cache miss); kept, the answer is one read of one slot.
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
    private let table: Mutex<Table>

    init(capacity: Int = 10_000) {
        self.capacity = capacity
        table = Mutex(Table())
    }

    /// How many words it holds.
    var count: Int { table.withLock { $0.count } }

    /// The answer kept for the token's lower-case word; nil when none is kept yet.
    func kept(_ token: Token, in context: AnalysisContext) -> Value? {
        kept(token.lower, hash: token.lowerHash)
    }

    /// Keeps `value` as the answer for the token's lower-case word, and returns it.
    @discardableResult
    func keep(_ value: Value, for token: Token, in context: AnalysisContext) -> Value {
        keep(value, for: token.lower, hash: token.lowerHash)
    }

    /// The answer kept for a word whose `HashedWordTable.hash` is `hash`.
    func kept(_ word: String, hash: UInt64) -> Value? {
        table.withLock { $0.value(word, hash: hash) }
    }

    /// Keeps `value` for a word whose `HashedWordTable.hash` is `hash`, and returns it.
    @discardableResult
    func keep(_ value: Value, for word: String, hash: UInt64) -> Value {
        table.withLock { table in
            if table.count >= capacity { table = Table() }
            table.set(word, hash: hash, to: value)
        }
        return value
    }

    /// An open-addressed table whose slots hold the hash, the word and the answer together, so
    /// a lookup reads one slot (a `WordMap` reads its slot, then the word and the value from
    /// two other arrays: three cache misses where this has one).
    private struct Table {
        struct Slot {
            var hash: UInt64
            var word: String
            var value: Value
        }
        private var slots = [Slot?](repeating: nil, count: 64)
        private(set) var count = 0

        func value(_ word: String, hash: UInt64) -> Value? {
            slots.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                var index = Int(truncatingIfNeeded: hash) & mask
                while let slot = slots[index] {
                    if slot.hash == hash, slot.word == word { return slot.value }
                    index = (index + 1) & mask
                }
                return nil
            }
        }

        mutating func set(_ word: String, hash: UInt64, to value: Value) {
            let mask = slots.count - 1
            var index = Int(truncatingIfNeeded: hash) & mask
            while let slot = slots[index] {
                if slot.hash == hash, slot.word == word {
                    slots[index]?.value = value
                    return
                }
                index = (index + 1) & mask
            }
            slots[index] = Slot(hash: hash, word: word, value: value)
            count += 1
            if count * 2 > slots.count { grow() }
        }

        private mutating func grow() {
            let old = slots
            slots = [Slot?](repeating: nil, count: old.count * 2)
            let mask = slots.count - 1
            for case let slot? in old {
                var index = Int(truncatingIfNeeded: slot.hash) & mask
                while slots[index] != nil { index = (index + 1) & mask }
                slots[index] = slot
            }
        }
    }
}

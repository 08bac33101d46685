// What each word adds to the tagger's scores, summed once per word and kept, up to a bound.

import Synchronization

/// A word as the tagger reads it: its form, and what it adds to the scores of the word it
/// stands in each `TaggerFeatures.Role` to (its own, its neighbours'), one score a tag. All
/// but four of the untagged features read one word only, so a word's share of them is the
/// same in every sentence: tagging adds up five rows instead of looking up 25 features, which
/// were most of its time (each lookup is a cache miss in a table larger than the caches).
final class TaggerWord: Sendable {
    let form: TaggerWordForm
    /// `TaggerFeatures.Role.allCases.count` rows of one score a tag, by role.
    let scores: [Int32]
    /// Its tag when it is a frequent word seen with one tag only (the tag dictionary's).
    let dictionaryTag: UInt8?

    init(form: TaggerWordForm, dictionaryTag: UInt8?, features: TaggerFeatures, weights: FeatureWeights) {
        self.form = form
        self.dictionaryTag = dictionaryTag
        let tagCount = weights.tagCount
        var scores = [Int32](repeating: 0, count: TaggerFeatures.Role.allCases.count * tagCount)
        // The features of every role, looked up together (`FeatureWeights.add(_:rows:to:)`).
        var keys: [UInt64] = []
        var rows: [Int32] = []
        keys.reserveCapacity(32)
        rows.reserveCapacity(32)
        for role in TaggerFeatures.Role.allCases {
            features.forEach(role, of: form) {
                keys.append($0)
                rows.append(Int32(role.rawValue))
            }
        }
        scores.withUnsafeMutableBufferPointer { scores in
            guard let base = scores.baseAddress else { return }
            keys.withUnsafeBufferPointer { keys in
                rows.withUnsafeBufferPointer { rows in weights.add(keys, rows: rows, to: base) }
            }
        }
        self.scores = scores
    }
}

/// The words tagged so far, by their text; emptied when it holds `capacity` (a few MB), so
/// it stays bounded whatever text comes in. Shared by every task that tags: a lock guards it,
/// taken once to look up a sentence's words and once to add the new ones. A `WordMap` (FNV-1a)
/// rather than a Dictionary, whose seeded SipHash of every word was a few per cent of tagging.
final class TaggerWordCache: Sendable {
    let capacity: Int
    private let entries: Mutex<WordMap<TaggerWord>>

    init(capacity: Int = 10_000) {
        self.capacity = capacity
        entries = Mutex(WordMap(minimumCapacity: capacity))
    }

    /// How many words it holds.
    var count: Int { entries.withLock { $0.count } }

    /// `words(_:making:)` between `before` and `after` (the padding markers), in one array.
    /// When every word is kept (most sentences), that array is filled under the lock, with
    /// no array of optionals to unwrap and none to concatenate.
    func words(
        _ texts: [String], between before: [TaggerWord], and after: [TaggerWord], making: (String) -> TaggerWord
    ) -> [TaggerWord] {
        let kept = entries.withLock { entries -> [TaggerWord]? in
            var words: [TaggerWord] = []
            words.reserveCapacity(before.count + texts.count + after.count)
            words.append(contentsOf: before)
            for text in texts {
                guard let word = entries[text] else { return nil }
                words.append(word)
            }
            words.append(contentsOf: after)
            return words
        }
        return kept ?? before + words(texts, making: making) + after
    }

    /// The words of `texts`, in order, each made by `making` when it is not kept yet.
    func words(_ texts: [String], making: (String) -> TaggerWord) -> [TaggerWord] {
        let known = entries.withLock { entries in texts.map { entries[$0] } }
        guard known.contains(where: { $0 == nil }) else { return known.compactMap { $0 } }
        var made = WordMap<TaggerWord>()
        let words = zip(texts, known).map { text, known -> TaggerWord in
            if let known { return known }
            if let again = made[text] { return again }
            let word = making(text)
            made.set(text, to: word)
            return word
        }
        entries.withLock { entries in
            if entries.count + made.count > capacity { entries = WordMap(minimumCapacity: capacity) }
            for (text, word) in made.entries where entries[text] == nil { entries.set(text, to: word) }
        }
        return words
    }
}

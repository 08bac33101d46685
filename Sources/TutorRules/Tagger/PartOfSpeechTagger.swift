// Penn part-of-speech tags for the words of an utterance: an averaged perceptron over mapped weights.

import Foundation
import TutorCore

/// A word of an utterance with its Penn tag (NN, VBD, PRP$, ...). Words are the treebank's:
/// "don't" is "do" + "n't", "dont" is "do" + "nt", "well-known" is "well" + "-" + "known".
public struct TaggedWord: Sendable, Hashable {
    /// The word as written.
    public var text: String
    /// Its Penn tag (see Resources/tagger/tags.txt).
    public var tag: String
    /// The index of the analyser's token the word is part of.
    public var tokenIndex: Int
}

/// Tags words with their parts of speech (Penn XPOS), trained on the English Web Treebank by
/// scripts/train-tagger.py: an averaged perceptron, greedy left to right, each word's tag
/// chosen from its own letters, its neighbours and the two tags before it.
///
/// The weights are a mapped file, so loading costs a few milliseconds; tagging needs no
/// locks, so one tagger serves every task. The training script's Python tagger gives the same
/// tags for the same words (a test compares them on dev sentences). A class: every
/// utterance's `SentenceStructure` refers to the one loaded rather than copying its fields.
public final class PartOfSpeechTagger: Sendable {
    /// The tags, in the model's index order.
    let tags: [String]
    private let weights: FeatureWeights
    private let features: TaggerFeatures
    /// Frequent words seen with one tag only: tagged without the model.
    private let dictionary: WordMap<UInt8>
    private let splitter: TreebankWordSplitter
    /// The tags of what the model does not tag: Hangul (a foreign word), emoji and emoticons,
    /// and web and email addresses (the treebank's ADD).
    private let foreignTag: UInt8, symbolTag: UInt8, addressTag: UInt8
    /// The words seen so far with their share of the scores, and the padding markers'.
    private let cache = TaggerWordCache()
    private let before: [TaggerWord], after: [TaggerWord]
    /// For each pair of the two tags before a word (`previous * tagNameCount +
    /// beforePrevious`), the sum of their three features: one row of one score a tag.
    private let tagPairScores: [Int32]

    /// Loads the tagger from `directory` (by default the bundle's Resources/tagger).
    public static func load(from directory: URL? = nil) throws(RuleDataError) -> PartOfSpeechTagger {
        let directory =
            directory ?? Bundle.module.bundleURL.appendingPathComponent("Resources").appendingPathComponent("tagger")
        return try PartOfSpeechTagger(directory: directory)
    }

    private init(directory: URL) throws(RuleDataError) {
        tags = try DataFile.lines(directory.appendingPathComponent("tags.txt"))
        let weights = try FeatureWeights(contentsOf: directory.appendingPathComponent("tagger.bin"))
        self.weights = weights
        guard weights.tagCount == tags.count, tags.count < 255 else {
            throw RuleDataError.malformed(
                file: "tagger.bin", detail: "it has \(weights.tagCount) tags and tags.txt \(tags.count)")
        }
        var index = WordMap<UInt8>()
        for (position, tag) in tags.enumerated() { index.set(tag, to: UInt8(position)) }
        var dictionary = WordMap<UInt8>()
        var failure: RuleDataError?
        try DataFile.forEachRow(directory.appendingPathComponent("tag-dictionary.tsv"), columns: 2) { row in
            guard let tag = index[row[1]] else {
                failure = .malformed(file: "tag-dictionary.tsv", detail: "unknown tag \(row[1])")
                return
            }
            dictionary.set(row[0], to: tag)
        }
        if let failure { throw failure }
        guard let foreignTag = index["FW"], let symbolTag = index["NFP"], let addressTag = index["ADD"] else {
            throw RuleDataError.malformed(file: "tags.txt", detail: "FW, NFP or ADD is missing")
        }
        self.dictionary = dictionary
        self.foreignTag = foreignTag
        self.symbolTag = symbolTag
        self.addressTag = addressTag
        let features = TaggerFeatures(
            tags: tags,
            lexiconClasses: try HashedWordTable(
                contentsOf: directory.appendingPathComponent("lexicon-classes.bin"), magic: "CTLC"),
            treebankClasses: try HashedWordTable(
                contentsOf: directory.appendingPathComponent("treebank-classes.bin"), magic: "CTTC"))
        self.features = features
        before = TaggerFeatures.beforeForms.map {
            TaggerWord(form: $0, dictionaryTag: nil, features: features, weights: weights)
        }
        after = TaggerFeatures.afterForms.map {
            TaggerWord(form: $0, dictionaryTag: nil, features: features, weights: weights)
        }
        let (names, tagCount) = (features.tagNameCount, tags.count)
        var tagPairScores = [Int32](repeating: 0, count: names * names * tagCount)
        tagPairScores.withUnsafeMutableBufferPointer { scores in
            guard let base = scores.baseAddress else { return }
            for previous in 0..<names {
                for beforePrevious in 0..<names {
                    let row = base + (previous * names + beforePrevious) * tagCount
                    features.forEachTagPair(previous: previous, beforePrevious: beforePrevious) {
                        weights.add($0, to: row)
                    }
                }
            }
        }
        self.tagPairScores = tagPairScores
        // The precompute read most of tagger.bin after its load gave the pages back: give them
        // back again, so that only the pages tagging looks up stay resident (issue 17: RSS).
        weights.releasePages()
        splitter = try TreebankWordSplitter(contentsOf: directory.appendingPathComponent("contractions.tsv"))
    }

    /// The words of `text` (split as the analyser's tokenizer does, then as the treebank
    /// does) with their tags.
    public func tagged(_ text: String) -> [TaggedWord] {
        tagged(Tokenizer.tokenize(text))
    }

    /// The words of the tokens with their tags.
    func tagged(_ tokens: [Token]) -> [TaggedWord] {
        let words = splitter.words(of: tokens)
        let fixed = words.map { word -> UInt8? in
            switch word.kind {
            case .hangul: foreignTag
            case .symbol: symbolTag
            case .address: addressTag
            case .word: nil
            }
        }
        let found = tagIndices(words.map(\.text), fixed: fixed)
        return zip(words, found).map { TaggedWord(text: $0.text, tag: tags[Int($1)], tokenIndex: $0.tokenIndex) }
    }

    /// The tag the tagger gives the token whatever its neighbours, without tagging: a word it
    /// tags from its tag dictionary ("the", "and", ","), or Hangul; nil when the model would
    /// choose (or the token is split into words: only the plain one-word case is answered).
    /// A rule may skip an utterance whose tags could not satisfy it before asking for them.
    func certainTag(of token: Token) -> String? {
        switch token.kind {
        case .hangul, .address, .other: return nil
        case .word, .number, .punctuation:
            guard !token.text.containsByte(where: { $0 >= 0x80 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") }),
                token.kind != .word || splitter.isOneWord(token),
                let tag = dictionary[token.text]
            else { return nil }
            return tags[Int(tag)]
        }
    }

    /// The tags of words already split as the treebank splits them.
    func tag(_ words: [String]) -> [String] {
        tagIndices(words, fixed: words.map { _ in nil }).map { tags[Int($0)] }
    }

    /// A word's form and its share of the scores, worked out anew.
    func word(_ text: String) -> TaggerWord {
        TaggerWord(form: features.form(of: text), dictionaryTag: dictionary[text], features: features, weights: weights)
    }

    /// Greedy left to right: each word's tag is the dictionary's, the fixed one, or the best
    /// scored given the two tags chosen before it (ties: the first tag). A word's score is
    /// the rows its own form and its four neighbours' give it (`TaggerWord`), the features
    /// that read two words, and those of the tags before it.
    ///
    /// The features that read two words do not depend on the tags, so they are looked up for
    /// every scored word of the sentence at once, and a word's three tag features together
    /// (`FeatureWeights.add(_:rows:to:)`: lookups are cache misses, cheaper side by side).
    /// Integer sums in another order: the same scores, the same tags.
    private func tagIndices(_ words: [String], fixed: [UInt8?]) -> [UInt8] {
        let padded = cache.words(words, between: before, and: after, making: word(_:))
        var chosen: [UInt8] = []
        chosen.reserveCapacity(words.count)
        let tagCount = tags.count
        var keys: [UInt64] = []
        var rows: [Int32] = []
        keys.reserveCapacity(4 * words.count)
        rows.reserveCapacity(4 * words.count)
        for index in words.indices where fixed[index] == nil && padded[index + 2].dictionaryTag == nil {
            features.pairs(index, word: padded[index + 2], previous: padded[index + 1], next: padded[index + 3]) {
                keys.append($0)
                rows.append(Int32(index))
            }
        }
        var scores = [Int32](repeating: 0, count: words.count * tagCount)
        scores.withUnsafeMutableBufferPointer { scores in
            guard let base = scores.baseAddress else { return }
            keys.withUnsafeBufferPointer { keys in
                rows.withUnsafeBufferPointer { rows in weights.add(keys, rows: rows, to: base) }
            }
            var previous = features.start
            var beforePrevious = features.start2
            var tagKeys: [UInt64] = [0, 0, 0]
            let ownRows: [Int32] = [0, 0, 0]
            for index in words.indices {
                let word = padded[index + 2]
                let tag: UInt8
                if let known = fixed[index] ?? word.dictionaryTag {
                    tag = known
                } else {
                    let row = base + index * tagCount
                    // Rows added through pointers: no index arithmetic to check for overflow,
                    // so the loops add several tags at a time.
                    for role in TaggerFeatures.Role.allCases {
                        padded[index + 2 + role.offset].scores.withUnsafeBufferPointer { scores in
                            guard let source = scores.baseAddress.map({ $0 + role.rawValue * tagCount }) else { return }
                            for candidate in 0..<tagCount { row[candidate] &+= source[candidate] }
                        }
                    }
                    tagPairScores.withUnsafeBufferPointer { pairs in
                        let first = (previous * features.tagNameCount + beforePrevious) * tagCount
                        guard let source = pairs.baseAddress.map({ $0 + first }) else { return }
                        for candidate in 0..<tagCount { row[candidate] &+= source[candidate] }
                    }
                    var count = 0
                    features.forEachTagAndWord(previous: previous, word: word) {
                        tagKeys[count] = $0
                        count += 1
                    }
                    tagKeys.withUnsafeBufferPointer { keys in
                        ownRows.withUnsafeBufferPointer { rows in
                            weights.add(
                                UnsafeBufferPointer(rebasing: keys[..<count]),
                                rows: UnsafeBufferPointer(rebasing: rows[..<count]), to: row)
                        }
                    }
                    var best = 0
                    for candidate in 1..<tagCount where row[candidate] > row[best] { best = candidate }
                    tag = UInt8(best)
                }
                chosen.append(tag)
                beforePrevious = previous
                previous = Int(tag)
            }
        }
        return chosen
    }
}

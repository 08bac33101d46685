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
/// tags for the same words (a test compares them on dev sentences).
public struct PartOfSpeechTagger: Sendable {
    /// The tags, in the model's index order.
    let tags: [String]
    private let weights: FeatureWeights
    private let features: TaggerFeatures
    /// Frequent words seen with one tag only: tagged without the model.
    private let dictionary: WordMap<UInt8>
    private let splitter: TreebankWordSplitter
    /// The tags of what the model does not tag: Hangul (a foreign word) and emoji, emoticons.
    private let foreignTag: UInt8, symbolTag: UInt8

    /// Loads the tagger from `directory` (by default the bundle's Resources/tagger).
    public static func load(from directory: URL? = nil) throws(RuleDataError) -> PartOfSpeechTagger {
        let directory =
            directory ?? Bundle.module.bundleURL.appendingPathComponent("Resources").appendingPathComponent("tagger")
        return try PartOfSpeechTagger(directory: directory)
    }

    private init(directory: URL) throws(RuleDataError) {
        tags = try DataFile.lines(directory.appendingPathComponent("tags.txt"))
        weights = try FeatureWeights(contentsOf: directory.appendingPathComponent("tagger.bin"))
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
        guard let foreignTag = index["FW"], let symbolTag = index["NFP"] else {
            throw RuleDataError.malformed(file: "tags.txt", detail: "FW or NFP is missing")
        }
        self.dictionary = dictionary
        self.foreignTag = foreignTag
        self.symbolTag = symbolTag
        features = TaggerFeatures(
            tags: tags,
            lexiconClasses: try HashedWordTable(
                contentsOf: directory.appendingPathComponent("lexicon-classes.bin"), magic: "CTLC"),
            treebankClasses: try HashedWordTable(
                contentsOf: directory.appendingPathComponent("treebank-classes.bin"), magic: "CTTC"))
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
            case .word: nil
            }
        }
        let found = tagIndices(words.map(\.text), fixed: fixed)
        return zip(words, found).map { TaggedWord(text: $0.text, tag: tags[Int($1)], tokenIndex: $0.tokenIndex) }
    }

    /// The tags of words already split as the treebank splits them.
    func tag(_ words: [String]) -> [String] {
        tagIndices(words, fixed: words.map { _ in nil }).map { tags[Int($0)] }
    }

    /// Greedy left to right: each word's tag is the dictionary's, the fixed one, or the best
    /// scored given the two tags chosen before it (ties: the first tag).
    private func tagIndices(_ words: [String], fixed: [UInt8?]) -> [UInt8] {
        let padded = features.padded(words.map { features.form(of: $0) })
        var chosen: [UInt8] = []
        chosen.reserveCapacity(words.count)
        var previous = features.start
        var beforePrevious = features.start2
        var scores = [Int32](repeating: 0, count: tags.count)
        scores.withUnsafeMutableBufferPointer { scores in
            guard let base = scores.baseAddress else { return }
            for (index, word) in words.enumerated() {
                let tag: UInt8
                if let known = fixed[index] ?? dictionary[word] {
                    tag = known
                } else {
                    scores.update(repeating: 0)
                    features.forEachUntagged(index, of: padded) { weights.add($0, to: base) }
                    features.forEachTagged(previous: previous, beforePrevious: beforePrevious, form: padded[index + 2])
                    {
                        weights.add($0, to: base)
                    }
                    var best = 0
                    for candidate in 1..<scores.count where scores[candidate] > scores[best] { best = candidate }
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

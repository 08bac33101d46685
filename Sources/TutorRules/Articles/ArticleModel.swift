// Which article native writers put before a noun phrase: the model scripts/train-articles.py trains.

import Foundation

/// A logistic regression over the features of a noun phrase (ArticleFeatures) that gives the
/// probability of "a"/"an", "the" and no article before it, trained on the English Web
/// Treebank (native web English). The weights are a mapped hashed table
/// (Resources/articles/model.bin): "FEATURE\tCLASS" to a 16-bit weight, and "!scale", the
/// weight units of 1.0 of log-odds.
struct ArticleModel: Sendable {
    /// The model's answers, in the order of its classes.
    enum Article: Int, CaseIterable, Sendable {
        case indefinite, definite, none

        /// The class's name in the weight table.
        var key: String {
            switch self {
            case .indefinite: "a"
            case .definite: "the"
            case .none: "none"
            }
        }
    }

    /// "\t" and each class's name: what follows a feature in its weights' keys.
    private static let classSuffixes = Article.allCases.map { "\t" + $0.key }

    private let weights: HashedWordTable
    private let scale: Double
    /// Nouns that go without an article after the word before them, from a grammar book
    /// ("at home", "by car", "go to bed"): "PREVIOUS NOUN", or "* NOUN" after any word.
    let barePhrases: WordSet
    /// The features read from the tags (`ArticleFeatures.tagFeatures`).
    enum TagTemplate: Int, CaseIterable, Sendable {
        /// "pt": the tag before the phrase; "ptn": it and the head's number; "ft": the tag after
        /// the head; "e": whether the head was a noun earlier; "mt": the tags inside the phrase.
        case previous, previousNumber, following, mentioned, inside
    }

    /// For each tag feature (by `TagTemplate.rawValue`) and each class (by `Article.rawValue`),
    /// the least it can add to the class's score less that of "a"/"an" for a singular head,
    /// whatever the tags: what lets `indefiniteBound` say before tagging that "a" cannot win.
    private let leastTagShift: [[Int]]

    /// A model that knows nothing (every class equally likely): rules that need it find nothing.
    init() {
        weights = HashedWordTable()
        scale = 1
        barePhrases = []
        leastTagShift = TagTemplate.allCases.map { _ in [0, 0, 0] }
    }

    /// Maps the model in `directory` (model.bin) and reads its list of bare phrases; `tags`
    /// are the tagger's tags (the values the tag features may take).
    init(directory: URL, tags: [String]) throws(RuleDataError) {
        let table = try HashedWordTable(contentsOf: directory.appendingPathComponent("model.bin"), magic: "CTAM")
        guard let scale = table.value("!scale"), scale > 0 else {
            throw RuleDataError.malformed(
                file: "model.bin", detail: "it has no scale (regenerate it with scripts/train-articles.py)")
        }
        weights = table
        self.scale = Double(scale)
        barePhrases = WordSet(try DataFile.lines(directory.appendingPathComponent("bare-phrases.txt")))
        leastTagShift = Self.leastTagShift(weights: table, tags: tags)
    }

    /// `leastTagShift`: for each feature `ArticleFeatures.tagFeatures` makes, the least, over
    /// every value the tags can give it, of a class's weight less that of "a"/"an" (0 among
    /// them: a value with no weights). A tag is one of the tagger's, "" (a token it did not
    /// tag), or a sentence boundary.
    private static func leastTagShift(weights: HashedWordTable, tags: [String]) -> [[Int]] {
        let values = tags + ["", "<s>", "</s>"]
        return TagTemplate.allCases.map { template in
            let features: [String] =
                switch template {
                case .previous: values.map { "pt " + $0 }
                case .previousNumber: values.map { "ptn " + $0 + " s" }
                case .following: values.map { "ft " + $0 }
                case .mentioned: ["e 0", "e 1"]
                case .inside: (values + values.flatMap { first in values.map { first + " " + $0 } }).map { "mt " + $0 }
                }
            var least = [0, 0, 0]
            for feature in features {
                let scores = scores(of: [feature], weights: weights)
                for article in Article.allCases {
                    least[article.rawValue] = min(
                        least[article.rawValue], scores[article.rawValue] - scores[Article.indefinite.rawValue])
                }
            }
            return least
        }
    }

    /// The most the probability of "a"/"an" can be for a phrase with a singular head, given the
    /// features known before tagging (those read from the words, `ArticleFeatures.wordFeatures`,
    /// and the tag features whose tags are certain), whatever the tags of the `unknown` ones:
    /// the rule asks for the tags only when it can reach its threshold.
    func indefiniteBound(of known: [String], unknown: [TagTemplate]) -> Double {
        let scores = Self.scores(of: known, weights: weights)
        var total = 1.0
        for article in [Article.definite, .none] {
            var lead = scores[article.rawValue] - scores[Article.indefinite.rawValue]
            for template in unknown { lead += leastTagShift[template.rawValue][article.rawValue] }
            total += exp(Double(lead) / scale)
        }
        return 1 / total
    }

    /// The probability of each article (indexed by `Article.rawValue`) given the features.
    func probabilities(of features: [String]) -> [Double] {
        let scores = Self.scores(of: features, weights: weights)
        let top = scores.max() ?? 0
        let exponentials = scores.map { exp(Double($0 - top) / scale) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }

    /// Each class's score (in weight units): the sum of its features' weights.
    private static func scores(of features: [String], weights: HashedWordTable) -> [Int] {
        var scores = [0, 0, 0]
        for feature in features {
            // The hash of "FEATURE\tCLASS", the feature's bytes hashed once for the three.
            let featureHash = HashedWordTable.hash(feature)
            for article in Article.allCases {
                let key = HashedWordTable.hash(Self.classSuffixes[article.rawValue], continuing: featureHash)
                if let weight = weights.value(forKey: key) {
                    scores[article.rawValue] += Int(Int16(bitPattern: weight))
                }
            }
        }
        return scores
    }
}

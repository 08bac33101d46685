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

    /// A model that knows nothing (every class equally likely): rules that need it find nothing.
    init() {
        weights = HashedWordTable()
        scale = 1
        barePhrases = []
    }

    /// Maps the model in `directory` (model.bin) and reads its list of bare phrases.
    init(directory: URL) throws(RuleDataError) {
        let table = try HashedWordTable(contentsOf: directory.appendingPathComponent("model.bin"), magic: "CTAM")
        guard let scale = table.value("!scale"), scale > 0 else {
            throw RuleDataError.malformed(
                file: "model.bin", detail: "it has no scale (regenerate it with scripts/train-articles.py)")
        }
        weights = table
        self.scale = Double(scale)
        barePhrases = WordSet(try DataFile.lines(directory.appendingPathComponent("bare-phrases.txt")))
    }

    /// The probability of each article (indexed by `Article.rawValue`) given the features.
    func probabilities(of features: [String]) -> [Double] {
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
        let top = scores.max() ?? 0
        let exponentials = scores.map { exp(Double($0 - top) / scale) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }
}

// The features of a noun phrase the article model reads, as scripts/train-articles.py computes them.

/// The features of the noun phrase `start...head` of an utterance (with no article: the model
/// says which one it would have), in the strings `features()` in scripts/train-articles.py
/// makes from the treebank: the head, its number and countability, the words and tags around
/// the phrase, the words inside it, whether the head came earlier, and how often Google Books
/// writes "a"/"the"/the word before with the phrase's first word.
enum ArticleFeatures {
    /// Words after a noun that start a clause describing it ("the book that I read").
    private static let relatives: WordSet = ["that", "who", "which", "whom", "whose", "where", "when"]

    static func features(start: Int, head: Int, in context: AnalysisContext, lists: WordLists) -> [String] {
        guard context.token(at: head) != nil else { return [] }
        let number = context.tag(at: head) == "NNS" ? "p" : "s"
        return wordFeatures(start: start, head: head, number: number, in: context, lists: lists)
            + tagFeatures(start: start, head: head, number: number, in: context)
    }

    /// The features that read the tags (`ArticleModel.tagTemplates`): the tags before and
    /// after the phrase and inside it, and whether the head came earlier as a noun.
    static func tagFeatures(start: Int, head: Int, number: String, in context: AnalysisContext) -> [String] {
        guard let noun = context.token(at: head)?.lower else { return [] }
        let previousTag = tag(at: start - 1, in: context)
        var found = [
            "pt " + previousTag,
            "ptn " + previousTag + " " + number,
            "ft " + tag(at: head + 1, in: context),
            "e " + (mentioned(noun, before: start, in: context) ? "1" : "0"),
        ]
        if start < head {
            found.append("mt " + (start..<head).map { context.tag(at: $0) }.joined(separator: " "))
        }
        return found
    }

    /// Before tagging: the tag features whose tags are certain already (`certainTag`: a
    /// sentence boundary, "of", ","; a head not in the utterance before the phrase was not a
    /// noun there), and the templates of the others, for a singular head.
    static func certainTagFeatures(
        start: Int, head: Int, in context: AnalysisContext
    ) -> (features: [String], unknown: [ArticleModel.TagTemplate]) {
        guard let noun = context.token(at: head)?.lower else { return ([], []) }
        var features: [String] = []
        var unknown: [ArticleModel.TagTemplate] = []
        if let previousTag = boundary(at: start - 1, in: context) ?? context.certainTag(at: start - 1) {
            features += ["pt " + previousTag, "ptn " + previousTag + " s"]
        } else {
            unknown += [.previous, .previousNumber]
        }
        if let followingTag = boundary(at: head + 1, in: context) ?? context.certainTag(at: head + 1) {
            features.append("ft " + followingTag)
        } else {
            unknown.append(.following)
        }
        if (0..<max(0, start)).contains(where: { context.token(at: $0)?.lower == noun }) {
            unknown.append(.mentioned)
        } else {
            features.append("e 0")
        }
        if start < head {
            let inside = (start..<head).map { context.certainTag(at: $0) }
            if inside.allSatisfy({ $0 != nil }) {
                features.append("mt " + inside.map { $0 ?? "" }.joined(separator: " "))
            } else {
                unknown.append(.inside)
            }
        }
        return (features, unknown)
    }

    /// The features that read the words alone, for a head of the given number ("s" or "p"):
    /// with `tagFeatures`, all of them. The article model's bound (`ArticleModel.indefiniteBound`)
    /// reads these before the utterance is tagged.
    static func wordFeatures(
        start: Int, head: Int, number: String, in context: AnalysisContext, lists: WordLists
    ) -> [String] {
        guard let noun = context.token(at: head)?.lower else { return [] }
        let previous = word(at: start - 1, in: context)
        let before = word(at: start - 2, in: context)
        let following = word(at: head + 1, in: context)
        let inside = (start..<head).compactMap { context.token(at: $0)?.lower }
        var found = [
            "b",
            "h " + noun,
            "n " + number,
            "c " + countability(of: noun, number: number, in: context, lists: lists) + number,
            "p " + previous,
            "pp " + before + " " + previous,
            "ph " + previous + " " + noun,
            "f " + following,
            "hf " + noun + " " + following,
            "k " + String(min(inside.count, 3)),
        ]
        if let first = inside.first, let last = inside.last {
            found.append("m " + first)
            found.append("mh " + last + " " + noun)
        }
        if relatives.contains(following) { found.append("rel") }
        let ngrams = context.lexicon.ngrams
        let first = inside.first ?? noun
        let firstCount = ngrams.count(first)
        let withA = max(ngrams.count("a", first) ?? 0, ngrams.count("an", first) ?? 0)
        found.append("ga " + bucket(withA > 0 ? difference(withA, firstCount) : nil))
        found.append("gt " + bucket(ngrams.count("the", first).flatMap { difference($0, firstCount) }))
        found.append("gp " + bucket(ngrams.count(previous, first).flatMap { difference($0, firstCount) }))
        let nounCount = ngrams.count(noun)
        found.append("go " + (nounCount.map { String(min(7, $0 / 100)) } ?? "x"))
        let headWithA = max(ngrams.count("a", noun) ?? 0, ngrams.count("an", noun) ?? 0)
        found.append("gah " + bucket(headWithA > 0 ? difference(headWithA, nounCount) : nil))
        found.append("gth " + bucket(ngrams.count("the", noun).flatMap { difference($0, nounCount) }))
        return found
    }

    /// Whether the token at `index` stands outside the utterance's sentences: before the
    /// first, or a sentence's last with another sentence after it ("<s>"); nil when it is a
    /// token of a sentence, "</s>" after the utterance's last.
    private static func boundary(at index: Int, in context: AnalysisContext) -> String? {
        if index < 0 { return "<s>" }
        guard let token = context.token(at: index) else { return "</s>" }
        if token.endsSentence, context.token(at: index + 1)?.startsSentence == true { return "<s>" }
        return nil
    }

    /// The word at `index` (lower case), or the sentence boundary there.
    private static func word(at index: Int, in context: AnalysisContext) -> String {
        boundary(at: index, in: context) ?? context.token(at: index)?.lower ?? ""
    }

    /// The tag at `index`, or the sentence boundary there.
    private static func tag(at index: Int, in context: AnalysisContext) -> String {
        boundary(at: index, in: context) ?? context.tag(at: index)
    }

    private static func difference(_ count: Int, _ base: Int?) -> Int? { base.map { count - $0 } }

    /// A count difference (log10 × 100) in steps of 0.5 in log10, within ±2.
    private static func bucket(_ difference: Int?) -> String {
        guard let difference else { return "x" }
        let step = Int((Double(difference) / 50).rounded(.down))
        return String(max(-4, min(4, step)))
    }

    /// c a counted singular, u uncountable or a mass noun, o a noun that often goes without
    /// an article after an adjective, p a plural, ? not known (the script's `countability`).
    private static func countability(
        of noun: String, number: String, in context: AnalysisContext, lists: WordLists
    ) -> String {
        if number == "p" { return "p" }
        let lexicon = context.lexicon
        if lexicon.isUncountable(noun) || lists["mass-nouns"].contains(noun) { return "u" }
        guard let entry = lexicon.noun(singular: noun), entry.plural != noun, lexicon.noun(plural: noun) == nil,
            lexicon.isMainlyNoun(noun)
        else { return "?" }
        return lists["article-optional-nouns"].contains(noun) ? "o" : "c"
    }

    /// Whether the noun was a noun earlier in the utterance, before `start`.
    private static func mentioned(_ noun: String, before start: Int, in context: AnalysisContext) -> Bool {
        (0..<max(0, start)).contains { index in
            context.token(at: index)?.lower == noun && ["NN", "NNS"].contains(context.tag(at: index))
        }
    }
}

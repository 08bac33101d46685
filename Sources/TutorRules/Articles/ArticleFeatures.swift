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
        guard let noun = context.token(at: head)?.lower else { return [] }
        let number = context.tag(at: head) == "NNS" ? "p" : "s"
        let (previous, previousTag) = word(at: start - 1, in: context)
        let before = word(at: start - 2, in: context).word
        let (following, followingTag) = word(at: head + 1, in: context)
        let inside = (start..<head).compactMap { context.token(at: $0)?.lower }
        var found = [
            "b",
            "h " + noun,
            "n " + number,
            "c " + countability(of: noun, number: number, in: context, lists: lists) + number,
            "p " + previous,
            "pt " + previousTag,
            "pp " + before + " " + previous,
            "ph " + previous + " " + noun,
            "ptn " + previousTag + " " + number,
            "f " + following,
            "ft " + followingTag,
            "hf " + noun + " " + following,
            "k " + String(min(inside.count, 3)),
            "e " + (mentioned(noun, before: start, in: context) ? "1" : "0"),
        ]
        if let first = inside.first, let last = inside.last {
            found.append("m " + first)
            found.append("mt " + (start..<head).map { context.tag(at: $0) }.joined(separator: " "))
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

    /// The word and tag at `index`; "<s>" before a sentence's first word, "</s>" after the
    /// utterance's last.
    private static func word(at index: Int, in context: AnalysisContext) -> (word: String, tag: String) {
        if index < 0 { return ("<s>", "<s>") }
        guard let token = context.token(at: index) else { return ("</s>", "</s>") }
        if token.endsSentence, context.token(at: index + 1)?.startsSentence == true { return ("<s>", "<s>") }
        return (token.lower, context.tag(at: index))
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

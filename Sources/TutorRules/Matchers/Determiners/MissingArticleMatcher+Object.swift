// "I bought umbrella" → "an umbrella", "We saw movie" → "a movie" (determiner.missing-article).

import TutorCore

extension MissingArticleMatcher {
    /// Verbs whose object is mostly one thing got, seen or kept ("buy a pen", "saw a movie"),
    /// in all their forms.
    static let objectVerbs: WordSet = [
        "buy", "buys", "bought", "buying", "saw", "watched", "borrow", "borrows", "borrowed", "rent", "rents",
        "rented", "find", "finds", "found", "lose", "loses", "lost", "drive", "drives", "drove", "own", "owns",
        "owned", "need", "needs", "needed", "want", "wants", "wanted", "have", "has", "had", "got", "get", "gets",
        "make", "makes", "made", "take", "takes", "took", "write", "writes", "wrote", "carry", "carries",
        "carried", "bring", "brings", "brought", "order", "ordered", "sell", "sells", "sold", "watch", "watches",
        "send", "sends", "sent", "receive", "receives", "received", "read", "reads", "wear", "wears", "wore",
    ]
    /// Nouns that make a set phrase with no article after some of these verbs ("take place",
    /// "take part", "make sense", "take care").
    private static let bareAfterObjectVerbs: WordSet = [
        "place", "part", "care", "matter", "sense", "party", "advantage",
    ]
    /// Verbs of buying, seeing and keeping, whose object is nearly always one thing of its
    /// kind ("bought car", "saw movie"): a noun written with "a"/"an" only somewhat more often
    /// than alone counts after them (`concreteObjectMargin`).
    static let concreteObjectVerbs: WordSet = [
        "buy", "buys", "bought", "buying", "saw", "watched", "borrow", "borrows", "borrowed", "rent", "rents",
        "rented", "drive", "drives", "drove", "own", "owns", "owned",
    ]
    /// Words before the verb that make it an adjective ("your lost letter", "a used car").
    private static let notBeforeVerb: WordSet = [
        "a", "an", "the", "my", "your", "his", "her", "its", "our", "their", "this", "that", "some", "any", "no",
        "like",
    ]
    /// Words after the noun that end its phrase here though phrase-boundary-words.txt holds
    /// more: "of", "that", "which", "who" or a subject pronoun may make the noun one the
    /// speaker has in mind ("the book that I read", "the movie you told me about"), "and",
    /// "or" a list ("pen and paper").
    private static let notObjectEnds: WordSet = [
        "of", "that", "which", "who", "and", "or", "than", "i", "you", "he", "she", "we", "they",
    ]
    /// How much more often (log10 × 100) "a"/"an" + the noun must be listed than the noun
    /// alone: as determiner.described-noun asks ("a teacher" +62, "time" +38 is not enough).
    /// On FCE all (2026-12-07) the nouns from +40 up were the annotators' "a" 11 times in 13
    /// ("make mistake", "get chance", "take taxi"); from 0 to +40, 4 in 11 ("have holiday",
    /// "have talent"). After `concreteObjectVerbs`, +20: "car" +32, "movie" +25, "book" +28,
    /// not "dinner" +24 (not after those verbs), "lunch" +5, "football" −8.
    private static let objectIndefiniteMargin = 40
    static let concreteObjectMargin = 20

    /// "I need to buy umbrella" → "buy an umbrella": right after a verb of `objectVerbs`
    /// (tagged a verb), a singular noun people count (tagged NN) that Google Books writes far
    /// more often with "a"/"an" than alone, not capitalized, that ends its phrase; "a"/"an"
    /// goes before it. Not "have lunch", "watch TV" (nouns written mostly alone), nor a noun
    /// before "of" or a relative clause, which may be "the".
    func objectMatches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for index in context.tokens.indices where Self.objectVerbs.contains(context.tokens[index]) {
            guard let noun = context.token(at: index + 1), noun.isWord, !noun.isCapitalized,
                !Self.bareAfterObjectVerbs.contains(noun),
                !(context.token(at: index - 1).map { Self.notBeforeVerb.contains($0) } ?? false),
                isCountedSingular(noun, in: context),
                takesIndefiniteArticle(
                    noun,
                    margin: Self.concreteObjectVerbs.contains(context.tokens[index])
                        ? Self.concreteObjectMargin : Self.objectIndefiniteMargin, in: context),
                isBareNounPhraseEnd(noun, in: context),
                !(context.token(at: noun.index + 1).map { Self.notObjectEnds.contains($0) } ?? false),
                let article = sound.article(before: noun.text),
                context.tag(at: index).hasPrefix("VB"), context.tag(at: noun.index) == "NN",
                context.nounPhrase(headedBy: noun.index)?.start == noun.index
            else { continue }
            matches.append(context.insertion(article, before: noun))
        }
        return matches
    }

    /// Whether "a"/"an" + the noun is listed at least `margin` (log10 × 100) more often than
    /// the noun alone.
    private func takesIndefiniteArticle(_ noun: Token, margin: Int, in context: AnalysisContext) -> Bool {
        let ngrams = context.lexicon.ngrams
        guard let nounCount = ngrams.count(noun.lower) else { return false }
        let withArticle = max(ngrams.count("a", noun.lower) ?? Int.min, ngrams.count("an", noun.lower) ?? Int.min)
        return withArticle >= nounCount + margin
    }
}

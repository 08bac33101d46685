// "I love the nature" → "I love nature" (determiner.generic-the); "The technology changes fast"
// → "Technology changes fast" (determiner.generic-technology).

import TutorCore

/// Nouns that, in their general sense, take no article: "nature" (the natural world),
/// "mankind", "humankind" and "humanity" (all people). "The" goes before them only when a
/// phrase after them says which one: "the nature of the problem", "the humanity that she
/// showed". Left alone: an of-phrase, a relative clause or a prepositional phrase after the
/// noun, a noun that is part of a compound ("the nature reserve"), and a capitalised noun (a
/// name: "The Nature Conservancy"). Only "the" right before the noun is read ("the human
/// nature" is another matter), or "the modern" before it ("the modern technology").
struct GenericNounArticleMatcher: Matcher {
    /// The nouns of determiner.generic-the.
    static let nouns: WordSet = ["nature", "mankind", "humankind", "humanity"]
    /// The nouns of determiner.generic-technology: "Technology changes fast", "modern technology".
    static let technologyNouns: WordSet = ["technology"]

    /// The nouns this rule reads (one of the two sets above).
    let nouns: WordSet
    /// Adjectives that keep the noun general ("the modern technology" → "modern technology").
    private static let generalAdjectives: WordSet = ["modern"]

    var triggerWords: Set<String>? { Set(nouns) }

    /// Words after the noun that start a phrase saying which one is meant.
    private static let specifyingAfter: WordSet = [
        "of", "that", "which", "who", "whom", "whose", "where", "when", "in", "at", "on", "from", "with", "for", "we",
        "i", "you", "he", "she", "they", "'s", "'", "-", "as",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { noun -> Match? in
            guard nouns.contains(noun), !noun.isCapitalized,
                var article = context.token(at: noun.index - 1)
            else { return nil }
            if Self.generalAdjectives.contains(article), let before = context.token(at: article.index - 1) {
                article = before
            }
            guard article.lower == "the" else { return nil }
            if let next = context.token(at: noun.index + 1) {
                if Self.specifyingAfter.contains(next) { return nil }
                // "the nature reserve": a compound.
                if next.isWord, context.lexicon.isMainlyNoun(next) || context.tag(at: next.index).hasPrefix("NN") {
                    return nil
                }
            }
            return context.deletion(of: article, anchoredToNext: true)
        }
    }
}

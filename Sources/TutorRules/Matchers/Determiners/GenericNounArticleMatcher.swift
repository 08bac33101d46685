// "I love the nature" → "I love nature" (determiner.generic-the).

import TutorCore

/// Nouns that, in their general sense, take no article: "nature" (the natural world),
/// "mankind", "humankind" and "humanity" (all people). "The" goes before them only when a
/// phrase after them says which one: "the nature of the problem", "the humanity that she
/// showed". Left alone: an of-phrase, a relative clause or a prepositional phrase after the
/// noun, a noun that is part of a compound ("the nature reserve"), and a capitalised noun (a
/// name: "The Nature Conservancy"). Only "the" right before the noun is read ("the human
/// nature" is another matter).
struct GenericNounArticleMatcher: Matcher {
    static let nouns: WordSet = ["nature", "mankind", "humankind", "humanity"]

    var triggerWords: Set<String>? { Set(Self.nouns) }

    /// Words after the noun that start a phrase saying which one is meant.
    private static let specifyingAfter: WordSet = [
        "of", "that", "which", "who", "whom", "whose", "where", "when", "in", "at", "on", "from", "with", "for", "we",
        "i", "you", "he", "she", "they", "'s", "'", "-", "as",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { noun -> Match? in
            guard Self.nouns.contains(noun.lower), let article = context.token(at: noun.index - 1),
                article.lower == "the", !noun.isCapitalized
            else { return nil }
            if let next = context.token(at: noun.index + 1) {
                if Self.specifyingAfter.contains(next.lower) { return nil }
                // "the nature reserve": a compound.
                if next.isWord, context.lexicon.isMainlyNoun(next.lower) || context.tag(at: next.index).hasPrefix("NN")
                {
                    return nil
                }
            }
            return context.deletion(of: article, anchoredToNext: true)
        }
    }
}

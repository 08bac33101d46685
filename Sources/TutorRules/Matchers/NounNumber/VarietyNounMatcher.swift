// "different kind of music" → "different kinds of music" (noun-number.kinds-of).

import TutorCore

/// "different kind of music" → "different kinds of", "all sort of things" → "all sorts of",
/// "other type of sport" → "other types of": with no determiner before them, "different",
/// "other" and "all" speak of several varieties, so "kind", "sort" and "type" are plural. Left
/// alone after a determiner or an intensifier, which make the phrase one variety ("a
/// different kind of", "the other kind of", "any other type of", "a very different kind of").
/// After "many", "several" and numbers the after-quantity rule makes the same change.
struct VarietyNounMatcher: Matcher {
    var triggerWords: Set<String>? { ["different", "other", "all"] }

    private static let varietyWords: WordSet = ["different", "other", "all"]
    private static let varietyNouns: WordSet = ["kind", "sort", "type"]
    /// Words before "different", "other" or "all" that make the phrase one variety.
    private static let singleVarietyWords: WordSet = [
        "a", "an", "the", "this", "that", "any", "no", "one", "each", "every", "another", "some", "what", "which",
        "whose", "my", "your", "his", "her", "its", "our", "their", "of", "at",
        "very", "quite", "so", "completely", "totally", "slightly", "rather", "really", "entirely",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { word -> Match? in
            guard Self.varietyWords.contains(word), let noun = context.token(at: word.index + 1), noun.isWord,
                !noun.isCapitalized, Self.varietyNouns.contains(noun),
                context.token(at: noun.index + 1)?.lower == "of",
                !Self.singleVarietyWords.contains(context.token(at: word.index - 1)?.lower ?? ""),
                let entry = context.lexicon.noun(singular: noun)
            else { return nil }
            return context.replacement(of: noun, with: entry.plural)
        }
    }
}

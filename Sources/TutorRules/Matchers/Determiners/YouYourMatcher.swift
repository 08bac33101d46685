// "Thank you for you letter" → "for your letter" (determiner.you-your).

import TutorCore

/// "you" where "your" is meant: after a preposition and before a noun, "you" cannot be the
/// preposition's object and the noun's owner at once ("for you letter", "in you country",
/// "about you family" → "your"). Left alone: a preposition that starts a clause ("because you
/// need", "if you want"), "you guys", "you all", "you both", "you two", a time word after
/// "you" ("I will call you tomorrow" reads "to you" + "tomorrow"), a noun that begins the
/// next clause ("for you people are kind" is unclear), and a noun the tagger reads as a verb.
struct YouYourMatcher: Matcher {
    var triggerWords: Set<String>? { ["you"] }

    /// Prepositions before "you" that cannot start a clause.
    private static let prepositions: WordSet = [
        "for", "in", "to", "about", "from", "with", "at", "on", "into", "of", "by", "without", "through", "during",
        "towards", "toward", "near", "under", "over", "around", "inside", "onto", "upon", "among", "behind", "beside",
    ]
    /// Words after "you" that are no noun of its own here.
    private static let notOwned: WordSet = [
        "guys", "all", "both", "two", "three", "people", "folks", "tomorrow", "today", "tonight", "yesterday", "now",
        "again", "sir", "madam", "man", "dear", "lot", "lots", "soon", "later", "back", "know", "home", "there",
        "here", "too", "either", "enough", "first", "last", "next", "once", "twice", "much", "so", "very", "alone",
        "face",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { you -> Match? in
            guard you.lower == "you", let preposition = context.token(at: you.index - 1),
                Self.prepositions.contains(preposition), let noun = context.token(at: you.index + 1), noun.isWord,
                !noun.isCapitalized, !Self.notOwned.contains(noun),
                context.lexicon.isMainlyNoun(noun) || context.lexicon.clearPlural(noun.lower) != nil,
                context.tag(at: preposition.index) == "IN" || context.tag(at: preposition.index) == "TO",
                context.tag(at: noun.index).hasPrefix("NN")
            else { return nil }
            // "for you people are": the noun starts the next clause when a verb follows it.
            if let next = context.token(at: noun.index + 1), next.isWord,
                ["MD", "VBZ", "VBP", "VBD"].contains(context.tag(at: next.index))
            {
                return nil
            }
            return context.replacement(of: you, with: "your")
        }
    }
}

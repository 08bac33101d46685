// "another people" → "other people" (determiner.another-plural).

import TutorCore

/// "another" is "an other": it goes before one thing ("another book"); before a plural noun
/// the word is "other" ("other books", "other people"). Adjectives may stand between
/// ("another good ideas" → "other good ideas"). Left alone: a number after "another" ("another
/// two weeks", "another 10 minutes": more of the same amount), "another one", and a plural
/// that is the first half of a compound or a possessive ("another sports club").
struct AnotherPluralMatcher: Matcher {
    var triggerWords: Set<String>? { ["another"] }

    /// Words after "another" that make an amount ("another few days").
    private static let amountWords: WordSet = ["few", "couple", "several", "dozen", "hundred", "thousand", "million"]
    /// The most adjectives read between "another" and the noun.
    private static let maximumAdjectives = 2

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { word -> Match? in
            guard word.lower == "another", let noun = pluralNoun(after: word, in: context),
                context.tag(at: noun.index) == "NNS"
            else { return nil }
            return context.replacement(of: word, with: "other")
        }
    }

    /// The plural noun after "another" and at most two adjectives, by the words alone: a
    /// plural the lexicon knows that is no singular too ("series", "means"), that ends the
    /// phrase.
    private func pluralNoun(after another: Token, in context: AnalysisContext) -> Token? {
        var index = another.index + 1
        while let word = context.token(at: index), word.isWord, index - another.index <= Self.maximumAdjectives,
            context.lexicon.isAdjective(word), context.lexicon.noun(plural: word) == nil
        {
            // "another two weeks", "another few days", "another couple of hours": more of an amount.
            if FunctionWords.numberWords[word] != nil || Self.amountWords.contains(word) { return nil }
            index += 1
        }
        guard let noun = context.token(at: index), noun.isWord, !noun.isCapitalized,
            context.lexicon.clearPlural(noun.lower) != nil
        else { return nil }
        if let next = context.token(at: noun.index + 1) {
            if next.text == "'" || next.lower == "'s" { return nil }
            if next.isWord,
                context.lexicon.noun(singular: next) != nil || context.lexicon.noun(plural: next) != nil,
                context.lexicon.isMainlyNoun(next)
            {
                return nil
            }
        }
        return noun
    }
}

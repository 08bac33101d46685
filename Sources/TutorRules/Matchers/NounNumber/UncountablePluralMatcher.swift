// "informations" → "information" (noun-number.uncountable-plural).

import TutorCore

/// "informations" → "information", "many advices" → "a lot of advice".
struct UncountablePluralMatcher: Matcher {
    /// Every word `singular(of:)` can answer for: the lexicon's plurals of uncountable nouns,
    /// and each uncountable noun with "s", or a letter and "s", added ("advices", "advicees").
    let triggerWords: Set<String>?

    init(lexicon: Lexicon) {
        var words = Set(lexicon.nounsByPlural.entries.filter { lexicon.isUncountable($0.1.singular) }.map(\.0))
        for noun in lexicon.uncountable {
            words.insert(noun + "s")
            for letter in "abcdefghijklmnopqrstuvwxyz" { words.insert(noun + String(letter) + "s") }
        }
        triggerWords = words
    }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for token in context.tokens where token.isWord {
            guard let singular = singular(of: token.lower, in: context) else { continue }
            let previous = context.token(at: token.index - 1)
            // "he researches": a verb after a subject, not a noun; "e-mails": part of a compound.
            if let previous, FunctionWords.subjectPronouns.contains(previous) || previous.text == "-" { continue }
            let replacement = token.isCapitalized ? singular.capitalizedFirst : singular
            // "many advices", "many useful advices": the quantity goes too ("a lot of useful
            // advice"), as "many useful advice" is no English either.
            let described = describingWords(before: token, in: context)
            if let quantity = context.token(at: token.index - 1 - described.count),
                ["many", "several", "few"].contains(quantity) || FunctionWords.numberWords[quantity] != nil
            {
                let phrase = (described.map(\.lower) + [singular]).joined(separator: " ")
                if let match = MassNoun.aLotOf(replacing: quantity, through: token, noun: phrase, in: context) {
                    matches.append(match)
                }
                continue
            }
            if let previous, ["a", "an"].contains(previous) { continue }
            // "the truck transports rice": the -s form of a verb after its subject, a noun or
            // "who"/"that"; "public transports", "and stuffs" stay nouns. Tags last, for the
            // few words that could match.
            if context.lexicon.verb(singular) != nil, let previous,
                Self.subjectTags.contains(context.tag(at: previous.index))
            {
                continue
            }
            matches.append(Match(span: token.span, suggestions: [replacement]))
        }
        return matches
    }

    /// The adjectives (at most two) right before the noun: "useful" of "many useful advices".
    private func describingWords(before noun: Token, in context: AnalysisContext) -> [Token] {
        var words: [Token] = []
        while words.count < 2, let word = context.token(at: noun.index - 1 - words.count), word.isWord,
            !word.isCapitalized, context.lexicon.isAdjective(word), !context.lexicon.isMainlyNoun(word),
            !FunctionWords.determiners.contains(word), FunctionWords.numberWords[word] == nil,
            !["many", "several", "few", "much", "more", "most", "other"].contains(word)
        {
            words.insert(word, at: 0)
        }
        return words
    }

    /// Tags of the words after which an -s form that may be a verb is one: a noun that may be
    /// its subject, or "who"/"that" opening a clause.
    private static let subjectTags: Set<String> = ["NN", "NNS", "NNP", "NNPS", "WP", "WDT"]

    private func singular(of word: String, in context: AnalysisContext) -> String? {
        guard word.hasSuffix("s") else { return nil }
        if let entry = context.lexicon.noun(plural: word), context.lexicon.isUncountable(entry.singular) {
            return entry.singular
        }
        for candidate in [String(word.dropLast()), String(word.dropLast(2))]
        where context.lexicon.isUncountable(candidate) {
            return candidate
        }
        return nil
    }
}

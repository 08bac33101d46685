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
            if let previous,
                ["many", "several", "few"].contains(previous) || FunctionWords.numberWords[previous] != nil
            {
                if let match = MassNoun.aLotOf(replacing: previous, through: token, noun: singular, in: context) {
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

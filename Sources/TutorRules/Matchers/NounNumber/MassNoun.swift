// Nouns people do not count, and "a lot of" in place of "many" before one.

import TutorCore

/// Nouns people do not count ("advice", "stress"), and the one safe correction of "many"
/// before one: "a lot of".
enum MassNoun {
    /// Whether learners' English treats the noun as uncountable (besides the nouns of
    /// wordlists/mass-nouns.txt): it is on the uncountable list, or the word-pair table knows "much" before it but not "many" before its plural
    /// ("much stress", never "many stresses"; but "many times" as well as "much time").
    static func isMass(_ noun: String, lexicon: Lexicon) -> Bool {
        if lexicon.isUncountable(noun) { return true }
        guard let plural = lexicon.noun(singular: noun)?.plural, plural != noun, lexicon.isMainlyNoun(noun),
            lexicon.ngrams.count("much", noun) != nil
        else { return false }
        return lexicon.ngrams.count("many", plural) == nil
    }

    /// "many stress" → "a lot of stress" (or "lots of stress", "much stress"): only for "many", and not where "many" is part of a
    /// longer phrase ("how many", "so many", "too many", "as many") that "a lot of" cannot take.
    /// After "there are" the verb goes with it: "There are many traffic" → "There is a lot of
    /// traffic".
    static func aLotOf(replacing many: Token, through last: Token, noun: String, in context: AnalysisContext) -> Match?
    {
        guard many.lower == "many" else { return nil }
        if let previous = context.token(at: many.index - 1), previous.isWord, notBeforeALotOf.contains(previous) {
            return nil
        }
        var first = many
        var verb = ""
        if let are = context.token(at: many.index - 1), let singular = ["are": "is", "were": "was"][are],
            context.token(at: many.index - 2)?.lower == "there"
        {
            first = are
            verb = singular + " "
        }
        // "lots of" and "much" say it too: the lesson's answers take them.
        let phrases = ["a lot of", "lots of", "much"].map { verb + $0 + " " + noun }
        return Match(
            span: context.span(from: first, to: last),
            suggestions: phrases.map { first.isCapitalized ? $0.capitalizedFirst : $0 })
    }

    /// Words that make "many" part of a phrase "a lot of" cannot replace.
    private static let notBeforeALotOf: WordSet = [
        "how", "so", "too", "as", "very", "that", "this", "the", "a", "great", "good",
    ]
}

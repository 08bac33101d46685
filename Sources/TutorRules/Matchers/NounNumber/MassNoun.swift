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

    /// "many stress" → "a lot of stress" (or "lots of stress", and "much stress" in a question or a
    /// negative): only for "many", and not where "many" is part of a
    /// longer phrase ("how many", "so many", "too many", "as many") that "a lot of" cannot take.
    /// After "there are" the verb goes with it: "There are many traffic" → "There is a lot of
    /// traffic".
    static func aLotOf(replacing many: Token, through last: Token, noun: String, in context: AnalysisContext) -> Match?
    {
        guard many.lower == "many" else { return nil }
        if let previous = context.token(at: many.index - 1), previous.isWord, notBeforeALotOf.contains(previous) {
            // "too many food" → "too much food": after too, so, as and how, "much" is everyday English.
            // Not after "there is/are", whose verb another rule reads by "many" ("there are too many").
            guard Self.beforeMuch.contains(previous),
                context.token(at: many.index - 3)?.lower != "there"
                    && context.token(at: many.index - 2)?.lower != "there"
            else { return nil }
            return Match(span: context.span(from: many, to: last), suggestions: ["much " + noun])
        }
        var first = many
        var verb = ""
        if let are = context.token(at: many.index - 1), let singular = ["are": "is", "were": "was"][are],
            context.token(at: many.index - 2)?.lower == "there"
        {
            first = are
            verb = singular + " "
        }
        // "lots of" says it too, and so does "much" in a question or a negative ("I don't have
        // much money"); in a statement "much" is stiff ("I have much homework"): not an answer.
        let quantities = ["a lot of", "lots of"] + (asksOrDenies(many, in: context) ? ["much"] : [])
        let phrases = quantities.map { verb + $0 + " " + noun }
        return Match(
            span: context.span(from: first, to: last),
            suggestions: phrases.map { first.isCapitalized ? $0.capitalizedFirst : $0 })
    }

    /// Whether the sentence of `many` is a question or denies before it ("not", "never",
    /// "without"), where "much" is everyday English.
    static func asksOrDenies(_ many: Token, in context: AnalysisContext) -> Bool {
        let sentence = context.sentence(containing: many.index)
        if sentence.contains(where: { $0.text == "?" }) { return true }
        return sentence.prefix { $0.index < many.index }.contains {
            negatives.contains($0) || $0.lower.hasSuffix("n't") || $0.lower.hasSuffix("n’t")
        }
    }

    /// Words that make a clause negative, where "much" is as natural as "a lot of".
    private static let negatives: WordSet = ["not", "never", "without", "hardly", "n't"]

    /// Words after which "much" takes the place of "many" in any sentence ("too much food").
    private static let beforeMuch: WordSet = ["too", "so", "as", "how"]

    /// Words that make "many" part of a phrase "a lot of" cannot replace.
    private static let notBeforeALotOf: WordSet = [
        "how", "so", "too", "as", "very", "that", "this", "the", "a", "great", "good",
    ]
}

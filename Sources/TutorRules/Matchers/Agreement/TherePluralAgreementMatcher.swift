// "There is some problems" → "There are some problems" (agreement.there-plural).

import TutorCore

/// "there is/was" (or "there's") before a noun phrase whose head is a plural ("problems", or
/// "discounts", a plural of a word that is also a verb): the verb agrees with that phrase, so
/// "is" becomes "are" and "was" "were". The phrase must follow the verb at once (or after
/// "not", "also", "still", "always", "only", or "about" before a number) and hold no word that
/// makes it one thing ("a", "one", "each", "every", "this", "much"); group and quantity heads
/// ("there is a lot of", "there is a couple of") and plural-looking names of one thing
/// ("there is good news") are left alone.
struct TherePluralAgreementMatcher: Matcher {
    let lists: WordLists

    private static let plural: WordMap<String> = [
        "is": "are", "was": "were", "'s": "are", "isn't": "aren't", "wasn't": "weren't", "there's": "there are",
    ]
    private static let between: WordSet = [
        "not", "also", "still", "always", "only", "n't", "about", "around", "nearly", "almost", "approximately",
    ]
    /// "There is no lessons": the learner as often means one thing ("no lesson").
    private static let singularWords: WordSet = [
        "no", "a", "an", "one", "each", "every", "this", "that", "another", "much", "little", "either", "neither",
    ]

    var triggerWords: Set<String>? { ["there", "there's"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { verb -> Match? in
            guard let replacement = Self.plural[verb.lower] else { return nil }
            let verbIsThere = verb.lower == "there's"
            guard verbIsThere || context.token(at: verb.index - 1)?.lower == "there" else { return nil }
            let thereIndex = verbIsThere ? verb.index : verb.index - 1
            if context.tag(at: thereIndex) != "EX" { return nil }
            var start = verb.index + 1
            while let token = context.token(at: start), Self.between.contains(token.lower) { start += 1 }
            // The phrase that starts right there, and its head.
            var head = start
            while let token = context.token(at: head), context.nounPhrase(headedBy: head)?.start != start {
                guard token.isWord || token.kind == .number, head - start < 5 else { return nil }
                head += 1
            }
            guard let noun = context.token(at: head), context.tag(at: head) == "NNS", !noun.isCapitalized,
                !(start...head).contains(where: { Self.singularWords.contains(context.token(at: $0)?.lower ?? "") }),
                !PossessivePluralAgreementMatcher.singularInMeaning.contains(noun.lower),
                !lists["collective-nouns"].contains(noun.lower), !lists["quantity-nouns"].contains(noun.lower),
                !["lots", "loads", "plenty"].contains(noun.lower),
                isPlural(noun.lower, in: context)
            else { return nil }
            return context.replacement(of: verb, with: replacement)
        }
    }

    /// A plural noun the tagger read as one after "there is": a clear plural, or the plural of
    /// a word that is also a verb ("discounts", "changes"), which after "there is" and a
    /// determiner can only be the noun; not a word that is a singular noun of its own at
    /// least as common ("means", "series" are in the list above; "news").
    private func isPlural(_ word: String, in context: AnalysisContext) -> Bool {
        if context.lexicon.clearPlural(word) != nil { return true }
        guard let entry = context.lexicon.noun(plural: word), entry.singular != word, entry.frequency > 0 else {
            return false
        }
        if let own = context.lexicon.noun(singular: word), own.frequency >= entry.frequency { return false }
        return true
    }
}

// "books and magazine" → "books and magazines" (noun-number.coordinated).

import TutorCore

/// "I bought books and magazine" → "magazines": a countable noun in the singular with no
/// determiner, joined by "and" to a plural that has none either,
/// names things of the same kind and is plural like it. Left alone where the plural opens with
/// a determiner, which may count the singular apart ("my brothers and sister": one sister);
/// where the singular describes a noun after it ("books and magazine covers"); and for nouns
/// people mostly do not count ("books and music").
struct CoordinatedPluralMatcher: Matcher {
    let lists: WordLists

    /// Only "and": after "or" the singular is as often one thing of another kind ("ask
    /// friends or library staff", "borrow it from friends or a library").
    var triggerWords: Set<String>? { ["and"] }

    /// Words that open the plural's phrase and may count the singular apart.
    private static let separateDeterminers: WordSet = [
        "the", "these", "those", "my", "your", "his", "her", "its", "our", "their", "both", "either", "neither",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { conjunction -> Match? in
            guard conjunction.lower == "and", let plural = context.token(at: conjunction.index - 1),
                plural.isWord, !plural.isCapitalized, context.lexicon.clearPlural(plural.lower) != nil,
                let noun = context.token(at: conjunction.index + 1), noun.isWord, !noun.isCapitalized,
                let nounPlural = countedPlural(of: noun, in: context), endsPhrase(noun, in: context)
            else { return nil }
            // Then the tags: a plural noun whose phrase opens with no determiner, and a
            // singular noun after the conjunction that no noun follows ("computer monitors").
            guard context.tag(at: plural.index) == "NNS", context.tag(at: noun.index) == "NN",
                !context.tag(at: noun.index + 1).hasPrefix("NN"),
                let phrase = context.nounPhrase(headedBy: plural.index),
                let opening = context.token(at: phrase.start), !Self.separateDeterminers.contains(opening),
                context.token(at: phrase.start - 1).map({ !Self.separateDeterminers.contains($0) }) ?? true
            else { return nil }
            return context.replacement(of: noun, with: nounPlural)
        }
    }

    /// How much rarer (Zipf × 100) than the singular its plural may be: a tenth as common.
    /// Things people count are often named in the singular ("table" 505, "tables" 429), and
    /// the plural it is joined to says the kind is counted here.
    private static let countedPluralGap = 100

    /// The plural of a noun people count, in common use beside it ("magazines"; not
    /// "musics", "homeworks"), and not a unit, a time or a quantity.
    private func countedPlural(of noun: Token, in context: AnalysisContext) -> String? {
        guard !lists["mass-nouns"].contains(noun), !lists["quantity-nouns"].contains(noun),
            !lists["time-units"].contains(noun), !lists["collective-nouns"].contains(noun),
            !FunctionWords.determiners.contains(noun), !context.lexicon.isUncountable(noun),
            !MassNoun.isMass(noun.lower, lexicon: context.lexicon),
            let plural = context.lexicon.countedPlural(of: noun.lower),
            context.lexicon.pluralIsInUse(plural, beside: noun.lower, within: Self.countedPluralGap)
        else { return nil }
        return plural
    }

    /// Whether the noun ends its phrase: no noun, possessive, hyphen or "of" after it.
    private func endsPhrase(_ noun: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: noun.index + 1) else { return true }
        if ["'s", "'", "-"].contains(next.text) || next.lower == "of" { return false }
        return !(next.isWord && context.continuesCompound(next, lists: lists))
    }
}

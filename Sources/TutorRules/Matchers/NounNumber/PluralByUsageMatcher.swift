// "some book" → "some books", "all student" → "all students" (noun-number.some-all).

import TutorCore

/// A countable noun in the singular right after a word that counts several things when it
/// stands before a countable noun ("some", "all"): where the word-pair table
/// of written English knows the word before the singular ("some time", "all day", "for some
/// reason"), only if it knows it far better before the plural; where it knows neither pair,
/// after "all" only, for a noun whose plural is common ("all student" → "all students").
struct PluralByUsageMatcher: Matcher {
    let lists: WordLists

    /// Not "other" or "different": "other country", "different actor" are as often "another
    /// country", "a different actor" as plurals.
    static let quantifiers: WordSet = ["some", "all"]

    var triggerWords: Set<String>? { ["some", "all"] }

    /// How much commoner (log10 × 100) the pair with the plural must be than the one with the
    /// singular when both are listed: ten times.
    static let pairGap = 100

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for quantity in context.tokens where Self.quantifiers.contains(quantity) {
            guard let noun = context.token(at: quantity.index + 1), noun.isWord, !noun.isCapitalized else { continue }
            if quantity.lower == "all", let previous = context.token(at: quantity.index - 1),
                ["at", "after", "above", "for", "once"].contains(previous)
            {
                continue
            }
            // "some painting": an activity, not paintings.
            if noun.lower.hasSuffix("ing") { continue }
            guard !lists["quantity-nouns"].contains(noun), !lists["mass-nouns"].contains(noun),
                !MassNoun.isMass(noun.lower, lexicon: context.lexicon),
                let plural = context.lexicon.countedPlural(of: noun.lower),
                // Tags last, once the words could match (tagging is the analyser's dearest step).
                context.tag(at: noun.index) == "NN"
            else { continue }
            if let next = context.token(at: noun.index + 1) {
                if next.text == "'s" || next.text == "'" || next.text == "-" { continue }
                // "some bus stops", "all day long": the noun describes the next one.
                if next.isWord,
                    context.continuesCompound(next, lists: lists) || context.tag(at: next.index).hasPrefix("NN")
                {
                    continue
                }
                // "Some class is boring": the verb would have to change too ("Some classes
                // are"), so the one-word fix would teach a wrong sentence.
                if context.tag(at: next.index) == "VBZ" || ["is", "was", "has"].contains(next) { continue }
                // "all term long": a length of time.
                if next.lower == "long" { continue }
                // "some kind of": only the words that name a variety count before "of".
                if next.lower == "of", !["kind", "sort", "type"].contains(noun) { continue }
            }
            let ngrams = context.lexicon.ngrams
            // "some thing", "some body": one word written in two ("something").
            if ngrams.count(joining: quantity.lower, noun.lower) != nil { continue }
            let pluralPair = ngrams.count(quantity.lower, plural)
            if let singularPair = ngrams.count(quantity.lower, noun.lower) {
                // A pair people write ("some time", "all day", "a different way"): only when
                // the plural pair is far commoner.
                guard let pluralPair, singularPair <= pluralPair - Self.pairGap else { continue }
            } else if pluralPair == nil {
                // Neither pair is common enough to be listed: after "all", a noun people mostly
                // count (its plural at least a third as common as it), and not a time ("all
                // summer"). After "some" that is too weak: "some wood", "some instruction" are
                // amounts as often.
                guard quantity.lower == "all",
                    context.lexicon.pluralIsInUse(plural, beside: noun.lower),
                    !lists["time-units"].contains(noun)
                else { continue }
            }
            matches.append(context.replacement(of: noun, with: plural))
        }
        return matches
    }
}

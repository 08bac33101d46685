// "some book" → "some books", "all student" → "all students" (noun-number.some-all), "more
// chance" → "more chances" (noun-number.more).

import TutorCore

/// A countable noun in the singular right after a word that counts several things when it
/// stands before a countable noun ("some", "all", "more"): where the word-pair table
/// of written English knows the word before the singular ("some time", "all day", "for some
/// reason", "more money"), only if it knows it far better before the plural; where it knows
/// neither pair, after "all" only, for a noun whose plural is common ("all student" → "all
/// students").
struct PluralByUsageMatcher: Matcher {
    let lists: WordLists

    /// The words a rule of this kind reads: "some" and "all" (noun-number.some-all), or "more"
    /// (noun-number.more). Not "other" or "different": "other country", "different actor" are
    /// as often "another country", "a different actor" as plurals.
    enum Quantity: Sendable {
        case someAll
        case more

        var words: WordSet {
            switch self {
            case .someAll: Self.someAllWords
            case .more: Self.moreWords
            }
        }

        // Made once: a set literal here was built again for every token of every utterance.
        private static let someAllWords: WordSet = ["some", "all"]
        private static let moreWords: WordSet = ["more"]
    }
    let quantity: Quantity

    var triggerWords: Set<String>? { Set(quantity.words) }

    /// Words before "more" that make it count one thing ("one more question", "once more"),
    /// or an adverb ("the more you practise", "a more useful book", "much more money").
    private static let notCountingMore: WordSet = ["one", "once", "the", "a", "an", "any", "much", "far", "even"]

    /// How much commoner (log10 × 100) the pair with the plural must be than the one with the
    /// singular when both are listed: ten times.
    static let pairGap = 100

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for quantity in context.tokens where self.quantity.words.contains(quantity) {
            guard let noun = context.token(at: quantity.index + 1), noun.isWord, !noun.isCapitalized else { continue }
            if quantity.lower == "more", !mayCountAfterMore(quantity, in: context) { continue }
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
            let isInUse =
                quantity.lower == "more"
                ? isCountedAfterMore(noun, plural: plural, in: context)
                : isPluralInUse(after: quantity, noun: noun, plural: plural, in: context)
            guard isInUse else { continue }
            matches.append(context.replacement(of: noun, with: plural))
        }
        return matches
    }

    /// Whether the word-pair table lets "some"/"all" take the plural of this noun.
    private func isPluralInUse(after quantity: Token, noun: Token, plural: String, in context: AnalysisContext) -> Bool
    {
        let ngrams = context.lexicon.ngrams
        // "some thing", "some body": one word written in two ("something").
        if ngrams.count(joining: quantity.lower, noun.lower) != nil { return false }
        let pluralPair = ngrams.count(quantity.lower, plural)
        if let singularPair = ngrams.count(quantity.lower, noun.lower) {
            // A pair people write ("some time", "all day", "a different way"): only when
            // the plural pair is far commoner.
            guard let pluralPair else { return false }
            return singularPair <= pluralPair - Self.pairGap
        }
        if pluralPair != nil { return true }
        // Neither pair is common enough to be listed: after "all", a noun people mostly
        // count (its plural at least a third as common as it), and not a time ("all
        // summer"). After "some" that is too weak: "some wood", "some instruction" are
        // amounts as often.
        return quantity.lower == "all" && context.lexicon.pluralIsInUse(plural, beside: noun.lower)
            && !lists["time-units"].contains(noun)
    }

    /// Linking verbs after which "more" compares the adjective that follows ("be more
    /// patient", "feel more confident"), even where the lexicon lists it as a noun too.
    private static let linkingVerbs: WordSet = [
        "be", "am", "is", "are", "was", "were", "been", "being", "'m", "'re", "become", "became", "becomes", "feel",
        "felt", "feels", "seem", "seems", "seemed", "look", "looks", "looked", "get", "got", "gets",
    ]

    /// Whether "more" may count the noun after it: not "one more question", "once more", "the
    /// more you practise", "a more useful book", nor after a linking verb ("be more patient"),
    /// unless "there" opens the clause ("there will be more gadgets").
    private func mayCountAfterMore(_ more: Token, in context: AnalysisContext) -> Bool {
        let previous = context.token(at: more.index - 1)?.lower ?? ""
        if Self.notCountingMore.contains(previous) { return false }
        guard Self.linkingVerbs.contains(previous) else { return true }
        return (more.index - 3..<more.index - 1).contains { context.token(at: $0)?.lower == "there" }
    }

    /// Whether a noun after "more" is one people count there: a noun more than an adjective
    /// ("more patient" compares), whose plural is in common use, and that written English
    /// puts after "more" in the plural at least as often ("more chances", not "more time").
    private func isCountedAfterMore(_ noun: Token, plural: String, in context: AnalysisContext) -> Bool {
        let lexicon = context.lexicon
        guard !lexicon.isAdjective(noun) || lexicon.isMainlyNoun(noun),
            lexicon.pluralIsInUse(plural, beside: noun.lower), !lists["time-units"].contains(noun)
        else { return false }
        guard let singularPair = lexicon.ngrams.count("more", noun.lower) else { return true }
        return (lexicon.ngrams.count("more", plural) ?? Int.min) >= singularPair
    }
}

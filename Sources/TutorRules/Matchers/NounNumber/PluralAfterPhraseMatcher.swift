// "one of my friend" → "friends", "a lot of problem" → "problems" (noun-number.one-of, noun-number.a-lot-of).

import TutorCore

/// A countable noun in the singular that the phrase before it needs in the plural: "one of
/// the/my (best) friend" → "friends"; after "a lot of" / "lots of" only nouns people mostly
/// count ("a lot of problem", but "a lot of time" and "a lot of work" stay).
struct PluralAfterPhraseMatcher: Matcher {
    let lists: WordLists

    enum Phrase: String, Sendable {
        case oneOf = "one-of"
        case aLotOf = "a-lot-of"
        case someOf = "some-of"
    }
    let phrase: Phrase

    /// How much rarer (Zipf × 100) than the singular a noun's plural may be after "a lot of":
    /// a fifth as common ("ideas" beside "idea", "singers" beside "singer"); a noun people
    /// mostly do not count has a far rarer plural ("times" beside "time", "works" beside "work").
    static let aLotOfPluralGap = 70

    var triggerWords: Set<String>? {
        switch phrase {
        case .oneOf: ["one"]
        case .aLotOf: ["lot", "lots", "alot"]
        case .someOf: Self.partQuantifiers
        }
    }

    /// Words that, like "one", pick some of a group: "some of her friend" → "friends". A
    /// singular noun after them may mean a part of one thing ("some of the cake", "most of the
    /// class"), so only a person noun is made plural after them.
    static let partQuantifiers: Set<String> = ["some", "many", "most", "several", "both", "few", "all"]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { token -> Match? in
            guard let start = nounPhraseStart(after: token, in: context), let noun = headNoun(from: start, in: context),
                let plural = context.lexicon.countedPlural(of: noun.lower),
                !lists["quantity-nouns"].contains(noun)
            else { return nil }
            if phrase == .someOf, !lists["person-nouns"].contains(noun) { return nil }
            if phrase == .aLotOf,
                !context.lexicon.pluralIsInUse(plural, beside: noun.lower, within: Self.aLotOfPluralGap)
                    || lists["mass-nouns"].contains(noun) || MassNoun.isMass(noun.lower, lexicon: context.lexicon)
            {
                return nil
            }
            return context.replacement(of: noun, with: plural)
        }
    }

    /// Where the noun phrase starts: after "one of the/my/these", or after "a lot of" / "lots of".
    private func nounPhraseStart(after token: Token, in context: AnalysisContext) -> Int? {
        let word = { (offset: Int) in context.token(at: token.index + offset)?.lower }
        switch phrase {
        case .oneOf, .someOf:
            guard phrase == .oneOf ? token.lower == "one" : Self.partQuantifiers.contains(token),
                word(1) == "of", let determiner = word(2),
                ["the", "these", "those"].contains(determiner) || FunctionWords.possessives.contains(determiner)
            else { return nil }
            return token.index + 3
        case .aLotOf:
            if token.lower == "lot", word(-1) == "a", word(1) == "of" { return token.index + 2 }
            // "alot of": the learner's one-word spelling (the spelling rule splits it).
            if token.lower == "lots" || token.lower == "alot", word(1) == "of" { return token.index + 2 }
            return nil
        }
    }

    /// An adjective the lexicon does not list ("favourite", British spelling): a word it knows
    /// as no noun, with a word after it, that the tagger reads as an adjective. Asked last,
    /// once the words before have matched (tagging is the analyser's dearest step).
    private func isUnlistedAdjective(_ token: Token, in context: AnalysisContext) -> Bool {
        guard context.lexicon.noun(singular: token) == nil, context.lexicon.noun(plural: token) == nil,
            context.token(at: token.index + 1)?.isWord == true
        else { return false }
        return context.tag(at: token.index) == "JJ"
    }

    /// The noun the phrase ends in, after any adjectives ("best", "most beautiful"), when it
    /// ends there: not "one of my friend's", "one of the bus stops".
    private func headNoun(from index: Int, in context: AnalysisContext) -> Token? {
        var index = index
        while let token = context.token(at: index), token.isWord, !token.isCapitalized,
            token.lower == "most" || token.lower == "more" || context.lexicon.isSuperlative(token)
                || context.lexicon.isComparative(token)
                || (context.lexicon.isAdjective(token) && !context.lexicon.isMainlyNoun(token))
                || isUnlistedAdjective(token, in: context)
        {
            index += 1
        }
        guard let noun = context.token(at: index), noun.isWord, !noun.isCapitalized else { return nil }
        if let next = context.token(at: index + 1) {
            if next.text == "'s" || next.text == "'" || next.text == "-" { return nil }
            if next.isWord, context.continuesCompound(next, lists: lists) { return nil }
            // "(my favourite photo is) one of my grandmother laughing": "one" may stand for a
            // picture or a story of one person doing something, so a noun with an -ing verb
            // after it is not made plural ("one of my grandmothers laughing" would be wrong).
            if phrase != .aLotOf, next.isWord, next.lower.hasSuffix("ing"),
                context.lexicon.base(ofForm: next, kind: .presentParticiple) != nil
            {
                return nil
            }
        }
        return noun
    }
}

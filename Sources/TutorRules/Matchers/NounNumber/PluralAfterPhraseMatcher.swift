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

    /// The noun the phrase ends in, after any adjectives ("best", "most beautiful", and
    /// "favorite", which the lexicon reads mainly as a noun, "my favorite"), when it ends
    /// there: not "one of my friend's". A word that describes the next noun leads on to
    /// it ("one of my favourite pop singer" → "singer"), but not a noun of its own ("one of my
    /// friend house" meant the friend's house; see `isDescribingWord`); a word the tagger
    /// reads as a finite verb ends the phrase ("One of my friend lives here": "lives" is no
    /// noun there).
    private func headNoun(from index: Int, in context: AnalysisContext) -> Token? {
        var index = index
        while let token = context.token(at: index), token.isWord, !token.isCapitalized,
            token.lower == "most" || token.lower == "more" || token.lower == "favorite"
                || context.lexicon.isSuperlative(token)
                || context.lexicon.isComparative(token)
                || (context.lexicon.isAdjective(token) && !context.lexicon.isMainlyNoun(token))
                || isUnlistedAdjective(token, in: context)
        {
            index += 1
        }
        guard var noun = context.token(at: index), noun.isWord, !noun.isCapitalized else { return nil }
        while let next = context.token(at: noun.index + 1) {
            if next.text == "'s" || next.text == "'" || next.text == "-" { return nil }
            guard next.isWord, context.continuesCompound(next, lists: lists) else { break }
            let nextTag = context.tag(at: next.index)
            // A word that may be a plural noun too is read as the verb only after a person,
            // who does things ("my friend lives"), not after a thing ("the bus stops").
            if Self.finiteVerbTags.contains(nextTag),
                lists["person-nouns"].contains(noun) || context.lexicon.noun(plural: next) == nil
            {
                break
            }
            guard nextTag == "NN", !next.isCapitalized, isDescribingWord(noun, in: context),
                noun.index < index + Self.longestCompound - 1
            else { return nil }
            noun = next
        }
        // "(my favourite photo is) one of my grandmother laughing": "one" may stand for a
        // picture or a story of one person doing something, so a noun with an -ing verb after
        // it is not made plural ("one of my grandmothers laughing" would be wrong).
        if phrase != .aLotOf, let next = context.token(at: noun.index + 1), next.isWord, next.lower.hasSuffix("ing"),
            context.lexicon.base(ofForm: next, kind: .presentParticiple) != nil
        {
            return nil
        }
        return noun
    }

    /// Whether a word before a noun describes it rather than being the noun the learner meant
    /// to count: a plural ("the best teenagers team") or a word used more as a verb or an
    /// adjective ("pop", "classic"). Not a noun in its own right ("one of your woman officer",
    /// "one of my friend house"), where the count may have been meant for either.
    private func isDescribingWord(_ word: Token, in context: AnalysisContext) -> Bool {
        if context.lexicon.clearPlural(word.lower) != nil { return true }
        return !context.lexicon.isMainlyNoun(word) && !lists["person-nouns"].contains(word)
    }

    /// Tags of a finite verb, which ends the noun phrase before it.
    private static let finiteVerbTags: Set<String> = ["VBZ", "VBD", "VBP", "MD"]
    /// The most nouns a compound may hold ("school sports day").
    private static let longestCompound = 3
}

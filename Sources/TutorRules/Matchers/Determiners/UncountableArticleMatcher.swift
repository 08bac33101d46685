// "an advice" → "advice" (determiner.uncountable-article).

import TutorCore

/// "an advice" → "advice", "a homework" → "homework", "a useful information" → "useful
/// information", "a great fun" → "great fun": the article's noun is found past the
/// adjectives before it. The nouns are the lexicon's uncountable ones and the mass nouns of
/// wordlists/mass-nouns.txt ("fun", "luck", "peace"), less those an adjective lets take "a"
/// (wordlists/uncountable-with-article.txt: "a good knowledge of", "a great love of").
struct UncountableArticleMatcher: Matcher {
    let lists: WordLists

    /// Words after "a" that make a quantity of an uncountable noun ("a little money"), so the
    /// article belongs there.
    private static let quantityWords: WordSet = ["little", "few"]
    /// Words that may stand between the article and an adjective ("a very useful advice").
    private static let intensifiers: WordSet = [
        "very", "really", "quite", "so", "extremely", "truly", "rather", "pretty",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for article in context.tokens where article.lower == "a" || article.lower == "an" {
            guard let noun = headNoun(after: article, in: context) else { continue }
            let isUncountable = context.lexicon.isUncountable(noun)
            guard isUncountable || isMassNoun(noun, in: context),
                !lists["uncountable-with-article"].contains(noun)
            else { continue }
            if let next = context.token(at: noun.index + 1), next.isWord, context.continuesCompound(next, lists: lists)
            {
                continue
            }
            if let deletion = context.deletion(of: article, anchoredToNext: true) { matches.append(deletion) }
        }
        return matches
    }

    /// The first word after the article that is no intensifier and no adjective, or nil when
    /// a word on the way makes the article right ("a little", "a great deal") or ends the phrase.
    private func headNoun(after article: Token, in context: AnalysisContext) -> Token? {
        var index = article.index + 1
        while let token = context.token(at: index), token.isWord {
            if Self.quantityWords.contains(token) { return nil }
            let isModifier =
                Self.intensifiers.contains(token)
                || (context.lexicon.isAdjective(token) && !context.lexicon.isUncountable(token))
            guard isModifier, index - article.index < 4, let next = context.token(at: index + 1), next.isWord else {
                return token
            }
            index += 1
        }
        return nil
    }

    /// A mass noun ("fun", "luck") that ends its phrase where the rule can see it: punctuation
    /// or a word that cannot continue it follows, not "of" ("a fun of" is "a fan of", "a peace
    /// of" is "a piece of") nor a word that may be its noun ("a fun trip"). Not
    /// "entertainment", which is also one show ("an evening's entertainment", "an
    /// entertainment for the guests").
    private func isMassNoun(_ noun: Token, in context: AnalysisContext) -> Bool {
        guard lists["mass-nouns"].contains(noun), noun.lower != "entertainment" else { return false }
        guard let next = context.token(at: noun.index + 1), next.isWord else { return true }
        return next.lower != "of" && lists["phrase-boundary-words"].contains(next)
    }
}

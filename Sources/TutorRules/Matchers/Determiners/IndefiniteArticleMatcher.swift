// "a apple" → "an apple", "an book" → "a book" (determiner.a-an); "Tom an Jerry" → "Tom and
// Jerry", where the "an" is "and" with its last letter lost.

import TutorCore

/// "a apple" → "an apple", "an book" → "a book".
struct IndefiniteArticleMatcher: Matcher {
    let sound: ArticleSound

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for article in context.tokens where article.lower == "a" || article.lower == "an" {
            guard let next = context.token(at: article.index + 1), next.isWord, !next.isAllCaps, next.text.count > 1,
                let expected = sound.article(before: next.text), expected != article.lower
            else { continue }
            // "a" as a letter or a label ("plan a", "vitamin a") is not an article, nor is
            // a capital "A"/"An" inside a sentence ("From: An Soo Kim") or the last letter of
            // an abbreviation ("U.S.A").
            if article.text != article.lower, !article.startsSentence { continue }
            // "a another" takes no article at all ("another" is "an other"): "an another" is no fix.
            if next.lower == "another" { continue }
            if let previous = context.token(at: article.index - 1), previous.span.end == article.span.start,
                previous.text == "."
            {
                continue
            }
            if article.lower == "an" {
                // "an" before what cannot open a noun phrase is "and" typed short, not an article.
                switch andReading(of: article, before: next, in: context) {
                case .and: matches.append(andMatch(for: article, in: context))
                case .unclear: break
                case .article: matches.append(context.replacement(of: article, with: expected))
                }
                continue
            }
            matches.append(context.replacement(of: article, with: expected))
        }
        return matches
    }

    private enum Reading { case article, and, unclear }

    /// Pronouns, adverbs, conjunctions and verbs that never follow the article "a" ("an she",
    /// "an now", "an went"): after "an" they show that "and" was meant.
    private static let neverAfterArticle: WordSet = [
        "he", "she", "we", "they", "you", "him", "them", "us", "me", "then", "now", "so", "because", "but",
        "when", "suddenly", "soon", "later", "not", "never", "still", "sometimes", "was", "were", "is", "are",
        "had", "has", "did", "will", "would", "could", "should", "can", "went", "got", "saw", "said", "took",
        "made", "who", "which", "where", "what", "while",
    ]

    /// Whether "an" before a consonant sound is the article ("an book" → "a book"), "and" ("Tom an
    /// Jerry", "came an thanked us", "tired an hungry."), or neither clearly ("an go").
    private func andReading(of article: Token, before next: Token, in context: AnalysisContext) -> Reading {
        if Self.neverAfterArticle.contains(next) { return .and }
        // "trust an my friend", "an the book": "and" or no word at all may be meant.
        if FunctionWords.possessives.contains(next) || FunctionWords.determiners.contains(next) { return .unclear }
        guard let previous = context.token(at: article.index - 1), previous.isWord else {
            return next.isCapitalized ? .unclear : .article
        }
        // "Danny an Tina": a name after a word, where "a" would not go before a name.
        // "an Korean student" is still the article before an adjective of a people.
        if next.isCapitalized {
            if context.lexicon.isAdjective(next.lower) { return .article }
            return previous.isCapitalized ? .and : .unclear
        }
        // "an profeshion" misspelt: "a" before a word the lexicon does not know teaches little.
        if !context.lexicon.isSpeltRight(next.lower) { return .unclear }
        // "came an thanked us": a past form that is no noun or adjective.
        if context.lexicon.isOnlyPast(next), !context.lexicon.isAdjective(next),
            context.lexicon.countableSingular(next) == nil
        {
            return .and
        }
        // "tired an hungry.", "sleepy an cold after the hike": an adjective after an adjective,
        // with no noun, adjective or "and" after it ("an big and red car" is still "a").
        if context.lexicon.isAdjective(previous), context.lexicon.isAdjective(next),
            !context.lexicon.isMainlyNoun(next)
        {
            guard let after = context.token(at: next.index + 1), after.isWord else { return .and }
            let goesOn =
                after.lower == "and" || context.lexicon.isMainlyNoun(after) || context.lexicon.isAdjective(after)
            return goesOn ? .article : .and
        }
        // "to go an see": a verb that is no noun after "an" reads as neither.
        if context.lexicon.isVerbBase(next), context.lexicon.countableSingular(next) == nil,
            !context.lexicon.isAdjective(next), !context.lexicon.isMainlyNoun(next)
        {
            return .unclear
        }
        return .article
    }

    /// "an" → "and", with a message of its own.
    private func andMatch(for article: Token, in context: AnalysisContext) -> Match {
        var match = context.replacement(of: article, with: "and")
        match.message = LocalizedText(
            en: "'An' is an article and goes only before a noun; to join two things, write 'and': '{correction}'.",
            ko: "'an'은 명사 앞에만 쓰는 관사예요. 두 가지를 이을 때는 'and'를 써요: '{correction}'.")
        return match
    }
}

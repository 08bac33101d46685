// "one of best places", "Seoul is biggest city": a superlative before a noun needs "the".

import TutorCore

/// Finds a superlative ("best", "biggest", or "most"/"least" and an adjective) that stands
/// before a noun with no determiner, right after "one of" (and "some of", "many of", ...), a
/// form of "be", or a preposition: "one of best cities" → "one of the best cities", "Seoul is
/// biggest city" → "the biggest city", "it is most important thing" → "the most important
/// thing". Left alone: "my best friend", "most people" (a quantity), "at least two", "I like
/// summer best", "best wishes".
struct SuperlativeArticleMatcher: Matcher {
    /// What may stand before a superlative that lacks its "the".
    static let openers: WordSet = [
        "of", "is", "are", "was", "were", "be", "been", "'s", "'re", "in", "on", "for", "with", "from", "among",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { token -> Match? in
            guard token.isWord, token.text == token.lower, let previous = context.token(at: token.index - 1),
                previous.isWord, Self.openers.contains(previous.lower),
                let noun = nounAfterSuperlative(token, in: context), !["wishes", "regards"].contains(noun.lower)
            else { return nil }
            return context.insertion("the", before: token)
        }
    }

    /// The noun a superlative starting at `token` describes, or nil when `token` starts none.
    private func nounAfterSuperlative(_ token: Token, in context: AnalysisContext) -> Token? {
        let lexicon = context.lexicon
        var next = token.index + 1
        if ["most", "least"].contains(token.lower) {
            // "most important thing", not "most people" (a quantity).
            guard let adjective = context.token(at: next), adjective.isWord, lexicon.isAdjective(adjective.lower) else {
                return nil
            }
            next += 1
        } else if !(["best", "worst"].contains(token.lower) || lexicon.isSuperlative(token.lower)) {
            return nil
        }
        guard let noun = context.token(at: next), noun.isWord, noun.text == noun.lower,
            lexicon.isMainlyNoun(noun.lower) || lexicon.noun(plural: noun.lower) != nil
        else { return nil }
        return noun
    }
}

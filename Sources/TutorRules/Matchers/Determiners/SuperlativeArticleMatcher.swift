// "one of best places", "Seoul is biggest city": a superlative before a noun needs "the".

import TutorCore

/// Finds a superlative ("best", "biggest", or "most"/"least" and an adjective) that stands
/// before a noun with no determiner, right after "one of" (and "some of", "many of", ...), a
/// form of "be", a preposition or a verb whose object it starts: "one of best cities" → "one
/// of the best cities", "Seoul is biggest city" → "the biggest city", "it is most important
/// thing" → "the most important thing", "the show will include latest fashions" → "the latest
/// fashions". Left alone: "my best friend", "Pat's best friend" (a possessive), "they were best
/// friends" (a set phrase), "most people" (a quantity), "at least two", "I like summer best",
/// "best wishes"; the word after must be tagged a noun ("most interested in").
struct SuperlativeArticleMatcher: Matcher {
    /// What may stand before a superlative that lacks its "the".
    static let openers: WordSet = [
        "of", "is", "are", "was", "were", "be", "been", "'s", "'re", "in", "on", "for", "with", "from", "among",
    ]

    /// Prepositions, besides the openers, whose object a superlative may start ("a show about
    /// latest fashions"); not "at" ("at best", "at least").
    static let prepositions: WordSet = ["about", "during", "into", "to", "than"]

    func matches(in context: AnalysisContext) -> [Match] {
        // By index, and the superlative first: most tokens are no superlative, and are not copied.
        context.tokens.indices.compactMap { index -> Match? in
            guard context.tokens[index].isWord, Self.isSuperlative(context.tokens[index], lexicon: context.lexicon)
            else { return nil }
            let token = context.tokens[index]
            guard token.text == token.lower, let previous = context.token(at: token.index - 1),
                previous.isWord, !isPossessive(previous, in: context),
                let noun = nounAfterSuperlative(token, in: context), !["wishes", "regards"].contains(noun),
                !(token.lower == "best" && noun.lower == "friends"), isOpener(previous, in: context),
                context.tag(at: noun.index).hasPrefix("NN")
            else { return nil }
            return context.insertion("the", before: token)
        }
    }

    /// The words a superlative before a noun may be: "most", "least", "best", "worst" and the
    /// lexicon's superlatives (`nounAfterSuperlative` reads no other word).
    private static let superlativeWords: WordSet = ["most", "least", "best", "worst"]

    private static func isSuperlative(_ token: Token, lexicon: Lexicon) -> Bool {
        superlativeWords.contains(token) || lexicon.isSuperlative(token)
    }

    /// A word after which the superlative starts a noun phrase of its own: one of the openers, a
    /// preposition, or a verb that takes the phrase as its object ("we will see latest
    /// fashions"; not "being", "am").
    private func isOpener(_ previous: Token, in context: AnalysisContext) -> Bool {
        if Self.openers.contains(previous) || Self.prepositions.contains(previous) { return true }
        guard !["being", "am", "'m"].contains(previous) else { return false }
        return context.tag(at: previous.index).hasPrefix("VB")
    }

    /// Pronouns whose "'s" is "is" ("it's best to ..."); after any other word "'s" is a
    /// possessive, which takes the place of "the" ("the world's largest city", "Pat's best friend").
    private static let pronounsBeforeIs: WordSet = [
        "it", "he", "she", "that", "there", "here", "what", "who", "this", "where", "which",
    ]

    private func isPossessive(_ previous: Token, in context: AnalysisContext) -> Bool {
        guard previous.lower == "'s" || previous.lower == "’s" else { return false }
        guard let owner = context.token(at: previous.index - 1), owner.isWord else { return false }
        return !Self.pronounsBeforeIs.contains(owner)
    }

    /// The noun a superlative starting at `token` describes, or nil when `token` starts none.
    private func nounAfterSuperlative(_ token: Token, in context: AnalysisContext) -> Token? {
        let lexicon = context.lexicon
        var next = token.index + 1
        if ["most", "least"].contains(token) {
            // "most important thing", not "most people" (a quantity).
            guard let adjective = context.token(at: next), adjective.isWord, lexicon.isAdjective(adjective) else {
                return nil
            }
            next += 1
        } else if !(["best", "worst"].contains(token) || lexicon.isSuperlative(token)) {
            return nil
        }
        guard let noun = context.token(at: next), noun.isWord, noun.text == noun.lower,
            lexicon.isMainlyNoun(noun) || lexicon.noun(plural: noun) != nil
        else { return nil }
        return noun
    }
}

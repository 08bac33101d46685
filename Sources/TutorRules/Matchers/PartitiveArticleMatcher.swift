// "one of best places": a superlative after "one of", "some of" needs "the".

import TutorCore

/// Finds a quantity word and "of" followed straight by a superlative, with no determiner:
/// "one of best cities" → "one of the best cities", "some of most famous" → "some of the
/// most famous". ("Most of students" is left alone: "most students" and "most of the
/// students" are both what a learner may have meant.)
struct PartitiveArticleMatcher: Matcher {
    static let quantities: Set = ["most", "many", "some", "few", "several", "both", "each", "one", "none", "half", "either", "neither", "all"]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { token -> Match? in
            guard token.isWord, token.lower == "of", let quantity = context.token(at: token.index - 1),
                quantity.isWord, Self.quantities.contains(quantity.lower),
                let next = context.token(at: token.index + 1), next.isWord, next.text == next.lower,
                ["best", "worst", "most", "least"].contains(next.lower) || context.lexicon.isSuperlative(next.lower),
                let after = context.token(at: next.index + 1), after.isWord
            else { return nil }
            return context.insertion("the", before: next)
        }
    }
}

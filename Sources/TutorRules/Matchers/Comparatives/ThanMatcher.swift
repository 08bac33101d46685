// "bigger then", "more expensive then": a comparison takes "than".

import TutorCore

/// Finds "then" right after a comparative ("bigger then", "better then") or after "more" or
/// "less" and an adjective ("more expensive then"), and gives "than".
struct ThanMatcher: Matcher {
    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { token -> Match? in
            guard token.isWord, token.lower == "then", let previous = context.token(at: token.index - 1),
                previous.isWord
            else { return nil }
            // "more then" alone is often "..., and if it grows more, then ...": left alone.
            let comparative =
                ["better", "worse", "rather"].contains(previous) || context.lexicon.isComparative(previous)
            let afterMoreAndAdjective =
                context.lexicon.isAdjective(previous)
                && (context.token(at: previous.index - 1).map { ["more", "less"].contains($0.lower) } ?? false)
            guard comparative || afterMoreAndAdjective else { return nil }
            return context.replacement(of: token, with: "than")
        }
    }
}

// "I study everyday." → "every day" (orthography.every-day).

import TutorCore

/// "I study everyday." → "every day": "everyday" is an adjective ("everyday life"); on its
/// own, at the end of a clause, it means "each day".
struct EverydayMatcher: Matcher {
    var triggerWords: Set<String>? { ["everyday"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { word -> Match? in
            guard word.lower == "everyday", let previous = context.token(at: word.index - 1), previous.isWord else {
                return nil
            }
            if let next = context.token(at: word.index + 1), !next.endsClause,
                !(next.isWord && ["and", "but", "so", "because"].contains(next))
            {
                return nil
            }
            return context.replacement(of: word, with: "every day")
        }
    }
}

// "almost people" → "most people" (determiner.almost-most; Korean 대부분).

import TutorCore

/// "almost people" → "most people", "almost of the students" → "most of the students":
/// "almost" modifies "all", "every" or a number, not a noun.
struct AlmostMatcher: Matcher {
    var triggerWords: Set<String>? { ["almost"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { almost -> Match? in
            guard almost.lower == "almost", let next = context.token(at: almost.index + 1), next.isWord,
                !next.isCapitalized
            else { return nil }
            let isPluralNoun =
                context.lexicon.noun(plural: next).map {
                    $0.singular != next.lower && context.lexicon.isMainlyNoun($0.singular)
                } ?? false
            guard next.lower == "of" || isPluralNoun,
                // "almost the whole", "almost of age": only "of" before a determiner or pronoun.
                next.lower != "of"
                    || context.token(at: next.index + 1).map({
                        FunctionWords.determiners.contains($0.lower) || ["them", "us", "you"].contains($0.lower)
                    }) == true
            else { return nil }
            return context.replacement(of: almost, with: "most")
        }
    }
}

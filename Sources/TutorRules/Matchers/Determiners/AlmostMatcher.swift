// "almost people" → "most people" (determiner.almost-most; Korean 대부분).

import TutorCore

/// "almost people" → "most people", "almost of the students" → "most of the students":
/// "almost" modifies "all", "every" or a number, not a noun.
struct AlmostMatcher: Matcher {
    var triggerWords: Set<String>? { ["almost"] }

    private static let notNouns: WordSet = ["as", "us", "is"]
    /// Words before "almost" that make it a predicate's or another adverb's: no "most" there.
    private static let before: WordSet = [
        "nearly", "not", "become", "becomes", "became", "becoming", "seem", "seems", "seemed",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { almost -> Match? in
            guard almost.lower == "almost", let next = context.token(at: almost.index + 1), next.isWord,
                !next.isCapitalized,
                // "not almost as good as", "us", "is": letters' plurals, not nouns.
                !Self.notNouns.contains(next.lower),
                // "We were almost friends" (a predicate: "almost" right); "nearly almost of" ("nearly most"
                // is no fix).
                context.token(at: almost.index - 1).map({
                    !FunctionWords.beForms.contains($0.lower) && !Self.before.contains($0.lower)
                }) ?? true
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

// "for one months" → "for one month" (noun-number.after-one).

import TutorCore

/// "for one months" → "one month", "one big problems" → "one big problem": the number one
/// counts a single thing. Left alone: "one of", "no one", "the one", "this one" (a pronoun,
/// not a number); "twenty one years", "one hundred" (part of a larger number); a plural that
/// describes the next noun ("one sports club"); "one another", "one's".
struct SingularAfterOneMatcher: Matcher {
    var triggerWords: Set<String>? { ["one"] }

    /// Words before "one" that make it a pronoun or part of a larger number.
    private static let notCounting: WordSet = [
        "no", "the", "this", "that", "which", "every", "each", "any", "another", "some", "last", "only", "little",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "and",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { one -> Match? in
            guard one.lower == "one", !Self.notCounting.contains(context.token(at: one.index - 1)?.lower ?? ""),
                context.token(at: one.index - 1)?.text != "-"
            else { return nil }
            // The noun right after "one", or after one adjective ("one big problems").
            for nounIndex in (one.index + 1)...(one.index + 2) {
                // "one hundred students": a larger number.
                guard let noun = context.token(at: nounIndex), noun.isWord, !noun.isCapitalized,
                    FunctionWords.numberWords[noun] == nil, noun.lower != "dozen"
                else { return nil }
                guard let entry = context.lexicon.clearPlural(noun.lower) else {
                    // Only an adjective may stand between.
                    if nounIndex == one.index + 1, context.lexicon.isAdjective(noun),
                        !context.lexicon.isMainlyNoun(noun), !["more", "other"].contains(noun)
                    {
                        continue
                    }
                    return nil
                }
                if ["other", "thing", "one"].contains(entry.singular)
                    || PossessivePluralAgreementMatcher.singularInMeaning.contains(noun)
                {
                    return nil
                }
                if let next = context.token(at: nounIndex + 1),
                    next.text == "'" || next.text == "'s" || next.text == "-"
                {
                    return nil
                }
                // Then the tags: a plural noun that ends its phrase, after "one" read as a number.
                guard context.tag(at: nounIndex) == "NNS", context.tag(at: one.index) == "CD",
                    !context.tag(at: nounIndex + 1).hasPrefix("NN")
                else { return nil }
                return context.replacement(of: noun, with: entry.singular)
            }
            return nil
        }
    }
}

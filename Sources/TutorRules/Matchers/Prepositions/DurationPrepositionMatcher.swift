// "since three years" → "for three years", where the verb already has its tense right.

/// preposition.for-duration: a length of time after "during" or "since" takes "for", found by
/// the rule's phrase pattern. "Since" is corrected only after a perfect or a past verb in its
/// sentence ("I have lived here since two years", "we waited since two hours"): after a present
/// ("I am living here since two weeks") the fix is "I have been living here for two weeks", and
/// "for" alone would give a key that keeps the wrong tense ("I am living here for two weeks"
/// says how long the stay will be), so the rule says nothing there.
struct DurationPrepositionMatcher: Matcher {
    let phrase: PhraseMatcher

    var triggerWords: Set<String>? { phrase.triggerWords }

    /// Auxiliaries of a perfect.
    private static let perfectAuxiliaries: WordSet = ["have", "has", "had", "'ve", "'d", "haven't", "hasn't", "hadn't"]

    func matches(in context: AnalysisContext) -> [Match] {
        phrase.matches(in: context).filter { match in
            guard let since = context.tokens.first(where: { $0.span.start == match.span.start }),
                since.lower == "since"
            else { return true }
            return context.sentence(containing: since.index).contains { token in
                token.index < since.index && token.isWord
                    && (Self.perfectAuxiliaries.contains(token) || ["was", "were"].contains(token)
                        || context.lexicon.base(ofForm: token, kind: .past) != nil)
            }
        }
    }
}

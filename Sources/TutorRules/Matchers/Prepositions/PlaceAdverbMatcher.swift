// "go to there" → "go there", but not "go to there concert", where "there" stands for "their".

/// preposition.go-to-there: "to" before an adverb of place ("go to abroad", "come to here"),
/// found by the rule's phrase pattern. A "there" with a noun after it ("go to there concert",
/// "go to there new house") is the learner's "their": "go there concert" would be no English,
/// so the rule says nothing there (a time word after it is no noun of its: "go to there
/// tomorrow" is still corrected).
struct PlaceAdverbMatcher: Matcher {
    let phrase: PhraseMatcher
    let lists: WordLists

    var triggerWords: Set<String>? { phrase.triggerWords }

    /// Words that start a time phrase after a place adverb ("there next week").
    private static let timeWords: WordSet = [
        "today", "tomorrow", "tonight", "yesterday", "next", "last", "this", "every", "someday", "sometime",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        phrase.matches(in: context).filter { !isTheirBeforeNoun(after: $0, in: context) }
    }

    /// Whether the adverb after the deleted "to" is "there" followed by a noun (or an adjective
    /// and a noun): the words are read first, and the tags asked only then.
    private func isTheirBeforeNoun(after match: Match, in context: AnalysisContext) -> Bool {
        guard
            let adverb = context.tokens.first(where: { $0.isWord && $0.span.start >= match.span.end }),
            adverb.lower == "there", let next = context.token(at: adverb.index + 1), next.isWord,
            !Self.timeWords.contains(next), !lists["time-units"].contains(next)
        else { return false }
        let nouns: Set<String> = ["NN", "NNS"]
        let tag = context.tag(at: next.index)
        if nouns.contains(tag) { return true }
        return tag == "JJ" && nouns.contains(context.tag(at: next.index + 1))
    }
}

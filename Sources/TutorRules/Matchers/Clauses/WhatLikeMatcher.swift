// "How is the weather like?" → "What is the weather like?" (conjunction.what-like).

import TutorCore

/// "Like" in "What is it like?" is a preposition whose object is the question word, so the
/// question asks "what", never "how": "How is the weather like?", "I can't imagine how it
/// looks like" → "what". Korean asks both with one word ("어때"), so learners often write
/// "how". The rule reads "how", then within the clause a verb of being or seeming ("is",
/// "was", "will be", "looks", "seems", "feels", "sounds") and "like" with nothing after it but
/// the clause's end, a place or a time ("like in July", "like there"). Left alone: "how" with a
/// "do" ("How do you like it?", which asks whether one enjoys it), "how" before an adjective
/// or an adverb ("how much I like it"), and "like" with an object ("how it looks like a
/// cat" is rare, and "how people like it" right). A question inside a sentence in the
/// asked order ("let me know how is the climate like") gets the statement's order too: "what
/// the climate is like".
struct WhatLikeMatcher: Matcher {
    /// The verbs whose complement "what ... like" asks about.
    private static let linkingVerbs: WordSet = [
        "is", "are", "was", "were", "be", "been", "'s", "'re", "am", "'m", "look", "looks", "looked", "seem", "seems",
        "seemed", "feel", "feels", "felt", "sound", "sounds", "sounded", "taste", "tastes", "tasted", "smell",
        "smells", "smelled",
    ]
    /// Words that may follow "how" in this question: a verb of `linkingVerbs`, a modal, or the
    /// start of a subject. Not an adjective or an adverb ("how much", "how long").
    private static let subjectStarts: WordSet = [
        "i", "you", "he", "she", "it", "we", "they", "this", "that", "these", "those", "the", "a", "an", "my", "your",
        "his", "her", "its", "our", "their", "people", "life", "everything", "things",
    ]
    /// Words that may follow the final "like": where or when, not an object.
    private static let afterLike: WordSet = [
        "in", "at", "on", "there", "here", "now", "then", "during", "after", "before", "when", "nowadays", "today",
        "tonight", "tomorrow", "for", "without", "with", "outside", "inside", "back", "from", "by", "if", "to", "and",
        "but", "or", "so", "because",
    ]
    /// Words that end the search: a "do" question, a second clause, another question word.
    private static let stops: WordSet = [
        "do", "does", "did", "don't", "doesn't", "didn't", "how", "what", "which", "who", "that", "because", "and",
        "but", "if", "when", "much", "many",
    ]
    private static let modals: WordSet = [
        "will", "would", "could", "can", "might", "may", "should", "must", "'ll", "'d",
    ]

    var triggerWords: Set<String>? { ["how"] }

    func matches(in context: AnalysisContext) -> [Match] {
        guard context.words.contains("like") else { return [] }
        return context.positions(of: "how").compactMap { how -> Match? in
            guard let howToken = context.token(at: how), let next = context.token(at: how + 1), next.isWord,
                Self.linkingVerbs.contains(next) || Self.modals.contains(next) || Self.subjectStarts.contains(next)
            else { return nil }
            // "like" within eight words of "how", in the same clause, after a linking verb.
            var sawLinkingVerb = false
            var index = how + 1
            while index <= how + 8, let token = context.token(at: index), token.isWord {
                if token.lower == "like" {
                    guard sawLinkingVerb, index > how + 2 else { return nil }
                    let after = context.token(at: index + 1)
                    guard after.map({ !$0.isWord || Self.afterLike.contains($0) }) ?? true else { return nil }
                    return match(how: howToken, like: index, in: context)
                }
                if Self.stops.contains(token) { return nil }
                if Self.linkingVerbs.contains(token) { sawLinkingVerb = true }
                index += 1
            }
            return nil
        }
    }

    /// "how" → "what"; inside a sentence, a question in the asked order ("know how is the
    /// climate like") also takes the statement's order ("what the climate is like").
    private func match(how: Token, like: Int, in context: AnalysisContext) -> Match? {
        let what = how.isAllCaps ? "WHAT" : how.isCapitalized ? "What" : "what"
        guard let verb = context.token(at: how.index + 1), let before = context.token(at: how.index - 1),
            before.isWord, ["is", "are", "was", "were"].contains(verb.lower), like - verb.index >= 2,
            let likeToken = context.token(at: like)
        else {
            return Match(span: how.span, suggestions: [what])
        }
        // The subject between the verb and "like" must be a plain noun phrase: no second verb.
        let subject = (verb.index + 1..<like).compactMap { context.token(at: $0) }
        guard let first = subject.first, let last = subject.last,
            !subject.contains(where: { Self.linkingVerbs.contains($0) || Self.modals.contains($0) })
        else { return nil }
        let reordered = what + " " + context.text(from: first, to: last) + " " + verb.text + " " + likeToken.text
        return Match(span: context.span(from: how, to: likeToken), suggestions: [reordered])
    }
}

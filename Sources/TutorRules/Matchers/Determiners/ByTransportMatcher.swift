// "I go to school by the bus" → "by bus" (determiner.by-transport).

import TutorCore

/// "I go to school by the bus", "we came by a taxi", "by an airplane" → "by bus", "by taxi": a means of transport
/// after "by" takes no article. Only where a verb of going (`motionVerbs`) comes before "by" in
/// the clause, with no participle between ("I was hit by a car" is a passive; "I waited by the
/// car" names a place), and where the noun ends its phrase ("by the bus stop", "by the train
/// that leaves at six" are left alone).
struct ByTransportMatcher: Matcher {
    let transportNouns: WordSet

    init(lists: WordLists) {
        transportNouns = lists["transport-nouns"]
    }

    var triggerWords: Set<String>? { ["by"] }

    /// Verbs whose "by" names how one travels.
    private static let motionVerbs: WordSet = [
        "go", "come", "travel", "commute", "get", "return", "arrive", "move", "head", "leave", "ride", "run",
    ]
    /// Words that may follow the noun and end its phrase ("by the bus to school", "by the bus every day").
    private static let phraseEnders: WordSet = [
        "to", "and", "but", "or", "because", "so", "every", "with", "in", "at", "on", "from", "today", "yesterday",
        "tomorrow", "instead",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { by -> Match? in
            guard by.lower == "by", let article = context.token(at: by.index + 1),
                ["the", "a", "an"].contains(article.lower),
                let noun = context.token(at: by.index + 2), noun.isWord, noun.text == noun.lower,
                transportNouns.contains(noun), endsPhrase(noun, in: context), followsMotionVerb(by, in: context)
            else { return nil }
            // "by airplane" is right; "by plane", said more often, is as right an answer.
            let also = noun.lower == "airplane" ? ["plane"] : []
            return Match(span: context.span(from: article, to: noun), suggestions: [noun.text] + also)
        }
    }

    private func endsPhrase(_ noun: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: noun.index + 1) else { return true }
        if !next.isWord { return next.text != "'" && next.text != "-" && next.text != "'s" }
        return Self.phraseEnders.contains(next)
    }

    /// A verb of going before "by" in its clause, and no participle or clause start between.
    private func followsMotionVerb(_ by: Token, in context: AnalysisContext) -> Bool {
        var index = by.index - 1
        while let token = context.token(at: index), token.isWord, by.index - index <= 6 {
            let tag = context.tag(at: index)
            if tag == "VBN" || FunctionWords.clauseStarters.contains(token) { return false }
            if tag.hasPrefix("VB") {
                let base = context.lexicon.verbReadings(of: token).first?.base ?? token.lower
                return Self.motionVerbs.contains(base)
            }
            if token.startsSentence { return false }
            index -= 1
        }
        return false
    }
}

// "She never wears make up." → "She never wears make-up." (the noun is one word; "make up" is the verb)

import TutorCore

/// Finds "make up" used as the noun (face paint: "wear make up", "the make up and
/// hairstyles") and writes it as one word, "make-up" (or "makeup"). The verb keeps its
/// space ("make up a story", "we argued and made up"), so only where the words before show
/// a noun: a determiner, an adjective, a preposition other than "to", a verb that takes the
/// noun as its object ("wear", "put on"), or a list of nouns (the word before "and", "or" or
/// the comma tagged a noun) ("hairstyles and make up").
/// Never before what follows the verb ("make up my mind", "make up for", "make up a story").
struct MakeUpNounMatcher: Matcher {
    /// Words before "make up" that show the noun.
    private static let nounSignals: WordSet = [
        "the", "a", "some", "any", "no", "much", "more", "less", "her", "his", "my", "your", "their", "our",
        "its", "of", "about", "with", "without", "for", "like", "in", "on", "from", "wear", "wears", "wearing",
        "wore", "worn", "put", "puts", "putting", "apply", "applies", "applying", "applied", "remove",
        "removing", "stage", "eye", "heavy", "light",
    ]
    /// Words after "make up" that show the verb: its object or particle.
    private static let verbSignals: WordSet = [
        "my", "your", "his", "her", "our", "their", "its", "one's", "a", "an", "the", "for", "with",
        "some", "something", "stories", "story", "excuses", "excuse", "lies", "this", "that", "it", "them",
        "mind", "minds", "anything", "everything", "words", "names", "most", "half", "about",
    ]
    /// Words after an opening "Make up" that show the noun ("Make up and hairstyles are ...").
    private static let openingNounSignals: WordSet = ["and", "or", ",", "is", "was", "artist", "artists"]

    var triggerWords: Set<String>? { ["make"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.positions(of: "make").compactMap { index -> Match? in
            guard let make = context.token(at: index), let up = context.token(at: index + 1), up.lower == "up",
                context.gap(between: make, and: up) == " ", isNoun(make, up, in: context)
            else { return nil }
            let hyphen = context.isPretokenised ? " - " : "-"
            return Match(
                span: context.span(from: make, to: up),
                suggestions: [make.text + hyphen + up.text, make.text + up.lower])
        }
    }

    /// Whether "make up" at `make` is the noun, read from its neighbours.
    private func isNoun(_ make: Token, _ up: Token, in context: AnalysisContext) -> Bool {
        let next = context.token(at: up.index + 1)
        if let next, Self.verbSignals.contains(next) { return false }
        guard let previous = context.token(at: make.index - 1), !make.startsSentence else {
            return next.map { Self.openingNounSignals.contains($0.lower) } ?? false
        }
        if Self.nounSignals.contains(previous) || context.lexicon.isAdjective(previous) { return true }
        // A list of nouns ("hairstyles and make up"), not of verbs ("They fight and make up").
        guard ["and", "or", ","].contains(previous),
            let before = context.token(at: previous.index - 1), before.isWord
        else { return false }
        return context.structure.tags[before.index].hasPrefix("NN")
    }
}

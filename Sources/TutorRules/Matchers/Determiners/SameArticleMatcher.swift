// "We are in same class" → "in the same class" (determiner.same-noun).

import TutorCore

/// "Same" before a noun or "as" takes "the": "we went to same school" → "the same school",
/// "I have same problem as you" → "the same problem". Read where "same" has no determiner
/// or possessive before it ("my same old bag" is left alone) and is followed by "as", by
/// punctuation, or by a singular noun that ends its phrase; not after the verbs and the "at"
/// that determiner.the-same and determiner.the-same-time read ("is same", "at same time"),
/// nor after words that go with "same" in other ways ("all the same", "much the same"). An
/// "a" before "same" becomes "the" ("we live in a same building"). A
/// plural or uncountable noun after it is left alone: "same" there is often "some"
/// misspelt ("I have same friends there").
struct SameArticleMatcher: Matcher {
    var triggerWords: Set<String>? { ["same"] }

    /// Words before "same" after which the rule does not read it.
    private static let notBefore: WordSet = [
        "the", "this", "that", "these", "those", "a", "an", "my", "your", "his", "her", "its", "our", "their", "one",
        "much", "almost", "exactly", "just", "all", "very", "such", "'s", "s'",
        // Read by determiner.the-same and determiner.the-same-time.
        "is", "are", "was", "were", "look", "looks", "looked", "taste", "tastes", "tasted", "at",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { same -> Match? in
            guard same.lower == "same", same.text == same.lower, let previous = context.token(at: same.index - 1),
                previous.isWord, let next = context.token(at: same.index + 1)
            else { return nil }
            // "in a same building" → "in the same building": "a" cannot go with "same".
            if previous.text == "a" {
                return endsAsThe(next, in: context) ? context.replacement(of: previous, with: "the") : nil
            }
            guard !Self.notBefore.contains(previous), endsAsThe(next, in: context),
                context.tag(at: previous.index) != "POS"
            else { return nil }
            return context.insertion("the", before: same)
        }
    }

    /// What follows "same" shows that it names one thing: "as", punctuation, or a singular
    /// noun people count that ends its phrase (tagged NN last, after the words). Before
    /// punctuation, only after a verb, a preposition or an adverb ("I think same.", "is not
    /// same."): after anything else it is the chat's "same" of agreement ("haha same,", "omg
    /// same!").
    private func endsAsThe(_ next: Token, in context: AnalysisContext) -> Bool {
        if next.kind == .punctuation {
            let beforeSame = context.tag(at: next.index - 2)
            return next.text != "-" && next.text != "'"
                && (beforeSame.hasPrefix("VB") || beforeSame == "IN" || beforeSame == "RB")
        }
        guard next.isWord else { return false }
        if next.lower == "as" { return true }
        guard !next.isCapitalized, context.lexicon.countableSingular(next) != nil,
            !context.lexicon.isUncountable(next)
        else { return false }
        guard context.tag(at: next.index) == "NN" else { return false }
        // "same school bag": the noun goes on.
        guard let after = context.token(at: next.index + 1), after.isWord else { return true }
        return !context.tag(at: after.index).hasPrefix("NN")
    }
}

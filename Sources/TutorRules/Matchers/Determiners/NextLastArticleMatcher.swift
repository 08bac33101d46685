// "I will go back the next year" → "next year" (determiner.next-last-time).

import TutorCore

/// "Next" and "last" before a unit of the calendar ("week", "summer", "Friday", "May") make a
/// time adverbial with no article, counted from now: "I will visit next summer", "we met last
/// Friday". "The" goes there only when the time is counted from another moment or is one of a
/// series, which this rule leaves alone:
/// - after a preposition or a verb ("in the next year", "during the last month", "spend the
///   next week", "it took the last month"): a stretch of time, not a point;
/// - before a phrase or clause that says which one ("the last week of July", "the last summer
///   I spent there", "the next year's festival", "the next year was hard");
/// - "the next" in a sentence with a past verb, where it means "the following" ("we met again
///   the next week"); "the last" in one that looks ahead ("we will play the last Friday"),
///   where it means "the final".
struct NextLastArticleMatcher: Matcher {
    var triggerWords: Set<String>? { ["next", "last"] }

    /// Units of the calendar that "next" and "last" turn into a time adverbial.
    private static let units: WordSet = [
        "week", "weekend", "month", "year", "summer", "winter", "spring", "autumn", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december",
    ]
    /// Tags of the word before "the" after which the phrase is an object or a stretch of time.
    private static let tagsBeforeStretch: Set<String> = [
        "IN", "TO", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "DT", "PDT", "POS", "CC", "WDT", "JJ",
    ]
    /// Words after the unit that start a phrase or clause saying which one is meant, or make
    /// the unit a subject.
    private static let specifyingAfter: WordSet = [
        "of", "that", "which", "when", "where", "who", "before", "after", "i", "we", "you", "he", "she", "they", "it",
        "is", "was", "will", "has", "had", "would", "'s", "'", "-", "and", "or",
    ]
    /// Words that look ahead, so "the last" means "the final".
    private static let futureWords: WordSet = ["will", "'ll", "shall", "going", "plan", "plans", "planning"]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { article -> Match? in
            guard article.lower == "the", let which = context.token(at: article.index + 1),
                which.lower == "next" || which.lower == "last", let unit = context.token(at: which.index + 1),
                Self.units.contains(unit), endsPhrase(after: unit, in: context)
            else { return nil }
            if let previous = context.token(at: article.index - 1), previous.isWord {
                guard !Self.tagsBeforeStretch.contains(context.tag(at: previous.index)) else { return nil }
            } else if let previous = context.token(at: article.index - 1), previous.text != "," {
                return nil
            }
            let sentence = context.sentence(containing: article.index)
            if which.lower == "next" {
                guard !sentence.contains(where: { context.tag(at: $0.index) == "VBD" }) else { return nil }
            } else {
                guard !sentence.contains(where: { Self.futureWords.contains($0.lower) }) else { return nil }
            }
            return context.deletion(of: article, anchoredToNext: article.startsSentence)
        }
    }

    /// Nothing after the unit says which one: the utterance ends, punctuation follows, or a
    /// word that neither goes on with the noun ("the next year festival") nor specifies it.
    private func endsPhrase(after unit: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: unit.index + 1) else { return true }
        if !next.isWord { return !Self.specifyingAfter.contains(next.lower) }
        guard !Self.specifyingAfter.contains(next) else { return false }
        let tag = context.tag(at: next.index)
        return !tag.hasPrefix("NN") && tag != "POS" && tag != "CD"
    }
}

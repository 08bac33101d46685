// "The concert I went last week was great" → "the concert I went to" (preposition.place-gone-to).

import TutorCore

/// A place or an event named, then a clause about going there that leaves out its "to": "the
/// concert I went last week", "the museum we have never been", "a park that we often go." The
/// preposition stays after the verb when its object is the noun the clause describes. The
/// noun must be tagged a noun and be a place or an event of `wordlists/visited-places.txt`,
/// `article-places.txt` or `event-nouns.txt`; the clause is a subject pronoun, at most a few
/// helping verbs and adverbs, and "go", "went", "gone" or "been", which ends it: punctuation, a
/// time phrase ("last week", "that day") or the main clause's verb ("the show I went was …").
///
/// Left alone: a time noun ("the day we went"), "where" ("the park where we went"), a noun after
/// a preposition ("In the hall we went, ..." may say where), and "go" followed by anything else
/// ("the shop we went to", "the party we go together").
struct PlaceGoneToMatcher: Matcher {
    let places: WordSet

    init(lists: WordLists) {
        places = WordSet(
            Array(lists["visited-places"]) + Array(lists["article-places"]) + Array(lists["event-nouns"])
                + ["place", "places"])
    }

    private static let goForms: WordSet = ["go", "goes", "went", "gone", "been"]
    private static let subjects: WordSet = ["i", "we", "you", "they", "he", "she"]
    /// Helping verbs and adverbs between the subject and "go": "we have never been", "I would
    /// like to go", "they often go".
    private static let between: WordSet = [
        "have", "has", "had", "'ve", "'d", "will", "'ll", "would", "could", "can", "should", "want", "wants",
        "wanted", "like", "to", "ever", "never", "always", "already", "just", "often", "usually", "sometimes",
        "once", "also", "really", "did", "do", "does", "didn't", "don't", "doesn't", "haven't", "hasn't",
        "hadn't", "not",
    ]
    /// Words that start a time phrase after the clause: "I went last week", "we went that day".
    private static let timeStarters: WordSet = [
        "last", "yesterday", "today", "tonight", "before", "ago", "recently", "once", "twice", "this", "that",
        "every", "one", "two", "three", "a", "on", "in", "at", "during",
    ]
    private static let relativePronouns: WordSet = ["that", "which"]
    private static let prepositions: WordSet = ["in", "at", "on", "to", "into", "from"]

    var triggerWords: Set<String>? { Set(Self.goForms) }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for verb in context.tokens where verb.isWord && Self.goForms.contains(verb) {
            // The words first, the tags last (tagging is most of the analyser's time).
            guard let after = context.token(at: verb.index + 1), let subject = subject(before: verb, in: context),
                var noun = context.token(at: subject.index - 1), noun.isWord
            else { continue }
            if Self.relativePronouns.contains(noun) {
                guard let before = context.token(at: noun.index - 1), before.isWord else { continue }
                noun = before
            }
            let singular = context.lexicon.noun(plural: noun)?.singular ?? noun.lower
            // Whether the clause ends after the verb may take its tags: asked only of a place.
            guard places.contains(noun) || places.contains(singular), endsClause(after, in: context),
                context.tag(at: noun.index).hasPrefix("NN"), !followsPreposition(noun, in: context)
            else { continue }
            // "WENT" → "WENT TO".
            var match = Match(span: verb.span, suggestions: [verb.text + (verb.isAllCaps ? " TO" : " to")])
            match.message = LocalizedText(
                en: "We go to a place, so the place keeps its 'to' after the verb: '{correction}'.",
                ko: "장소에는 'go to'로 가니까, 장소를 꾸미는 절에서도 동사 뒤에 'to'를 남겨요: '{correction}'.")
            matches.append(match)
        }
        return matches
    }

    /// The subject pronoun of the clause that ends in `verb`, past helping verbs and adverbs.
    private func subject(before verb: Token, in context: AnalysisContext) -> Token? {
        var index = verb.index - 1
        while index >= verb.index - 5, let token = context.token(at: index), token.isWord {
            if Self.subjects.contains(token) { return token }
            guard Self.between.contains(token) else { return nil }
            index -= 1
        }
        return nil
    }

    /// Whether the clause ends after the verb: punctuation, a time phrase, or the main clause's
    /// verb ("the show I went was late").
    private func endsClause(_ token: Token, in context: AnalysisContext) -> Bool {
        if token.kind == .punctuation { return [".", ",", "!", "?", ";"].contains(token.text) }
        guard token.isWord else { return false }
        if Self.timeStarters.contains(token) { return startsTime(at: token, in: context) }
        return ["VBD", "VBZ", "VBP", "MD"].contains(context.tag(at: token.index))
    }

    /// "last week", "yesterday", "that day", "two years ago", "in my life": a time phrase, not
    /// a place ("went in the house") or an object ("went one step").
    private func startsTime(at token: Token, in context: AnalysisContext) -> Bool {
        switch token.lower {
        case "yesterday", "today", "tonight", "before", "recently", "once", "twice": return true
        case "in":
            // "… I have ever been in my life".
            return context.token(at: token.index + 1)?.lower == "my"
                && context.token(at: token.index + 2)?.lower == "life"
        default:
            // "last week", "that day", "two years ago", "on Sunday", "at night".
            var index = token.index + 1
            while index <= token.index + 3, let word = context.token(at: index), word.isWord {
                if [
                    "week", "weekend", "month", "year", "day", "night", "time", "summer", "winter", "ago", "monday",
                    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening",
                    "afternoon",
                ].contains(word.lower) || word.lower.hasSuffix("days") {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// "In the hall we went, …": a noun after a preposition may say where the going happened.
    private func followsPreposition(_ noun: Token, in context: AnalysisContext) -> Bool {
        var index = noun.index - 1
        while index >= noun.index - 4, let token = context.token(at: index), token.isWord {
            if Self.prepositions.contains(token) { return true }
            let tag = context.tag(at: index)
            guard tag.hasPrefix("JJ") || tag.hasPrefix("NN") || tag == "DT" || tag == "PRP$" || tag == "CD"
            else { return false }
            index -= 1
        }
        return false
    }
}

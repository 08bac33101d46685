// "I am student" → "a student", "to store" → "to the store" (determiner.missing-article).

import TutorCore

/// "I am student" → "I am a student"; "she works as nurse" → "as a nurse"; "I went to store" →
/// "to the store"; "He was good student" → "a good student" (MissingArticleMatcher+Described.swift).
struct MissingArticleMatcher: Matcher {
    let lists: WordLists
    let sound: ArticleSound
    /// The words before a bare noun that this rule looks at ("I am student", "went to store").
    private static let openers: WordSet = ["am", "is", "was", "'m", "to", "at", "from"]
    /// The words before a place that takes "the" ("went to store", "came back from gym").
    private static let placeOpeners: WordSet = ["to", "at", "from"]
    /// The places that take "the" after "from": one the speaker goes to as to a home ("from the
    /// gym"); a shop after "from" is as often any one ("bought it from a store").
    private static let placesAfterFrom: WordSet = [
        "airport", "station", "office", "gym", "library", "beach", "park", "zoo", "stadium", "cinema",
    ]
    /// A subject and "be" in one word, before a described noun ("it's good idea").
    private static let contractedBe: WordSet = ["i'm", "he's", "she's", "it's", "that's", "there's", "'s"]
    /// Forms of "work" before "as" and a job ("she works as nurse").
    private static let workForms: WordSet = ["work", "works", "worked", "working"]

    /// A word after which this rule looks for a bare noun: an opener, a form of "be" or "become".
    private static func mayOpen(_ token: Token) -> Bool {
        token.isWord
            && (openers.contains(token) || contractedBe.contains(token) || token.lower == "be"
                || becomeForms.contains(token))
    }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        // By index: a token is copied (a retain and a release) only once it may open a phrase.
        for index in context.tokens.indices where Self.mayOpen(context.tokens[index]) {
            let token = context.tokens[index]
            if !Self.placeOpeners.contains(token), let match = describedNounMatch(after: token, in: context) {
                matches.append(match)
                continue
            }
            if let match = modifiedPersonMatch(after: token, in: context) {
                matches.append(match)
                continue
            }
            guard Self.openers.contains(token), let noun = context.token(at: token.index + 1), noun.isWord,
                !noun.isCapitalized, isBareNounPhraseEnd(noun, in: context)
            else { continue }
            if ["am", "is", "was", "'m"].contains(token), lists["person-nouns"].contains(noun),
                let subject = context.token(at: token.index - 1), subject.isWord,
                ["i", "he", "she", "it", "this", "that"].contains(subject) || subject.lower == "'m"
                    || token.lower == "'m",
                let article = sound.article(before: noun.text)
            {
                matches.append(context.insertion(article, before: noun))
            } else if Self.placeOpeners.contains(token), lists["article-places"].contains(noun),
                token.lower != "from" || Self.placesAfterFrom.contains(noun)
            {
                matches.append(context.insertion("the", before: noun))
            }
        }
        return matches + jobMatches(in: context) + besideMatches(in: context)
            + nextLastMatches(in: context) + objectMatches(in: context)
    }

    /// "works as nurse" → "works as a nurse": after "work as", a job people count takes "a"/"an"
    /// like the job after "I am".
    private func jobMatches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { word -> Match? in
            guard word.lower == "as", let verb = context.token(at: word.index - 1), Self.workForms.contains(verb),
                let noun = context.token(at: word.index + 1), noun.isWord, !noun.isCapitalized,
                lists["person-nouns"].contains(noun), isBareNounPhraseEnd(noun, in: context),
                let article = sound.article(before: noun.text)
            else { return nil }
            return context.insertion(article, before: noun)
        }
    }

    /// The noun ends its phrase: punctuation, the end, or a word that cannot continue a
    /// compound ("student council" continues; "student and" does not).
    func isBareNounPhraseEnd(_ noun: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: noun.index + 1) else { return true }
        if next.kind == .punctuation { return next.text != "-" && next.text != "'" }
        guard next.isWord else { return false }
        return lists["phrase-boundary-words"].contains(next)
    }
}

// Article rules: "a" or "an" by sound, and missing articles in clear places.

import TutorCore

/// Decides whether a word sounds like it starts with a vowel, from its spelling and the
/// exception prefixes of Resources/wordlists (a-prefixes: "uni", "use", "one";
/// an-prefixes: "hour", "honest"). Nil when it cannot tell.
struct ArticleSound: Sendable {
    let lists: WordLists

    func startsWithVowelSound(_ word: String) -> Bool? {
        let lower = word.lowercased()
        guard let first = lower.first, first.isLetter else { return nil }
        if lists["article-unsure-prefixes"].contains(where: { lower.hasPrefix($0) }) { return nil }
        if lists["a-before-prefixes"].contains(where: { lower.hasPrefix($0) }) { return false }
        if lists["an-before-prefixes"].contains(where: { lower.hasPrefix($0) }) { return true }
        return "aeiou".contains(first)
    }

    /// "a" or "an" for the word, or nil when unsure.
    func article(before word: String) -> String? {
        startsWithVowelSound(word).map { $0 ? "an" : "a" }
    }
}

/// "a apple" → "an apple", "an book" → "a book".
struct IndefiniteArticleMatcher: Matcher {
    let sound: ArticleSound

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for article in context.tokens where article.lower == "a" || article.lower == "an" {
            guard let next = context.token(at: article.index + 1), next.isWord, !next.isAllCaps, next.text.count > 1,
                let expected = sound.article(before: next.text), expected != article.lower
            else { continue }
            // "a" as a letter or a label ("plan a", "vitamin a") is not an article, nor is
            // a capital "A"/"An" inside a sentence ("From: An Soo Kim") or the last letter of
            // an abbreviation ("U.S.A").
            if article.text != article.lower, !article.startsSentence { continue }
            if let previous = context.token(at: article.index - 1), previous.span.end == article.span.start, previous.text == "." { continue }
            matches.append(context.replacement(of: article, with: expected))
        }
        return matches
    }
}

/// "I am student" → "I am a student"; "I went to store" → "to the store"; "He was good
/// student" → "a good student" (MissingArticleMatcher+Described.swift).
struct MissingArticleMatcher: Matcher {
    let lists: WordLists
    let sound: ArticleSound
    /// The words before a bare noun that this rule looks at ("I am student", "went to store").
    private static let openers: WordSet = ["am", "is", "was", "'m", "to", "at"]
    /// A subject and "be" in one word, before a described noun ("it's good idea").
    private static let contractedBe: WordSet = ["i'm", "he's", "she's", "it's", "that's", "there's", "'s"]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for token in context.tokens where token.isWord && (Self.openers.contains(token.lower) || Self.contractedBe.contains(token.lower)) {
            if !["to", "at"].contains(token.lower), let match = describedNounMatch(after: token, in: context) {
                matches.append(match)
                continue
            }
            guard Self.openers.contains(token.lower), let noun = context.token(at: token.index + 1), noun.isWord, !noun.isCapitalized, isBareNounPhraseEnd(noun, in: context) else { continue }
            if ["am", "is", "was", "'m"].contains(token.lower), lists["person-nouns"].contains(noun.lower),
                let subject = context.token(at: token.index - 1), subject.isWord,
                ["i", "he", "she", "it", "this", "that"].contains(subject.lower) || subject.lower == "'m" || token.lower == "'m",
                let article = sound.article(before: noun.text) {
                matches.append(context.insertion(article, before: noun))
            } else if ["to", "at"].contains(token.lower), lists["article-places"].contains(noun.lower) {
                matches.append(context.insertion("the", before: noun))
            }
        }
        return matches
    }

    /// The noun ends its phrase: punctuation, the end, or a word that cannot continue a
    /// compound ("student council" continues; "student and" does not).
    func isBareNounPhraseEnd(_ noun: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: noun.index + 1) else { return true }
        if next.kind == .punctuation { return next.text != "-" && next.text != "'" }
        guard next.isWord else { return false }
        return lists["phrase-boundary-words"].contains(next.lower)
    }
}

/// "I found it on internet" → "on the internet", "in whole world" → "in the whole world":
/// nouns that take "the" as there is only one of them.
struct DefiniteOnlyMatcher: Matcher {
    let lists: WordLists
    private static let nouns: WordSet = ["internet", "whole"]
    private static let prepositions: WordSet = ["on", "in", "at", "for", "from", "with", "by", "about", "through", "over", "into", "to"]

    var triggerWords: Set<String>? { Set(Self.nouns) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { noun -> Match? in
            guard Self.nouns.contains(noun.lower), noun.isWord, let previous = context.token(at: noun.index - 1), previous.isWord,
                !FunctionWords.determiners.contains(previous.lower), !["as", "on", "of", "whole"].contains(previous.lower) || noun.lower == "internet",
                Self.prepositions.contains(previous.lower) || !context.lexicon.isAdjective(previous.lower)
            else { return nil }
            // "internet access", "internet banking": a modifier, not the internet itself.
            if noun.lower == "internet", let next = context.token(at: noun.index + 1), next.isWord,
                context.continuesCompound(next, lists: lists) || next.lower.hasSuffix("ing") || context.lexicon.isMainlyNoun(next.lower) { return nil }
            // "in whole world", "whole new experience": "whole" before a noun or an adjective;
            // not "agree whole heartedly".
            if noun.lower == "whole" {
                guard let next = context.token(at: noun.index + 1), next.isWord,
                    context.lexicon.noun(singular: next.lower) != nil || context.lexicon.noun(plural: next.lower) != nil
                        || context.lexicon.isAdjective(next.lower)
                else { return nil }
            }
            return context.insertion("the", before: noun)
        }
    }
}

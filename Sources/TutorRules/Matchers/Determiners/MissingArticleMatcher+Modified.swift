// The missing article before a person named with a noun in front: "I was university student"
// → "a university student", "She is music teacher" → "a music teacher"; and the place beside
// which something is: "in front of building" → "in front of the building"; the one next or
// last in a series: "I watched next episode" → "the next episode".

import TutorCore

extension MissingArticleMatcher {
    /// Adjectives that name a kind of school before the noun that names it ("high school student").
    private static let schoolAdjectives: WordSet = ["high", "middle", "elementary", "primary", "secondary", "graduate"]
    /// The most words read before the person noun ("a high school student").
    private static let maximumModifiers = 2

    /// "I was university student" → "I was a university student": after "I am", "he is", "she
    /// was", one or two nouns that describe a person noun ending the phrase ("student",
    /// "teacher"), with no article. "I am student council president" is left alone: the role
    /// one person holds takes no article, and "president" is no person noun of the list.
    func modifiedPersonMatch(after be: Token, in context: AnalysisContext) -> Match? {
        guard ["am", "is", "was", "'m"].contains(be), let subject = context.token(at: be.index - 1), subject.isWord,
            ["i", "he", "she"].contains(subject) || subject.lower == "'m" || be.lower == "'m",
            let first = context.token(at: be.index + 1), isPersonModifier(first, in: context)
        else { return nil }
        var index = first.index + 1
        while let word = context.token(at: index), index - first.index < Self.maximumModifiers,
            isPersonModifier(word, in: context), !lists["person-nouns"].contains(word)
        {
            index += 1
        }
        guard let person = context.token(at: index), person.isWord, !person.isCapitalized,
            lists["person-nouns"].contains(person), isBareNounPhraseEnd(person, in: context),
            let article = sound.article(before: first.text)
        else { return nil }
        return context.insertion(article, before: first)
    }

    /// A lowercase noun before the person noun ("university", "music", "exchange"), or an adjective
    /// naming a kind of school ("high").
    private func isPersonModifier(_ word: Token, in context: AnalysisContext) -> Bool {
        guard word.isWord, !word.isCapitalized, !FunctionWords.determiners.contains(word),
            !FunctionWords.possessives.contains(word), !lists["function-words"].contains(word)
        else { return false }
        if Self.schoolAdjectives.contains(word) { return true }
        return context.lexicon.isMainlyNoun(word) && !context.lexicon.isAdjective(word)
    }

    /// Words that go without an article after a place phrase: "next to home" (rare, but not
    /// wrong), and pronouns a tagger may read as nouns ("next to mine").
    private static let bareAfterPlacePhrase: WordSet = [
        "home", "work", "mine", "yours", "hers", "ours", "theirs", "us", "me", "him", "them", "it",
    ]

    /// "We parked in front of building" → "in front of the building", "next to window" → "next to
    /// the window": after "in front of" and "next to", a singular noun people count, ending its
    /// phrase, names one place both speakers see and takes "the".
    func besideMatches(in context: AnalysisContext) -> [Match] {
        guard context.words.contains("front") || context.words.contains("next") else { return [] }
        return context.tokens.compactMap { word -> Match? in
            guard word.lower == "of" || word.lower == "to", let noun = context.token(at: word.index + 1),
                isPlacePhrase(endingWith: word, in: context), !Self.bareAfterPlacePhrase.contains(noun),
                isCountedSingular(noun, in: context) || isMainlyCountedNoun(noun, in: context),
                isBareNounPhraseEnd(noun, in: context)
            else { return nil }
            return context.insertion("the", before: noun)
        }
    }

    /// "in front of" ending with "of", or "next to" ending with "to".
    private func isPlacePhrase(endingWith word: Token, in context: AnalysisContext) -> Bool {
        guard let previous = context.token(at: word.index - 1) else { return false }
        if word.lower == "to" { return previous.lower == "next" }
        guard previous.lower == "front", let opening = context.token(at: previous.index - 1) else { return false }
        return opening.lower == "in"
    }

    /// A noun people count that is mostly a noun though it is also a verb form ("building").
    private func isMainlyCountedNoun(_ noun: Token, in context: AnalysisContext) -> Bool {
        guard noun.isWord, !noun.isCapitalized, context.tag(at: noun.index) == "NN",
            !lists["function-words"].contains(noun), context.lexicon.countableSingular(noun) != nil,
            context.lexicon.isMainlyNoun(noun), !context.lexicon.isUncountable(noun),
            !lists["mass-nouns"].contains(noun), !MassNoun.isMass(noun.lower, lexicon: context.lexicon)
        else { return false }
        return true
    }

    /// Nouns after "next" and "last" that make a time adverbial with no article ("next time",
    /// "last night", "morning"), besides the calendar words of time-units.txt, and "next door".
    private static let timeNouns: WordSet = [
        "door", "time", "night", "morning", "afternoon", "evening", "day", "hour", "minute", "second", "moment",
        "season",
        "holiday", "holidays", "vacation", "term", "semester", "year", "week", "month", "decade", "century",
    ]
    /// Prepositions before "next"/"last" that this reading leaves alone: "at last" is an adverb,
    /// "as a last resort" takes "a", "on next letter" most often means "in my next letter", and
    /// "of" may open a name or an idiom ("of last resort").
    private static let notBeforeSeries: WordSet = ["at", "on", "of", "as"]
    /// Tags of the word before "next"/"last" that make the phrase an object: a verb or a preposition.
    private static let objectTags: Set<String> = ["VB", "VBD", "VBP", "VBZ", "VBG", "VBN", "IN"]

    /// "I watched next episode" → "the next episode", "get off at next stop" → "at the next stop":
    /// "next" and "last" before a noun that is no unit of time, as the object of a verb or a
    /// preposition, pick one of a series and take "the". "See you next week" is left alone.
    func nextLastMatches(in context: AnalysisContext) -> [Match] {
        guard context.words.contains("next") || context.words.contains("last") else { return [] }
        return context.tokens.compactMap { which -> Match? in
            guard which.lower == "next" || which.lower == "last", let previous = context.token(at: which.index - 1),
                previous.isWord, Self.objectTags.contains(context.tag(at: previous.index)),
                !Self.notBeforeSeries.contains(previous),
                let noun = context.token(at: which.index + 1), !Self.timeNouns.contains(noun),
                !lists["time-units"].contains(noun), !Self.mayBeMisspeltTimeNoun(noun.lower),
                isCountedSingular(noun, in: context) || isMainlyCountedNoun(noun, in: context),
                isBareNounPhraseEnd(noun, in: context)
            else { return nil }
            return context.insertion("the", before: which)
        }
    }

    /// Time nouns a learner may misspell into another word ("last moth" for "last month").
    private static let misspeltTimeNouns = ["month", "week", "year", "night", "time", "day"]

    /// Whether the word is one letter added, dropped or changed from a time noun ("moth", "weak",
    /// "mounth"): "the" before it would teach nothing.
    private static func mayBeMisspeltTimeNoun(_ word: String) -> Bool {
        misspeltTimeNouns.contains { isOneEditApart(Array(word), Array($0)) }
    }

    private static func isOneEditApart(_ first: [Character], _ second: [Character]) -> Bool {
        guard abs(first.count - second.count) <= 1, first != second else { return false }
        let (short, long) = first.count <= second.count ? (first, second) : (second, first)
        var (i, j, edits) = (0, 0, 0)
        while i < short.count, j < long.count {
            if short[i] == long[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if short.count == long.count { i += 1 }
            j += 1
        }
        return edits + (long.count - j) + (short.count - i) <= 1
    }
}

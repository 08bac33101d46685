// "i very happy" → "I am very happy" (verb-form.missing-be).

import TutorCore

/// A subject pronoun that starts its clause and goes straight on to "very", "so", "really" or
/// "too" and an adjective has lost its "be", which Korean does without (행복해요 is one word):
/// "i very happy" → "I am very happy", "she so kind" → "she is so kind". "Very" never stands
/// before a verb, so after it any adjective counts ("I very tired"); after "so", "really" and
/// "too", only a word that is no verb form, one the tagger reads as an adjective or a feeling
/// ("I so tired"; "I really needed", "I really tired myself out" are right). Not before a noun or a verb ("I very happy person" wants more than "am"), not "very much" or "so well" ("I very
/// much hope"), not in a question, and not in a sentence with a past time or a past verb, nor
/// one that goes on a story told in the past, where "was" may be meant.
struct MissingBeMatcher: Matcher {
    let lists: WordLists

    /// The words that go before the adjective in place of "be".
    private static let intensifiers: WordSet = ["very", "so", "really", "too"]

    var triggerWords: Set<String>? { Set(Self.intensifiers) }

    /// The form of "be" each subject takes in the present.
    private static let presentBe: WordMap<String> = [
        "i": "am", "you": "are", "we": "are", "they": "are", "he": "is", "she": "is", "it": "is",
    ]
    /// Present forms of "be" that put a sentence in the present.
    private static let presentForms: WordSet = ["am", "is", "are", "'m", "'s", "'re"]
    /// Words after the intensifier that are no adjective of a state here.
    private static let notStates: WordSet = ["much", "many", "well", "little", "few", "far", "long", "often", "soon"]

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { intensifier -> Match? in
            guard Self.intensifiers.contains(intensifier),
                let subject = context.token(at: intensifier.index - 1), subject.isWord,
                let be = Self.presentBe[subject], context.startsClause(subject.index),
                // ", it very familiar to students": "it" after a comma goes on the sentence before,
                // which "which is" or "that is" may join better than "it is".
                subject.lower != "it" || context.token(at: subject.index - 1)?.text != ",",
                let adjective = context.token(at: intensifier.index + 1),
                isState(adjective, after: intensifier, in: context),
                endsPhrase(after: adjective, in: context)
            else { return nil }
            let sentence = context.sentence(containing: subject.index)
            guard !sentence.contains(where: { $0.text == "?" }), !PastTimeMatcher.hasPastMarker(sentence, lists: lists),
                !sentence.contains(where: { token in
                    token.index != adjective.index
                        && (["was", "were"].contains(token)
                            || token.isWord && context.lexicon.isOnlyPast(token)
                                && context.tag(at: token.index) == "VBD")
                })
            else { return nil }
            if !sentence.contains(where: { Self.presentForms.contains($0) }), isInPastStory(sentence, in: context) {
                return nil
            }
            return context.insertion(be, before: intensifier)
        }
    }

    /// Whether the sentence goes on a story the utterance's earlier sentences or the messages
    /// before it told in the past ("Yesterday I went home. I so tired."), where "was" may be
    /// meant; a sentence with a present "be" of its own ("because it is Friday") is about now.
    private func isInPastStory(_ sentence: ArraySlice<Token>, in context: AnalysisContext) -> Bool {
        var messages = context.earlierMessages
        if let first = sentence.first, first.span.start > 0,
            let before = context.text.substring(in: TextSpan(start: 0, end: first.span.start))
        {
            messages.append(before)
        }
        return ContextTenseMatcher.earlierMessagesSetThePast(messages, lists: lists, lexicon: context.lexicon)
    }

    /// An adjective of a state: any adjective after "very"; after "so", "really" or "too" one
    /// the tagger reads as an adjective, or whose verb readings are all past ("tired",
    /// "excited"), with no object after it ("I really tired myself out" is right).
    private func isState(_ word: Token, after intensifier: Token, in context: AnalysisContext) -> Bool {
        guard word.isWord, !word.isCapitalized, !Self.notStates.contains(word), context.lexicon.isAdjective(word),
            !lists["function-words"].contains(word)
        else { return false }
        // "fun", "kind": a word mostly a noun counts where the tagger reads it as an adjective.
        if context.lexicon.isMainlyNoun(word), context.tag(at: word.index) != "JJ" { return false }
        if intensifier.lower == "very" { return true }
        let readings = context.lexicon.verbReadings(of: word)
        if readings.isEmpty { return true }
        if let next = context.token(at: word.index + 1), next.isWord,
            Self.objectWords.contains(next) || FunctionWords.determiners.contains(next)
        {
            return false
        }
        // "I really disappointed her": after "really" a past form is as often a verb.
        return context.tag(at: word.index) == "JJ" || intensifier.lower != "really" && Self.feelings.contains(word)
    }

    /// Past participles that name a feeling ("I so tired", "we too excited"): after "so" or "too"
    /// they are the feeling, where another past form is a verb ("I so wanted", "I really needed").
    private static let feelings: WordSet = [
        "tired", "bored", "excited", "interested", "surprised", "worried", "scared", "frightened", "disappointed",
        "annoyed", "confused", "embarrassed", "satisfied", "pleased", "shocked", "stressed", "exhausted",
        "frustrated", "depressed", "relaxed", "amazed", "terrified", "amused",
    ]

    /// Pronouns that may be the object of a verb read as the adjective.
    private static let objectWords: WordSet = [
        "me", "you", "him", "her", "it", "us", "them", "myself", "yourself", "himself", "herself", "ourselves",
        "themselves",
    ]

    /// Nothing after the adjective makes it part of a noun phrase: the clause ends, or a
    /// preposition, "to", a conjunction, an adverb or a word of `followers` follows ("i very
    /// happy because", "so tired of it", "so happy lol").
    private func endsPhrase(after adjective: Token, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: adjective.index + 1), next.isWord else { return true }
        if Self.followers.contains(next) { return true }
        let tag = context.tag(at: next.index)
        return !tag.hasPrefix("NN") && !tag.hasPrefix("VB") && tag != "MD"
    }

    /// Words the tagger may read as nouns that end the clause after the adjective: "i very
    /// tired today lol".
    private static let followers: WordSet = ["today", "tonight", "now", "lol", "haha", "lately", "these"]
}

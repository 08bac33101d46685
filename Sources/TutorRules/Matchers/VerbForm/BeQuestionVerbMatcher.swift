// "Is she live near here?" → "Does she live near here?" (verb-form.be-question).

import TutorCore

/// A yes/no question built on "be" around a verb that needs "do": "Are you like K-pop?" → "Do
/// you like", "Is your brother work on Sundays?" → "Does your brother work", "Am I need a
/// ticket?" → "Do I need". Korean learners carry "is/are" over from questions about states
/// ("Are you hungry?") to questions about actions and habits.
///
/// Only where no other reading is likely: "is", "are" or "am" opens the sentence (or follows a
/// question word that does: "Where is she live?"), a subject that agrees with it follows (a
/// pronoun other than "it", a name, or a noun after "the" or a possessive with at most one
/// describing word between), then, past a few adverbs ("really", "usually"), a verb of a closed
/// list that is neither an adjective nor a participle after "be". "like" is left alone before a
/// person, a pronoun or "a" ("Are you like your mother?", a comparison), after a question word
/// ("What is the weather like over there?") and after a thing ("Is the soup like kimchi
/// stew?"); so is a question with "now", "tomorrow", "tonight" and the like, where "Are you
/// working tomorrow?" was more likely meant.
struct BeQuestionVerbMatcher: Matcher {
    let lists: WordLists
    private let personNouns: WordSet

    init(lists: WordLists) {
        self.lists = lists
        personNouns = lists["person-nouns"]
    }

    /// Verbs that are no noun after a noun subject ("Is the coach teach": not "the school work").
    private static let verbs: WordSet = [
        "like", "love", "hate", "want", "need", "know", "have", "live", "teach", "understand", "speak",
        "believe", "remember", "agree", "enjoy", "prefer", "eat", "think", "own", "sell", "exercise",
    ]
    /// Verbs that are also common nouns: asked only after a pronoun, a name or a person noun.
    private static let personVerbs: WordSet = ["work", "play", "study", "drink", "watch", "cook", "swim", "drive"]
    /// Verbs a question may end with ("Are you agree?"); the others need a word after them.
    private static let verbsThatEnd: WordSet = ["agree", "understand", "know", "remember"]
    private static let adverbs: WordSet = [
        "always", "usually", "often", "sometimes", "ever", "really", "still", "also", "even", "actually",
    ]
    /// Words after "like" that make it the preposition of a comparison: "Are you like me?"
    private static let comparedWords: WordSet = [
        "me", "you", "him", "her", "us", "them", "it", "my", "your", "his", "our", "their", "its", "a", "an",
        "the", "this", "that", "these", "those", "what", "that", "so", "any", "other", "someone", "somebody",
    ]
    private static let momentWords: WordSet = [
        "now", "currently", "today", "tonight", "tomorrow", "later", "soon", "next", "weekend", "moment",
    ]
    private static let livePhrases: WordSet = ["on", "streaming", "stream", "broadcast"]

    var triggerWords: Set<String>? { ["is", "are", "am"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { be -> Match? in
            guard ["is", "are", "am"].contains(be.lower), Self.opensQuestion(be, in: context),
                let subjectEnd = subjectEnd(after: be, in: context)
            else { return nil }
            var index = subjectEnd.index + 1
            while let word = context.token(at: index), Self.adverbs.contains(word) { index += 1 }
            guard let verb = context.token(at: index), verb.text == verb.lower,
                Self.verbs.contains(verb) || (subjectEnd.isPerson && Self.personVerbs.contains(verb)),
                fitsAfter(verb, afterQuestionWord: !be.startsSentence, in: context),
                verb.lower != "like" || (subjectEnd.isPerson && be.startsSentence),
                !context.sentence(containing: be.index).contains(where: { Self.momentWords.contains($0) })
            else { return nil }
            let helper = be.lower == "is" ? "does" : "do"
            let words =
                [be.isCapitalized ? helper.capitalizedFirst : helper]
                + (be.index + 1...verb.index).compactMap { context.token(at: $0)?.text }
            return Match(span: context.span(from: be, to: verb), suggestions: [words.joined(separator: " ")])
        }
    }

    /// Question words before "be" that keep the question's order: "Where is she live?" → "Where
    /// does she live?" ("What is she like?" has no word after "like", so it stays).
    private static let questionWords: WordSet = ["where", "what", "when", "why", "how"]

    /// Whether `be` opens the sentence, or follows a question word that does.
    static func opensQuestion(_ be: Token, in context: AnalysisContext) -> Bool {
        if be.startsSentence { return true }
        guard let word = context.token(at: be.index - 1) else { return false }
        return word.startsSentence && questionWords.contains(word)
    }

    /// Whether the word after the verb lets it be the verb of the question.
    /// "Where is he work?" may end with the verb; "Is she live?" may ask about a broadcast.
    private func fitsAfter(_ verb: Token, afterQuestionWord: Bool, in context: AnalysisContext) -> Bool {
        guard let next = context.token(at: verb.index + 1), next.isWord || next.kind == .number else {
            return Self.verbsThatEnd.contains(verb) || (afterQuestionWord && ["work", "live"].contains(verb.lower))
        }
        if verb.lower == "like" { return !Self.comparedWords.contains(next) && !isName(next, in: context) }
        if verb.lower == "live" { return !Self.livePhrases.contains(next) }
        return !["by", "as"].contains(next.lower)
    }

    /// "Are you like Minho?" compares; "Are you like Korean dramas?" asks: a capitalised word
    /// is a name unless a word in lower case follows it.
    private func isName(_ word: Token, in context: AnalysisContext) -> Bool {
        guard word.isCapitalized else { return false }
        guard let after = context.token(at: word.index + 1), after.isWord else { return true }
        return after.isCapitalized
    }

    /// The last token of the subject after `be`, and whether it names a person, when the
    /// subject agrees with `be`.
    private func subjectEnd(after be: Token, in context: AnalysisContext) -> (index: Int, isPerson: Bool)? {
        guard let first = context.token(at: be.index + 1), first.isWord else { return nil }
        let singular = be.lower == "is"
        switch first.lower {
        case "i": return be.lower == "am" ? (first.index, true) : nil
        case "he", "she": return singular ? (first.index, true) : nil
        case "you", "we", "they": return be.lower == "are" ? (first.index, true) : nil
        default: break
        }
        if be.lower == "am" { return nil }
        // "Is Minji live near here?": a name, not a word that starts a phrase of its own.
        if first.isCapitalized, !first.isAllCaps, context.tag(at: first.index) == "NNP" {
            return singular ? (first.index, true) : nil
        }
        guard first.lower == "the" || FunctionWords.possessives.contains(first) else { return nil }
        for offset in 1...2 {
            guard let noun = context.token(at: first.index + offset), noun.isWord else { return nil }
            let person = singular ? noun.lower : context.lexicon.noun(plural: noun)?.singular
            let isNoun =
                singular
                ? context.lexicon.noun(singular: noun) != nil && context.tag(at: noun.index) == "NN"
                : person != nil && context.tag(at: noun.index) == "NNS"
            if isNoun, let next = context.token(at: noun.index + 1), next.isWord {
                return (noun.index, person.map { personNouns.contains($0) } ?? false)
            }
            if !context.lexicon.isAdjective(noun) { return nil }
        }
        return nil
    }
}

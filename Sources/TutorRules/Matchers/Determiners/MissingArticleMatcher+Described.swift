// The missing article before a described noun after "be": "It is very beautiful city" →
// "a very beautiful city", "He was good student" → "a good student".

import TutorCore

extension MissingArticleMatcher {
    /// The subjects (and their forms of "be") after which a singular noun phrase is a
    /// complement that names one thing: "it is", "he was", "I'm", "there's".
    private static let singularSubjects: WordSet = ["i", "he", "she", "it", "this", "that", "there"]
    private static let personalSubjects: WordSet = ["i", "he", "she", "it"]
    /// Relative pronouns that are the subject of a singular "be" after them.
    private static let relativeSubjects: WordSet = ["which", "who"]
    private static let contractedSubjects: WordSet = ["i'm", "he's", "she's", "it's", "that's", "there's"]
    private static let singularBe: WordSet = ["is", "was", "am", "'m", "'s"]
    /// Modals before "be" ("it will be", "that would be").
    private static let modals: WordSet = [
        "will", "would", "could", "can", "might", "may", "should", "must", "'ll", "'d",
    ]
    /// Words that may stand between "be" and the noun phrase ("it is not", "he is also").
    private static let adverbsBeforePhrase: WordSet = [
        "not", "also", "still", "really", "just", "probably", "definitely", "certainly", "always",
    ]
    /// Words that may stand before the adjective inside the phrase and take the article before
    /// them ("a very big city"); "so", "too" and "quite" put it elsewhere ("quite a big city").
    static let intensifiers: WordSet = [
        "very", "really", "pretty", "extremely", "incredibly", "truly", "super", "fairly", "absolutely", "perfectly",
        "totally",
    ]
    /// Adjectives that go with "the" or with no article ("the next stop", "late afternoon",
    /// "the same thing", "real life", "the right answer").
    private static let notBeforeArticle: WordSet = [
        "next", "last", "first", "second", "third", "same", "other", "only", "whole", "own", "such", "main", "former",
        "latter",
        "entire", "early", "late", "half", "top", "real", "enough", "much", "many", "more", "most", "little", "few",
        "less",
        "several", "all", "both", "each", "every", "certain", "various", "total", "pure", "mere", "very", "right",
        "wrong",
        "correct", "opposite", "exact", "usual", "proper", "present", "past", "future", "final", "previous", "current",
        "following",
        "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    ]
    /// How much rarer (Zipf × 100) a noun's plural may be than the noun for it to be read as
    /// counted ("city" 561 / "cities" 484; not "weather" 487 / "weathers" 284).
    static let countedNounGap = 100
    /// The same gap after "be" and an adjective, where the phrase names one thing ("it is very
    /// big hall"): wider, as the frame itself says the noun is counted.
    private static let describedNounGap = 150
    /// The most adjectives read before the noun ("a nice, quiet little town" is left alone).
    static let maximumAdjectives = 2

    /// "it is very beautiful city" → "a very beautiful city": after a singular subject and
    /// "be" (or "became"), an adjective and a singular noun people count, ending the phrase,
    /// with no article. The subject is a singular pronoun, "which"/"who", or a singular noun
    /// ("My hometown is very old city"), whose tags are asked for last.
    func describedNounMatch(after be: Token, in context: AnalysisContext) -> Match? {
        let pronounSubject = isSingularSubjectAndBe(be, in: context)
        guard pronounSubject || mayFollowNounSubject(be, in: context) else { return nil }
        var index = be.index + 1
        // "it is really useful tool" → "a really useful tool": an intensifier ("really") is read
        // as part of the phrase, so the article goes before it.
        while let word = context.token(at: index), Self.adverbsBeforePhrase.contains(word),
            !Self.intensifiers.contains(word), index - be.index < 3
        {
            index += 1
        }
        guard let first = context.token(at: index), first.isWord, !first.isCapitalized else { return nil }
        if Self.intensifiers.contains(first) { index += 1 }
        var adjectives = 0
        while let word = context.token(at: index), isDescribingAdjective(word, in: context) {
            adjectives += 1
            index += 1
        }
        guard (1...Self.maximumAdjectives).contains(adjectives), let noun = context.token(at: index),
            let adjective = context.token(at: index - 1),
            isCountedSingular(noun, in: context, within: Self.describedNounGap)
                || isCountedAfterDescription(noun, describedBy: adjective, after: be, in: context),
            isDescribedPhraseEnd(noun, in: context), let article = sound.article(before: first.text),
            pronounSubject || isNounSubject(of: be, in: context)
        else { return nil }
        return context.insertion(article, before: first)
    }

    /// Forms of "become" read like "be" ("It became very popular sport").
    static let becomeForms: WordSet = ["became", "becomes"]
    /// Words that start a phrase or clause after the described noun, besides
    /// phrase-boundary-words.txt: "a very interesting lesson where", "a good time as".
    private static let describedPhraseEnds: WordSet = [
        "where", "when", "whose", "while", "including", "if", "as", "although", "unless",
    ]

    /// The described noun ends its phrase: `isBareNounPhraseEnd`, or a word of
    /// `describedPhraseEnds` follows it.
    private func isDescribedPhraseEnd(_ noun: Token, in context: AnalysisContext) -> Bool {
        if isBareNounPhraseEnd(noun, in: context) { return true }
        guard let next = context.token(at: noun.index + 1), next.isWord else { return false }
        return Self.describedPhraseEnds.contains(next)
    }

    /// Adjectives before "experience" that mean skill or knowledge gained, which takes no
    /// article ("It is useful experience for a job"), not one event lived through.
    private static let skillAdjectives: WordSet = [
        "useful", "valuable", "practical", "professional", "relevant", "previous", "teaching", "work", "real",
        "enough", "invaluable", "necessary", "important", "essential", "international", "clinical",
    ]
    /// Adjectives before "time" that make one stretch of time lived through ("It was great
    /// time" → "a great time"); not "free time", "spare time", "high time", "the right time".
    private static let periodAdjectives: WordSet = [
        "good", "great", "nice", "wonderful", "lovely", "fantastic", "amazing", "excellent", "bad", "hard",
        "difficult", "terrible", "horrible", "awful", "long", "tough", "brilliant", "memorable", "unforgettable",
        "stressful", "exciting", "enjoyable", "pleasant", "boring",
    ]

    /// Nouns people count that are also a verb's -ing form, which `isCountedSingular` leaves
    /// alone: "It was very nice feeling" → "a very nice feeling".
    private static let ingNouns: WordSet = [
        "feeling", "building", "wedding", "painting", "ending", "beginning",
    ]

    /// "Experience" and "time", which the word lists read as used without an article, name
    /// one thing lived through after "it was" and an adjective: "It was amazing experience"
    /// → "an amazing experience", "It was very long time" → "a very long time"; so do the
    /// nouns of `ingNouns`.
    private func isCountedAfterDescription(
        _ noun: Token, describedBy adjective: Token, after be: Token, in context: AnalysisContext
    ) -> Bool {
        guard !noun.isCapitalized else { return false }
        switch noun.lower {
        case "experience": return !Self.skillAdjectives.contains(adjective)
        case "time": return Self.periodAdjectives.contains(adjective)
        default:
            // "I am not very good painting": after a person, the -ing form is an activity
            // ("good at painting"), not a thing.
            // "It was nice seeing you": an -ing form with an object is a verb.
            let subject = context.token(at: be.index - 1)?.lower ?? ""
            let next = context.token(at: noun.index + 1)?.lower ?? ""
            return Self.ingNouns.contains(noun) && !Self.personBe.contains(be)
                && !["i", "he", "she", "who"].contains(subject) && !Self.objectPronouns.contains(next)
        }
    }

    /// Pronouns that may be the object of an -ing form ("feeling it").
    private static let objectPronouns: WordSet = ["me", "you", "him", "her", "us", "them", "it"]
    /// Forms of "be" that hold their person subject ("I'm", "she's") or agree only with "I".
    private static let personBe: WordSet = ["am", "'m", "i'm", "he's", "she's"]

    /// By the words alone, whether a singular noun may be the subject of this "is", "was",
    /// "became" or "becomes": a noun that is not a verb's -ing form ("Swimming is good
    /// exercise"), lower-case unless it starts the sentence. `isNounSubject` checks the tags.
    private func mayFollowNounSubject(_ be: Token, in context: AnalysisContext) -> Bool {
        guard ["is", "was"].contains(be) || Self.becomeForms.contains(be),
            let subject = context.token(at: be.index - 1), subject.isWord,
            !subject.isCapitalized || (subject.startsSentence && !subject.isAllCaps),
            !FunctionWords.subjectPronouns.contains(subject), !lists["function-words"].contains(subject),
            context.lexicon.countableSingular(subject) != nil || context.lexicon.noun(singular: subject) != nil
        else { return false }
        return !context.lexicon.verbReadings(of: subject).contains { $0.kind == .presentParticiple }
    }

    /// Determiners that may open the noun subject ("my hometown", "the hotel").
    private static let subjectDeterminers: WordSet = [
        "the", "my", "your", "his", "her", "its", "our", "their", "this", "that",
    ]

    /// The word before "be" is a singular noun (tagged NN) heading the subject of the verb,
    /// a phrase of nouns and adjectives that starts with a determiner or with the noun.
    private func isNounSubject(of be: Token, in context: AnalysisContext) -> Bool {
        let head = be.index - 1
        guard context.tag(at: head) == "NN", let phrase = context.subject(ofVerbAt: be.index), phrase.head == head,
            let start = context.token(at: phrase.start)
        else { return false }
        for index in phrase.start..<head {
            guard let word = context.token(at: index), word.isWord,
                index == phrase.start && Self.subjectDeterminers.contains(word)
                    || ["JJ", "NN"].contains(context.tag(at: index))
            else { return false }
        }
        return start.index == head || Self.subjectDeterminers.contains(start) || context.tag(at: start.index) == "JJ"
            || context.tag(at: start.index) == "NN"
    }

    /// "it is", "he was", "I am", "it's", "I'm", "it will be": a singular pronoun subject and
    /// its "be".
    private func isSingularSubjectAndBe(_ be: Token, in context: AnalysisContext) -> Bool {
        if Self.contractedSubjects.contains(be) { return true }
        if be.lower == "be" {
            // "it will be", "that would be": a modal right before "be" and the subject before it.
            guard let modal = context.token(at: be.index - 1), Self.modals.contains(modal),
                let subject = context.token(at: modal.index - 1), subject.isWord,
                Self.singularSubjects.contains(subject),
                Self.personalSubjects.contains(subject) || context.startsClause(subject.index)
            else { return false }
            return true
        }
        // "a museum which is very old building", "my uncle, who was famous singer": a relative
        // pronoun before a singular "be".
        if ["is", "was"].contains(be), let subject = context.token(at: be.index - 1),
            Self.relativeSubjects.contains(subject)
        {
            return true
        }
        if Self.becomeForms.contains(be), let subject = context.token(at: be.index - 1), subject.isWord,
            Self.personalSubjects.contains(subject) || Self.relativeSubjects.contains(subject)
        {
            return true
        }
        guard Self.singularBe.contains(be), let subject = context.token(at: be.index - 1), subject.isWord,
            Self.singularSubjects.contains(subject),
            // "I think it was": a personal pronoun before "be" is its subject anywhere; "this",
            // "that" and "there" only where a clause starts ("the one that is").
            Self.personalSubjects.contains(subject) || context.startsClause(subject.index)
        else { return false }
        let isFirstPerson = subject.lower == "i"
        switch be.lower {
        case "am", "'m": return isFirstPerson
        case "was": return true
        default: return !isFirstPerson
        }
    }

    /// A plain adjective that describes the noun after it: no function word ("one", "another",
    /// "no", "any" are adjectives to WordNet) or number ("two"), not mostly a noun, no comparative
    /// or superlative, not one that takes "the" or no article, and no verb form unless mostly
    /// an adjective (see `isMostlyAdjective`).
    func isDescribingAdjective(_ word: Token, in context: AnalysisContext) -> Bool {
        guard word.isWord, !word.isCapitalized, context.lexicon.isAdjective(word),
            !Self.notBeforeArticle.contains(word),
            !FunctionWords.determiners.contains(word), !lists["function-words"].contains(word),
            // "there is two book": a number counts the noun; it takes no "a" ("are two books").
            FunctionWords.numberWords[word] == nil,
            !context.lexicon.isMainlyNoun(word) || context.tag(at: word.index) == "JJ",
            !context.lexicon.isComparative(word),
            !context.lexicon.isSuperlative(word)
        else { return false }
        return isMostlyAdjective(word.lower, in: context)
    }

    /// An adjective that is also a verb form is read as one only when it is no participle
    /// ("married", "used": "He was elected mayor"), and either the adjective is at least as
    /// common as the verb ("clean", "free", "interesting") or it is the "-ing" of a verb of
    /// feeling whose "-ed" is an adjective too ("boring"/"bored", "challenging"/"challenged");
    /// not "running", "visiting" ("She is running business").
    private func isMostlyAdjective(_ word: String, in context: AnalysisContext) -> Bool {
        let readings = context.lexicon.verbReadings(of: word)
        guard let reading = readings.first else { return true }
        if readings.contains(where: { $0.kind == .past || $0.kind == .pastParticiple || $0.kind == .thirdPerson }) {
            return false
        }
        guard let forms = context.lexicon.verb(reading.base) else { return false }
        let adjectiveFrequency = context.lexicon.adjectiveFrequency[word] ?? 0
        if adjectiveFrequency * 2 >= forms.frequency { return true }
        return reading.kind == .presentParticiple && context.lexicon.isAdjective(forms.pastParticiple)
            && forms.frequency < Self.feelingVerbMaximumFrequency
    }

    /// Verbs of feeling ("bore", "amaze", "challenge") are far rarer than "run" or "live".
    private static let feelingVerbMaximumFrequency = 50

    /// A singular noun people count: mostly a noun, no inflected verb as well ("meeting"), not used without an
    /// article after an adjective ("good food", "hard work": article-optional-nouns.txt),
    /// not a mass noun by the lists or the word-pair table, and with a plural people write.
    func isCountedSingular(_ noun: Token, in context: AnalysisContext, within gap: Int = countedNounGap) -> Bool {
        guard noun.isWord, !noun.isCapitalized, let entry = context.lexicon.countableSingular(noun),
            !context.lexicon.verbReadings(of: noun).contains(where: { $0.kind != .base }),
            !lists["article-optional-nouns"].contains(noun), !lists["mass-nouns"].contains(noun),
            !MassNoun.isMass(noun.lower, lexicon: context.lexicon)
        else { return false }
        return context.lexicon.pluralIsInUse(entry.plural, beside: noun.lower, within: gap)
    }
}

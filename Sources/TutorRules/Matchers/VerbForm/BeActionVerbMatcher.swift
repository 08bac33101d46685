// "I am work at a bank" → "I work", "she is live in Seoul" → "she lives" (verb-form.be-action-verb).

import TutorCore

/// "am", "is" or "are" before the base form of an everyday action verb, where the learner uses
/// "I am" as one piece for "저는": "I am work at a bank" → "I work", "my sister is live in
/// Busan" → "lives". The simple present is taught (a job, a home, a habit); "I am working"
/// fits only something happening now, which the template says as a tip.
///
/// Only where no other reading is likely: the present of "be" (not "was": "I was work" more
/// often wanted "worked"), a subject pronoun other than "it" or a person named by a
/// possessive or "the" and a person noun ("my friend is work"), a closed list of verbs that are
/// not also adjectives or past participles after "be" ("it is like", "I am done", "it is read",
/// "she is cook" for "a cook" stay), a word after the verb (not "she is work."), and no "by" or
/// "as" after it ("they are visit by", a passive missing its -ed). In a story told in the past
/// (a past time or a past verb in the sentence, or earlier messages in the past) the learner
/// more likely meant the past ("I am go there last week"), and with "now" or "today" the
/// progressive ("he is studying in Canada now"): that sentence is left to
/// verb-form.be-progressive, the same matcher made with `progressive`, which keeps "be" and
/// gives the verb its -ing ("i'm study english now" → "I'm studying"), a lesson of its own.
struct BeActionVerbMatcher: Matcher {
    let lists: WordLists
    private let personNouns: WordSet
    /// Whether this finds the sentences that say the action is happening now, and gives -ing.
    private let progressive: Bool

    init(lists: WordLists, progressive: Bool = false) {
        self.lists = lists
        personNouns = lists["person-nouns"]
        self.progressive = progressive
    }

    private static let verbs: WordSet = [
        "work", "live", "go", "study", "teach", "play", "watch", "eat", "drink", "buy", "visit", "meet", "listen",
        "speak", "talk", "walk", "swim", "sleep", "stay", "travel", "exercise", "wash", "drive", "ride", "sell",
        "learn", "leave", "wait", "spend", "save", "help", "take", "make",
    ]
    private static let adverbs: WordSet = [
        "always", "usually", "often", "sometimes", "never", "also", "really", "still",
    ]
    private static let beForms: WordSet = ["am", "is", "are", "'m", "'re", "'s"]
    /// Words after the verb that make it a passive missing its -ed, not this.
    private static let passiveMarkers: WordSet = ["by", "as"]

    var triggerWords: Set<String>? { Set(Self.verbs) }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for verb in context.tokens where Self.verbs.contains(verb) && verb.text == verb.lower {
            guard let next = context.token(at: verb.index + 1), next.isWord, !Self.passiveMarkers.contains(next)
            else { continue }
            var index = verb.index - 1
            var adverbs: [Token] = []
            while let word = context.token(at: index), Self.adverbs.contains(word) {
                adverbs.insert(word, at: 0)
                index -= 1
            }
            guard let be = context.token(at: index), let subject = subject(of: be, in: context),
                let forms = context.lexicon.verb(verb.lower), !isInPastStory(verb, in: context),
                saysItIsHappeningNow(verb, in: context) == progressive
            else { continue }
            if progressive {
                // "i'm study" → "I'm studying": "be" stays as written, the pronoun in it set right.
                let writtenBe =
                    subject.pronounInBe ? subject.written + be.text.drop { $0 != "'" && $0 != "’" } : be.text
                let words = [writtenBe] + adverbs.map(\.text) + [forms.presentParticiple]
                matches.append(
                    Match(span: context.span(from: be, to: verb), suggestions: [words.joined(separator: " ")]))
                continue
            }
            var words: [String] = []
            // "I'm work" → "I work": the pronoun is in the span, so it is written again.
            if subject.pronounInBe { words.append(subject.written) }
            words += adverbs.map(\.text)
            words.append(subject.isThirdPerson ? forms.thirdPerson : verb.lower)
            matches.append(
                Match(span: context.span(from: be, to: verb), suggestions: [words.joined(separator: " ")]))
        }
        return matches
    }

    /// The subject before a present form of "be" that agrees with it.
    private struct Subject {
        /// "I'm", "she's": the pronoun and "be" are one token.
        var pronounInBe: Bool
        /// The pronoun as it should be written ("I", "she"), when it is in the token.
        var written: String
        var isThirdPerson: Bool
    }

    private func subject(of be: Token, in context: AnalysisContext) -> Subject? {
        if let contracted = BeBaseVerbMatcher.contractedBe[be] {
            guard context.startsClause(be.index) else { return nil }
            let pronoun = be.text.prefix { $0 != "'" && $0 != "’" }
            return Subject(
                pronounInBe: true, written: contracted.pronoun == "i" ? "I" : String(pronoun),
                isThirdPerson: contracted.be == "is")
        }
        guard Self.beForms.contains(be), let word = context.token(at: be.index - 1), word.isWord else { return nil }
        let singular = ["is", "'s"].contains(be.lower)
        if FunctionWords.subjectPronouns.contains(word) {
            guard word.lower != "it", context.startsClause(word.index), agrees(word.lower, be.lower) else { return nil }
            return Subject(pronounInBe: false, written: word.text, isThirdPerson: singular)
        }
        // "My friend is work", "the new teacher is live": a person noun after a possessive or
        // "the" (and at most one describing word), opening its clause.
        guard !be.lower.hasPrefix("'"), isPersonSubject(before: be, singular: singular, in: context) else {
            return nil
        }
        return Subject(pronounInBe: false, written: word.text, isThirdPerson: singular)
    }

    /// Whether a person noun of the number of "be" ends the subject before it, and a possessive
    /// or "the" opens that subject at the start of its clause ("my friend is", "the new
    /// teachers are").
    private func isPersonSubject(before be: Token, singular: Bool, in context: AnalysisContext) -> Bool {
        guard let noun = context.token(at: be.index - 1), noun.isWord, !noun.isCapitalized || noun.startsSentence
        else { return false }
        let isPerson =
            singular
            ? personNouns.contains(noun)
            : context.lexicon.noun(plural: noun).map { personNouns.contains($0.singular) } ?? false
        guard isPerson else { return false }
        for offset in 1...2 {
            guard let opener = context.token(at: noun.index - offset) else { return false }
            if FunctionWords.possessives.contains(opener) || opener.lower == "the" {
                return context.startsClause(opener.index)
            }
            if !context.lexicon.isAdjective(opener) { return false }
        }
        return false
    }

    /// Whether the pronoun and the form of "be" agree ("I am", "she is").
    private func agrees(_ subject: String, _ be: String) -> Bool {
        switch subject {
        case "i": be == "am" || be == "'m"
        case "he", "she": be == "is" || be == "'s"
        default: be == "are" || be == "'re"
        }
    }

    /// Words that put the action in the moment: "he is study in Canada now" more likely
    /// wanted "is studying" than "studies", which the simple present's lesson would not teach.
    private static let momentWords: WordSet = ["now", "currently", "moment", "today", "tonight"]

    private func saysItIsHappeningNow(_ verb: Token, in context: AnalysisContext) -> Bool {
        context.sentence(containing: verb.index).contains { Self.momentWords.contains($0) }
    }

    /// Whether the sentence or the conversation before it tells a story in the past, where
    /// the learner more likely meant the past tense than the present.
    private func isInPastStory(_ verb: Token, in context: AnalysisContext) -> Bool {
        let sentence = context.sentence(containing: verb.index)
        if PastTimeMatcher.hasPastMarker(sentence, lists: lists) { return true }
        if context.hasPastVerb(near: verb.index, within: ThirdPersonAgreementMatcher.pastVerbReach, in: sentence) {
            return true
        }
        // "usually", "every day": the sentence is about now, whatever the story before it
        // (its own "am" or "is" does not say so: that is the word in question).
        if sentence.contains(where: { lists["non-past-signals"].contains($0) }) { return false }
        var messages = context.earlierMessages
        if let first = sentence.first, first.span.start > 0,
            let before = context.text.substring(in: TextSpan(start: 0, end: first.span.start))
        {
            messages.append(before)
        }
        return ContextTenseMatcher.earlierMessagesSetThePast(messages, lists: lists, lexicon: context.lexicon)
    }
}

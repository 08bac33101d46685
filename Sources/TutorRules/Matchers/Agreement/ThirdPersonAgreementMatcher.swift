// "she go" → "she goes", "he don't" → "he doesn't" (agreement.third-person).

import TutorCore

/// "she go" → "she goes", "my mother work" → "my mother works", "he don't" → "he doesn't",
/// "your company sell" → "sells". Left alone near a past verb (tagged VBD), where the learner
/// more often meant the past.
struct ThirdPersonAgreementMatcher: Matcher {
    let lists: WordLists
    private let personNouns: WordSet
    private let subjunctiveTriggers: WordSet
    private let collectiveNouns: WordSet
    /// The pronouns that can be a third-person subject on their own; all but "he" and "she"
    /// only where a clause starts ("Everybody make mistakes"; "does anyone know" is a question).
    private static let pronouns: WordSet = [
        "he", "she", "it", "everyone", "everybody", "someone", "somebody", "nobody", "anyone", "anybody", "everything",
        "something", "nothing",
    ]
    /// Words after a verb that show it is the second part of a noun ("the bus stop is", "the
    /// school play will"), not the subject's verb.
    private static let finiteAfterCompound: WordSet = [
        "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "'s", "'re", "isn't", "aren't", "wasn't",
        "weren't",
        "hasn't", "haven't", "doesn't", "don't", "didn't",
    ]

    /// "Is she live here?": a question built on "be" wants "Does she live", not "Is she lives"
    /// (verb-form.be-question).
    private func opensBeQuestion(_ token: Token?, in context: AnalysisContext) -> Bool {
        guard let token else { return false }
        return ["is", "are", "am", "was", "were"].contains(token.lower)
            && BeQuestionVerbMatcher.opensQuestion(token, in: context)
    }

    /// Words that start a question; a subject right after one lacks "does" rather than -s.
    private static let questionWords: WordSet = ["what", "how", "where", "when", "why", "which", "who"]

    /// What kind of third-person subject a word is.
    private enum Subject {
        /// "he", "everyone", "my mother": the verb after it is its verb whenever it can be one.
        case person
        /// "your company", "the bus": a singular thing, after which a verb is read as its verb
        /// only when the word cannot be a noun of a compound ("the bus stop") either.
        case thing
    }

    init(lists: WordLists) {
        self.lists = lists
        personNouns = lists["person-nouns"]
        subjunctiveTriggers = lists["subjunctive-triggers"]
        collectiveNouns = lists["collective-nouns"]
    }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        // By index: a token is copied (a retain and a release) only once it may be a subject.
        for index in context.tokens.indices {
            guard context.tokens[index].isWord, let kind = subjectKind(context.tokens[index], in: context) else {
                continue
            }
            let subject = context.tokens[index]
            guard
                !governsBareInfinitive(context.token(at: subject.index - 1), lists: lists, lexicon: context.lexicon),
                !opensBeQuestion(context.token(at: subject.index - 1), in: context)
            else { continue }
            let sentence = context.sentence(containing: subject.index)
            if PastTimeMatcher.hasPastMarker(sentence, lists: lists) { continue }
            if sentence.contains(where: { subjunctiveTriggers.contains($0.lower) }) { continue }
            // "What time the bus come?", "How it affect us?" want "does", not "comes": a thing's
            // questions are left alone, and so is a question's subject after a question word.
            if sentence.contains(where: { $0.text == "?" }),
                kind == .thing || Self.questionWords.contains(context.token(at: subject.index - 1)?.lower ?? "")
            {
                continue
            }
            guard let verb = context.verbSlot(after: subject.index), verb.isWord, !verb.isCapitalized else { continue }
            if kind == .thing, !isClearlyVerb(verb, in: context) { continue }
            if meansSomethingElse(subject, verb, in: sentence, context: context) { continue }
            // "Then she eat something and went home", "he leave her because she was ill": near
            // a past verb the learner more often meant the past ("ate", "left") than "-s".
            guard let match = agreement(for: verb, in: context),
                !context.hasPastVerb(near: verb.index, within: Self.pastVerbReach, in: sentence),
                !isStateInPastStory(verb, sentence: sentence, in: context),
                !isAllPast(sentence, besides: verb, in: context)
            else { continue }
            matches.append(match)
        }
        return matches
    }

    /// Verbs of liking and wanting: after "it" the learner more often wrote "it" for "I" ("it
    /// still like it") than a thing that likes.
    private static let desireVerbs: WordSet = ["like", "love", "want", "hate", "enjoy", "prefer"]

    /// Readings other than a missing -s: "it like" (for "I like"), "everything free" (an
    /// adjective after a pronoun with no verb), and "if somebody ask me, I would go", where the
    /// conditional's "would" asks for the past ("asked").
    private func meansSomethingElse(
        _ subject: Token, _ verb: Token, in sentence: ArraySlice<Token>, context: AnalysisContext
    ) -> Bool {
        if subject.lower == "it", Self.desireVerbs.contains(verb) { return true }
        // "My father use to smoke": a past habit missing its -d ("used to"), never "uses to".
        if verb.lower == "use", context.token(at: verb.index + 1)?.lower == "to",
            let next = context.token(at: verb.index + 2), context.lexicon.isVerbBase(next)
        {
            return true
        }
        // "everything free.": an adjective that ends the clause, with no object or complement.
        if subject.lower != "he", subject.lower != "she", context.lexicon.isAdjective(verb),
            context.token(at: verb.index + 1)?.endsClause ?? true
        {
            return true
        }
        // "if somebody ask", "if my friend ask": "if" before the subject or its determiner,
        // and "would" after the verb.
        if [1, 2].contains(where: { ["if", "unless"].contains(context.token(at: subject.index - $0)?.lower ?? "") }) {
            return sentence.contains { $0.index > verb.index && ["would", "'d"].contains($0.lower) }
        }
        return false
    }

    /// "Yesterday I met Mina at a cafe. She like it there": in a story told in the past, a
    /// state's bare verb more likely wanted the past ("liked") than the -s, and "likes" would
    /// teach a change of tense. tense.past-story leaves states alone (they may be true now), so
    /// neither rule says anything. The story's time is read as that rule reads it: an earlier
    /// sentence of the utterance, or the messages before it; asked only for a verb already found.
    /// A sentence that says it is about now ("She work in a bank now", "he is older than me and he
    /// live in Seoul") is not part of the story, and nor is a present perfect ("your bag have
    /// been stolen": "has").
    private func isStateInPastStory(_ verb: Token, sentence: ArraySlice<Token>, in context: AnalysisContext)
        -> Bool
    {
        guard lists["stative-verbs"].contains(verb) || ["don't", "dont"].contains(verb),
            verb.lower != "have" || context.tag(at: verb.index + 1) != "VBN",
            !ContextTenseMatcher.saysItIsNow(sentence, lists: lists)
        else {
            return false
        }
        var messages = context.earlierMessages
        if let first = sentence.first, first.span.start > 0,
            let before = context.text.substring(in: TextSpan(start: 0, end: first.span.start))
        {
            messages.append(before)
        }
        return ContextTenseMatcher.earlierMessagesSetThePast(messages, lists: lists, lexicon: context.lexicon)
    }

    /// Words of a sentence that is not all past: present "be" and the modals of now.
    private static let presentWords: WordSet = [
        "am", "is", "are", "'m", "'re", "will", "'ll", "can", "shall", "may", "must", "wo", "ca",
    ]

    /// "She saw her teacher with another girl and she run away as fast as she could": a sentence
    /// whose other verbs are all past, with a past verb before this one (farther than
    /// `pastVerbReach`), more likely wanted "ran" than "runs"; "-s" would teach a change of
    /// tense. A past only after the verb may be another clause's ("It mention that the shop was
    /// closed": "mentions" is right).
    private func isAllPast(_ sentence: ArraySlice<Token>, besides verb: Token, in context: AnalysisContext) -> Bool {
        var hasPast = false
        for token in sentence where token.isWord && token.index != verb.index {
            if Self.presentWords.contains(token) { return false }
            if !hasPast, token.index < verb.index,
                token.lower == "was" || token.lower == "were" || context.tag(at: token.index) == "VBD"
            {
                hasPast = true
            }
        }
        guard hasPast else { return false }
        return !sentence.contains { token in
            token.isWord && token.index != verb.index && ["VBP", "VBZ"].contains(context.tag(at: token.index))
        }
    }

    /// How far (in tokens) a past verb may stand from the verb to make the past its likely
    /// meaning: the same clause or the next ("she phone me and asked"), not a clause a long
    /// sentence away.
    static let pastVerbReach = 10

    private func subjectKind(_ token: Token, in context: AnalysisContext) -> Subject? {
        // One lookup settles most words: a subject is one of these pronouns or a person noun.
        if Self.pronouns.contains(token) {
            return token.lower == "he" || token.lower == "she" || context.startsClause(token.index) ? .person : nil
        }
        // "My mother work", "The teacher give", "Your company sell": a possessive (or "the",
        // "this", "that") and a singular noun at the start of a clause.
        guard let possessive = context.token(at: token.index - 1),
            FunctionWords.possessives.contains(possessive) || Self.definiteDeterminers.contains(possessive),
            startsClause(afterAnOpeningAdverb: possessive.index, in: context),
            // "He and his wife are": part of a compound subject.
            !Self.conjunctions.contains(context.token(at: possessive.index - 1)?.lower ?? "")
        else { return nil }
        // The list holds singular persons; WordNet lacks newer ones ("roommate", "boyfriend"),
        // which are persons all the same. Only one whose plural is the word itself is left out.
        if personNouns.contains(token) {
            if let entry = context.lexicon.noun(singular: token), entry.plural == token.lower { return nil }
            return .person
        }
        // A thing: a noun people count, mostly a noun, no modal ("this will give"), not one
        // of those British English agrees in the plural ("my family live", "the theatre have").
        guard !token.isCapitalized, !FunctionWords.modals.contains(token),
            !lists["function-words"].contains(token),
            // "The sheep eat": WordNet's "sheeps" is a plural nobody writes.
            let entry = context.lexicon.countableSingular(token), context.lexicon.usage(of: entry.plural) > 0,
            !collectiveNouns.contains(token), !context.lexicon.isAdjective(token)
        else { return nil }
        return .thing
    }

    /// "the", "this", "that": like a possessive, they open a subject ("The teacher give").
    private static let definiteDeterminers: WordSet = ["the", "this", "that"]
    /// Words that join a subject to another ("He and his wife are").
    private static let conjunctions: WordSet = ["and", "or", "nor", "&"]

    /// Adverbs a clause may open with before its subject ("Usually my father walk him").
    private static let openingAdverbs: WordSet = [
        "usually", "always", "often", "sometimes", "normally", "generally", "never", "now", "today", "also",
    ]

    /// Whether the word at `index` starts a clause, or follows an adverb that does ("Usually
    /// my father …"), so that a subject after such an adverb is read as one.
    private func startsClause(afterAnOpeningAdverb index: Int, in context: AnalysisContext) -> Bool {
        if context.startsClause(index) { return true }
        guard let adverb = context.token(at: index - 1), Self.openingAdverbs.contains(adverb) else {
            return false
        }
        return context.startsClause(adverb.index)
    }

    /// Whether the word after a thing is surely its verb: a verb that is seldom a noun or an
    /// adjective ("the shop close to my house"), followed by no verb of its own ("the bus stop
    /// is") and no subject ("after the lunch break we").
    private func isClearlyVerb(_ verb: Token, in context: AnalysisContext) -> Bool {
        if ["have", "don't", "dont", "do"].contains(verb) { return true }
        guard let forms = context.lexicon.verb(verb.lower), !context.lexicon.isAdjective(verb) else {
            return false
        }
        if let noun = context.lexicon.noun(singular: verb), noun.frequency * 10 > forms.frequency { return false }
        guard let next = context.token(at: verb.index + 1) else { return true }
        // "The fashion show starts": a present with -s after it is the verb, the word a noun.
        if Self.finiteAfterCompound.contains(next) || FunctionWords.modals.contains(next)
            || FunctionWords.subjectPronouns.contains(next) || next.text == "'" || next.text == "-"
            || context.lexicon.verbReadings(of: next).contains(where: { $0.kind == .thirdPerson })
        {
            return false
        }
        return true
    }

    private func agreement(for verb: Token, in context: AnalysisContext) -> Match? {
        let next = context.token(at: verb.index + 1)
        switch verb.lower {
        case "do" where next?.lower == "n't" || next?.lower == "not":
            return context.replacement(of: verb, with: "does")
        // "she dont like it": the short form typed without its apostrophe is "don't" too; this
        // rule comes first, so the key is "doesn't", not the apostrophe rule's "she don't".
        case "don't", "dont":
            return context.replacement(of: verb, with: "doesn't")
        case "have":
            return context.replacement(of: verb, with: "has")
        case "are", "am":
            return context.replacement(of: verb, with: "is")
        default:
            // Modals and "be" have no -s form to suggest ("she can", "if she be").
            if FunctionWords.modals.contains(verb) || FunctionWords.beForms.contains(verb) { return nil }
            guard let forms = context.lexicon.verb(verb.lower), forms.thirdPerson != verb.lower, forms.frequency >= 5
            else { return nil }
            // A word used mostly as a noun ("it rain", "she dream") is left alone.
            if let noun = context.lexicon.noun(singular: verb), noun.frequency > forms.frequency * 2 {
                return nil
            }
            if context.lexicon.base(ofForm: verb, kind: .past) != nil { return nil }
            return context.replacement(of: verb, with: forms.thirdPerson)
        }
    }
}

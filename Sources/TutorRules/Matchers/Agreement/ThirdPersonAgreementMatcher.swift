// "she go" → "she goes", "he don't" → "he doesn't" (agreement.third-person).

import TutorCore

/// "she go" → "she goes", "my mother work" → "my mother works", "he don't" → "he doesn't",
/// "your company sell" → "sells". Left alone near a past verb (tagged VBD), where the learner
/// more often meant the past. A person's action verb in a sentence that names a coming time
/// ("My cousin sell his car next month") is a plan, which takes "is selling", not "sells": made
/// with `arrangement`, the matcher finds only those (tense.future-arrangement), and without it
/// leaves them alone.
struct ThirdPersonAgreementMatcher: Matcher {
    let lists: WordLists
    private let arrangement: Bool
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

    /// Words one of which every sentence that names a coming time holds ("tomorrow", "next
    /// month", "on Friday", "this weekend"; see `plannedForm`): made with `arrangement`, the
    /// matcher runs only on utterances with one.
    private static let comingTimeWords = Set(comingTimes).union(thisUnits).union(["next"])

    var triggerWords: Set<String>? { arrangement ? Self.comingTimeWords : nil }

    init(lists: WordLists, arrangement: Bool = false) {
        self.lists = lists
        self.arrangement = arrangement
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
            guard var match = agreement(for: verb, in: context),
                !context.hasPastVerb(near: verb.index, within: Self.pastVerbReach, in: sentence),
                !isStateInPastStory(verb, sentence: sentence, in: context),
                !isAllPast(sentence, besides: verb, in: context),
                !isHabitInPastStory(verb, sentence: sentence, in: context),
                !followsItsMessage(verb, sentence: sentence, in: context),
                !lastsUpToNow(verb, in: context)
            else { continue }
            let plan = kind == .person ? plannedForm(of: verb, in: sentence, context: context) : nil
            if arrangement != (plan != nil) { continue }
            if let plan { match = context.replacement(of: verb, withAnyOf: plan) }
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

    /// The message's text before this sentence; nil for its first sentence.
    private func textBefore(_ sentence: ArraySlice<Token>, in context: AnalysisContext) -> String? {
        guard let first = sentence.first, first.span.start > 0 else { return nil }
        return context.text.substring(in: TextSpan(start: 0, end: first.span.start))
    }

    /// "He was very strict. He always say ...": a habit (a frequency adverb before the verb) told
    /// right after a sentence of the same message in the past may be a habit of that past
    /// ("said") as well as of now ("says"), so neither is taught. Only the message's own earlier
    /// sentences set that past here.
    private func isHabitInPastStory(_ verb: Token, sentence: ArraySlice<Token>, in context: AnalysisContext) -> Bool {
        guard let adverb = context.token(at: verb.index - 1), Self.habitAdverbs.contains(adverb),
            let before = textBefore(sentence, in: context)
        else { return false }
        return ContextTenseMatcher.earlierMessagesSetThePast([before], lists: lists, lexicon: context.lexicon)
    }

    /// Words that tell the next step of a story or a plan ("After that the noise start again",
    /// "Then he bring her to the restaurant").
    private static let sequenceWords: WordSet = ["then", "after", "later", "again", "suddenly", "finally", "soon"]
    /// Words that put a sentence in the future.
    private static let futureWords: WordSet = ["will", "'ll", "going", "gonna"]

    /// A sentence that goes on from the message's sentence before, whose time it takes: after a
    /// sentence in the past with a word of sequence ("It was better for one week. But after
    /// that the noise start again": "started"), or after one with "will" or "going to" and
    /// nothing of now ("My dad will take her there. Then he bring her to the restaurant": "will
    /// bring"). The -s would teach the wrong time, so the verb is left alone.
    private func followsItsMessage(_ verb: Token, sentence: ArraySlice<Token>, in context: AnalysisContext) -> Bool {
        guard let before = textBefore(sentence, in: context) else { return false }
        let earlier = Tokenizer.tokenize(before)
        if earlier.contains(where: { Self.futureWords.contains($0.lower) }),
            !ContextTenseMatcher.saysItIsNow(sentence, lists: lists)
        {
            return true
        }
        return sentence.contains(where: { $0.index < verb.index && Self.sequenceWords.contains($0.lower) })
            && ContextTenseMatcher.earlierMessagesSetThePast([before], lists: lists, lexicon: context.lexicon)
    }

    /// "He live there for five years": a length of years or months after the verb says how long
    /// it has gone on, which wants "has lived", not "lives"; the verb is left alone.
    private func lastsUpToNow(_ verb: Token, in context: AnalysisContext) -> Bool {
        for offset in 1...6 {
            guard let word = context.token(at: verb.index + offset), !word.endsClause else { return false }
            guard word.lower == "for", let count = context.token(at: word.index + 1),
                count.kind == .number || FunctionWords.numberWords[count] != nil,
                let unit = context.token(at: word.index + 2), ["years", "months"].contains(unit.lower)
            else { continue }
            return true
        }
        return false
    }

    private static let habitAdverbs: WordSet = ["always", "often", "usually", "never", "sometimes", "normally"]

    /// Words that name a coming time by themselves, and what "next" names one with.
    private static let comingTimes: WordSet = ["tomorrow", "tonight"]
    private static let nextUnits: WordSet = [
        "week", "month", "year", "weekend", "summer", "winter", "spring", "fall", "autumn", "semester", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening",
    ]
    /// Words that open a clause of time or condition, whose present stays simple ("when he
    /// comes tomorrow", "if she calls tonight").
    private static let timeClauseOpeners: WordSet = [
        "if", "when", "unless", "until", "till", "before", "after", "once", "as", "whenever",
    ]

    /// A day of this week or the next ("on Friday night", "this weekend"): a time to come with a
    /// present verb, unless the conversation has put its story in the past ("On Friday my
    /// brother come" may tell last Friday).
    private static let weekdays: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    private static let thisUnits = WordSet(["weekend", "evening", "afternoon"] + Array(weekdays))

    private func namesADayToCome(_ sentence: ArraySlice<Token>, in context: AnalysisContext) -> Bool {
        guard
            sentence.contains(where: { token in
                let next = context.token(at: token.index + 1)?.lower ?? ""
                return token.lower == "on" && Self.weekdays.contains(next)
                    || token.lower == "this" && Self.thisUnits.contains(next)
            }),
            !sentence.contains(where: { ["every", "usually", "always", "often", "sometimes"].contains($0.lower) })
        else { return false }
        return !ContextTenseMatcher.earlierMessagesSetThePast(
            context.earlierMessages, lists: lists, lexicon: context.lexicon)
    }

    /// "is selling" (then "is going to sell", "will sell") for "sell" when the sentence names a coming time ("tomorrow", "next month")
    /// and the verb is an action, not a state ("she has a meeting tomorrow" is right), "do" or
    /// "have", and no clause of time or condition takes the sentence ("if he comes tomorrow").
    private func plannedForm(of verb: Token, in sentence: ArraySlice<Token>, context: AnalysisContext) -> [String]? {
        guard
            sentence.contains(where: { token in
                Self.comingTimes.contains(token)
                    || token.lower == "next" && Self.nextUnits.contains(context.token(at: token.index + 1)?.lower ?? "")
            }) || namesADayToCome(sentence, in: context),
            !sentence.contains(where: { Self.timeClauseOpeners.contains($0) || $0.text == "?" }),
            !["have", "do", "don't", "dont", "are", "am"].contains(verb.lower),
            !lists["stative-verbs"].contains(verb),
            let forms = context.lexicon.verb(verb.lower), forms.base == verb.lower
        else { return nil }
        // "is going to sell" and "will sell" say it too: a practice blank takes them as well.
        return ["is " + forms.presentParticiple, "is going to " + forms.base, "will " + forms.base]
    }

    /// How far (in tokens) a past verb may stand from the verb to make the past its likely
    /// meaning: the same clause or the next ("she phone me and asked"), not a clause a long
    /// sentence away.
    static let pastVerbReach = 10

    private func subjectKind(_ token: Token, in context: AnalysisContext) -> Subject? {
        // One lookup settles most words: a subject is one of these pronouns or a person noun.
        if Self.pronouns.contains(token) {
            return token.lower == "he" || token.lower == "she" || context.startsClause(token.index)
                || followsOpeningPlace(token, in: context) ? .person : nil
        }
        // "My mother work", "The teacher give", "Your company sell": a possessive (or "the",
        // "this", "that") and a singular noun at the start of a clause.
        guard let possessive = context.token(at: token.index - 1),
            FunctionWords.possessives.contains(possessive) || Self.definiteDeterminers.contains(possessive),
            startsClause(afterAnOpeningAdverb: possessive.index, in: context),
            // "He and his wife are": part of a compound subject.
            !joinsSubjects(before: possessive, in: context)
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
            // "The sheep eat": WordNet's "sheeps" is a plural nobody writes. A newer noun WordNet
            // lacks counts too ("the website say"): its regular plural written at least a tenth
            // as often.
            context.lexicon.countedPlural(of: token.lower) != nil || isNewerNoun(token, in: context),
            !collectiveNouns.contains(token), !context.lexicon.isAdjective(token)
        else { return nil }
        return .thing
    }

    /// A common word spelt right that the lexicon does not know ("website", "smartphone") and
    /// whose regular plural is written at least a tenth as often.
    private func isNewerNoun(_ token: Token, in context: AnalysisContext) -> Bool {
        let lexicon = context.lexicon
        guard token.lower.utf8.count >= 4, !token.lower.hasSuffix("s"), !lexicon.knows(token),
            lexicon.isSpeltRight(token.lower), lexicon.usage(of: token) >= Lexicon.newerNounMinimumUsage
        else { return false }
        return lexicon.pluralIsInUse(lexicon.regularPlural(of: token.lower), beside: token.lower, within: 100)
    }

    /// "He and his wife are": "and" (or "or") before the subject's determiner, after a noun or
    /// a pronoun it may join to the subject. After an adjective or a verb it joins two clauses:
    /// "its very slow and the battery die quickly" ("dies").
    private func joinsSubjects(before determiner: Token, in context: AnalysisContext) -> Bool {
        guard let conjunction = context.token(at: determiner.index - 1), Self.conjunctions.contains(conjunction)
        else { return false }
        guard let before = context.token(at: conjunction.index - 1), before.isWord else { return true }
        let tag = context.tag(at: before.index)
        guard tag.hasPrefix("JJ") || tag == "RB" || tag.hasPrefix("VB") else { return true }
        // Only after a clause that says it is about now with a present "be" ("it's very slow"):
        // "Her grandfather get sick and the doctor try" tells a story ("tried").
        var index = conjunction.index - 1
        while index >= 0, index >= conjunction.index - 8, let token = context.token(at: index), !token.endsClause {
            if Self.presentBe.contains(token) { return false }
            index -= 1
        }
        return true
    }

    private static let presentBe: WordSet = ["is", "are", "am", "'s", "'re", "'m", "its"]

    /// Prepositions that open a sentence with a place or a time before its subject.
    private static let openingPrepositions: WordSet = ["in", "at", "on", "during"]

    /// "In Korea everybody talk about grades": an indefinite pronoun right after a phrase of
    /// a preposition and at most three words that opens the sentence, none of them a verb or
    /// a comma-less clause of its own ("In Korea", "At my school").
    private func followsOpeningPlace(_ pronoun: Token, in context: AnalysisContext) -> Bool {
        guard !["it", "he", "she"].contains(pronoun.lower) else { return false }
        for offset in 2...4 {
            guard let first = context.token(at: pronoun.index - offset) else { return false }
            if first.startsSentence {
                guard Self.openingPrepositions.contains(first) else { return false }
                return ((first.index + 1)..<pronoun.index).allSatisfy { index in
                    guard let word = context.token(at: index), word.isWord else { return false }
                    return !context.tag(at: index).hasPrefix("VB") && !FunctionWords.clauseStarters.contains(word)
                }
            }
        }
        return false
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
        // A subject after it ("after the lunch break we") ends the phrase, except after a verb
        // of saying or knowing, which takes a clause: "the website say I can return them".
        if Self.finiteAfterCompound.contains(next) || FunctionWords.modals.contains(next)
            || FunctionWords.subjectPronouns.contains(next) && !Self.clauseVerbs.contains(verb)
            || next.text == "'" || next.text == "-"
            || context.lexicon.verbReadings(of: next).contains(where: { $0.kind == .thirdPerson })
        {
            return false
        }
        return true
    }

    /// Verbs that take a clause with its own subject right after them.
    private static let clauseVerbs: WordSet = ["say", "think", "know", "mean", "believe"]

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

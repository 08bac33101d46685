// "Last weekend I went to Busan. We eat seafood." → "ate": a story already told in the past.

/// A present verb in a story the conversation has put in the past: an earlier sentence of the
/// utterance (a past time marker, or a subject with a past verb) or the messages just before
/// it (the learner's last message, or a question such as "What did you do?") set the time,
/// and this sentence says nothing of its own time. Only action verbs after I, we or they are
/// corrected (and a second verb joined to one by "and"): a state ("I like seafood") or a
/// he/she sentence ("She lives in Daegu") may still be true now.
struct ContextTenseMatcher: Matcher {
    let lists: WordLists

    func matches(in context: AnalysisContext) -> [Match] {
        var storyIsPast = Self.earlierMessagesSetThePast(
            context.earlierMessages, lists: lists, lexicon: context.lexicon)
        var matches: [Match] = []
        for first in context.tokens where first.startsSentence {
            let sentence = context.sentence(containing: first.index)
            defer { if hasPastAnchor(sentence, in: context) { storyIsPast = true } }
            guard storyIsPast, !ownsItsTime(sentence, in: context), !isAboutNow(sentence, in: context) else {
                continue
            }
            for subject in sentence
            where subject.isWord && (context.startsClause(subject.index) || followsOpeningAdverb(subject, in: context))
                || isNounSubject(subject, in: context)
            {
                let thirdPerson = !FunctionWords.plainFormSubjects.contains(subject)
                guard
                    !thirdPerson || isNounSubject(subject, in: context) || ["he", "she", "it"].contains(subject)
                        || SubjectHeadAgreementMatcher.indefinitePronouns.contains(subject),
                    thirdPerson || FunctionWords.plainFormSubjects.contains(subject),
                    let verb = context.verbSlot(after: subject.index), verb.isWord,
                    !isNounSubject(subject, in: context) || isTaggedVerb(verb, after: subject, in: context),
                    !speaksNow(subject, verb, in: context),
                    let past = storyPast(of: verb, in: context)
                else { continue }
                matches.append(context.replacement(of: verb, with: past))
                // "We eat chicken and listen to music": the second verb shares the subject.
                if let joined = joinedVerb(after: verb, in: sentence, context: context),
                    let joinedPast = pastForm(of: joined, in: context)
                {
                    matches.append(context.replacement(of: joined, with: joinedPast))
                }
            }
        }
        return matches
    }

    /// Adverbs that open a sentence of a story and leave its subject next: "Finally they change
    /// it" is the story's next step, as "They change it" is.
    private static let storyAdverbs: WordSet = [
        "finally", "then", "later", "suddenly", "eventually", "luckily", "fortunately", "unfortunately",
        "afterwards",
    ]

    /// Whether the subject follows one of `storyAdverbs` that opens the sentence ("finally they").
    private func followsOpeningAdverb(_ subject: Token, in context: AnalysisContext) -> Bool {
        guard let adverb = context.token(at: subject.index - 1), adverb.startsSentence else { return false }
        return Self.storyAdverbs.contains(adverb)
    }

    /// A verb that says what the writer does as they write, whatever story came before: "I guess
    /// about fifty came", "our class appreciate it" (`performative-verbs`, but not after he, she
    /// or it), "I ask for a refund", "I find it strange", a bare "I see.", or a verb addressed to
    /// the reader within four words ("I send you the photos", "I write this letter to you").
    private func speaksNow(_ subject: Token, _ verb: Token, in context: AnalysisContext) -> Bool {
        if !["he", "she", "it"].contains(subject.lower), lists["performative-verbs"].contains(verb) { return true }
        let next = context.token(at: verb.index + 1)
        switch (verb.lower, next?.lower ?? "") {
        case ("ask", "for"), ("find", "it"): return true
        case ("see", _) where next.map { !$0.isWord } ?? true: return true
        default: break
        }
        for offset in 1...4 {
            guard let token = context.token(at: verb.index + offset), !token.endsClause else { return false }
            if token.lower == "you" { return true }
        }
        return false
    }

    /// Whether a sentence is about now by its own verbs: a present third-person verb ("she
    /// knows that I speak English"), a present perfect ("I have read it and I find it good"), a
    /// present "don't" ("I don't know why they leave", "do you know"), or a habit of one's free time ("I paint a
    /// lot in my spare time", "I spend most of my time online").
    private func isAboutNow(_ sentence: ArraySlice<Token>, in context: AnalysisContext) -> Bool {
        sentence.contains { token in
            let next = context.token(at: token.index + 1)
            switch token.lower {
            case "have", "'ve": return next.map { context.tag(at: $0.index) == "VBN" } ?? false
            case "do": return ["n't", "not", "you"].contains(next?.lower ?? "")
            case "don't", "dont": return true
            case "free", "spare", "my": return next?.lower == "time"
            default: return context.tag(at: token.index) == "VBZ"
            }
        }
    }

    /// After a noun subject, whether the tagger reads the next word as its verb: "the musical
    /// show was" is a noun "show", not "the musical" showing.
    private func isTaggedVerb(_ verb: Token, after subject: Token, in context: AnalysisContext) -> Bool {
        context.tag(at: subject.index).hasPrefix("NN") && context.tag(at: verb.index).hasPrefix("VB")
    }

    /// Words by which a sentence sets its own time or is about wanting and planning.
    private static let ownTimeWords: WordSet = [
        "yesterday", "last", "ago", "these", "nowadays", "recently", "want", "wanna", "hope", "plan",
    ]

    /// A present form of "be", "do", "have" or "can", or "will": it puts the sentence in the present
    /// ("The teacher is strict and he give low scores" is about now: "gives", not "gave"; so are
    /// "Though she doesn't work, she need a car" and "she know what the teacher has said").
    private static let presentForms: WordSet = [
        "is", "am", "are", "'m", "'re", "does", "doesn't", "has", "hasn't", "can", "can't", "cannot", "will", "won't",
        "'ll",
    ]

    /// A sentence that sets or questions its own time: a marker (past or not), a question, a
    /// quotation (direct speech keeps its own tense), a modal, "if"/"when", or a form of
    /// "be"/"have" that may be about now.
    private func ownsItsTime(_ sentence: ArraySlice<Token>, in context: AnalysisContext) -> Bool {
        sentence.contains { token in
            token.text == "?" || FunctionWords.modals.contains(token) || Self.ownTimeWords.contains(token)
        } || Self.quotesSpeech(sentence)
            || Self.saysItIsNow(sentence, lists: lists) && !isPastWithTimeClause(sentence, in: context)
            || PastTimeMatcher.hasPastMarker(sentence, lists: lists)
    }

    /// Words of `non-past-signals` that join a clause of time, which takes the time of the
    /// sentence around it ("when I arrive" is a time to come only in a sentence about now).
    private static let timeClauseWords: WordSet = ["when", "until", "till"]

    /// "I get off at 8:40, and I noticed it when I arrive": a sentence whose only words of now
    /// are "when", "until" or "till", and that has a subject with a verb that can only be past
    /// ("I noticed"), tells the story: its "when" clause is a time of that past.
    private func isPastWithTimeClause(_ sentence: ArraySlice<Token>, in context: AnalysisContext) -> Bool {
        let nonPastSignals = lists["non-past-signals"]
        let signals = sentence.filter { nonPastSignals.contains($0) || Self.presentForms.contains($0) }
        guard !signals.isEmpty, signals.allSatisfy({ Self.timeClauseWords.contains($0) }) else { return false }
        return sentence.contains { Self.saysPast($0, lexicon: context.lexicon) { context.verbSlot(after: $0) } }
    }

    /// Whether the sentence quotes someone's words (three words or more between quotation
    /// marks, or an opening mark with no closing one): direct speech keeps its own tense. A
    /// quoted name or code ("it show "E3" on the screen") is no speech.
    private static func quotesSpeech(_ sentence: ArraySlice<Token>) -> Bool {
        let marks: Set<String> = ["\"", "\u{201C}", "\u{201D}"]
        var wordsInQuote: Int?
        for token in sentence {
            if marks.contains(token.text) {
                if let words = wordsInQuote {
                    if words >= 3 { return true }
                    wordsInQuote = nil
                } else {
                    wordsInQuote = 0
                }
            } else if token.isWord, let words = wordsInQuote {
                wordsInQuote = words + 1
            }
        }
        return wordsInQuote != nil
    }

    /// Whether a sentence puts itself in the present, whatever the story before it: a word of
    /// `non-past-signals` ("now", "usually", "every day") or a present form of "be", "do", "have"
    /// or "can". "I went to the library. She work in a bank now." wants "works", not "worked".
    static func saysItIsNow(_ sentence: ArraySlice<Token>, lists: WordLists) -> Bool {
        // The list is looked up once, not once a token (each lookup hashes its name).
        let nonPastSignals = lists["non-past-signals"]
        return sentence.contains { nonPastSignals.contains($0) || presentForms.contains($0) }
    }

    /// The past form of an action verb in its base form; nil for anything unsure.
    private func pastForm(of verb: Token, in context: AnalysisContext) -> String? {
        guard !verb.isCapitalized || verb.startsSentence, !lists["stative-verbs"].contains(verb),
            !FunctionWords.beForms.contains(verb), !FunctionWords.doForms.contains(verb),
            !FunctionWords.modals.contains(verb), verb.lower != "'ve"
        else { return nil }
        guard let past = context.lexicon.pastOfBaseVerb(verb.lower) else { return nil }
        // "I love cooking", "we need": followed by a to-infinitive or gerund it is often a state.
        if let next = context.token(at: verb.index + 1), next.lower == "to",
            !["go", "come", "walk", "drive", "run", "listen", "talk"].contains(verb)
        {
            return nil
        }
        return past
    }

    /// "My sister", "the man" at the start of a clause: a singular noun after a possessive or
    /// "the", the subject of what follows.
    private func isNounSubject(_ token: Token, in context: AnalysisContext) -> Bool {
        guard token.isWord, let determiner = context.token(at: token.index - 1),
            FunctionWords.possessives.contains(determiner) || determiner.lower == "the",
            context.startsClause(determiner.index),
            !["and", "or"].contains(context.token(at: determiner.index - 1)?.lower ?? ""),
            let noun = context.lexicon.noun(singular: token), noun.plural != token.lower
        else { return false }
        return true
    }

    /// The past a story meant for a bare verb ("we eat" → "ate"; after he, she, it or a singular
    /// noun, "my sister have", "he bring", it is wrong in any tense). States are left alone
    /// ("she like it" may be about now: the agreement rule's), and so is "have" unless it is
    /// "have to" or what follows is something that happens: "we have a great time" and "I have
    /// to wait" were "had", but "she have a dog" may still be true ("has").
    private func storyPast(of verb: Token, in context: AnalysisContext) -> String? {
        if verb.lower == "have" {
            // "I have to say", "I have to admit" speak now, as the verbs of `speaksNow` do.
            let saying: WordSet = ["say", "admit", "tell", "confess", "mention"]
            let obliged =
                context.token(at: verb.index + 1)?.lower == "to"
                && !saying.contains(context.token(at: verb.index + 2)?.lower ?? "")
            return obliged || namesAnEvent(after: verb, in: context) ? "had" : nil
        }
        return pastForm(of: verb, in: context)
    }

    /// Things one has that happen and end: "have a party", "have a great time", "have lunch",
    /// "have a fever".
    private static let events: WordSet = [
        "time", "fun", "party", "lunch", "dinner", "breakfast", "meal", "trip", "holiday", "vacation", "picnic",
        "barbecue", "accident", "fight", "argument", "meeting", "class", "lesson", "test", "exam", "interview", "rest",
        "nap", "walk", "swim", "shower", "bath", "talk", "chat", "conversation", "game", "match", "race", "wedding",
        // An illness that passes: "my brother have a fever, so I made soup".
        "fever", "cold", "flu", "cough", "headache", "stomachache", "toothache",
    ]

    /// Whether the noun that "have" takes, within its next four words ("a really good time"),
    /// is one of `events` ("have no time" is no event).
    private func namesAnEvent(after verb: Token, in context: AnalysisContext) -> Bool {
        for offset in 1...4 {
            guard let token = context.token(at: verb.index + offset), token.isWord, token.lower != "no" else {
                return false
            }
            if Self.events.contains(token) { return true }
            if context.tag(at: token.index).hasPrefix("NN") { return false }
        }
        return false
    }

    /// The verb after "and" that shares the subject: "eat chicken and listen to music".
    private func joinedVerb(after verb: Token, in sentence: ArraySlice<Token>, context: AnalysisContext) -> Token? {
        var index = verb.index + 1
        while let token = context.token(at: index), sentence.contains(where: { $0.index == index }) {
            if token.endsClause || (FunctionWords.clauseStarters.contains(token) && token.lower != "and") {
                return nil
            }
            if token.lower == "and" {
                guard let next = context.token(at: index + 1), next.isWord,
                    !FunctionWords.subjectPronouns.contains(next),
                    !FunctionWords.determiners.contains(next),
                    context.lexicon.verbReadings(of: next).contains(where: { $0.kind == .base })
                else { return nil }
                return next
            }
            index += 1
        }
        return nil
    }

    /// A sentence that puts the story in the past: a past time marker, or a subject followed
    /// by a verb that can only be past ("we went", "I stayed"; not "read", "put").
    private func hasPastAnchor(_ sentence: ArraySlice<Token>, in context: AnalysisContext) -> Bool {
        Self.hasPastAnchor(sentence, lexicon: context.lexicon, lists: lists) { context.verbSlot(after: $0) }
    }

    private static func hasPastAnchor(
        _ sentence: ArraySlice<Token>, lexicon: Lexicon, lists: WordLists, verbAfter: (Int) -> Token?
    ) -> Bool {
        if PastTimeMatcher.hasPastMarker(sentence, lists: lists) { return true }
        if hasNonPastSignal(sentence, lexicon: lexicon, lists: lists, verbAfter: verbAfter) { return false }
        return sentence.contains { saysPast($0, lexicon: lexicon, verbAfter: verbAfter) }
    }

    /// Whether a subject pronoun's verb is past: "was", "were" or a form only the past has.
    private static func saysPast(_ subject: Token, lexicon: Lexicon, verbAfter: (Int) -> Token?) -> Bool {
        guard subject.isWord, FunctionWords.subjectPronouns.contains(subject), let verb = verbAfter(subject.index),
            verb.isWord
        else { return false }
        return verb.lower == "was" || verb.lower == "were" || lexicon.isOnlyPast(verb)
    }

    /// Whether a sentence asks, or has a word of `non-past-signals` ("will", "tomorrow", "when
    /// I arrive"); "when" before a subject and a past verb is no such word: "when I was a child"
    /// is a time in the past.
    private static func hasNonPastSignal(
        _ sentence: ArraySlice<Token>, lexicon: Lexicon, lists: WordLists, verbAfter: (Int) -> Token?
    ) -> Bool {
        let nonPastSignals = lists["non-past-signals"]
        return sentence.contains { token in
            if token.text == "?" { return true }
            guard nonPastSignals.contains(token) else { return false }
            guard token.lower == "when", sentence.indices.contains(token.index + 1) else { return true }
            return !saysPast(sentence[token.index + 1], lexicon: lexicon, verbAfter: verbAfter)
        }
    }

    /// The word after the token at `index`, frequency adverbs skipped ("I always went"): a
    /// subject's verb in an earlier message, which is not tagged.
    private static func verbSlot(after index: Int, in tokens: [Token]) -> Token? {
        var next = index + 1
        while next < tokens.count, tokens[next].isWord, FunctionWords.frequencyAdverbs.contains(tokens[next].lower) {
            next += 1
        }
        return next < tokens.count ? tokens[next] : nil
    }

    /// Whether the messages just before the utterance put the conversation in the past: the
    /// last of them if it is a question about the past ("What did you do?", "How was it?"),
    /// or, failing a question about now, the learner's earlier message telling a past story.
    static func earlierMessagesSetThePast(_ messages: [String], lists: WordLists, lexicon: Lexicon) -> Bool {
        guard let last = messages.last else { return false }
        let lastTokens = Tokenizer.tokenize(last)
        let lastWords = lastTokens.filter(\.isWord).map(\.lower)
        // A question with "did" asks about the past whatever its subject ("Did anything go
        // wrong?", "What did she say?"); "was"/"were" only before a subject.
        let asks = lastTokens.contains { $0.text == "?" }
        let pastQuestion = zip(lastWords, lastWords.dropFirst()).contains { pair in
            (pair.0 == "did" && asks)
                || (["was", "were"].contains(pair.0)
                    && ["you", "it", "your", "they", "the", "he", "she", "there", "anyone", "anything"].contains(pair.1))
                || (pair.0 == "what" && pair.1 == "happened")
        }
        if pastQuestion { return true }
        // A question about now or later ("What do you do?", "next weekend") ends the story.
        if hasNonPastSignal(
            lastTokens[...], lexicon: lexicon, lists: lists, verbAfter: { verbSlot(after: $0, in: lastTokens) })
        {
            return false
        }
        return messages.contains { message in
            let tokens = Tokenizer.tokenize(message)
            return hasPastAnchor(tokens[...], lexicon: lexicon, lists: lists) { verbSlot(after: $0, in: tokens) }
        }
    }
}

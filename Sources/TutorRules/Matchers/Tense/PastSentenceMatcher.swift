// "We bought the tickets and then we sit down" → "sat" (tense.past-sentence).

import TutorCore

/// A present verb among past ones: the sentence tells of the past with a verb that can only be
/// past ("went", "was"), has no other present verb and nothing that puts it in the present or
/// future ("now", "will", "usually", "?"), and a clause of it has a personal pronoun and an
/// action verb in the present: "I was tired, so I go to bed early" → "went". The past-clause
/// rule covers the clauses it can link to a past one; this one needs no link, so it asks more
/// of the sentence: no present verb at all besides the one it corrects, and only verbs of
/// action (a state may still be true: "I met a man who likes jazz"), not verbs said now ("I
/// enclose", "I refer to"). After "he" or "she" the -s form changes ("she comes" → "came").
/// Not a present that states what is still true: after "so", "because", "since" or "now" ("I
/// was tired, so I speak slowly" may be a habit of now), nor in a sentence of life facts ("I was
/// born in Busan, so I speak the Busan dialect", "she grew up in Canada and she plays hockey").
/// After "it" or a singular noun with a determiner ("the doctor", "my mother") only a bare
/// verb, which is wrong in the present too: "He got sick and the doctor try to help him" →
/// "tried", "I took the pill, but it make me sleepy" → "made"; "it makes" may be a fact of now.
struct PastSentenceMatcher: Matcher {
    let lists: WordLists

    var triggerWords: Set<String>? {
        ["i", "we", "they", "he", "she", "it", "the", "my", "your", "his", "her", "our", "their"]
    }

    /// Subjects whose bare verb `pastForm` reads already, or which take a bare present.
    private static let pluralOrFirstPerson: WordSet = ["i", "we", "they"]
    /// Pronouns after which a bare verb is wrong in the present too.
    private static let singularPronouns: WordSet = ["it", "he", "she"]
    /// Determiners that open a singular noun subject whose bare verb is read here.
    private static let nounSubjectDeterminers: WordSet = ["the", "my", "your", "his", "her", "our", "their"]

    private static let subjects: WordSet = ["i", "we", "they", "he", "she"]
    /// Words by which a sentence is not only about the past, or sets its time itself, or whose
    /// past is unreal ("as though they were", "I wish I knew"); the past time markers
    /// ("yesterday", "last week") are `markerWords`.
    private static let ownTimeWords: WordSet = [
        "these", "nowadays", "recently", "currently", "want", "wanna", "hope", "plan",
        "still", "ever", "anymore", "future", "present", "though", "wish", "unless", "whether", "born", "grew",
        "raised",
    ]
    /// Words after which a present may state what is still true ("…, so I speak Korean").
    private static let stillTrueOpeners: WordSet = ["so", "because", "since", "now", "cause", "as"]
    /// Modals of the present and the future.
    /// The present forms of "be".
    private static let presentBe: WordSet = ["am", "is", "are", "'m", "'re"]
    private static let presentModals: WordSet = ["will", "'ll", "can", "shall", "may", "must", "wo", "ca"]
    /// Verbs said now, or of states and habits, left in the present: "I refer to your letter",
    /// "who I admire", "I tend to".
    private static let presentVerbs: WordSet = [
        "refer", "provide", "permit", "enclose", "attach", "request", "apologize", "apologise", "remain", "write",
        "ask", "inform", "thank", "know", "think", "believe", "guess", "suppose", "wish", "remember", "forget",
        "mean", "say", "tell", "realize", "realise", "feel", "miss", "agree", "consider", "demand", "regret",
        "complain", "insist", "suggest", "recommend", "promise", "expect", "admit", "beg", "claim", "doubt",
        "wonder", "bet", "swear", "admire", "dislike", "tend", "respect", "trust", "hear", "see", "find", "become",
        "get", "keep", "seem", "appear", "look", "sound", "appreciate", "send", "assume",
    ]

    /// Verbs of a remark made while writing, after "I have to": "I have to add", "I have to
    /// admit that it was fun".
    private static let remarkVerbs: WordSet = [
        "add", "confess", "mention", "point", "express", "stress", "emphasise", "emphasize", "say", "admit",
        "tell", "explain", "report", "warn", "note", "repeat", "describe", "confirm",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for first in context.tokens where first.startsSentence {
            let sentence = context.sentence(containing: first.index)
            // Every check on the words first; the tags only for a sentence that passes them.
            let reading = pastReading(sentence, in: context)
            guard reading != .notPast else { continue }
            // A sentence dated by "yesterday", "last ..." or "... ago" is the past-time-marker
            // rule's; only a bare verb after "it", "he", "she" or a noun outside the marker's
            // clause is read here ("Yesterday I bought a pill, but it make me sleepy").
            let dated = reading == .datedByMarker
            let candidates = sentence.compactMap { subject -> (Token, String)? in
                // "The doctor recommended that I rest": a bare subjunctive, not a present.
                if followsSubjunctiveTrigger(subject, in: context) { return nil }
                if dated { return bareVerbAfterThing(subject, in: context) }
                // "and then we sit down": "then" before the subject starts its clause too.
                guard Self.subjects.contains(subject),
                    context.startsClause(subject.index) || context.token(at: subject.index - 1)?.lower == "then",
                    !Self.stillTrueOpeners.contains(context.token(at: subject.index - 1)?.lower ?? ""),
                    !governsBareInfinitive(
                        context.token(at: subject.index - 1), lists: lists, lexicon: context.lexicon),
                    let verb = context.verbSlot(after: subject.index), verb.isWord, !verb.isCapitalized,
                    let past = pastForm(of: verb, after: subject, in: context)
                else { return bareVerbAfterThing(subject, in: context) }
                return (verb, past)
            }
            guard !candidates.isEmpty else { continue }
            let corrected = Set(candidates.map(\.0.index))
            var pastVerbs = 0
            var presentVerbs = 0
            for token in sentence
            where token.isWord && !corrected.contains(token.index) && !isRelativeVerb(token, in: context) {
                // "I drank/VBP the coffee": a word that can only be past is one, whatever its tag.
                if context.isSimplePast(token) {
                    pastVerbs += 1
                    continue
                }
                switch context.tag(at: token.index) {
                case "VBD": pastVerbs += 1
                case "VBN" where isPastAfterSubject(token, in: context): pastVerbs += 1
                case "VBP", "VBZ": presentVerbs += 1
                default: break
                }
            }
            guard pastVerbs > 0, presentVerbs == 0 else { continue }
            // The tagger may read a present after a pronoun as a base form ("so we walk/VB").
            for (verb, past) in candidates where ["VBP", "VBZ", "VB"].contains(context.tag(at: verb.index)) {
                matches.append(context.replacement(of: verb, with: past))
            }
        }
        return matches
    }

    /// A subject right after a verb or adjective that may take a bare subjunctive, or after its
    /// "that": "they recommended (that) I rest", "it was important that he stay".
    private func followsSubjunctiveTrigger(_ subject: Token, in context: AnalysisContext) -> Bool {
        guard var before = context.token(at: subject.index - 1) else { return false }
        if before.lower == "that", let trigger = context.token(at: before.index - 1) { before = trigger }
        return before.isWord && lists["subjunctive-triggers"].contains(before)
    }

    /// Particles after which "get" is a movement ("I get off the bus", "get on", "get up"), an
    /// action, not "get" of becoming ("I get tired") that may be a habit of now.
    private static let movementParticles: WordSet = ["off", "on", "up", "out", "back", "into", "home"]

    /// "get off", "get up": a verb of `presentVerbs` that is an action with its particle.
    private func isMovement(_ base: String, verb: Token, in context: AnalysisContext) -> Bool {
        base == "get" && Self.movementParticles.contains(context.token(at: verb.index + 1)?.lower ?? "")
    }

    /// "but it make me sleepy", "and the doctor try to", "and he try": a bare verb (neither -s
    /// nor past) after "it", "he", "she" or a singular noun subject opened by a determiner, and
    /// its past.
    private func bareVerbAfterThing(_ subject: Token, in context: AnalysisContext) -> (Token, String)? {
        guard subject.isWord, !Self.pluralOrFirstPerson.contains(subject),
            let verb = context.verbSlot(after: subject.index), verb.isWord, !verb.isCapitalized,
            !Self.stillTrueOpeners.contains(context.token(at: subject.index - 1)?.lower ?? "")
        else { return nil }
        let isPronoun = Self.singularPronouns.contains(subject)
        if isPronoun {
            guard context.startsClause(subject.index) || context.token(at: subject.index - 1)?.lower == "then"
            else { return nil }
        } else {
            // The words before the tags: a noun subject is tagged only when its verb passes.
            guard !subject.isCapitalized, context.certainTag(at: subject.index).map({ $0 == "NN" }) ?? true
            else { return nil }
        }
        guard let past = pastOfBareVerb(verb, after: subject, in: context) else { return nil }
        if !isPronoun {
            guard context.tag(at: subject.index) == "NN",
                let phrase = context.subject(ofVerbAt: verb.index, joinedClauses: true), phrase.head == subject.index,
                let first = context.token(at: phrase.start), Self.nounSubjectDeterminers.contains(first),
                !governsBareInfinitive(context.token(at: phrase.start - 1), lists: lists, lexicon: context.lexicon)
            else { return nil }
        }
        return (verb, past)
    }

    /// The past of a bare verb (neither -s nor past) of action, by its word alone: what
    /// `bareVerbAfterThing` asks of the verb, before the tags it asks of a noun subject.
    private func pastOfBareVerb(_ verb: Token, after subject: Token, in context: AnalysisContext) -> String? {
        let word = verb.lower
        let readings = context.lexicon.verbReadings(of: word)
        guard readings.contains(where: { $0.kind == .base }),
            !readings.contains(where: { $0.kind == .past || $0.kind == .pastParticiple || $0.kind == .thirdPerson }),
            !FunctionWords.beForms.contains(word), !FunctionWords.doForms.contains(word),
            !FunctionWords.modals.contains(word), word != "have",
            !lists["stative-verbs"].contains(word), !Self.presentVerbs.contains(word),
            context.lexicon.nounUse(of: word) * 2 <= (context.lexicon.verb(word)?.frequency ?? 0),
            let past = context.lexicon.pastOfBaseVerb(word, afterSubject: verb.index == subject.index + 1)
        else { return nil }
        return past
    }

    /// "The movie finished late", "he finished": a participle the tagger reads as such (VBN)
    /// right after a pronoun, or after a noun whose phrase opens the clause ("the movie"), is
    /// the sentence's past verb; not after a noun inside a phrase ("the activities listed in
    /// your letter").
    private func isPastAfterSubject(_ token: Token, in context: AnalysisContext) -> Bool {
        guard let previous = context.token(at: token.index - 1), previous.isWord else { return false }
        let tag = context.tag(at: previous.index)
        if tag == "PRP" { return true }
        guard tag.hasPrefix("NN"), let determiner = context.token(at: previous.index - 1) else { return false }
        return FunctionWords.determiners.contains(determiner) && context.startsClause(determiner.index)
    }

    /// Pronouns that open a relative clause, whose past tells of a thing, not the story: "I use
    /// a desk which was made by hand".
    private static let relativePronouns: WordSet = ["which", "who"]

    /// A verb right after "which" or "who": a relative clause's, not a past the sentence tells.
    private func isRelativeVerb(_ token: Token, in context: AnalysisContext) -> Bool {
        context.token(at: token.index - 1).map { Self.relativePronouns.contains($0.lower) } ?? false
    }

    /// What a sentence's words alone say of its time.
    private enum PastReading {
        /// It may be a past one.
        case past
        /// It may be a past one, and a past time marker ("yesterday", "last", "ago") dates it.
        case datedByMarker
        /// It is not only about the past.
        case notPast
    }

    /// The words that make a past time marker, for which `PastReading.datedByMarker` is read.
    private static let markerWords: WordSet = ["yesterday", "last", "ago"]

    /// Whether, by its words alone, the sentence may be a past one: a word that can only be
    /// past ("was", "went", "stayed"), and no present "be", present modal, question, quotation,
    /// or word that sets another time (a past time marker only dates it).
    private func pastReading(_ sentence: ArraySlice<Token>, in context: AnalysisContext) -> PastReading {
        let nonPastSignals = lists["non-past-signals"]
        var hasPast = false
        var hasMarker = false
        // By index, and each word looked up by the hash its token keeps.
        for index in sentence.indices {
            let token = sentence[index]
            // A question or a quotation mark: punctuation, whose text alone is compared.
            if token.isWord, Self.markerWords.contains(token) {
                hasMarker = true
                continue
            }
            if (token.kind == .punctuation && (token.text == "?" || token.text == "\"" || token.text == "“"))
                || nonPastSignals.contains(token)
                || Self.ownTimeWords.contains(token) || Self.presentModals.contains(token)
                || Self.presentBe.contains(token)
            {
                return .notPast
            }
            if !hasPast, token.isWord, !isRelativeVerb(token, in: context) {
                let word = token.lower
                hasPast = word == "was" || word == "were" || context.lexicon.isOnlyPast(token)
            }
        }
        guard hasPast else { return .notPast }
        return hasMarker ? .datedByMarker : .past
    }

    /// The past of an action verb in the present after `subject`: its base form after I, we
    /// or they, its -s form after he or she, and "had" for "have to"; nil for anything unsure.
    private func pastForm(of verb: Token, after subject: Token, in context: AnalysisContext) -> String? {
        let word = verb.lower
        // "After the show we have to wait" → "had to": an obligation met then, an action. Not
        // "I have to say, it was …": a remark made now.
        if ["have", "has"].contains(word), context.token(at: verb.index + 1)?.lower == "to" {
            guard let next = context.token(at: verb.index + 2), !Self.presentVerbs.contains(next),
                !Self.remarkVerbs.contains(next), word == "have" || FunctionWords.thirdPersonSubjects.contains(subject)
            else { return nil }
            return "had"
        }
        if FunctionWords.beForms.contains(word) || FunctionWords.doForms.contains(word)
            || FunctionWords.modals.contains(word) || ["have", "has"].contains(word)
        {
            return nil
        }
        let base: String
        if FunctionWords.thirdPersonSubjects.contains(subject) {
            guard let reading = context.lexicon.verbReadings(of: word).first(where: { $0.kind == .thirdPerson })
            else { return nil }
            base = reading.base
        } else {
            base = word
        }
        guard !lists["stative-verbs"].contains(base),
            !Self.presentVerbs.contains(base) || isMovement(base, verb: verb, in: context),
            let past = context.lexicon.pastOfBaseVerb(base, afterSubject: verb.index == subject.index + 1)
        else { return nil }
        return past
    }
}

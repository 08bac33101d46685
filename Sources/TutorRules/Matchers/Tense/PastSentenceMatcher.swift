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
struct PastSentenceMatcher: Matcher {
    let lists: WordLists

    var triggerWords: Set<String>? { ["i", "we", "they", "he", "she"] }

    private static let subjects: WordSet = ["i", "we", "they", "he", "she"]
    /// Words by which a sentence is not only about the past, or sets its time itself (the
    /// past-time-marker rule takes "yesterday", "last week"), or whose past is unreal ("as
    /// though they were", "I wish I knew").
    private static let ownTimeWords: WordSet = [
        "yesterday", "last", "ago", "these", "nowadays", "recently", "currently", "want", "wanna", "hope", "plan",
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
            guard isPastOnlyByWords(sentence, in: context) else { continue }
            let candidates = sentence.compactMap { subject -> (Token, String)? in
                // "and then we sit down": "then" before the subject starts its clause too.
                guard Self.subjects.contains(subject),
                    context.startsClause(subject.index) || context.token(at: subject.index - 1)?.lower == "then",
                    !Self.stillTrueOpeners.contains(context.token(at: subject.index - 1)?.lower ?? ""),
                    !governsBareInfinitive(
                        context.token(at: subject.index - 1), lists: lists, lexicon: context.lexicon),
                    let verb = context.verbSlot(after: subject.index), verb.isWord, !verb.isCapitalized,
                    let past = pastForm(of: verb, after: subject, in: context)
                else { return nil }
                return (verb, past)
            }
            guard !candidates.isEmpty else { continue }
            let corrected = Set(candidates.map(\.0.index))
            var pastVerbs = 0
            var presentVerbs = 0
            for token in sentence where token.isWord && !corrected.contains(token.index) {
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

    /// Whether, by its words alone, the sentence may be a past one: a word that can only be
    /// past ("was", "went", "stayed"), and no present "be", present modal, question, quotation,
    /// or word that sets another time.
    private func isPastOnlyByWords(_ sentence: ArraySlice<Token>, in context: AnalysisContext) -> Bool {
        let nonPastSignals = lists["non-past-signals"]
        var hasPast = false
        // By index, and each word looked up by the hash its token keeps.
        for index in sentence.indices {
            let token = sentence[index]
            // A question or a quotation mark: punctuation, whose text alone is compared.
            if (token.kind == .punctuation && (token.text == "?" || token.text == "\"" || token.text == "“"))
                || nonPastSignals.contains(token)
                || Self.ownTimeWords.contains(token) || Self.presentModals.contains(token)
                || Self.presentBe.contains(token)
            {
                return false
            }
            if !hasPast, token.isWord {
                let word = token.lower
                hasPast = word == "was" || word == "were" || context.lexicon.isOnlyPast(token)
            }
        }
        return hasPast
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
        guard !lists["stative-verbs"].contains(base), !Self.presentVerbs.contains(base),
            let past = context.lexicon.pastOfBaseVerb(base, afterSubject: verb.index == subject.index + 1)
        else { return nil }
        return past
    }
}

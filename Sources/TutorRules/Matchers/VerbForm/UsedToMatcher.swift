// "I am used to live here" → "living" (verb-form.be-used-to); "I use to live here" → "used to",
// "it was suppose to rain" → "supposed to" (verb-form.used-to).

import TutorCore

/// The verb forms around "used to" and "supposed to".
struct UsedToMatcher: Matcher {
    enum Pattern: Sendable {
        /// "be/get used to" + a base verb → its -ing form: here "to" is a preposition ("I am used
        /// to living alone"). A form of "get" makes the idiom certain; after a form of "be" the
        /// subject must be a person, as a thing may be used to do something ("the knife is used
        /// to cut bread").
        case beUsedTo
        /// "I use to live" → "used to": a subject pronoun that starts its clause, so "the app I
        /// use to study" (a relative clause, "use" has an object) stays; and "was suppose to" →
        /// "supposed to".
        case missingD
    }

    let pattern: Pattern
    let personNouns: WordSet

    init(lists: WordLists, pattern: Pattern) {
        self.pattern = pattern
        personNouns = lists["person-nouns"]
    }

    var triggerWords: Set<String>? {
        switch pattern {
        case .beUsedTo: ["used"]
        case .missingD: ["use", "suppose"]
        }
    }

    private static let adverbs: WordSet = [
        "not", "n't", "so", "really", "quite", "very", "already", "also", "now", "never", "still", "completely",
        "totally", "well", "all", "just", "pretty", "fully", "finally", "slowly", "gradually",
    ]
    private static let getForms: WordSet = ["get", "gets", "got", "getting", "gotten", "become", "became"]
    /// What may come before a clause's subject pronoun: nothing, punctuation or a conjunction.
    private static let clauseOpeners: WordSet = [
        "and", "but", "so", "because", "when", "as", "if", "then", "also", "since", "where", "although", "though",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        switch pattern {
        case .beUsedTo: beUsedTo(in: context)
        case .missingD: missingD(in: context)
        }
    }

    private func beUsedTo(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for used in context.tokens where used.lower == "used" {
            guard context.token(at: used.index + 1)?.lower == "to",
                let verb = context.token(at: used.index + 2), verb.isWord, !verb.isCapitalized,
                let forms = context.lexicon.verb(verb.lower), forms.base == verb.lower,
                forms.presentParticiple != verb.lower, readsAsVerb(verb, in: context),
                !meansPastHabit(verb, in: context)
            else { continue }
            var index = used.index - 1
            while let word = context.token(at: index), Self.adverbs.contains(word) { index -= 1 }
            guard let auxiliary = context.token(at: index) else { continue }
            if Self.getForms.contains(auxiliary) {
                matches.append(context.replacement(of: verb, with: forms.presentParticiple))
            } else if BeBaseVerbMatcher.contractedBe[auxiliary] != nil
                || FunctionWords.beForms.contains(auxiliary)
                    && context.hasPersonSubject(before: index, personNouns: personNouns)
            {
                matches.append(context.replacement(of: verb, with: forms.presentParticiple))
            }
        }
        return matches
    }

    /// "I'm used to be the one who...", "as we are used to do.": "be" and a clause-final "do"
    /// after "used to" mostly mean a past habit ("I used to be"), where "am" is the mistake.
    private func meansPastHabit(_ verb: Token, in context: AnalysisContext) -> Bool {
        if verb.lower == "be" { return true }
        guard verb.lower == "do" else { return false }
        return context.token(at: verb.index + 1).map { !$0.isWord } ?? true
    }

    /// Whether the word after "to" is a verb: not an adjective and less used as a noun than as a
    /// verb ("used to spicy food", "used to hard work"); or, for a word that may be either,
    /// followed by a word that only a verb takes there ("used to live in", "used to work late").
    private func readsAsVerb(_ verb: Token, in context: AnalysisContext) -> Bool {
        if let forms = context.lexicon.verb(verb.lower), context.lexicon.nounUse(of: verb.lower) <= forms.frequency,
            !context.lexicon.isAdjective(verb)
        {
            return true
        }
        guard let next = context.token(at: verb.index + 1) else { return false }
        return Self.verbFollowers.contains(next)
    }

    private static let verbFollowers: WordSet = [
        "in", "at", "with", "alone", "here", "there", "abroad", "on", "without", "together", "late", "hard",
        "outside", "from", "for", "by", "early",
    ]

    /// Whether the word before "use to" is a subject that starts its clause: a pronoun ("I use
    /// to live" → "used") or a person named by a noun ("My father use to smoke"), so "the app I
    /// use to study" (a relative clause, "use" has an object) stays.
    private func opensClause(subject: Token, in context: AnalysisContext) -> Bool {
        var start = subject.index
        if FunctionWords.subjectPronouns.contains(subject) {
            guard subject.lower != "it" else { return false }
        } else {
            guard ["NN", "NNS", "NNP"].contains(context.tag(at: subject.index)),
                context.isPerson(subject.lower, personNouns: personNouns) || context.tag(at: subject.index) == "NNP"
            else { return false }
            while start > subject.index - 3, let previous = context.token(at: start - 1), previous.isWord,
                ["JJ", "DT", "PRP$"].contains(context.tag(at: previous.index))
            {
                start -= 1
            }
            // A bare plural is people in general, whose habit may be now: "as teenagers use to
            // wear nowadays" (what they usually wear), not "used to".
            guard context.tag(at: subject.index) == "NNP" || ["DT", "PRP$"].contains(context.tag(at: start)) else {
                return false
            }
        }
        guard let opener = context.token(at: start - 1), opener.isWord || opener.kind == .number else { return true }
        return Self.clauseOpeners.contains(opener)
    }

    private func missingD(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for word in context.tokens where word.lower == "use" || word.lower == "suppose" {
            guard context.token(at: word.index + 1)?.lower == "to",
                let verb = context.token(at: word.index + 2), verb.isWord,
                context.lexicon.isVerbBase(verb),
                let before = context.token(at: word.index - 1)
            else { continue }
            if word.lower == "use" {
                guard opensClause(subject: before, in: context) else { continue }
            } else {
                // "was suppose to" → "supposed": after a form of "be", perhaps with "not".
                let auxiliary =
                    before.lower == "not" || before.lower == "n't" ? context.token(at: before.index - 1) : before
                guard let auxiliary, FunctionWords.beForms.contains(auxiliary) else { continue }
            }
            matches.append(context.replacement(of: word, with: word.lower + "d"))
        }
        return matches
    }
}

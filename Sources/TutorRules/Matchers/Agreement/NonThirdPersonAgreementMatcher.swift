// "I has" → "I have", "we goes" → "we go", "you was" → "you were" (agreement.non-third-person).

import TutorCore

/// A verb with the third person's -s after I, we, they or you: "I has two sisters" → "have", "I
/// lives" → "live", "we doesn't" → "don't", "they is" → "are", "we was" → "were". I, we and
/// they are subjects wherever they stand; "you" may be an object ("the gift I gave you looks
/// nice", "what I want to tell you is"), so it counts only where it opens a clause ("when you
/// was", "that you has", "anytime you wants") or follows a noun it cannot be the object of
/// ("the plan you has made"). Left alone: a present verb near a past time or a past verb
/// ("Yesterday I goes", where the learner meant "went", not "go"), "I" that is a letter or a
/// numeral ("Part I describes", "the letter I looks"), and a verb written with a capital.
struct NonThirdPersonAgreementMatcher: Matcher {
    let lists: WordLists

    var triggerWords: Set<String>? { Set(FunctionWords.nonThirdSubjects) }

    /// Words after which "you" opens a clause of its own, besides `FunctionWords.clauseStarters`.
    private static let beforeClauseOfYou: WordSet = ["whenever", "wherever", "anytime", "anywhere", "once"]

    /// The forms of "be" that agree with I, and with we and they.
    private static let beForms: [String: (i: String?, plural: String)] = [
        "is": ("am", "are"), "isn't": (nil, "aren't"), "was": (nil, "were"), "wasn't": (nil, "weren't"),
    ]

    /// Words before "I" that make it a letter or a numeral, not the pronoun.
    private static let namesALetter: WordSet = [
        "letter", "part", "chapter", "type", "phase", "level", "volume", "act", "book", "episode", "grade", "class",
        "world", "war", "article", "section", "stage", "plan", "option", "vitamin",
    ]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for subject in context.tokens where subject.isWord && FunctionWords.nonThirdSubjects.contains(subject) {
            // The words first; the tags (whether "you" follows a noun, a past verb near) only
            // for a verb the words would change.
            guard let verb = context.verbSlot(after: subject.index), verb.isWord, !verb.isCapitalized,
                let agreeing = agreeingForm(of: verb, after: subject, in: context), isPronoun(subject, in: context),
                agreeing.keepsPast || !isPastContext(verb, in: context)
            else { continue }
            matches.append(context.replacement(of: verb, with: agreeing.form))
        }
        return matches
    }

    private func isPronoun(_ subject: Token, in context: AnalysisContext) -> Bool {
        if subject.lower == "you" { return isSubject(you: subject, in: context) }
        guard subject.lower == "i" else { return true }
        guard subject.text == "I", let before = context.token(at: subject.index - 1) else { return subject.text == "I" }
        if Self.namesALetter.contains(before) { return false }
        // "Henry I", "World War I": a capitalised word that does not start the sentence.
        return !(before.isWord && before.isCapitalized && !before.startsSentence && before.text != "I")
    }

    /// Whether "you" is the verb's subject: it opens a clause ("If you has", "when you was"), or
    /// follows a noun ("the plan you has made", "Minji, you was"), not a verb or a preposition,
    /// whose object it may be ("tell you is", "for you is").
    private func isSubject(you: Token, in context: AnalysisContext) -> Bool {
        if context.startsClause(you.index) { return true }
        guard let before = context.token(at: you.index - 1) else { return true }
        return Self.beforeClauseOfYou.contains(before) || context.tag(at: before.index).hasPrefix("NN")
    }

    /// The form that agrees with the subject, by the words alone, or nil when the verb agrees
    /// already; `keepsPast` when it is right near a past as well ("was" → "were"), else the
    /// present was not what was meant near one (`isPastContext`).
    private func agreeingForm(of verb: Token, after subject: Token, in context: AnalysisContext)
        -> (form: String, keepsPast: Bool)?
    {
        if let be = Self.beForms[verb] {
            let form = subject.lower == "i" ? be.i : be.plural
            // "was" is right after "I"; "is" near a past time meant "was", not "am".
            guard let form else { return nil }
            return (form, verb.lower.hasPrefix("was"))
        }
        let base: String?
        switch verb.lower {
        case "has": base = "have"
        case "does": base = "do"
        case "doesn't": base = "don't"
        default: base = context.lexicon.base(ofForm: verb, kind: .thirdPerson)
        }
        // "I saws": "saw" is a verb of its own, but the learner meant the past of "see".
        guard let base, context.lexicon.base(ofForm: base, kind: .past) == nil else { return nil }
        return (base, false)
    }

    /// How far (in tokens) a past verb may stand from the verb to make the past its likely meaning.
    private static let pastVerbReach = 8

    /// A past time in the verb's sentence ("Yesterday I goes"), or a past verb near it ("I
    /// wakes up and went out"; tagged VBD, so "I has finished" still counts as present): the
    /// learner more likely meant the past.
    private func isPastContext(_ verb: Token, in context: AnalysisContext) -> Bool {
        let sentence = context.sentence(containing: verb.index)
        return PastTimeMatcher.hasPastMarker(sentence, lists: lists)
            || context.hasPastVerb(near: verb.index, within: Self.pastVerbReach, in: sentence)
    }
}

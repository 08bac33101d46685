// "The show supposed to start at 7" → "was supposed" (tense.be-supposed-to).

import TutorCore

/// "supposed to" with no "be" before it: "The show supposed to start at 7:30" → "was
/// supposed". Said of a plan or a duty, "supposed" is an adjective after "be" ("is supposed
/// to", "was supposed to"); a learner who leaves "be" out reads it as a past verb. The missing
/// "be" takes the sentence's time: "was"/"were" where its other verbs are past ("it supposed
/// to start at 7, but it started at 8"), "am"/"is"/"are" where they are present; a sentence
/// with neither, or both, is left alone, as is "supposed" with a word between it and its
/// subject ("I supposed him to be", "the actors who were supposed to"), and a noun subject
/// whose clause goes on to a verb of its own ("the actors supposed to play were late": a
/// shortened "who were supposed to").
struct SupposedToMatcher: Matcher {
    var triggerWords: Set<String>? { ["supposed"] }

    /// Verbs by which the sentence is past or present; they decide before words of time.
    private static let pastVerbs: WordSet = [
        "was", "were", "did", "didn't", "had", "wasn't", "weren't", "could", "would",
    ]
    private static let presentVerbs: WordSet = [
        "am", "is", "are", "'m", "'re", "do", "does", "don't", "doesn't", "will", "can", "isn't", "aren't",
    ]
    /// Words of time, which decide when the verbs do not: "It supposed to rain today" → "is",
    /// but "It supposed to rain today, but it didn't" → "was" (the plan was today's).
    private static let pastTimes: WordSet = ["yesterday", "ago", "last"]
    private static let presentTimes: WordSet = ["now", "today", "tomorrow", "tonight", "next"]
    private static let plurals: WordSet = ["we", "you", "they"]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for supposed in context.tokens where supposed.lower == "supposed" {
            guard context.token(at: supposed.index + 1)?.lower == "to",
                let verb = context.token(at: supposed.index + 2), verb.isWord,
                context.lexicon.verbReadings(of: verb).contains(where: { $0.kind == .base }),
                let subject = context.token(at: supposed.index - 1), subject.isWord,
                let plural = subjectNumber(subject, supposed: supposed, in: context),
                let past = sentenceIsPast(around: supposed, in: context)
            else { continue }
            let be: String
            if past {
                be = plural ? "were" : "was"
            } else if subject.lower == "i" {
                be = "am"
            } else {
                be = plural ? "are" : "is"
            }
            matches.append(Match(span: supposed.span, suggestions: [be + " " + supposed.text]))
        }
        return matches
    }

    /// Whether the subject right before "supposed" is plural (nil when it is not a subject
    /// that "supposed to" can follow without "be").
    private func subjectNumber(_ subject: Token, supposed: Token, in context: AnalysisContext) -> Bool? {
        let word = subject.lower
        // "Am I supposed to …?", "what are we supposed to do": "be" is there, before the subject.
        if let before = context.token(at: subject.index - 1),
            FunctionWords.beForms.contains(before) || FunctionWords.modals.contains(before)
                || ["not", "n't", "ai"].contains(before)
        {
            return nil
        }
        if FunctionWords.subjectPronouns.contains(word) { return Self.plurals.contains(word) }
        let tag = context.tag(at: subject.index)
        guard ["NN", "NNS", "NNP"].contains(tag) else { return nil }
        // The noun must head a phrase that opens its clause: "The show supposed to start".
        var start = subject.index
        while start > subject.index - 4, let previous = context.token(at: start - 1), previous.isWord,
            ["JJ", "NN", "NNP", "DT", "PRP$"].contains(context.tag(at: previous.index))
        {
            start -= 1
        }
        guard context.startsClause(start) else { return nil }
        // "The actors supposed to play were late": the clause has a verb of its own after.
        var index = supposed.index + 3
        while let token = context.token(at: index), !token.endsClause, token.text != "," {
            if FunctionWords.clauseStarters.contains(token) { break }
            if ["VBD", "VBZ", "VBP", "MD"].contains(context.tag(at: index)) { return nil }
            index += 1
        }
        return tag == "NNS"
    }

    /// True for a past sentence, false for a present one, nil when its other words do not
    /// say or say both. Its verbs say first ("I thought it supposed to rain today" → "was"),
    /// its words of time only where the verbs say nothing; a plan for today or tomorrow may have
    /// been, but one of yesterday is not now.
    private func sentenceIsPast(around supposed: Token, in context: AnalysisContext) -> Bool? {
        var verbs = (past: false, present: false)
        var times = (past: false, present: false)
        for token in context.sentence(containing: supposed.index)
        where token.isWord && token.index != supposed.index {
            let tag = context.tag(at: token.index)
            if Self.pastVerbs.contains(token) || tag == "VBD" { verbs.past = true }
            if Self.presentVerbs.contains(token) || ["VBZ", "VBP"].contains(tag) { verbs.present = true }
            if Self.pastTimes.contains(token) { times.past = true }
            if Self.presentTimes.contains(token) { times.present = true }
        }
        // A present verb does not make "yesterday" present: "We supposed to meet yesterday, but he is sick".
        if verbs.past != verbs.present { return verbs.present && times.past ? nil : verbs.past }
        guard !verbs.past, times.past != times.present else { return nil }
        return times.past
    }
}

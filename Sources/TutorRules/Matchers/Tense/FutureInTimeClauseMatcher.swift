// "When I will arrive, …" → "When I arrive, …" (tense.will-in-time-clause).

import TutorCore

/// "will" + a verb in a clause of time or condition, where English uses the present for the
/// future: "If it will rain tomorrow" → "If it rains", "I will call you when I will arrive" →
/// "when I arrive". The subject must be a personal pronoun, so the present form is certain.
/// "as soon as" and "by the time" count as "when" does. "if" counts only at the start of a
/// clause (a sentence, or after a comma); the other conjunctions also in mid-sentence; none
/// within four words after a verb of knowing or asking, where the clause is a question ("I
/// wonder when she will call", "I don't know if he will come", "she asked me, if I will"), nor
/// after "or"/"and" or a form of "be".
struct FutureInTimeClauseMatcher: Matcher {
    private static let conjunctions: WordSet = ["if", "when", "once", "until", "till", "before", "after", "unless"]
    /// Words after which "when" or "if" begins an indirect question, where "will" is right.
    private static let questionTakers: WordSet = [
        "know", "knows", "knew", "wonder", "wondering", "wondered", "ask", "asked", "asking", "sure", "tell", "told",
        "idea",
        "remember", "forget", "forgot", "decide", "decided", "see", "check", "understand", "guess", "doubt", "say",
        "said",
        "certain", "clear", "question", "unsure", "predict", "imagine", "about",
    ]
    private static let timeNouns: WordSet = [
        "day", "days", "time", "times", "moment", "year", "week", "month", "night", "morning", "evening", "hour",
        "date", "period",
    ]

    var triggerWords: Set<String>? { ["will"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { will -> Match? in
            guard will.lower == "will", let subject = context.token(at: will.index - 1),
                let verb = context.token(at: will.index + 1),
                let conjunction = context.token(at: will.index - 2),
                Self.conjunctions.contains(conjunction) || endsLongConjunction(conjunction, in: context),
                opensTimeClause(conjunction, in: context), !isWillingnessOrResult(conjunction, subject, verb),
                let present = presentForm(of: verb.lower, after: subject.lower, in: context)
            else { return nil }
            return Match(span: TextSpan(start: will.span.start, end: verb.span.end), suggestions: [present])
        }
    }

    /// The last word of "as soon as" or "by the time", which open a time clause as "when" does.
    private func endsLongConjunction(_ word: Token, in context: AnalysisContext) -> Bool {
        let before = [2, 1].map { context.token(at: word.index - $0)?.lower ?? "" }
        switch word.lower {
        case "as": return before == ["as", "soon"]
        case "time": return before == ["by", "the"]
        default: return false
        }
    }

    private func opensTimeClause(_ conjunction: Token, in context: AnalysisContext) -> Bool {
        let before = (1...4).compactMap { context.token(at: conjunction.index - $0) }
        // A question taker just before ("tell me when", "asked me, if", "wonder when") makes
        // the clause a question; "or if" and "and if" carry on an earlier one; "that is when"
        // names a time.
        if before.contains(where: { Self.questionTakers.contains($0.lower) }) { return false }
        if let previous = before.first,
            ["or", "and", "whether", "is", "was", "'s", "be", "are", "were"].contains(previous)
        {
            return false
        }
        // "The day when I will leave": after a noun of time, "when" starts a relative clause.
        if let previous = before.first, Self.timeNouns.contains(previous) { return false }
        if context.startsClause(conjunction.index) { return true }
        return conjunction.lower != "if" && before.first?.isWord == true
    }

    /// Verbs of a result, after "if it will": "If it will help, …" is right English.
    private static let resultVerbs: WordSet = [
        "help", "make", "mean", "save", "cost", "take", "matter", "work", "hurt", "change",
    ]

    /// "will" that is right after "if": willingness ("If you will excuse me") and a result
    /// that follows ("If it will help, I can stay").
    private func isWillingnessOrResult(_ conjunction: Token, _ subject: Token, _ verb: Token) -> Bool {
        guard conjunction.lower == "if" || conjunction.lower == "unless" else { return false }
        return subject.lower == "you" || (subject.lower == "it" && Self.resultVerbs.contains(verb))
    }

    /// The present form of a base verb for a pronoun subject; nil for anything else.
    private func presentForm(of verb: String, after subject: String, in context: AnalysisContext) -> String? {
        let third = FunctionWords.thirdPersonSubjects.contains(subject)
        guard third || FunctionWords.nonThirdSubjects.contains(subject) else { return nil }
        if verb == "be" { return subject == "i" ? "am" : third ? "is" : "are" }
        guard let forms = context.lexicon.verb(verb), forms.base == verb else { return nil }
        return third ? forms.thirdPerson : forms.base
    }
}

// "I thought that the shop is closed" → "was": the present "be" and "do" of a past report.

extension ReportedClauseMatcher {
    /// Verbs of finding out or perceiving that report what was so then ("I noticed that the
    /// door was open"), only with "that" (or "found out"): "I found the room is small" and "I
    /// saw the man is" read more than one way.
    static let findingVerbs: WordSet = [
        "found", "noticed", "discovered", "heard", "saw", "recognised", "recognized", "appeared", "seemed",
    ]
    /// Verbs after which a reported question opens with "if" or "whether".
    static let askingVerbs: WordSet = ["asked", "wondered", "know", "knew"]
    /// Base forms of reporting verbs after "didn't": "I didn't know that you have a dog".
    static let didNotVerbs: WordSet = ["know", "think", "expect", "realise", "realize", "notice", "say"]
    /// The words after which a present "be" or "do" moves back whatever follows: verbs of
    /// believing ("thought", "was sure") and of finding out ("realised", "found out", "it
    /// appeared that"), "decided", questions after "asked", and "didn't know". Not "learned",
    /// "taught" or "understood", which mostly report a fact still true ("I learned that the
    /// earth is round"), nor, on their own, verbs of saying: "She told me she is a nurse", "The
    /// letter said I am the winner" are right while they stay true.
    static let presentThinkingVerbs = WordSet(
        Array(thinkingVerbs) + Array(findingVerbs) + Array(askingVerbs) + Array(didNotVerbs)
            + ["knew", "realised", "realized", "decided", "felt"])
    /// The words after which a present "be" or "do" moves back when the sentence goes on to say
    /// that things turned out otherwise ("The ad said the café is open, but it was closed"):
    /// the verbs of saying too, and the passive "it was written".
    static let presentReportingVerbs = WordSet(Array(presentThinkingVerbs) + Array(reportingVerbs) + ["written"])

    /// Words by which the report says that what it tells is so now or always, so the present
    /// stays: "She told me she still lives here", "He said the museum is open every day".
    private static let nowWords: WordSet = [
        "now", "still", "nowadays", "today", "currently", "always", "usually", "every", "everyday", "anymore",
        "these", "ever", "generally", "often",
    ]

    /// Whether the sentence after the verb says it is so now or always ("still", "now",
    /// "every day").
    func saysItIsSoNow(after verb: Token, in sentence: ArraySlice<Token>) -> Bool {
        sentence.contains { $0.index > verb.index && Self.nowWords.contains($0) }
    }

    /// Subjects by the form of "be", "have" or "do" they take: "I am", "he is", "we are".
    private static let firstPerson: WordSet = ["i"]
    private static let singularSubjects: WordSet = [
        "he", "she", "it", "there", "everything", "everyone", "everybody", "nothing", "nobody", "something",
        "someone", "somebody",
    ]
    private static let pluralSubjects: WordSet = ["you", "we", "they", "there"]

    /// The past of a present "be" or "do" after its subject, when the two agree (an agreement
    /// slip, "they is", is another rule's); nil where unsure. "do" only before "n't" or "not".
    /// Not "have": "The letter informed me that I have won" keeps a result that holds now.
    func presentBackshift(of form: Token, subjectStart: Int, in context: AnalysisContext) -> String? {
        guard agrees(form, subjectStart: subjectStart, in: context) else { return nil }
        let next = context.token(at: form.index + 1)
        switch form.lower {
        case "is", "am": return "was"
        case "are": return "were"
        case "isn't": return "wasn't"
        case "aren't": return "weren't"
        case "don't", "doesn't": return "didn't"
        case "do", "does":
            guard let next, ["n't", "not"].contains(next.lower) else { return nil }
            return "did"
        default: return nil
        }
    }

    /// Whether the form of "be", "have" or "do" agrees with its subject: a pronoun by the
    /// tables above, a noun phrase by its head (a plural head takes "are", "have", "do").
    private func agrees(_ form: Token, subjectStart: Int, in context: AnalysisContext) -> Bool {
        let singular = ["is", "isn't", "has", "hasn't", "does", "doesn't"].contains(form.lower)
        let first = form.lower == "am"
        guard let subject = context.token(at: form.index - 1) else { return false }
        if subjectStart == form.index - 1,
            FunctionWords.subjectPronouns.contains(subject)
                || Self.singularSubjects.contains(subject)
        {
            if first { return Self.firstPerson.contains(subject) }
            if subject.lower == "i" { return !singular && !["are", "aren't"].contains(form.lower) }
            return singular ? Self.singularSubjects.contains(subject) : Self.pluralSubjects.contains(subject)
        }
        guard !first else { return false }
        let plural = ["NNS", "NNPS"].contains(context.tag(at: subject.index))
        return singular != plural
    }
}

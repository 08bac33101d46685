// "I am knowing him well" → "I know him well" (tense.stative-progressive).

import TutorCore

/// A verb of a state in the progressive: "I am knowing the answer" → "I know", "She is
/// wanting a new phone" → "She wants". Knowing, wanting, owning and believing are states, not
/// actions in progress, so English says them in the simple present (Korean "알고 있어요" reads
/// as "am knowing"). Only after a subject pronoun and "am"/"is"/"are" (a contraction too), and
/// only verbs that are states in every sense: not "thinking", "having", "seeing" or "feeling",
/// which are also actions ("I'm thinking about it"), nor "loving" or "liking" said of a new
/// experience ("I'm loving this song"). "not" between makes the negative: "I am not knowing"
/// → "I don't know".
struct StativeProgressiveMatcher: Matcher {
    /// The -ing forms of verbs that name only states.
    private static let stativeForms: WordSet = [
        "knowing", "wanting", "believing", "owning", "belonging", "needing", "preferring", "hating",
        "seeming", "recognizing", "recognising", "deserving", "containing", "consisting", "possessing",
        "understanding", "agreeing", "disagreeing",
    ]

    var triggerWords: Set<String>? { Set(Self.stativeForms) }

    private static let beForms: WordSet = ["am", "is", "are", "'m", "'s", "'re"]
    /// A pronoun and "be" written as one word.
    private static let joinedSubjects: WordMap<String> = [
        "i'm": "i", "you're": "you", "we're": "we", "they're": "they", "he's": "he", "she's": "she", "it's": "it",
    ]

    /// The pronoun of a joined "I'm", "she's", as written ("I", "She").
    private static func subjectText(of joined: Token) -> String {
        String(joined.text.prefix { $0 != "'" && $0 != "’" })
    }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for verb in context.tokens where Self.stativeForms.contains(verb) {
            var beIndex = verb.index - 1
            let negative = context.token(at: beIndex)?.lower == "not"
            if negative { beIndex -= 1 }
            guard let be = context.token(at: beIndex) else { continue }
            // "I am", "I 'm" (two tokens), or "I'm" (one).
            let subjectWord: String
            let subjectStart: Token
            if let joined = Self.joinedSubjects[be] {
                subjectWord = joined
                subjectStart = be
            } else {
                guard Self.beForms.contains(be), let subject = context.token(at: beIndex - 1),
                    FunctionWords.subjectPronouns.contains(subject), agrees(be.lower, with: subject.lower)
                else { continue }
                subjectWord = subject.lower
                subjectStart = subject
            }
            guard !isGradualChange(after: verb, in: context),
                let base = context.lexicon.verbReadings(of: verb).first(where: { $0.kind == .presentParticiple })?
                    .base,
                let forms = context.lexicon.verb(base)
            else { continue }
            let third = FunctionWords.thirdPersonSubjects.contains(subjectWord)
            let simple =
                negative ? (third ? "doesn't " : "don't ") + forms.base : (third ? forms.thirdPerson : forms.base)
            // The subject goes with the change, so that a contraction ("I'm knowing") goes too.
            let subjectText = subjectStart.lower == subjectWord ? subjectStart.text : Self.subjectText(of: subjectStart)
            matches.append(
                Match(span: context.span(from: subjectStart, to: verb), suggestions: [subjectText + " " + simple]))
        }
        return matches
    }

    /// Whether the form of "be" is the subject's ("I am", "she is", "they're").
    private func agrees(_ be: String, with subject: String) -> Bool {
        switch be {
        case "am", "'m": return subject == "i"
        case "is", "'s": return FunctionWords.thirdPersonSubjects.contains(subject)
        default: return subject == "you" || subject == "we" || subject == "they"
        }
    }

    /// "I am understanding it better now", "more and more": a state that grows is said in
    /// the progressive.
    private func isGradualChange(after verb: Token, in context: AnalysisContext) -> Bool {
        (1...4).contains { offset in
            guard let token = context.token(at: verb.index + offset) else { return false }
            if token.lower == "more" { return context.token(at: token.index + 1)?.lower == "and" }
            return ["better", "gradually", "slowly", "increasingly"].contains(token)
        }
    }
}

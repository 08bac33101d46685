// "I am agree" → "I agree", "She is not understand" → "She does not understand" (verb-form.be-base).

import TutorCore

/// "I am agree with you" → "I agree", "I'm not understand" → "I don't understand": a form of
/// "be" before the base form of a verb of thinking or wanting, where learners use "I am" as one
/// piece for "저는". Only the present ("am", "is", "are"; "I'm"), a subject pronoun other than
/// "it" right before it, and verbs that are never an adjective or a noun after "be" ("it is
/// like", "we are like a family", "it was love" stay). "verb.be-agree", earlier, takes the
/// plain "I am agree"; this rule adds "he is agree", "I'm agree", "not" and the other verbs.
/// A person named by a noun takes it too when "not" follows "be": "My boss is not understand"
/// → "does not understand" (a person, as a thing "is not understood": a passive whose -ed is
/// missing, which is another error).
struct BeBaseVerbMatcher: Matcher {
    let personNouns: WordSet

    init(lists: WordLists) {
        personNouns = lists["person-nouns"]
    }

    private static let verbs: WordSet = [
        "agree", "disagree", "want", "prefer", "know", "understand", "believe", "hope", "need", "remember",
        "forget", "wish", "realize", "realise",
    ]
    private static let adverbs: WordSet = [
        "really", "totally", "completely", "strongly", "also", "still", "fully", "absolutely", "just", "truly",
        "partly", "quite",
    ]
    private static let beForms: WordSet = ["am", "is", "are", "'m", "'re", "'s"]

    var triggerWords: Set<String>? { Set(Self.verbs) }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for verb in context.tokens where Self.verbs.contains(verb) && verb.text == verb.lower {
            var index = verb.index - 1
            var adverbs: [Token] = []
            while let word = context.token(at: index), Self.adverbs.contains(word) {
                adverbs.insert(word, at: 0)
                index -= 1
            }
            var negated = false
            if let word = context.token(at: index), word.lower == "not" {
                negated = true
                index -= 1
            }
            guard let be = context.token(at: index) else { continue }
            guard let (subject, pronoun) = subject(of: be, in: context) else {
                if negated, let match = personSubjectMatch(be: be, adverbs: adverbs, verb: verb, in: context) {
                    matches.append(match)
                }
                continue
            }
            // The subject starts its clause: not "what do you think I am need" read across clauses.
            if let before = context.token(at: subject.index - 1), before.isWord,
                FunctionWords.beForms.contains(before) || FunctionWords.modals.contains(before)
            {
                continue
            }
            // "They are know as", "he is believe to be": a passive with its -ed missing, not this.
            if let next = context.token(at: verb.index + 1),
                ["as", "by"].contains(next)
                    || verb.lower == "believe" && next.lower == "to"
            {
                continue
            }
            guard let forms = context.lexicon.verb(verb.lower) else { continue }
            let third = FunctionWords.thirdPersonSubjects.contains(pronoun)
            // "i 'm hope" → "I hope": the pronoun is in the span, so it is written right too.
            let written = be.index == subject.index ? String(be.text.prefix { !Self.isApostrophe($0) }) : subject.text
            var words = [pronoun == "i" ? "I" : written]
            // "I am not know" → "I do not know", "I'm not know" → "I don't know": the learner's register.
            if negated {
                let contracted = be.lower.contains("'")
                words.append((third ? "does" : "do") + (contracted ? "n't" : " not"))
            }
            words += adverbs.map(\.text)
            words.append(third && !negated ? forms.thirdPerson : verb.lower)
            matches.append(
                Match(span: context.span(from: subject, to: verb), suggestions: [words.joined(separator: " ")]))
        }
        return matches
    }

    /// "is not understand" → "does not understand" after a person named by a noun phrase that
    /// opens its clause ("My boss", "our new teachers", "Minji"); the subject stays as written.
    private func personSubjectMatch(be: Token, adverbs: [Token], verb: Token, in context: AnalysisContext)
        -> Match?
    {
        guard ["is", "are"].contains(be), let head = context.token(at: be.index - 1), head.isWord,
            context.token(at: verb.index + 1)?.lower != "by"
        else { return nil }
        let singular = be.lower == "is"
        let tag = context.tag(at: head.index)
        let isPerson =
            (singular && tag == "NNP")
            || (tag == (singular ? "NN" : "NNS") && context.isPerson(head.lower, personNouns: personNouns))
        guard isPerson else { return nil }
        var start = head.index
        while start > head.index - 3, let previous = context.token(at: start - 1), previous.isWord,
            ["JJ", "NN", "NNP", "DT", "PRP$"].contains(context.tag(at: previous.index))
        {
            start -= 1
        }
        guard context.startsClause(start) else { return nil }
        let words = [singular ? "does not" : "do not"] + adverbs.map(\.text) + [verb.lower]
        return Match(span: context.span(from: be, to: verb), suggestions: [words.joined(separator: " ")])
    }

    /// Pronoun and "be" in one word: "I'm", "they're".
    static let contractedBe: [String: (pronoun: String, be: String)] = [
        "i'm": ("i", "am"), "we're": ("we", "are"), "you're": ("you", "are"), "they're": ("they", "are"),
        "he's": ("he", "is"), "she's": ("she", "is"),
    ]

    private static func isApostrophe(_ character: Character) -> Bool { character == "'" || character == "’" }

    /// The subject pronoun of a present form of "be", and the pronoun in lower case: the word
    /// before ("I am", pre-tokenised "I 'm") or the word itself ("I'm"). Nil when they do not
    /// agree ("I is"), so the words may not belong together.
    private func subject(of be: Token, in context: AnalysisContext) -> (Token, String)? {
        if let contracted = Self.contractedBe[be] { return (be, contracted.pronoun) }
        guard Self.beForms.contains(be), let subject = context.token(at: be.index - 1),
            FunctionWords.subjectPronouns.contains(subject), subject.lower != "it",
            agrees(subject.lower, be.lower)
        else { return nil }
        return (subject, subject.lower)
    }

    /// Whether the pronoun and the form of "be" agree ("I am", "she is"), so the words belong together.
    private func agrees(_ subject: String, _ be: String) -> Bool {
        switch subject {
        case "i": be == "am" || be == "'m"
        case "he", "she": be == "is" || be == "'s"
        default: be == "are" || be == "'re"
        }
    }
}

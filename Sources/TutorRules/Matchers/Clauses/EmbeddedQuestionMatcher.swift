// "I don't know what do you mean" → "what you mean" (word-order.embedded-question).

import TutorCore

/// A question inside a sentence keeps the order of a statement and takes no "do": "Can you
/// tell me what time do you open?" → "what time you open", "I want to know how much money do
/// I need" → "how much money I need". The question word must follow a verb or adjective that
/// takes such a question ("know", "tell me", "ask", "wonder", "sure", "idea"), with at most a
/// short noun phrase between it and "do" ("what kind of clothes"), and "do" must be followed
/// by a subject pronoun. "does" and "did" go too, and their tense goes into the verb: "Could you
/// tell me when does the bus leave?" → "when the bus leaves", "I asked what did he say" → "what he
/// said": after "he", "she", "it" or a noun phrase opened by a determiner ("the bus", "my
/// sister"), before the verb's base form.
struct EmbeddedQuestionMatcher: Matcher {
    var triggerWords: Set<String>? { ["do", "does", "did"] }

    /// Subjects after "does" or "did": a pronoun, or the determiner that opens a noun phrase.
    private static let thirdPersonSubjects: WordSet = ["he", "she", "it"]
    private static let subjectDeterminers: WordSet = [
        "the", "my", "your", "his", "her", "our", "their", "this", "that",
    ]

    private static let questionWords: WordSet = ["what", "where", "when", "why", "how", "which", "who"]
    /// Words that take a question as their object (every form that may stand before it).
    private static let questionTakers: WordSet = [
        "know", "knows", "knew", "knowing", "wonder", "wonders", "wondered", "wondering", "sure", "idea", "unsure",
        "understand", "explain", "explained", "ask", "asked", "asking", "decide", "decided", "remember", "forget",
        "forgot", "imagine", "guess", "learn", "discover", "find", "out", "check", "clear", "certain", "aware",
    ]
    /// Verbs that take a person, then a question ("tell me what", "show us how").
    private static let personTakers: WordSet = [
        "tell", "told", "telling", "ask", "asked", "asking", "show", "showed", "advise", "inform", "let", "teach",
    ]
    private static let objectPronouns: WordSet = ["me", "us", "you", "him", "her", "them"]
    /// Subjects after which "do" is the helper of a question.
    private static let subjects: WordSet = ["i", "you", "we", "they"]
    /// Tags of the words a short noun phrase between the question word and "do" may hold
    /// ("what kind of clothes", "how much money", "which time").
    private static let phraseTags: Set<String> = ["NN", "NNS", "JJ", "IN", "DT", "RB", "PRP$"]

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for helper in context.tokens where helper.lower == "does" || helper.lower == "did" {
            matches.append(contentsOf: tensedHelper(helper, in: context))
        }
        for helper in context.tokens where helper.lower == "do" {
            // Every check on the words first; the tags only then.
            guard let subject = context.token(at: helper.index + 1), Self.subjects.contains(subject),
                let verb = context.token(at: helper.index + 2), verb.isWord,
                let question = questionWord(before: helper, in: context),
                Self.takesQuestion(before: question, in: context),
                ((question.index + 1)..<helper.index).allSatisfy({ Self.phraseTags.contains(context.tag(at: $0)) }),
                context.tag(at: verb.index).hasPrefix("VB") || FunctionWords.frequencyAdverbs.contains(verb),
                let deletion = context.deletion(of: helper)
            else { continue }
            matches.append(deletion)
        }
        return matches
    }

    /// "when does the bus leave" → "when the bus leaves": the deletion of "does" or "did" and the
    /// verb in its -s or past form; nothing unless the subject and the base verb are clear.
    private func tensedHelper(_ helper: Token, in context: AnalysisContext) -> [Match] {
        guard let first = context.token(at: helper.index + 1), first.isWord else { return [] }
        var verbIndex = helper.index + 2
        if !Self.thirdPersonSubjects.contains(first) {
            // "the bus", "my little sister": a determiner, up to two words, then the verb.
            guard Self.subjectDeterminers.contains(first) else { return [] }
            verbIndex = helper.index + 3
            while verbIndex <= helper.index + 4, context.tag(at: verbIndex) != "VB" { verbIndex += 1 }
        }
        guard let verb = context.token(at: verbIndex), verb.isWord, !verb.isCapitalized,
            let forms = context.lexicon.verb(verb.lower), forms.base == verb.lower,
            let question = questionWord(before: helper, in: context),
            Self.takesQuestion(before: question, in: context),
            ((question.index + 1)..<helper.index).allSatisfy({ Self.phraseTags.contains(context.tag(at: $0)) }),
            context.tag(at: verb.index) == "VB",
            ((helper.index + 2)..<verb.index).allSatisfy({ ["NN", "NNS", "JJ"].contains(context.tag(at: $0)) }),
            verb.index == helper.index + 2 || context.tag(at: verb.index - 1) == "NN",
            let deletion = context.deletion(of: helper)
        else { return [] }
        let form = helper.lower == "does" ? forms.thirdPerson : forms.past
        return [deletion, context.replacement(of: verb, with: form)]
    }

    /// The question word before "do", with at most three words between them ("what kind of
    /// clothes do", "how much do").
    private func questionWord(before helper: Token, in context: AnalysisContext) -> Token? {
        var index = helper.index - 1
        while index >= helper.index - 4, let token = context.token(at: index), token.isWord {
            if Self.questionWords.contains(token) { return token }
            index -= 1
        }
        return nil
    }

    /// Whether a word that takes a question stands right before the question word, or a verb
    /// that takes a person and the person ("tell me what"). `EmbeddedBeOrderMatcher` asks it too.
    static func takesQuestion(before question: Token, in context: AnalysisContext) -> Bool {
        guard let previous = context.token(at: question.index - 1), previous.isWord else { return false }
        if Self.questionTakers.contains(previous) { return true }
        guard Self.objectPronouns.contains(previous), let verb = context.token(at: question.index - 2) else {
            return false
        }
        return Self.personTakers.contains(verb)
    }
}

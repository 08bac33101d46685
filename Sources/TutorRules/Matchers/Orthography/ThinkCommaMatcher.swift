// "I think, it is a good idea." → "I think it is a good idea." (no comma before the object clause)

import TutorCore

/// Finds a comma between a verb of thinking or hoping after its subject and the clause that
/// is its object ("I think, it is", "We hope, that you"), and takes it out (the verbs:
/// wordlists/opinion-verbs.txt); and one between "know", "understand" or "ask" and the
/// question that is its object ("I don't know, what to do"; wordlists/question-verbs.txt).
/// Only where "I think" begins its clause: "It is, I think, the best" and "..., I hope." add
/// "I think" as an aside, which commas set off; "When I think, ..." and "As I thought, ..."
/// are clauses of their own, which a comma ends.
struct ThinkCommaMatcher: Matcher {
    let verbs: WordSet
    /// Verbs whose object may be a question: the comma goes only before a question word.
    let questionVerbs: WordSet

    /// Verbs that come before the subject in a question ("what should I bring?").
    private static let auxiliaries: WordSet = [
        "do", "does", "did", "is", "are", "am", "was", "were", "can", "could", "will", "would", "should", "shall",
        "must", "may", "might", "have", "has",
    ]
    private static let questionWords: WordSet = [
        "what", "how", "where", "why", "when", "who", "which", "if", "whether",
    ]

    /// Words between the subject and the verb: "I don't think", "we really hope".
    private static let betweenSubjectAndVerb: WordSet = [
        "do", "does", "did", "don't", "doesn't", "didn't", "n't", "not", "really", "also", "still", "just",
        "truly", "honestly", "personally", "strongly", "sincerely", "always", "all",
    ]
    /// Subjects of the verb.
    private static let subjects: WordSet = [
        "i", "we", "you", "they", "he", "she", "people", "everyone", "everybody", "many", "most", "some",
    ]
    /// Words before the subject that make "I think" part of a clause of its own (a comma
    /// ends it: "When I think, I close my eyes", "The more I think, the more I worry").
    private static let subordinating: WordSet = [
        "as", "than", "what", "which", "who", "whom", "where", "how", "why", "when", "whenever", "if", "while",
        "because", "since", "although", "though", "before", "after", "until", "unless", "whether", "once",
        "more", "less", "to",
    ]
    /// Sentence openers after which "I think" still begins the main clause ("However, I
    /// think, ...").
    private static let openers: WordSet = [
        "however", "so", "and", "but", "anyway", "well", "also", "actually", "honestly", "personally",
        "nevertheless", "moreover", "besides", "firstly", "secondly", "finally", "yes", "no", "now", "then",
    ]

    init(lists: WordLists) {
        verbs = lists["opinion-verbs"]
        questionVerbs = lists["question-verbs"]
    }

    var triggerWords: Set<String>? { Set(verbs).union(questionVerbs) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { verb -> Match? in
            guard verb.isWord, let comma = context.token(at: verb.index + 1), comma.text == ",",
                let next = context.token(at: comma.index + 1), next.isWord,
                !ClauseStart.commaFollows(next.index, in: context)
            else { return nil }
            let hash = context.hash(of: verb)
            if verbs.contains(verb.lower, hash: hash) {
                guard ClauseStart.opens(next), beginsClause(verb, asking: false, in: context) else { return nil }
            } else if questionVerbs.contains(verb.lower, hash: hash) {
                guard Self.questionWords.contains(next), !isAskedOrder(after: next, in: context),
                    beginsClause(verb, asking: true, in: context)
                else { return nil }
            } else {
                return nil
            }
            return context.deletion(of: comma)
        }
    }

    /// Whether the question after the comma keeps the order it is asked in ("I would like to
    /// ask, what should I bring?"): an auxiliary and then a subject within a few words. It may
    /// be the question itself, which the comma (or a colon, or a full stop) rightly sets apart.
    private func isAskedOrder(after questionWord: Token, in context: AnalysisContext) -> Bool {
        (questionWord.index + 1...questionWord.index + 4).contains { index in
            guard let auxiliary = context.token(at: index), let subject = context.token(at: index + 1) else {
                return false
            }
            return Self.auxiliaries.contains(auxiliary) && FunctionWords.subjectPronouns.contains(subject)
        }
    }

    /// Whether the verb has its subject just before it and that subject begins the sentence
    /// or a main clause. A verb `asking` a question may also follow "to" ("I would like to
    /// know, how ..."), and "you" only in a question ("Do you know, what I mean?"), as "You
    /// know, what I like is ..." is the filler "you know".
    private func beginsClause(_ verb: Token, asking: Bool, in context: AnalysisContext) -> Bool {
        var index = verb.index - 1
        while let word = context.token(at: index), word.isWord, Self.betweenSubjectAndVerb.contains(word) {
            index -= 1
        }
        if asking, context.token(at: index)?.lower == "to" { return true }
        guard let subject = context.token(at: index), subject.isWord, Self.subjects.contains(subject) else {
            return false
        }
        if asking, subject.lower == "you" {
            guard let auxiliary = context.token(at: index - 1), FunctionWords.doForms.contains(auxiliary) else {
                return false
            }
        }
        // "Many people think", "Most students hope"
        var start = subject
        if let before = context.token(at: index - 1), before.isWord, ["many", "most", "some"].contains(before) {
            start = before
        }
        if start.startsSentence { return true }
        guard let before = context.token(at: start.index - 1) else { return true }
        if before.isWord {
            // "What do you think, ...?" asks for the object the comma seems to cut off.
            if FunctionWords.doForms.contains(before), let questionWord = context.token(at: before.index - 1),
                questionWord.isWord, Self.subordinating.contains(questionWord)
            {
                return false
            }
            return !Self.subordinating.contains(before)
        }
        // After a comma only when one opening word comes before it: "However, I think, ...";
        // not "It is, I think, ...".
        guard before.text == ",", let opener = context.token(at: before.index - 1) else { return false }
        return opener.startsSentence && Self.openers.contains(opener)
    }
}

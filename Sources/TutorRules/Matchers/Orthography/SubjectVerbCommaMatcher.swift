// "What I liked most, was the music." → "What I liked most was the music." (no comma after the subject)

import TutorCore

/// Finds a comma between a long subject that opens the sentence and its verb "is", "was",
/// "are" or "were" ("The reason they gave us, was that ...", "What I want, is ...") and takes
/// it out. Only where the words before the comma can be a subject: they start like a noun
/// phrase ("the", "another", "my", "what", ...), are at least three words, and hold no verb
/// of their own before a clause inside them begins ("The hotel has changed, is changing ..."
/// is a list of verbs). Not in a question ("One more question, is the museum open?") nor
/// before a question tag ("..., isn't it").
struct SubjectVerbCommaMatcher: Matcher {
    /// How a subject that opens the sentence begins.
    private static let subjectStarts: WordSet = [
        "the", "another", "one", "what", "all", "this", "these", "those", "my", "our", "his", "her", "their",
        "your", "everything", "each",
    ]
    private static let verbs: WordSet = ["is", "was", "are", "were"]
    /// After the verb, a question ("The food here, is it good?", "..., isn't it?").
    private static let questionSubjects: WordSet = [
        "n't", "not", "it", "you", "he", "she", "they", "there", "i", "we", "this", "that",
    ]
    /// Words that begin a clause inside the subject ("the reason they gave", "the film which
    /// was shown"), after which a verb belongs to that clause.
    private static let innerClauseStarts: WordSet = [
        "what", "which", "who", "whom", "whose", "that", "where", "when", "i", "we", "you", "they", "he", "she",
        "it", "people",
    ]
    /// Verbs that make the words before the comma a clause of their own.
    private static let finiteVerbs: WordSet = [
        "is", "are", "was", "were", "am", "has", "have", "had", "will", "would", "can", "could", "should",
        "must", "do", "does", "did",
    ]
    /// The fewest words before the comma.
    private static let shortestSubject = 3

    var triggerWords: Set<String>? { ["is", "was", "are", "were"] }

    func matches(in context: AnalysisContext) -> [Match] {
        let tokens = context.tokens
        var matches: [Match] = []
        for first in tokens where first.startsSentence && first.isWord {
            guard Self.subjectStarts.contains(first),
                let comma = tokens[first.index...].first(where: { $0.endsSentence || $0.text == "," }),
                comma.text == ",", comma.index - first.index >= Self.shortestSubject,
                let verb = context.token(at: comma.index + 1), Self.verbs.contains(verb),
                let after = context.token(at: verb.index + 1), after.isWord,
                !Self.questionSubjects.contains(after), !after.lower.hasSuffix("n't"),
                context.sentence(containing: first.index).last?.text != "?",
                isSubject(from: first.index, to: comma.index, in: context),
                let match = context.deletion(of: comma)
            else { continue }
            matches.append(match)
        }
        return matches
    }

    /// Whether the tokens from `start` up to `end` are words with no finite verb before a
    /// clause inside them begins (a sentence's first "what" begins one: "What I want").
    private func isSubject(from start: Int, to end: Int, in context: AnalysisContext) -> Bool {
        for index in start..<end {
            guard let token = context.token(at: index), token.isWord || token.kind == .number else { return false }
            if Self.innerClauseStarts.contains(token) { return true }
            if Self.finiteVerbs.contains(token) || token.lower.hasSuffix("n't") { return false }
        }
        return true
    }
}

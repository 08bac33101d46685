// "I want to know that how many people come" → "know how many people" (conjunction.that-question).

import TutorCore

/// A question that is the object of a verb ("I want to know how many people come", "I asked
/// why it was closed") opens with its question word, and "that" opens a statement: "know that
/// how" has one word too many (Korean puts the question's mark, "-는지", at its end, with
/// nothing before it). The rule reads "that" between a verb of knowing or asking and a question
/// word. Left alone: "when" and "if", which may open a clause of time or condition inside a
/// statement ("I know that when I am tired, I make mistakes"), and "what", which may open a
/// statement's subject ("It is known that what we eat matters").
struct ThatQuestionMatcher: Matcher {
    private static let verbs: WordSet = [
        "know", "knows", "knew", "known", "knowing", "ask", "asks", "asked", "asking", "wonder", "wonders",
        "wondered", "wondering", "understand", "understands", "understood", "decide", "decides", "decided",
        "learn", "learns", "learned", "learnt", "find", "out", "explain", "explained", "check", "checked",
    ]
    private static let questionWords: WordSet = ["how", "why", "where", "which", "whether", "who", "whom"]

    var triggerWords: Set<String>? { ["that"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { that -> Match? in
            guard that.isWord, that.lower == "that", let verb = context.token(at: that.index - 1),
                verb.isWord, Self.verbs.contains(verb),
                let question = context.token(at: that.index + 1), question.isWord,
                Self.questionWords.contains(question), var match = context.deletion(of: that)
            else { return nil }
            match.message = LocalizedText(
                en: "A question after '\(verb.lower)' starts with its question word, with no 'that': '{correction}'.",
                ko: "'\(verb.lower)' 뒤에 오는 의문문은 'that' 없이 의문사로 시작해요: '{correction}'.")
            return match
        }
    }
}

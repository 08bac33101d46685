// "should to study" → "should study": no "to" between a modal and its verb.

import TutorCore

/// "You should to study" → "should study", "We must to leave" → "must leave"; not where
/// "can" or "could" ends a clause whose verb is left out: "I'll do everything I can to
/// help", "whatever they could to win", "as much as I can to finish" ("to" begins a purpose).
struct ModalToMatcher: Matcher {
    private static let modals: WordSet = ["can", "could", "should", "must", "will", "might", "may"]

    var triggerWords: Set<String>? { ["to"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { to -> Match? in
            guard to.lower == "to", let modal = context.token(at: to.index - 1), modal.isWord,
                Self.modals.contains(modal),
                let next = context.token(at: to.index + 1), next.isWord, !context.endsElliptically(modal)
            else { return nil }
            return context.deletion(of: to)
        }
    }
}

extension AnalysisContext {
    /// Whether "can" or "could" here ends a clause whose verb is understood from before it:
    /// "everything I can", "whatever we could", "as much as I can", "the best you can".
    func endsElliptically(_ modal: Token) -> Bool {
        guard modal.lower == "can" || modal.lower == "could" else { return false }
        var index = modal.index - 1
        while index >= 0, modal.index - index <= 4, let token = token(at: index), token.isWord {
            if Self.ellipsisOpeners.contains(token) { return true }
            index -= 1
        }
        return false
    }

    /// Words that open a clause ending in a bare "can"/"could": what is done, or how much.
    private static let ellipsisOpeners: WordSet = [
        "whatever", "everything", "anything", "something", "all", "what", "as", "best", "much", "possible", "utmost",
        "whenever", "wherever",
    ]
}

// "would like to go": verbs that take a to-infinitive only after "would".

import TutorCore

extension AnalysisContext {
    /// Whether the word before `token` is "would" or ends in "'d" ("I'd like", "we'd love"):
    /// "like", "love" and "hate" then take "to" + verb, not -ing or a bare verb.
    func followsWould(_ token: Token) -> Bool {
        guard let previous = self.token(at: token.index - 1) else { return false }
        return previous.lower == "would" || previous.lower.hasSuffix("'d")
    }
}

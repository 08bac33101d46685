// "I am interesting in music" → "interested" (adjective.feeling-ed; Korean 관심 있다).

import TutorCore

/// "I am interesting in music" → "interested", "we were very exciting" → "excited": how the
/// speaker feels takes the -ed adjective. Only after "I" and "we": "he is boring" may be meant.
struct FeelingAdjectiveMatcher: Matcher {
    private static let feelings: [String: String] = [
        "interesting": "interested", "boring": "bored", "exciting": "excited", "tiring": "tired",
        "confusing": "confused", "disappointing": "disappointed", "embarrassing": "embarrassed",
        "surprising": "surprised", "satisfying": "satisfied", "frightening": "frightened",
        "annoying": "annoyed", "shocking": "shocked", "worrying": "worried", "depressing": "depressed",
        "exhausting": "exhausted", "amusing": "amused", "terrifying": "terrified", "relaxing": "relaxed",
    ]
    private static let intensifiers: WordSet = [
        "very", "so", "really", "quite", "too", "a", "bit", "little", "extremely", "pretty", "not",
    ]
    /// What may follow the adjective: the end of the clause, or what the feeling is about.
    private static let followers: WordSet = ["in", "about", "with", "at", "by", "of", "and", "because", "when", "to"]

    var triggerWords: Set<String>? { Set(Self.feelings.keys) }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { word -> Match? in
            guard let adjective = Self.feelings[word.lower], word.text == word.lower else { return nil }
            var index = word.index - 1
            while let token = context.token(at: index), Self.intensifiers.contains(token.lower) { index -= 1 }
            guard let verb = context.token(at: index), ["am", "was", "'m", "are", "were", "'re"].contains(verb.lower),
                let subject = context.token(at: index - 1), ["i", "we"].contains(subject.lower)
            else { return nil }
            if let next = context.token(at: word.index + 1), next.isWord, !Self.followers.contains(next.lower) {
                return nil
            }
            return context.replacement(of: word, with: adjective)
        }
    }
}

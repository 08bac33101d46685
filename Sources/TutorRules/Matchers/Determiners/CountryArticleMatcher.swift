// "I lived in USA" → "in the USA" (determiner.the-country).

import TutorCore

/// Country names that are a plural or a union of states take "the": "the USA", "the US",
/// "the UK", "the United States", "the United Kingdom", "the Netherlands", "the Philippines".
/// The rule reads them after a lower-case word that is no determiner (a preposition or a
/// verb: "in USA", "visited UK"), and leaves alone a name that describes the noun after it
/// ("US dollars", "UK citizens"), an address ("Manchester, UK") and shouted text ("HELP US").
struct CountryArticleMatcher: Matcher {
    /// Names written exactly so (the case matters: "US" is not "us").
    private static let names: Set<String> = ["USA", "US", "UK", "Netherlands", "Philippines"]
    /// Words after "United" that make a name taking "the".
    private static let afterUnited: WordSet = ["states", "kingdom", "nations", "arab"]

    var triggerWords: Set<String>? { ["usa", "us", "uk", "netherlands", "philippines", "united"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { name -> Match? in
            guard isName(name, in: context), let previous = context.token(at: name.index - 1), previous.isWord,
                previous.text == previous.lower, !FunctionWords.determiners.contains(previous),
                !FunctionWords.possessives.contains(previous)
            else { return nil }
            let last = name.lower == "united" ? name.index + 1 : name.index
            // "US dollars", "UK citizens": the name describes the noun after it.
            if let next = context.token(at: last + 1), next.isWord, next.text == next.lower,
                context.tag(at: next.index).hasPrefix("NN")
            {
                return nil
            }
            return context.insertion("the", before: name)
        }
    }

    private func isName(_ token: Token, in context: AnalysisContext) -> Bool {
        if Self.names.contains(token.text) {
            // "US" in a line written in capitals is the pronoun.
            return token.text != "US"
                || !context.tokens.contains {
                    $0.isWord && $0.text.count > 2 && $0.isAllCaps && $0.lower != "usa" && $0.lower != "uk"
                }
        }
        guard token.text == "United", let next = context.token(at: token.index + 1), next.isCapitalized else {
            return false
        }
        return Self.afterUnited.contains(next)
    }
}

// "more easy" → "easier", "more cheap" → "cheaper" (comparative.short-adjective).

import TutorCore

/// "This bag is more cheap than that one" → "cheaper": a short adjective, one that English
/// compares with -er, after "more". Only common adjectives of one syllable and "easy", whose
/// comparative with "more" careful writers avoid; and only where the adjective ends its phrase (a
/// clause end, "than", "to") so that "more" is not a quantity ("more new phones", "more hot
/// water"), no article has to change ("a more easy way"), and "more" does not also serve a
/// longer adjective after "and" ("more loud and aggressive").
struct ShortComparativeMatcher: Matcher {
    private static let adjectives: WordSet = [
        "big", "small", "cheap", "fast", "slow", "easy", "high", "low", "long", "short", "old", "young", "late",
        "large", "tall", "hot", "cold", "warm", "nice", "quick", "safe", "strong", "weak", "rich", "poor", "clean",
        "wide", "deep", "great", "bright", "dark", "smart", "near", "fresh", "soft", "loud", "sweet",
    ]
    private static let notAComparison: WordSet = ["and", "a", "an", "no", "any", "some", "one", "the"]
    private static let followers: WordSet = ["than", "to", "for", "because", "but", "when", "if", "now"]

    var triggerWords: Set<String>? { ["more"] }

    func matches(in context: AnalysisContext) -> [Match] {
        var matches: [Match] = []
        for more in context.tokens where more.lower == "more" {
            guard let adjective = context.token(at: more.index + 1), adjective.isWord,
                adjective.text == adjective.lower, Self.adjectives.contains(adjective),
                let comparative = comparative(of: adjective.lower, in: context)
            else { continue }
            // "more and more", "no more late nights", "a more easy way", "the more ... the".
            if let before = context.token(at: more.index - 1), Self.notAComparison.contains(before) { continue }
            if let next = context.token(at: adjective.index + 1), next.isWord, !Self.followers.contains(next) {
                continue
            }
            let replacement = more.isCapitalized ? comparative.capitalizedFirst : comparative
            matches.append(Match(span: context.span(from: more, to: adjective), suggestions: [replacement]))
        }
        return matches
    }

    /// The -er form the lexicon lists for the adjective: "easier", "bigger", "nicer".
    private func comparative(of adjective: String, in context: AnalysisContext) -> String? {
        var candidates = [adjective + "er", adjective + "r"]
        if adjective.hasSuffix("y") { candidates.append(String(adjective.dropLast()) + "ier") }
        if let last = adjective.last { candidates.append(adjective + String(last) + "er") }
        return candidates.first { context.lexicon.comparatives[$0] == adjective }
    }
}

// "the Maria's party" → "Maria's party", "the London's parks" → "London's parks"
// (determiner.name-possessive).

import TutorCore

/// A name with "'s" ("Maria's", "London's") already says whose the noun is and takes the
/// place of the article, so "the" before it goes: "I went to the Maria's party" → "Maria's
/// party". A name is a word with a capital that is written only so ("Maria", "Seoul") or
/// that the lexicon does not know ("Jiwoo"); "the University's", "the Queen's" (common nouns
/// with a capital), a person named by nationality ("the American's car": "-an", "-ese",
/// "-ish") and names in capitals ("the BBC's") are left alone, as is a name of more words
/// ("the New York's": the rule reads one word).
struct NamePossessiveArticleMatcher: Matcher {
    let lists: WordLists
    /// Endings of nationality nouns, which are common nouns with a capital.
    private static let nationalityEndings = ["an", "ese", "ish", "ch"]

    var triggerWords: Set<String>? { ["the"] }

    func matches(in context: AnalysisContext) -> [Match] {
        context.tokens.compactMap { article -> Match? in
            guard article.lower == "the", let name = context.token(at: article.index + 1), name.isWord,
                let written = possessiveName(name, in: context), isName(written, in: context)
            else { return nil }
            return context.deletion(of: article, anchoredToNext: true)
        }
    }

    /// The name in "Maria's" (one token) or "Maria 's" (two); nil when no "'s" follows.
    private func possessiveName(_ token: Token, in context: AnalysisContext) -> String? {
        if token.lower.hasSuffix("'s") { return String(token.text.dropLast(2)) }
        guard let next = context.token(at: token.index + 1), next.lower == "'s" else { return nil }
        return token.text
    }

    /// One word with a capital first letter and the rest lower case, written only with a
    /// capital or unknown, and no nationality or language.
    private func isName(_ written: String, in context: AnalysisContext) -> Bool {
        let lower = written.lowercased()
        guard written.count > 1, written.first?.isUppercase == true,
            written.dropFirst().allSatisfy({ $0.isLowercase }), !lists["languages"].contains(lower),
            !Self.nationalityEndings.contains(where: { lower.hasSuffix($0) })
        else { return false }
        return context.lexicon.properNounUsage(of: lower) > 0 || !context.lexicon.knows(lower)
    }
}

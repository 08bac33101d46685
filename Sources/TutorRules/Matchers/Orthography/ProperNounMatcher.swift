// Names written in lower case: "monday", "english", "korean", "january".

import TutorCore

/// Finds a lowercase word that is a common name written only with a capital (days, months,
/// languages, nationalities, countries, big cities), one of the few such names the
/// dictionaries also know in lower case for a rare other meaning ("french"), or a Korean
/// place a learner names (`wordlists/korean-place-names.txt`: "busan", which the word tables
/// lack), and gives it its capital; in a message written all in lower case, a chat's choice,
/// it is not taught (`AnalysisContext.capitalLetterFactor`). Rarer names ("Yong", "Wark") are
/// left to the spelling rule: in a learner's sentence they are more often a misspelt word; so is a name one letter away from a far
/// commoner word ("hugh" for "huge"), which is left alone: the spelling rule does not guess at
/// names either ("hugh" would be "high" by its counts: "a high mistake").
struct ProperNounMatcher: Matcher {
    let lists: WordLists

    /// Zipf × 100 a name needs: about six times per million words. The spelling rule leaves
    /// these names alone.
    static let commonName = 380

    /// Names that learners write in lower case for a thing: "a jean jacket", "new jean" (for
    /// "jeans", noun-number.plural-only), never the name "Jean".
    private static let thingsInLowerCase: Set<String> = ["jean"]

    func matches(in context: AnalysisContext) -> [Match] {
        let always = lists["always-capitalized"].filter(context.words.contains).flatMap { context.positions(of: $0) }
        let candidates = context.rareWords + always.compactMap { context.token(at: $0) }
        return candidates.compactMap { token -> Match? in
            let word = token.lower
            guard token.isWord, token.text == word, word.utf8.count >= 4, !Self.thingsInLowerCase.contains(word),
                lists["always-capitalized"].contains(word) || lists["korean-place-names"].contains(word)
                    || Self.isCommonName(word, lexicon: context.lexicon)
            else { return nil }
            return Match(
                span: token.span, suggestions: [word.capitalizedFirst], confidenceFactor: context.capitalLetterFactor)
        }.sorted { $0.span < $1.span }
    }

    /// Whether a lower-case word is a common name ("london", "seoul") rather than a slip for
    /// a word ten times commoner one edit away ("hugh" for "huge").
    static func isCommonName(_ word: String, lexicon: Lexicon) -> Bool {
        let usage = lexicon.properNounUsage(of: word)
        guard usage >= commonName, let first = word.utf8.first else { return false }
        return !lexicon.commonWords.words(near: word, maximumDistance: 1, firstLetters: [first]).contains {
            lexicon.usage(of: $0.word) >= usage + SpellingMatcher.clearLead
        }
    }
}

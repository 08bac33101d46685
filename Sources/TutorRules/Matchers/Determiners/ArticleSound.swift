// Whether "a" or "an" goes before a word, by how the word sounds.

import TutorCore

/// Decides whether a word sounds like it starts with a vowel, from its spelling and the
/// exception prefixes of Resources/wordlists (a-prefixes: "uni", "use", "one";
/// an-prefixes: "hour", "honest"). Nil when it cannot tell.
struct ArticleSound: Sendable {
    let lists: WordLists

    func startsWithVowelSound(_ word: String) -> Bool? {
        let lower = word.lowercased()
        guard let first = lower.first, first.isLetter else { return nil }
        if lists["article-unsure-prefixes"].contains(where: { lower.hasPrefix($0) }) { return nil }
        if lists["a-before-prefixes"].contains(where: { lower.hasPrefix($0) }) { return false }
        if lists["an-before-prefixes"].contains(where: { lower.hasPrefix($0) }) { return true }
        return "aeiou".contains(first)
    }

    /// "a" or "an" for the word, or nil when unsure.
    func article(before word: String) -> String? {
        startsWithVowelSound(word).map { $0 ? "an" : "a" }
    }
}

// Which nouns are plural for agreement: the lexicon's plurals, and those its table misses.

import TutorCore

/// Whether a noun (lowercased) is plural when the verb agrees with it: "students", "discounts"
/// (the plural of a word that is also a verb), and the plurals the lexicon's table of
/// singular and plural misses: "people", "children" (no -s) and nouns used only in the plural
/// ("clothes", "trousers"). Not the plural-looking names of one thing ("news", "physics").
enum PluralNoun {
    /// Plurals of person nouns with no -s.
    static let irregular: WordSet = ["people", "children", "men", "women"]

    /// Nouns used only in the plural, from a grammar book's list: "My clothes are wet", "Your
    /// jeans were", "The stairs are".
    static let pluralOnly: WordSet = [
        "clothes", "trousers", "jeans", "pants", "shorts", "pyjamas", "pajamas", "scissors", "glasses", "sunglasses",
        "binoculars", "goods", "belongings", "surroundings", "outskirts", "premises", "earnings", "congratulations",
        "stairs", "headphones", "earphones",
    ]

    static func isPlural(_ word: String, lexicon: Lexicon) -> Bool {
        if PossessivePluralAgreementMatcher.singularInMeaning.contains(word) { return false }
        if irregular.contains(word) || pluralOnly.contains(word) || lexicon.clearPlural(word) != nil { return true }
        // "discounts", "changes": the plural of a word that is also a verb (the caller's tags
        // say it is the noun here); not a word that is a singular noun of its own at least as
        // common.
        guard let entry = lexicon.noun(plural: word), entry.singular != word, entry.frequency > 0 else {
            return false
        }
        if let own = lexicon.noun(singular: word), own.frequency >= entry.frequency { return false }
        return true
    }
}

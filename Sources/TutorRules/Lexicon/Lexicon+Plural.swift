// The plural of a noun: the lexicon's own form, else the regular spelling rules.

extension Lexicon {
    /// The plural of a singular noun: the lexicon's form ("child" → "children", "photo" →
    /// "photos"), else the regular one ("selfie" → "selfies"; see `regularPlural(of:)`).
    func plural(of word: String) -> String {
        if let entry = noun(singular: word), entry.plural != word { return entry.plural }
        return regularPlural(of: word)
    }

    /// The regular plural, for a word the lexicon does not list: -es after s, x, z, ch and sh
    /// ("buses", "boxes"), -ies for a consonant and "y" ("parties"), else -s. After a
    /// consonant and "o" English goes both ways ("potatoes", "photos"): the form the frequency
    /// table knows better, -s when it knows neither.
    func regularPlural(of word: String) -> String {
        let letters = Array(word.utf8)
        guard let last = letters.last else { return word }
        let beforeLast = letters.count >= 2 ? letters[letters.count - 2] : 0
        let vowels = Set("aeiou".utf8)
        let isConsonant = { (letter: UInt8) in letter >= 0x61 && letter <= 0x7A && !vowels.contains(letter) }
        switch last {
        case UInt8(ascii: "s"), UInt8(ascii: "x"), UInt8(ascii: "z"):
            return word + "es"
        case UInt8(ascii: "h") where beforeLast == UInt8(ascii: "c") || beforeLast == UInt8(ascii: "s"):
            return word + "es"
        case UInt8(ascii: "y") where isConsonant(beforeLast):
            return String(word.dropLast()) + "ies"
        case UInt8(ascii: "o") where isConsonant(beforeLast):
            return usage(of: word + "es") > usage(of: word + "s") ? word + "es" : word + "s"
        default:
            return word + "s"
        }
    }

    /// The plural of a word read as a counted noun after a number: a countable singular of
    /// the lexicon whose plural people write ("book" → "books"; not "then", "sheep", which
    /// WordNet gives "thens", "sheeps"), or a newer noun WordNet lacks ("coworker",
    /// "smartphone"): a common word spelt right that has no part of speech in the lexicon,
    /// whose regular plural the frequency table knows at least a third as well as the word and
    /// not far better (a word whose "plural" nobody writes is no noun: "also", "ok"; nor is
    /// one whose "plural" is a commoner word of its own: "sometime"). Nil otherwise.
    func countedPlural(of word: String) -> String? {
        if let entry = countableSingular(word) { return usage(of: entry.plural) > 0 ? entry.plural : nil }
        guard word.utf8.count >= 3, !word.hasSuffix("s"), !knows(word), isSpeltRight(word) else { return nil }
        let wordUsage = usage(of: word)
        guard wordUsage >= Self.newerNounMinimumUsage else { return nil }
        let plural = regularPlural(of: word)
        let pluralUsage = usage(of: plural)
        guard !knows(plural), pluralUsage >= wordUsage - Self.newerNounPluralGap,
            pluralUsage <= wordUsage + Self.newerNounPluralGap
        else { return nil }
        return plural
    }

    /// Whether a noun is one people count, by how often its plural is written: `plural` at most
    /// `gap` (Zipf × 100) rarer than `singular`. 50 is a third as common ("friends" beside
    /// "friend"; not "times" beside "time"), 100 a tenth. A noun mostly used uncounted has a
    /// far rarer plural ("weather" 487, "weathers" 284).
    func pluralIsInUse(_ plural: String, beside singular: String, within gap: Int = countedPluralGap) -> Bool {
        usage(of: plural) >= usage(of: singular) - gap
    }

    /// The usual gap for `pluralIsInUse`: the plural a third as common as the singular.
    static let countedPluralGap = 50

    /// How common (Zipf × 100) a word the lexicon lacks must be to be read as a noun: once
    /// per million words.
    static let newerNounMinimumUsage = 300
    /// How much rarer or commoner (Zipf × 100) its plural may be: a third, or three times, as
    /// common.
    static let newerNounPluralGap = 50
}

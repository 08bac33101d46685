// The shape of a Korean given name written in the Latin alphabet ("minji", "seoyeon", "jiwoo").

/// Korean given names are mostly two syllables, and their romanisation has a shape English
/// words seldom have: an optional initial consonant, a vowel, an optional final consonant,
/// twice ("min-ji", "seo-yeon", "hyun-woo"). An unknown word of that shape addressed after a
/// comma ("See you tomorrow, jiwoo.") is a name, not a slip for "mini" or "minus".
enum RomanisedKoreanName {
    /// Initial consonants, in both common spellings (Revised Romanization and
    /// McCune–Reischauer-like: "k" and "g", "ch" and "j").
    private static let initials: [String] = [
        "kk", "tt", "pp", "ss", "jj", "ch", "sh", "g", "k", "n", "d", "t", "r", "l", "m", "b", "p", "s", "j", "h",
    ]
    /// Vowels, with the spellings names use besides the official ones ("woo" in "jiwoo", "ee").
    private static let vowels: [String] = [
        "woo", "yoo", "yae", "yeo", "wae", "ae", "ya", "eo", "ye", "wa", "oe", "yo", "wo", "we", "wi", "yu", "eu", "ui",
        "oo", "ee",
        "a", "e", "o", "u", "i",
    ]
    /// Final consonants.
    private static let finals: [String] = ["ng", "k", "n", "t", "l", "m", "p", "g", "b"]

    /// Whether `word` (lower case) reads as exactly two romanised Korean syllables.
    static func isGivenName(_ word: String) -> Bool {
        let letters = Array(word.utf8)
        guard (4...9).contains(letters.count) else { return false }
        return syllableEnds(in: letters, from: 0).contains {
            syllableEnds(in: letters, from: $0).contains(letters.count)
        }
    }

    /// Every position a syllable starting at `start` can end at.
    private static func syllableEnds(in letters: [UInt8], from start: Int) -> Set<Int> {
        var ends = Set<Int>()
        for initial in [""] + initials where has(initial, in: letters, at: start) {
            let vowelStart = start + initial.utf8.count
            for vowel in vowels where has(vowel, in: letters, at: vowelStart) {
                let vowelEnd = vowelStart + vowel.utf8.count
                ends.insert(vowelEnd)
                for final in finals where has(final, in: letters, at: vowelEnd) {
                    ends.insert(vowelEnd + final.utf8.count)
                }
            }
        }
        return ends
    }

    private static func has(_ part: String, in letters: [UInt8], at start: Int) -> Bool {
        let bytes = Array(part.utf8)
        return start + bytes.count <= letters.count && Array(letters[start..<start + bytes.count]) == bytes
    }
}

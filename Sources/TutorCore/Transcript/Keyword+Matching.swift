// Where a keyword stands in a learner's words: whole words, a final `*` for any ending, a
// final `+` for the regular forms of a word (hike+: hikes, hiked, hiking).

extension Keyword {
    /// Whether the keyword's words stand in `words` from `start` on.
    func matches(_ words: [String], at start: Int) -> Bool {
        guard !self.words.isEmpty, start >= 0, start + self.words.count <= words.count else { return false }
        for (offset, word) in self.words.enumerated() {
            let candidate = words[start + offset]
            guard offset == self.words.count - 1 else {
                if candidate != word { return false }
                continue
            }
            if lastWordIsPrefix { return candidate.hasPrefix(word) }
            if lastWordHasForms { return lastWordForms.contains(candidate) }
            return candidate == word
        }
        return true
    }

    /// Where the keyword starts in `words`, first to last: every place it stands.
    func starts(in words: [String]) -> some Sequence<Int> {
        words.indices.lazy.filter { matches(words, at: $0) }
    }

    /// Whether the keyword stands anywhere in `words`.
    func occurs(in words: [String]) -> Bool {
        starts(in: words).contains { _ in true }
    }

    /// A word and its regular forms, as a learner may write them: -s and -es, -ed and -d, -ing
    /// (dropping a final e: hiking; doubling a final consonant: swimming, and not doubling it:
    /// visiting), and y to -ies and -ied. A learner's regular form of an irregular verb
    /// ("swimmed") counts too; the irregular form itself (swam) is written as its own keyword.
    public static func regularForms(of word: String) -> Set<String> {
        var forms: Set<String> = [word, word + "s", word + "es", word + "ed", word + "ing"]
        guard let last = word.last else { return forms }
        let beforeLast = word.dropLast().last
        let isVowel: (Character?) -> Bool = { $0.map("aeiou".contains) ?? false }
        if last == "e" {
            forms.formUnion([word + "d", String(word.dropLast()) + "ing"])
            if word.hasSuffix("ie") { forms.insert(String(word.dropLast(2)) + "ying") }
        }
        if last == "y", !isVowel(beforeLast) {
            let stem = String(word.dropLast())
            forms.formUnion([stem + "ies", stem + "ied"])
        }
        if !isVowel(last), !"wxy".contains(last), isVowel(beforeLast) {
            forms.formUnion([word + String(last) + "ed", word + String(last) + "ing"])
        }
        return forms
    }
}

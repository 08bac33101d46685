// A contraction and its full form are the same answer: "doesn't" is "does not".

/// Writes contractions out in full, so "She doesn't like it" and "She does not like it" compare
/// equal. Only contractions with one reading are written out ("'d" may be "would" or "had"; a
/// noun's "'s" is a possessive); "its" has no apostrophe and stays a word of its own.
enum Contractions {
    /// Negations whose first part is not the word before "n't".
    static let irregularNegations: [String: String] = ["won't": "will", "can't": "can", "shan't": "shall"]
    /// The endings after a pronoun and their full forms.
    static let pronounEndings: [(ending: String, full: String)] = [
        ("'m", "am"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"),
    ]
    /// The words whose "'s" is "is" (or "has" before "been" or "got").
    static let sWords: Set<String> = [
        "it", "he", "she", "that", "there", "what", "who", "where", "here", "how", "this",
    ]
    /// The words whose "'m", "'re", "'ve" or "'ll" is a contraction.
    static let pronouns: Set<String> = [
        "i", "you", "we", "they", "he", "she", "it", "that", "there", "what", "who", "where", "here",
    ]

    /// `text` (apostrophes already straight) with its contractions written out; "cannot" and
    /// "can not" become one form.
    static func expanded(_ text: String) -> String {
        let words = text.split(separator: " ").map(String.init)
        var result: [String] = []
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1].lowercased() : ""
            result.append(contentsOf: expandedWord(word, before: next))
        }
        return result.joined(separator: " ")
    }

    /// One word written out: its letters and apostrophes, then whatever follows them (a comma).
    static func expandedWord(_ word: String, before next: String) -> [String] {
        let core = String(word.prefix { $0.isLetter || $0 == "'" })
        let tail = String(word.dropFirst(core.count))
        guard let parts = fullForm(of: core, before: next), var last = parts.last else { return [word] }
        last += tail
        return parts.dropLast() + [last]
    }

    /// The full form of one contracted word, keeping its first letter's case; nil if it is none.
    static func fullForm(of core: String, before next: String) -> [String]? {
        let lower = core.lowercased()
        let keepCase = { (full: String) in
            core.first?.isUppercase == true ? full.prefix(1).uppercased() + full.dropFirst() : full
        }
        if lower == "cannot" { return [keepCase("can"), "not"] }
        if let first = irregularNegations[lower] { return [keepCase(first), "not"] }
        if lower.hasSuffix("n't"), lower.count > 3 { return [String(core.dropLast(3)), "not"] }
        let parts = lower.split(separator: "'", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let stem = String(core.prefix(parts[0].count))
        let ending = "'" + parts[1]
        if ending == "'s", sWords.contains(String(parts[0])) {
            return [stem, next == "been" || next == "got" ? "has" : "is"]
        }
        if pronouns.contains(String(parts[0])), let full = pronounEndings.first(where: { $0.ending == ending }) {
            return [stem, full.full]
        }
        return nil
    }
}

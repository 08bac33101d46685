// "than me" and "than I am" are the same answer: a comparison's pronoun in either case.

/// Writes the pronoun after "than" in one form, so "She is taller than me", "… than I am" and
/// "… than I" compare equal (and "than him", "than he is", "than he does" likewise): everyday
/// English says the object form, careful English the subject form with or without its verb.
/// Only the words right after "than" change, and only a subject pronoun with nothing after it
/// or with a form of "be" or "do" after it, the verb the comparison leaves out.
enum ThanPronouns {
    /// Subject pronouns and the object form they are compared in.
    static let objectForms: [String: String] = [
        "i": "me", "he": "him", "she": "her", "we": "us", "they": "them",
    ]
    /// The verbs a comparison may end with after its pronoun ("than I am", "than she does").
    static let endingVerbs: Set<String> = ["am", "is", "are", "was", "were", "do", "does", "did"]

    /// `text` (lower-cased, contractions written out) with each "than" + subject pronoun (+ a
    /// form of "be" or "do") ending its clause written as "than" + the object pronoun.
    static func folded(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        var index = 0
        while index + 1 < words.count {
            defer { index += 1 }
            guard words[index] == "than", let object = objectForms[bare(words[index + 1])] else { continue }
            var end = index + 1
            if end + 1 < words.count, endingVerbs.contains(bare(words[end + 1])), !endsClause(words[end]) {
                end += 1
            }
            // The pronoun (or its verb) must end the clause: "than I expected" is another comparison.
            guard end + 1 == words.count || endsClause(words[end]) else { continue }
            words.replaceSubrange(index + 1...end, with: [object + Contractions.split(words[end]).tail])
        }
        return words.joined(separator: " ")
    }

    /// The word without the punctuation after it.
    static func bare(_ word: String) -> String { Contractions.split(word).core }

    /// Whether punctuation after the word closes its clause ("me," or "am.").
    static func endsClause(_ word: String) -> Bool { !Contractions.split(word).tail.isEmpty }
}

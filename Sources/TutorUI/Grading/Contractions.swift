// A contraction and its full form are the same answer: "doesn't" is "does not".

/// Writes contractions out in full, so "She doesn't like it" and "She does not like it" compare
/// equal. Contractions with one reading are written out (a noun's "'s" is a possessive and stays);
/// "'d" may be "would" or "had", so its readings are compared (`readings`); "its" has no
/// apostrophe and stays a word of its own.
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

    /// The past participles that are not also a verb's plain form: after them "'d" is "had"
    /// ("I'd gone", never "I would gone"). Regular ones end in "-ed" and need no list.
    static let irregularParticiples: Set<String> = [
        "been", "gone", "done", "seen", "had", "got", "gotten", "taken", "eaten", "written", "given", "known",
        "made", "left", "told", "said", "heard", "met", "lost", "found", "forgotten", "bought", "brought",
        "thought", "taught", "caught", "felt", "kept", "slept", "sent", "spent", "built", "begun", "drunk",
        "driven", "ridden", "spoken", "broken", "chosen", "fallen", "flown", "grown", "shown", "thrown", "worn",
        "stolen", "hidden", "sold", "stood", "understood", "won", "sat", "paid", "woken", "forgiven",
    ]
    /// The words after which "'d" may be either ("I'd never seen", "I'd never go").
    static let eitherReadingNext: Set<String> = [
        "already", "always", "never", "just", "not", "also", "really", "ever", "still", "only", "once",
    ]

    /// `text` (already `expanded`) in each way its "'d" can be read, as the word after it
    /// allows: "had" before a past participle or "better" ("I'd gone" is only "I had gone"),
    /// either before an adverb ("I'd never…"), "would" before anything else ("I'd like" is
    /// never "I had like"). With no "'d", the text alone.
    static func readings(_ text: String) -> Set<String> {
        let words = text.split(separator: " ").map(String.init)
        var results: [[String]] = [[]]
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1].lowercased() : ""
            let choices = dReadings(word, before: next)
            // Three "'d" in one answer at most are read both ways: eight readings.
            let kept = results.count * choices.count > 8 ? [choices[0]] : choices
            results = results.flatMap { done in kept.map { done + $0 } }
        }
        return Set(results.map { $0.joined(separator: " ") })
    }

    /// Whether two texts (already `expanded`) are one answer: some reading of each is the same.
    static func sameAnswer(_ left: String, _ right: String) -> Bool {
        left == right || !readings(left).isDisjoint(with: readings(right))
    }

    /// A word's readings as words: "I'd" → ["I", "would"] and ["I", "had"], as the next word
    /// allows; any other word as it is.
    static func dReadings(_ word: String, before next: String) -> [[String]] {
        let (core, tail) = split(word)
        let lower = core.lowercased()
        guard lower.hasSuffix("'d"), pronouns.contains(String(lower.dropLast(2))) else { return [[word]] }
        let stem = String(core.dropLast(2))
        let nextCore = String(next.prefix { $0.isLetter })
        let isParticiple =
            irregularParticiples.contains(nextCore) || (nextCore.hasSuffix("ed") && !nextCore.hasSuffix("eed"))
        let fulls =
            isParticiple || nextCore == "better"
            ? ["had"] : eitherReadingNext.contains(nextCore) ? ["would", "had"] : ["would"]
        return fulls.map { [stem, $0 + tail] }
    }

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

    /// A word of an answer as its letters and apostrophes ("me", "I'd") and whatever follows
    /// them ("," or "."): the part the grader reads, and the mark it keeps.
    static func split(_ word: String) -> (core: String, tail: String) {
        let core = String(word.prefix { $0.isLetter || $0 == "'" })
        return (core, String(word.dropFirst(core.count)))
    }

    /// One word written out: its letters and apostrophes, then whatever follows them (a comma).
    static func expandedWord(_ word: String, before next: String) -> [String] {
        let (core, tail) = split(word)
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

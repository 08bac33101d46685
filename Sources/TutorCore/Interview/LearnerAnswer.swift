// What the scripted interviewer reads in a learner's message: its words, whether it asks a
// question, whether it is very short. Simple, deterministic rules, no model.

/// A learner's message as the scripted interviewer sees it when choosing a follow-up.
public struct LearnerAnswer: Sendable, Hashable {
    /// The message's words: lower-cased, apostrophes dropped ("Don't" → "dont"), split at
    /// everything that is not a letter or a digit.
    public let words: [String]
    /// The learner asked something: a question mark, "what/how about you", a final "and you",
    /// or a sentence opening like a question to the interviewer ("do you …", "where do you …").
    public let isQuestion: Bool

    /// An answer of at most this many words is very short (e.g. "Yes.", "Seoul.", "I like it.").
    public static let shortWordCount = 3

    /// Words just before a keyword that turn it round ("I don't like hiking"): the follow-up
    /// on that keyword is not used.
    static let negations: Set<String> = [
        "not", "no", "never", "dont", "doesnt", "didnt", "cant", "cannot", "wont", "isnt", "arent", "wasnt", "hate",
        "without",
    ]
    /// How many words before a keyword a negation still turns it round.
    static let negationReach = 3

    static let apostrophes: Set<Character> = ["'", "’", "‘", "`"]
    private static let questionOpeners: Set<String> = [
        "do", "does", "did", "are", "is", "were", "was", "have", "has", "can", "could", "would", "will", "should",
    ]
    private static let questionWords: Set<String> = ["what", "where", "when", "why", "how", "who", "which"]

    public init(_ text: String) {
        words = Self.foldedWords(in: text)
        isQuestion = Self.asksQuestion(text, words: words)
    }

    /// Whether the message is very short (and not empty).
    public var isShort: Bool { !words.isEmpty && words.count <= Self.shortWordCount }

    /// Whether the message mentions `keyword` as whole words, not right after a negation.
    public func mentions(_ keyword: Keyword) -> Bool {
        let count = keyword.words.count
        guard count > 0, words.count >= count else { return false }
        for start in 0...(words.count - count) where matches(keyword, at: start) {
            let before = words[max(0, start - Self.negationReach)..<start]
            if !before.contains(where: Self.negations.contains) { return true }
        }
        return false
    }

    private func matches(_ keyword: Keyword, at start: Int) -> Bool {
        for (offset, word) in keyword.words.enumerated() {
            let candidate = words[start + offset]
            let isLast = offset == keyword.words.count - 1
            if isLast && keyword.lastWordIsPrefix ? !candidate.hasPrefix(word) : candidate != word { return false }
        }
        return true
    }

    /// Words the way keywords and messages are compared (see `words`).
    public static func foldedWords(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !apostrophes.contains(character), !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func asksQuestion(_ text: String, words: [String]) -> Bool {
        if text.contains("?") || text.contains("？") { return true }
        if words.contains(["what", "about", "you"]) || words.contains(["how", "about", "you"])
            || words.suffix(2).elementsEqual(["and", "you"])
        {
            return true
        }
        // A sentence that opens like a question to the interviewer, its mark forgotten.
        let sentences = text.split(whereSeparator: { ".!\n".contains($0) }).map { foldedWords(in: String($0)) }
        return sentences.contains { sentence in
            guard let first = sentence.first else { return false }
            let opening = sentence.prefix(4).dropFirst()
            if questionOpeners.contains(first) {
                return sentence.dropFirst().first == "you" || sentence.dropFirst().first == "your"
            }
            return questionWords.contains(first) && (opening.contains("you") || opening.contains("your"))
        }
    }
}

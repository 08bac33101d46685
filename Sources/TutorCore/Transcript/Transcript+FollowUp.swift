// The lines a script's interviewer says only when the learner's answer calls for them.

import Foundation

extension Transcript {
    /// A line said in reply to what the learner wrote rather than in the script's order
    /// (docs/transcript-format.md): a follow-up on a keyword, an answer to a question asked
    /// back, or a prompt to say more after a very short answer.
    public struct FollowUp: Sendable, Hashable {
        /// What in the learner's message makes the interviewer say it.
        public enum Trigger: Sendable, Hashable {
            /// `followup [hiking, hik*]: …`: the message mentions one of the keywords.
            case keywords([Keyword])
            /// `ask-back: …`: the learner asked a question; said before the interviewer goes on.
            case askBack
            /// `short-answer: …`: the learner answered in a few words.
            case shortAnswer
        }

        public var trigger: Trigger
        public var text: String
        /// The 1-based line it starts on, for error messages and tests.
        public var lineNumber: Int

        public init(trigger: Trigger, text: String, lineNumber: Int) {
            self.trigger = trigger
            self.text = text
            self.lineNumber = lineNumber
        }
    }
}

/// A keyword or phrase of a `followup` line, matched case-insensitively on whole words:
/// `go hiking` matches "I go hiking" but not "go hikingg"; a final `*` matches any ending
/// (`hik*` matches hike, hiked, hiking). Apostrophes are ignored, so `don't` matches "dont".
public struct Keyword: Sendable, Hashable, CustomStringConvertible {
    /// The keyword's words, folded the way a learner's message is (`LearnerAnswer.words`).
    public var words: [String]
    /// Whether the last word matches any word that starts with it (a final `*`).
    public var lastWordIsPrefix: Bool

    /// Reads a keyword as written in a script; a reason when it is not one.
    public static func parse(_ text: String) -> Result<Keyword, KeywordError> {
        var body = text.trimmingCharacters(in: .whitespaces)
        let isPrefix = body.hasSuffix("*")
        if isPrefix { body.removeLast() }
        if body.contains("*") {
            return .failure(KeywordError(reason: "'*' may only end a keyword (hik*), not stand inside '\(text)'"))
        }
        if let stray = body.first(where: {
            !($0.isLetter || $0.isNumber || $0 == " " || LearnerAnswer.apostrophes.contains($0) || $0 == "-")
        }) {
            return .failure(
                KeywordError(
                    reason: "a keyword holds letters, digits, spaces, - and '; '\(stray)' in '\(text)' is not allowed"))
        }
        let words = LearnerAnswer.foldedWords(in: body)
        guard !words.isEmpty else {
            return .failure(KeywordError(reason: "an empty keyword (two commas in a row, or a lone '*')"))
        }
        return .success(Keyword(words: words, lastWordIsPrefix: isPrefix))
    }

    public init(words: [String], lastWordIsPrefix: Bool = false) {
        self.words = words
        self.lastWordIsPrefix = lastWordIsPrefix
    }

    public var description: String { words.joined(separator: " ") + (lastWordIsPrefix ? "*" : "") }
}

/// Why a keyword of a `followup` line cannot be read.
public struct KeywordError: Error, Sendable, Hashable {
    public var reason: String
}

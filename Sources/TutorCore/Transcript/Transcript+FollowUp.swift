// The lines a script's interviewer says only when the learner's answer calls for them.

import Foundation

extension Transcript {
    /// A line said in reply to what the learner wrote rather than in the script's order
    /// (docs/transcript-format.md): a follow-up on a keyword, an answer to a question asked
    /// back, a prompt to say more after a very short answer, help when the learner does not know
    /// what to say, a prompt to try in English, or the reply to a request or a price question.
    public struct FollowUp: Sendable, Hashable {
        /// What in the learner's message makes the interviewer say it.
        public enum Trigger: Sendable, Hashable {
            /// `followup [hiking, hik*]: …`: the message mentions one of the keywords, said of
            /// what is or was (`fact`), of what the learner wants or plans (`wish`), or either.
            case keywords([Keyword], mood: Mood = .any)
            /// `ask-back: …`: the learner asked a question; said before the interviewer goes on.
            case askBack
            /// `short-answer: …`: the learner answered in a few words.
            case shortAnswer
            /// `dont-know: …`: the learner does not know what to say, or did not understand the
            /// question ("I don't know", "What does … mean?"); under a question, an easier way
            /// to ask it.
            case dontKnow
            /// `not-english: …`: the learner wrote in Korean; a gentle prompt to try in English.
            case notEnglish
            /// `request [water, bill]: …`: the learner asks the interviewer for one of the
            /// keywords or to do something with it ("Could you bring us some water?", "Can we
            /// have the bill, please?", "Water, please"); `request: …` with no keywords: any
            /// request to the interviewer ("Could you …?", "Can I/we …?").
            case request([Keyword])
            /// `price [wine]: …`: the learner asks what one of the keywords costs ("How much is
            /// this wine?"); `price: …` with no keywords: any question about a price.
            case price([Keyword])
        }

        /// Which uses of a keyword a `followup` line answers (`LearnerAnswer.Mood`).
        public enum Mood: String, Sendable, Hashable, CaseIterable {
            /// `followup [work]`: any use that is not negated.
            case any
            /// `followup fact [work]`: "I work at a bank", "I worked there" — not a wish.
            case fact
            /// `followup wish [work]`: "I want to work abroad", "I will work", "my dream is to work".
            case wish
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
/// (`hik*` matches hike, hiked, hiking), a final `+` the word's regular forms (`hike+` matches
/// hike, hikes, hiked, hiking, but not "hiker"; `play+` not "display"). Apostrophes are
/// ignored, so `don't` matches "dont".
public struct Keyword: Sendable, Hashable, CustomStringConvertible {
    /// The keyword's words, folded the way a learner's message is (`LearnerAnswer.words`).
    public var words: [String]
    /// Whether the last word matches any word that starts with it (a final `*`).
    public var lastWordIsPrefix: Bool
    /// Whether the last word matches its regular forms too (a final `+`; `Keyword.regularForms`).
    public var lastWordHasForms: Bool
    /// The words the last word matches when `lastWordHasForms`.
    let lastWordForms: Set<String>

    /// Reads a keyword as written in a script; a reason when it is not one.
    public static func parse(_ text: String) -> Result<Keyword, KeywordError> {
        var body = text.trimmingSpacesAndTabs
        let isPrefix = body.hasSuffix("*")
        let hasForms = body.hasSuffix("+")
        if isPrefix || hasForms { body.removeLast() }
        if body.contains(where: { $0 == "*" || $0 == "+" }) {
            return .failure(
                KeywordError(
                    reason: "'*' may only end a keyword (hik*), as may '+' (hike+), not stand inside '\(text)'"))
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
        return .success(Keyword(words: words, lastWordIsPrefix: isPrefix, lastWordHasForms: hasForms))
    }

    /// Reads a comma-separated list of keywords, as written between a line's brackets.
    public static func parseList(_ text: some StringProtocol) -> Result<[Keyword], KeywordError> {
        var keywords: [Keyword] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            switch parse(String(item)) {
            case .success(let keyword): keywords.append(keyword)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(keywords)
    }

    public init(words: [String], lastWordIsPrefix: Bool = false, lastWordHasForms: Bool = false) {
        self.words = words
        self.lastWordIsPrefix = lastWordIsPrefix
        self.lastWordHasForms = lastWordHasForms
        lastWordForms = lastWordHasForms ? words.last.map(Self.regularForms) ?? [] : []
    }

    public var description: String {
        words.joined(separator: " ") + (lastWordIsPrefix ? "*" : "") + (lastWordHasForms ? "+" : "")
    }
}

/// Why a keyword of a `followup` line cannot be read.
public struct KeywordError: Error, Sendable, Hashable {
    public var reason: String
}

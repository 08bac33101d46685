// Reads a script's follow-up lines: `followup [keywords]: text` (or `followup wish [...]`,
// `followup fact [...]`), `ask-back: text`, `short-answer: text`, `dont-know: text`,
// `not-english: text`, `request [keywords]: text`, `price [keywords]: text` (their keywords
// optional); and a question's `answered [keywords]` or `answered request [keywords]`
// (docs/transcript-format.md).

import Foundation

/// The follow-up lines of the transcript format, recognised by their first word.
enum FollowUpLine {
    /// The first words that start a follow-up line, and what each is.
    static let names = ["followup", "ask-back", "short-answer", "dont-know", "not-english", "request", "price"]

    /// Whether `line` (trimmed) is a follow-up line rather than `speaker: text`.
    static func isFollowUp(_ line: String) -> Bool {
        names.contains(line.prefix { !endsName($0) }.lowercased())
    }

    private static func endsName(_ character: Character) -> Bool {
        character == "[" || character == ":" || character == " " || character == "\t"
    }

    /// Parses a line `isFollowUp` accepted; the reason when it is malformed.
    static func parse(_ line: String, lineNumber: Int) -> Result<Transcript.FollowUp, KeywordError> {
        let headEnd = line.firstIndex(where: endsName) ?? line.endIndex
        let name = line[..<headEnd].lowercased()
        var rest = line[headEnd...].drop { $0 == " " || $0 == "\t" }
        let trigger: Transcript.FollowUp.Trigger
        var hasKeywords = name == "followup"
        if name == "followup" {
            var mood = Transcript.FollowUp.Mood.any
            let moodName = rest.prefix { $0.isLetter }.lowercased()
            if !moodName.isEmpty {
                guard let named = Transcript.FollowUp.Mood(rawValue: moodName), named != .any else {
                    return failure(
                        "'\(moodName)' is not a kind of followup: write followup [keywords], followup wish [keywords] or followup fact [keywords]"
                    )
                }
                mood = named
                rest = rest.dropFirst(moodName.count).drop { $0 == " " || $0 == "\t" }
            }
            guard rest.first == "[" else {
                return failure(
                    "a followup needs its keywords in brackets: followup [hiking, hik*]: Why do you like hiking?")
            }
            guard let close = rest.firstIndex(of: "]") else { return failure("the keyword list has no closing ']'") }
            switch Keyword.parseList(rest[rest.index(after: rest.startIndex)..<close]) {
            case .success(let keywords): trigger = .keywords(keywords, mood: mood)
            case .failure(let error): return .failure(error)
            }
            rest = rest[rest.index(after: close)...].drop { $0 == " " || $0 == "\t" }
        } else if name == "request" || name == "price" {
            // The keywords are optional: without them the line answers any request (any price question).
            var keywords: [Keyword] = []
            if rest.first == "[" {
                guard let close = rest.firstIndex(of: "]") else {
                    return failure("the keyword list has no closing ']'")
                }
                switch Keyword.parseList(rest[rest.index(after: rest.startIndex)..<close]) {
                case .success(let parsed): keywords = parsed
                case .failure(let error): return .failure(error)
                }
                rest = rest[rest.index(after: close)...].drop { $0 == " " || $0 == "\t" }
                hasKeywords = true
            } else if rest.first != ":" {
                let example =
                    name == "price"
                    ? "price [wine]: A glass of wine is seven dollars. (or price: ... for any price question)"
                    : "request [water]: Of course, I'll bring some water right away. (or request: ... for any request)"
                return failure("write \(name) [keywords]: text, for example " + example)
            }
            trigger = name == "price" ? .price(keywords) : .request(keywords)
        } else {
            if rest.first == "[" {
                return failure("\(name) takes no keywords; only followup, request and price have [keywords]")
            }
            switch name {
            case "ask-back": trigger = .askBack
            case "dont-know": trigger = .dontKnow
            case "not-english": trigger = .notEnglish
            default: trigger = .shortAnswer
            }
        }
        guard rest.first == ":" else {
            return failure("expected ':' and the interviewer's line after \(hasKeywords ? "the keywords" : name)")
        }
        let text = TextSanitizer.sanitize(String(rest.dropFirst()))
        guard !text.isEmpty else { return failure("the \(name) line says nothing after ':'") }
        return .success(Transcript.FollowUp(trigger: trigger, text: text, lineNumber: lineNumber))
    }

    /// Whether `line` (trimmed) is `answered [keywords]`, the words that answer a question before it is asked.
    static func isAnswered(_ line: String) -> Bool {
        line.prefix { !endsName($0) }.lowercased() == "answered"
    }

    /// An `answered` line: its keywords, and whether the learner answers by asking for one
    /// (`answered request [...]`) rather than by stating it.
    struct Answered {
        var keywords: [Keyword]
        var byRequest: Bool
    }

    /// The keywords of a line `isAnswered` accepted; the reason when it is malformed.
    static func parseAnswered(_ line: String) -> Result<Answered, KeywordError> {
        var rest = line.drop { !endsName($0) }.drop { $0 == " " || $0 == "\t" }
        let usage =
            "write the words that answer the question before it is asked: answered [last weekend, last Saturday], "
            + "or the things a learner asks for: answered request [pasta, steak]"
        let kind = rest.prefix { $0.isLetter }.lowercased()
        if !kind.isEmpty {
            guard kind == "request" else {
                return .failure(KeywordError(reason: "'\(kind)' is not a kind of answered line: " + usage))
            }
            rest = rest.dropFirst(kind.count).drop { $0 == " " || $0 == "\t" }
        }
        guard rest.first == "[", let close = rest.firstIndex(of: "]") else {
            return .failure(KeywordError(reason: usage))
        }
        guard rest[rest.index(after: close)...].allSatisfy({ $0 == " " || $0 == "\t" }) else {
            return .failure(KeywordError(reason: "answered takes keywords only, no line to say: " + usage))
        }
        return Keyword.parseList(rest[rest.index(after: rest.startIndex)..<close]).map {
            Answered(keywords: $0, byRequest: kind == "request")
        }
    }

    private static func failure(_ reason: String) -> Result<Transcript.FollowUp, KeywordError> {
        .failure(KeywordError(reason: reason))
    }
}

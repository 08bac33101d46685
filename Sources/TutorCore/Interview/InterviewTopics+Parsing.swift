// Reads the interviewer's topics file: `topic NAME [keywords]`, then its `answer:`,
// `favourite:`, `ever:` and `followup:` lines; `neutral:` lines; `#` comments.

extension InterviewTopics {
    /// Parses a topics file (the format is described at the top of Resources/interviewer-topics.txt).
    public static func parse(_ text: String, sourceName: String) throws(InterviewTopicsError) -> InterviewTopics {
        var topics: [InterviewTopic] = []
        var neutralLines: [String] = []
        var pending: PendingTopic?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine).trimmingSpacesAndTabs
            func failure(_ reason: String) -> InterviewTopicsError {
                InterviewTopicsError(sourceName: sourceName, lineNumber: index + 1, reason: reason)
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("topic ") {
                if let done = pending { topics.append(try done.topic(sourceName: sourceName)) }
                pending = try PendingTopic(line, lineNumber: index + 1, failure: failure)
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw failure(
                    "expected 'topic NAME [keywords]' or 'KIND: line' (answer, favourite, ever, followup, neutral)")
            }
            let kind = String(line[..<colon])
            let said = TextSanitizer.sanitize(String(line[line.index(after: colon)...]))
            guard !said.isEmpty else { throw failure("the \(kind) line says nothing after ':'") }
            if kind == "neutral" {
                neutralLines.append(said)
                continue
            }
            guard pending != nil else { throw failure("'\(kind):' comes before any 'topic NAME [keywords]' line") }
            guard pending?.set(kind, to: said) == true else {
                throw failure(
                    "'\(kind)' is not a line of a topic: write answer, favourite, ever or followup (once each)")
            }
        }
        if let done = pending { topics.append(try done.topic(sourceName: sourceName)) }
        return InterviewTopics(topics: topics, neutralLines: neutralLines)
    }
}

/// A topic being read: its header, and the lines read so far.
private struct PendingTopic {
    var name: String
    var keywords: [Keyword]
    var lineNumber: Int
    var lines: [String: String] = [:]

    static let kinds: Set<String> = ["answer", "favourite", "ever", "followup"]

    /// Reads `topic NAME [keywords]`.
    init(_ line: String, lineNumber: Int) throws(KeywordError) {
        let rest = line.dropFirst("topic ".count).drop { $0 == " " }
        guard let open = rest.firstIndex(of: "["), let close = rest.lastIndex(of: "]"), open < close,
            rest[rest.index(after: close)...].allSatisfy({ $0 == " " || $0 == "\t" })
        else { throw KeywordError(reason: "write a topic as: topic NAME [keyword, keyword*, keyword+]") }
        name = String(rest[..<open]).trimmingSpacesAndTabs
        guard !name.isEmpty else { throw KeywordError(reason: "the topic has no name before its [keywords]") }
        keywords = try Keyword.parseList(rest[rest.index(after: open)..<close]).get()
        self.lineNumber = lineNumber
    }

    /// Records a line of the topic; false when `kind` is not one or is written twice.
    mutating func set(_ kind: String, to text: String) -> Bool {
        guard Self.kinds.contains(kind), lines[kind] == nil else { return false }
        lines[kind] = text
        return true
    }

    func topic(sourceName: String) throws(InterviewTopicsError) -> InterviewTopic {
        guard let answer = lines["answer"] else {
            throw InterviewTopicsError(
                sourceName: sourceName, lineNumber: lineNumber, reason: "the topic '\(name)' has no 'answer:' line")
        }
        return InterviewTopic(
            name: name, keywords: keywords, answer: answer, favourite: lines["favourite"], ever: lines["ever"],
            followUp: lines["followup"], lineNumber: lineNumber)
    }
}

extension PendingTopic {
    /// A topic header read with `init`, its error given the line's place.
    fileprivate init(
        _ line: String, lineNumber: Int, failure: (String) -> InterviewTopicsError
    ) throws(InterviewTopicsError) {
        do {
            try self.init(line, lineNumber: lineNumber)
        } catch {
            throw failure(error.reason)
        }
    }
}

// Reads the plain-text transcript format, naming the file and line of anything malformed.

import Foundation

/// Parses transcripts: `@directive value` lines, then `speaker: text` lines (in a script also
/// `followup [keywords]: text`, `ask-back: text`, `short-answer: text`, `answered [keywords]`); `#` comments;
/// a line indented by white space continues the previous message.
public enum TranscriptParser {
    /// Lines longer than this are refused rather than cut.
    public static let maximumLineByteCount = 16 * 1024

    public static func parse(_ data: Data, sourceName: String) throws(TranscriptError) -> Transcript {
        var directives: [String: String] = [:]
        var lines: [Transcript.Line] = []
        var generalFollowUps: [Transcript.FollowUp] = []
        // Whether an indented line continues a follow-up rather than the last message.
        var lastWasFollowUp = false
        var lineNumber = 0
        // Split as an array: Data's generic slicing was a seventh of reading a script.
        for rawLine in [UInt8](data).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            func failure(_ reason: String) -> TranscriptError {
                TranscriptError(sourceName: sourceName, lineNumber: lineNumber, reason: reason)
            }
            if rawLine.count > maximumLineByteCount {
                throw failure(
                    "the line is \(rawLine.count) bytes long; a message may be at most \(maximumLineByteCount) bytes")
            }
            if rawLine.contains(0) { throw failure("the line contains binary data (a NUL byte); is this a text file?") }
            guard let decoded = String(validating: rawLine, as: UTF8.self) else {
                throw failure("the line is not valid UTF-8; save the file as UTF-8")
            }
            let line = decoded.hasSuffix("\r") ? String(decoded.dropLast()) : decoded
            let trimmed = line.trimmingSpacesAndTabs
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if line.first == " " || line.first == "\t" {
                let continuation = TextSanitizer.sanitize(trimmed)
                if lastWasFollowUp, continuation.isEmpty {
                    continue
                } else if lastWasFollowUp, let last = lines.indices.last {
                    lines[last].followUps[lines[last].followUps.count - 1].text += "\n" + continuation
                } else if lastWasFollowUp {
                    generalFollowUps[generalFollowUps.count - 1].text += "\n" + continuation
                } else {
                    guard let last = lines.indices.last else {
                        throw failure("an indented continuation line comes before any message")
                    }
                    if !continuation.isEmpty { lines[last].text += "\n" + continuation }
                }
                continue
            }
            if FollowUpLine.isAnswered(trimmed) {
                let answered: FollowUpLine.Answered
                switch FollowUpLine.parseAnswered(trimmed) {
                case .success(let parsed): answered = parsed
                case .failure(let error): throw failure(error.reason)
                }
                guard let last = lines.indices.last, lines[last].speaker == .interviewer else {
                    throw failure("an answered line belongs under the interviewer's question it answers")
                }
                if answered.byRequest {
                    lines[last].answeredByRequest += answered.keywords
                } else {
                    lines[last].answeredBy += answered.keywords
                }
                lastWasFollowUp = false
                continue
            }
            if FollowUpLine.isFollowUp(trimmed) {
                let followUp: Transcript.FollowUp
                switch FollowUpLine.parse(trimmed, lineNumber: lineNumber) {
                case .success(let parsed): followUp = parsed
                case .failure(let error): throw failure(error.reason)
                }
                if let last = lines.indices.last {
                    guard lines[last].speaker == .interviewer else {
                        throw failure(
                            "a follow-up line belongs after an interviewer line (or before the first line, for any question)"
                        )
                    }
                    lines[last].followUps.append(followUp)
                } else {
                    generalFollowUps.append(followUp)
                }
                lastWasFollowUp = true
                continue
            }
            if trimmed.hasPrefix("@") {
                guard lines.isEmpty, generalFollowUps.isEmpty else {
                    throw failure("directives (@...) must come before the first message")
                }
                let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1)
                let key = parts.first.map { String($0).lowercased() } ?? ""
                guard
                    ["title", "kind", "description", "level", "scenario", "persona", "goal", "learner", "learner-b"]
                        .contains(key)
                else {
                    throw failure(
                        "unknown directive '@\(key)'; expected @title, @kind, @description, @level, @persona, @goal, @learner or @learner-b"
                    )
                }
                directives[key] = parts.count > 1 ? TextSanitizer.sanitize(String(parts[1]), keepNewlines: false) : ""
                continue
            }
            guard let colon = trimmed.firstIndex(of: ":") else {
                throw failure("expected 'speaker: text' (speakers: interviewer, learner, learner-b, system)")
            }
            let name = String(trimmed[..<colon])
            guard let speaker = Speaker(transcriptName: name) else {
                throw failure(
                    "unknown speaker '\(TextSanitizer.sanitize(String(name.prefix(40)), keepNewlines: false))'; expected interviewer, learner, learner-b or system (or, in a script, followup [keywords], ask-back, short-answer, dont-know, not-english, request or price)"
                )
            }
            let text = TextSanitizer.sanitize(String(trimmed[trimmed.index(after: colon)...]))
            guard !text.isEmpty else { throw failure("the message is empty") }
            lines.append(Transcript.Line(speaker: speaker, text: text, lineNumber: lineNumber))
            lastWasFollowUp = false
        }
        return try validated(
            directives: directives, lines: lines, generalFollowUps: generalFollowUps, sourceName: sourceName)
    }

    /// Reads and parses a file.
    /// The largest transcript file read: thousands of messages, far below memory's limits.
    public static let maximumFileByteCount = 16 << 20

    /// Reads and parses a file; a missing, unreadable or oversized one, a directory or a
    /// device (/dev/zero) is named as what it is.
    public static func parse(contentsOf url: URL) throws(TranscriptError) -> Transcript {
        let data: Data
        do {
            data = try InputFile(path: url.path).readAll(maximumByteCount: maximumFileByteCount)
        } catch {
            throw TranscriptError(sourceName: url.path, lineNumber: nil, reason: "cannot be read: \(error.problem)")
        }
        return try parse(data, sourceName: url.path)
    }

    private static func validated(
        directives: [String: String], lines: [Transcript.Line], generalFollowUps: [Transcript.FollowUp],
        sourceName: String
    ) throws(TranscriptError) -> Transcript {
        func failure(_ reason: String, line: Int? = nil) -> TranscriptError {
            TranscriptError(sourceName: sourceName, lineNumber: line, reason: reason)
        }
        guard let title = directives["title"], !title.isEmpty else { throw failure("missing '@title'") }
        guard let kindName = directives["kind"] else { throw failure("missing '@kind' (script or recording)") }
        guard let kind = Transcript.Kind(rawValue: kindName.lowercased()) else {
            throw failure("'@kind \(kindName)' is not script or recording")
        }
        guard !lines.isEmpty else { throw failure("there are no messages") }
        switch kind {
        case .script:
            if let learnerLine = lines.first(where: { $0.speaker.isLearner }) {
                throw failure(
                    "a script holds interviewer lines only; learner lines belong in a recording",
                    line: learnerLine.lineNumber)
            }
            guard let closing = lines.last(where: { $0.speaker == .interviewer }) else {
                throw failure("a script needs interviewer lines")
            }
            if closing.canBeAnsweredEarly {
                throw failure(
                    "the script's last interviewer line ends the interview and is always said: it takes no answered line",
                    line: closing.lineNumber)
            }
            if let followUp = closing.followUps.first {
                throw failure(
                    "the script's last interviewer line ends the interview, so nothing can follow it; move this line up or add a closing line",
                    line: followUp.lineNumber)
            }
        case .recording:
            guard lines.contains(where: { $0.speaker.isLearner }) else {
                throw failure("a recording needs learner lines")
            }
            if let answered = lines.first(where: \.canBeAnsweredEarly) {
                throw failure(
                    "answered lines belong in a script (@kind script), not a recording", line: answered.lineNumber)
            }
            if let followUp = (generalFollowUps + lines.flatMap(\.followUps)).min(by: { $0.lineNumber < $1.lineNumber })
            {
                throw failure(
                    "followup, ask-back, short-answer, dont-know and not-english lines belong in a script (@kind script), not a recording",
                    line: followUp.lineNumber)
            }
        }
        var learnerNames: [Speaker: String] = [:]
        for (key, speaker) in [("learner", Speaker.learnerA), ("learner-b", .learnerB)] {
            guard let name = directives[key].map(Transcript.learnerName) else { continue }
            guard kind == .recording else { throw failure("@\(key) names a recording's learner; a script has none") }
            if !name.isEmpty { learnerNames[speaker] = name }
        }
        return Transcript(
            sourceName: sourceName, title: title, kind: kind, description: directives["description"] ?? "",
            level: directives["level"], lines: lines, persona: directives["persona"], goal: directives["goal"],
            generalFollowUps: generalFollowUps, learnerNames: learnerNames)
    }
}

// Reads the plain-text transcript format, naming the file and line of anything malformed.

import Foundation

/// Parses transcripts: `@directive value` lines, then `speaker: text` lines; `#` comments;
/// a line indented by white space continues the previous message.
public enum TranscriptParser {
    /// Lines longer than this are refused rather than cut.
    public static let maximumLineByteCount = 16 * 1024

    public static func parse(_ data: Data, sourceName: String) throws(TranscriptError) -> Transcript {
        var directives: [String: String] = [:]
        var lines: [Transcript.Line] = []
        var lineNumber = 0
        for rawLine in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            func failure(_ reason: String) -> TranscriptError {
                TranscriptError(sourceName: sourceName, lineNumber: lineNumber, reason: reason)
            }
            if rawLine.count > maximumLineByteCount {
                throw failure("the line is \(rawLine.count) bytes long; a message may be at most \(maximumLineByteCount) bytes")
            }
            if rawLine.contains(0) { throw failure("the line contains binary data (a NUL byte); is this a text file?") }
            guard let decoded = String(bytes: rawLine, encoding: .utf8) else {
                throw failure("the line is not valid UTF-8; save the file as UTF-8")
            }
            let line = decoded.hasSuffix("\r") ? String(decoded.dropLast()) : decoded
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if line.first == " " || line.first == "\t" {
                guard let last = lines.indices.last else { throw failure("an indented continuation line comes before any message") }
                let continuation = TextSanitizer.sanitize(trimmed)
                if !continuation.isEmpty { lines[last].text += "\n" + continuation }
                continue
            }
            if trimmed.hasPrefix("@") {
                guard lines.isEmpty else { throw failure("directives (@...) must come before the first message") }
                let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1)
                let key = parts.first.map { String($0).lowercased() } ?? ""
                guard ["title", "kind", "description", "level", "scenario", "persona", "goal"].contains(key) else {
                    throw failure("unknown directive '@\(key)'; expected @title, @kind, @description, @level, @persona or @goal")
                }
                directives[key] = parts.count > 1 ? TextSanitizer.sanitize(String(parts[1]), keepNewlines: false) : ""
                continue
            }
            guard let colon = trimmed.firstIndex(of: ":") else {
                throw failure("expected 'speaker: text' (speakers: interviewer, learner, learner-b, system)")
            }
            let name = String(trimmed[..<colon])
            guard let speaker = Speaker(transcriptName: name) else {
                throw failure("unknown speaker '\(TextSanitizer.sanitize(String(name.prefix(40)), keepNewlines: false))'; expected interviewer, learner, learner-b or system")
            }
            let text = TextSanitizer.sanitize(String(trimmed[trimmed.index(after: colon)...]))
            guard !text.isEmpty else { throw failure("the message is empty") }
            lines.append(Transcript.Line(speaker: speaker, text: text, lineNumber: lineNumber))
        }
        return try validated(directives: directives, lines: lines, sourceName: sourceName)
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

    private static func validated(directives: [String: String], lines: [Transcript.Line], sourceName: String) throws(TranscriptError) -> Transcript {
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
                throw failure("a script holds interviewer lines only; learner lines belong in a recording", line: learnerLine.lineNumber)
            }
            guard lines.contains(where: { $0.speaker == .interviewer }) else { throw failure("a script needs interviewer lines") }
        case .recording:
            guard lines.contains(where: { $0.speaker.isLearner }) else { throw failure("a recording needs learner lines") }
        }
        return Transcript(
            sourceName: sourceName, title: title, kind: kind, description: directives["description"] ?? "",
            level: directives["level"], lines: lines, persona: directives["persona"], goal: directives["goal"])
    }
}

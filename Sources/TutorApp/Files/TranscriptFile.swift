// Reads a transcript named on the command line, as the kind a command needs.

import Foundation
import TutorCore

/// Reads a transcript named on the command line (`analyze`, `replay`): the transcript format,
/// or a conversation the chat exported (`/export`, Markdown or JSON).
public enum TranscriptFile {
    /// The parsed file, or a user error naming the file and line, or the wrong kind. A bare
    /// name that is neither a file nor a transcript's name is answered with the nearest
    /// transcript name in the transcripts directory (`transcripts`, as `--transcripts` gives it).
    public static func read(
        _ path: String, kind: Transcript.Kind, command: String, transcripts: String? = nil
    ) throws(UserError) -> Transcript {
        let transcript: Transcript
        do {
            transcript = try parse(path)
        } catch {
            throw UserError.dataError("\(error)" + nearestNameHint(path, transcripts: transcripts))
        }
        guard transcript.kind == kind else {
            let what =
                transcript.kind == .script
                ? "an interviewer script, not a recorded conversation"
                : "a recorded conversation, not an interviewer script"
            throw UserError.dataError("\(path) is \(what); \(command) needs @kind \(kind.rawValue)")
        }
        return transcript
    }

    /// "; did you mean NAME?" for a bare name not found that is near a transcript's name; else empty.
    static func nearestNameHint(_ path: String, transcripts: String?) -> String {
        guard !path.contains("/"), !FileManager.default.fileExists(atPath: path) else { return "" }
        let name = path.hasSuffix(".txt") ? String(path.dropLast(4)) : path
        guard let nearest = NearestName.nearest(to: name, among: TranscriptLibrary.names(override: transcripts)) else {
            return ""
        }
        return "; did you mean \(nearest)? (chattutor scripts lists the names.)"
    }

    /// A transcript, or a chat's JSON export read as a recording: a file whose first character
    /// is `{` is JSON, and JSON that is not an export says what analyze reads.
    static func parse(_ path: String) throws(TranscriptError) -> Transcript {
        let data: Data
        do {
            data = try InputFile(path: path).readAll(maximumByteCount: TranscriptParser.maximumFileByteCount)
        } catch {
            throw TranscriptError(sourceName: path, lineNumber: nil, reason: "cannot be read: \(error.problem)")
        }
        guard data.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{") else {
            return try TranscriptParser.parse(data, sourceName: path)
        }
        guard let transcript = try ChatExportDocument.transcript(from: data, sourceName: path) else {
            throw TranscriptError(
                sourceName: path, lineNumber: nil,
                reason:
                    "is JSON but not a chat export; give a transcript (docs/transcript-format.md) or a file that /export wrote"
            )
        }
        return transcript
    }
}

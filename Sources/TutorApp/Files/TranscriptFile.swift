// Reads a transcript named on the command line, as the kind a command needs.

import Foundation
import TutorCore

/// Reads a transcript named on the command line (`analyze`, `replay`).
public enum TranscriptFile {
    /// The parsed file, or a user error naming the file and line, or the wrong kind.
    public static func read(_ path: String, kind: Transcript.Kind, command: String) throws(UserError) -> Transcript {
        let transcript: Transcript
        do {
            transcript = try TranscriptParser.parse(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw UserError.dataError("\(error)")
        }
        guard transcript.kind == kind else {
            let what = transcript.kind == .script ? "an interviewer script, not a recorded conversation" : "a recorded conversation, not an interviewer script"
            throw UserError.dataError("\(path) is \(what); \(command) needs @kind \(kind.rawValue)")
        }
        return transcript
    }
}

// `chattutor scripts`' text: every transcript by its whole name, its description wrapped.

import TerminalKit
import TutorCore

/// The lines `chattutor scripts` prints for a library. A name is what the learner copies into
/// `chat --script NAME` or `replay NAME`, so it is never cut: the name column is as wide as the
/// longest name, and the description wraps under itself instead.
public enum TranscriptListing {
    /// The listing for `library`, fitted to `width` columns where the names leave room.
    public static func text(_ library: TranscriptLibrary, width: Int) -> String {
        var output = "Transcripts in \(library.directory.path)\n"
        let nameWidth = library.entries.map { DisplayWidth.of($0.name) }.max() ?? 0
        let indent = 2 + nameWidth + 1
        // At least 30 columns for the description, however long the names.
        let descriptionWidth = max(30, width - indent)
        for kind in Transcript.Kind.allCases {
            output +=
                "\n\(kind == .script ? "Interviewer scripts (chat --script NAME)" : "Recorded conversations (analyze NAME, replay NAME)"):\n"
            for entry in library.entries {
                guard let transcript = entry.transcript, transcript.kind == kind else { continue }
                let description = "\(transcript.title) — \(transcript.description) (\(detail(transcript)))"
                let lines = TextWrapping.wrap(description, width: descriptionWidth)
                let padding = String(repeating: " ", count: nameWidth - DisplayWidth.of(entry.name))
                output += "  \(entry.name)\(padding) \(lines.first ?? "")\n"
                for line in lines.dropFirst() { output += String(repeating: " ", count: indent) + line + "\n" }
            }
        }
        let broken = library.entries.compactMap(\.error)
        if !broken.isEmpty {
            output += "\nCould not read:\n"
            broken.forEach { output += "  \($0)\n" }
        }
        return output
    }

    /// A script's questions and follow-ups, or a recording's messages and learners.
    static func detail(_ transcript: Transcript) -> String {
        if transcript.kind == .script {
            let followUps = transcript.generalFollowUps.count + transcript.lines.map(\.followUps.count).reduce(0, +)
            return "\(transcript.lines.count) questions, \(followUps) follow-ups"
        }
        let learners = Set(transcript.lines.filter(\.speaker.isLearner).map(\.speaker)).count
        return "\(transcript.lines.count) messages, \(learners) learner\(learners == 1 ? "" : "s")"
    }
}

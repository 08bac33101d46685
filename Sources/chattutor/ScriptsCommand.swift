// `chattutor scripts`: lists the interviewer scripts and recorded conversations.

import ArgumentParser
import Foundation
import TutorApp
import TutorCore

struct ScriptsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scripts",
        abstract: "List the interviewer scripts and recorded conversations."
    )

    @Option(help: "The transcripts directory (default: $CHATTUTOR_TRANSCRIPTS, ./transcripts, or the installed copy).")
    var transcripts: String?

    func run() async throws {
        try await reportingUserErrors {
            let library = try TranscriptLibrary.locate(override: transcripts)
            var output = OutputBuffer()
            output.write("Transcripts in \(library.directory.path)\n")
            for kind in Transcript.Kind.allCases {
                let entries = library.entries.filter { $0.transcript?.kind == kind }
                output.write(
                    "\n\(kind == .script ? "Interviewer scripts (chat --script NAME)" : "Recorded conversations (analyze FILE, replay FILE)"):\n"
                )
                for entry in entries {
                    guard let transcript = entry.transcript else { continue }
                    let learners = Set(transcript.lines.filter(\.speaker.isLearner).map(\.speaker)).count
                    let followUps =
                        transcript.generalFollowUps.count + transcript.lines.map(\.followUps.count).reduce(0, +)
                    let detail =
                        kind == .script
                        ? "\(transcript.lines.count) questions, \(followUps) follow-ups"
                        : "\(transcript.lines.count) messages, \(learners) learner\(learners == 1 ? "" : "s")"
                    output.write(
                        "  \(entry.name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(transcript.title) — \(transcript.description) (\(detail))\n"
                    )
                }
            }
            let broken = library.entries.compactMap(\.error)
            if !broken.isEmpty {
                output.write("\nCould not read:\n")
                broken.forEach { output.write("  \($0)\n") }
            }
            output.flush()
        }
    }
}

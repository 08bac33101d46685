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
            let width = ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) } ?? 80
            output.write(TranscriptListing.text(library, width: width))
            output.flush()
        }
    }
}

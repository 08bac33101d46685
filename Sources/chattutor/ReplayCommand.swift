// `chattutor replay`: plays a recorded conversation into the TUI, for demos.

import ArgumentParser
import TutorApp
import TutorUI

struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Play a recorded conversation into the TUI, for demos: Space pauses, + and - change speed."
    )

    @Argument(help: "A recorded conversation (@kind recording).")
    var file: String

    @Option(help: "Playback speed: 2 is twice as fast.")
    var speed: Double = 1

    @OptionGroup var options: TerminalOptions

    func validate() throws {
        guard speed > 0, speed <= 64 else { throw ValidationError("--speed must be between 0 and 64") }
    }

    func run() async throws {
        try await reportingUserErrors {
            let transcript = try TranscriptFile.read(file, kind: .recording, command: "replay")
            try await options.runSession(
                .replay(ReplayState(title: transcript.title, lines: transcript.lines, speed: speed)))
        }
    }
}

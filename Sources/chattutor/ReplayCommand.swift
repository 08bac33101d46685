// `chattutor replay`: plays a recorded conversation into the TUI, for demos.

import ArgumentParser
import Foundation
import TutorCore
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
            try await TerminalSession.run(options) { theme, analyser in
                var state = AppState(
                    size: .init(columns: 80, rows: 24), theme: theme, conversationID: ConversationID("replay-\(UUID().uuidString.prefix(8))"),
                    userName: options.userName, analyserName: analyser, debug: options.debug)
                state.batchSize = options.batchSize
                state.replay = ReplayState(title: transcript.title, lines: transcript.lines, speed: speed)
                return state
            }
        }
    }
}

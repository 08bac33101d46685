// `chattutor replay`: plays a recorded conversation into the TUI, for demos.

import ArgumentParser
import TutorApp
import TutorUI

struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Play a recorded conversation into the TUI, for demos: Space pauses, + and - change speed.",
        discussion: """
            With --plain, or when TERM is dumb or unset, or standard input or output is not a terminal, the \
            conversation is printed line by line with each speaker's name, then its lessons and the summary; \
            /show N and /quit work after it (at a terminal it keeps the --speed pace; to a file it is written at once).
            """
    )

    @Argument(help: "A recorded conversation (@kind recording): a file, or a name that `chattutor scripts` lists.")
    var file: String

    @Option(help: "Playback speed: 2 is twice as fast.")
    var speed: Double = 1

    @OptionGroup var options: TerminalOptions

    @OptionGroup var plain: PlainOption

    func validate() throws {
        guard speed > 0, speed <= 64 else { throw ValidationError(MessageLanguage.strings()("cli.option.speed")) }
    }

    func run() async throws {
        try await reportingUserErrors {
            let transcript = try TranscriptFile.read(
                TranscriptLibrary.path(ofFileOrName: file, override: options.transcripts), kind: .recording,
                command: "replay", transcripts: options.transcripts)
            let replay = ReplayState(transcript, speed: speed)
            let configuration = try options.configuration()
            if plain.isChosen {
                try await options.runPlainSession(.replay(replay), configuration: configuration)
            } else {
                try await options.runSession(.replay(replay), configuration: configuration)
            }
        }
    }
}

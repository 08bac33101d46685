// `chattutor chat` (the default): the TUI with the scripted interviewer.

import ArgumentParser
import TutorApp

struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Chat with the scripted interviewer; modules appear as your English is analysed.",
        discussion:
            """
            Press ? in the chat for every key. Modules you save (s) are kept for review; nothing else is written to disk.
            With --plain, or when TERM is dumb or unset, or standard input or output is not a terminal, the chat is \
            plain lines for a screen reader or a braille display: no screen, colours or cursor movement; /help lists \
            its commands (/show N, /practice N, /save N, /end).
            """
    )

    @OptionGroup var interviewer: InterviewerOptions

    @OptionGroup var options: TerminalOptions

    @Flag(
        help:
            "Plain lines instead of the TUI, for a screen reader or a braille display (also when TERM is dumb or unset, or input or output is not a terminal)."
    )
    var plain = false

    @Option(
        help: ArgumentHelp(
            "In the plain mode with piped input: how long to wait for lessons or the summary before going on without them.",
            valueName: "seconds"))
    var plainWait: Int = Int(PlainSettings.defaultWaitLimit.components.seconds)

    func validate() throws {
        guard plainWait >= 1 else {
            let strings = MessageLanguage.strings()
            throw ValidationError(strings("cli.option.at_least_one_second", ["option": "--plain-wait"]))
        }
    }

    func run() async throws {
        try await reportingUserErrors {
            let chosen = try interviewer.resolve(transcripts: options.transcripts)
            if PlainChoice.isChosen(flag: plain) {
                try await options.runPlainSession(
                    .chat(chosen.standby), scenario: chosen.scenario, waitLimit: .seconds(plainWait))
            } else {
                try await options.runSession(.chat(chosen.standby), scenario: chosen.scenario)
            }
        }
    }
}

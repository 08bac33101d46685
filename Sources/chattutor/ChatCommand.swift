// `chattutor chat` (the default): the TUI with the scripted interviewer.

import ArgumentParser
import TutorApp

struct ChatCommand: AsyncParsableCommand {
    /// `_superCommandName` is said only when ChatCommand is parsed on its own (the chat's quick
    /// path, `ChatTutor.parse`): ArgumentParser then skips its check for
    /// `--generate-completion-script`, two more parses of the arguments that were 2.4 ms of the
    /// 6 ms the chat's command line took before the first output (perf, 20 starts). Through the
    /// tree the root's configuration is the one read, so help and completion are as before; a
    /// completion request given to `chat` fails the quick parse and goes through the tree.
    static let configuration = CommandConfiguration(
        commandName: "chat",
        _superCommandName: "chattutor",
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

    @OptionGroup var plain: PlainOption

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
            if plain.isChosen {
                let chosen = try interviewer.resolve(transcripts: options.transcripts)
                try await options.runPlainSession(
                    .chat(chosen.standby), scenario: chosen.scenario, configuration: try options.configuration(),
                    waitLimit: .seconds(plainWait))
            } else if interviewer.interviewer == .script {
                // The script is read while the terminal opens (its parse was a sixth of the CPU
                // before the first output); an error in it is said once the terminal is restored.
                let (name, transcripts) = (interviewer.script, options.transcripts)
                try await options.runSession(configuration: try options.configuration()) {
                    () throws(UserError) -> SessionKind in
                    .chat(.script(try InterviewerOptions.scripted(named: name, transcripts: transcripts)))
                }
            } else {
                let chosen = try interviewer.resolve(transcripts: options.transcripts)
                try await options.runSession(
                    .chat(chosen.standby), scenario: chosen.scenario, configuration: try options.configuration())
            }
        }
    }
}

// `chattutor chat` (the default): the TUI with the scripted interviewer.

import ArgumentParser
import TutorApp

struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Chat with the scripted interviewer; modules appear as your English is analysed.",
        discussion:
            "Press ? in the chat for every key. Modules you save (s) are kept for review; nothing else is written to disk."
    )

    @OptionGroup var interviewer: InterviewerOptions

    @OptionGroup var options: TerminalOptions

    func run() async throws {
        try await reportingUserErrors {
            let chosen = try interviewer.resolve(transcripts: options.transcripts)
            try await options.runSession(.chat(chosen.standby), scenario: chosen.scenario)
        }
    }
}

// `chattutor chat` (the default): the TUI with the scripted interviewer.

import ArgumentParser
import Foundation
import TutorCore
import TutorLLM
import TutorUI

struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Chat with the scripted interviewer; modules appear as your English is analysed.",
        discussion: "Press ? in the chat for every key. Modules you save (s) are kept for review; nothing else is written to disk."
    )

    @OptionGroup var interviewer: InterviewerOptions

    @OptionGroup var options: TerminalOptions

    func run() async throws {
        try await reportingUserErrors {
            let chosen = try interviewer.resolve(transcripts: options.transcripts)
            try await TerminalSession.run(options, scenario: chosen.scenario) { theme, analyser in
                var state = AppState(
                    size: .init(columns: 80, rows: 24), theme: theme, conversationID: ConversationID("chat-\(UUID().uuidString.prefix(8))"),
                    userName: options.userName, analyserName: analyser, debug: options.debug)
                state.batchSize = options.batchSize
                state.bringIn(chosen.standby)
                return state
            }
        }
    }
}

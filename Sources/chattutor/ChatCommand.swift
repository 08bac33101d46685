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

    @Option(help: "The interviewer script from transcripts/ (see `chattutor scripts`).")
    var script: String = "small-talk"

    /// Who interviews: the script's lines, or the configured model playing a scenario.
    enum InterviewerKind: String, ExpressibleByArgument, CaseIterable { case script, llm }

    @Option(help: "script: the script's lines; llm: the configured model plays the scenario, its replies streamed in.")
    var interviewer: InterviewerKind = .script

    @Option(help: "With --interviewer llm: the scenario (a script in transcripts/ with @persona, @goal, @level); default: --script.")
    var scenario: String?

    @OptionGroup var options: TerminalOptions

    func validate() throws {
        guard options.batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() async throws {
        try await reportingUserErrors {
            let library = try TranscriptLibrary.locate(override: options.transcripts)
            let script = interviewer == .llm ? (scenario ?? self.script) : self.script
            guard let entry = library.entries.first(where: { $0.name == script }) else {
                let scripts = library.entries.filter { $0.transcript?.kind == .script }.map(\.name)
                throw UserError.noInput("no script '\(script)'; the scripts are: \(scripts.joined(separator: ", "))")
            }
            guard let transcript = entry.transcript else { throw UserError.dataError("\(entry.error.map { "\($0)" } ?? script)") }
            guard transcript.kind == .script else {
                throw UserError.dataError("'\(script)' is a recorded conversation; play it with `chattutor replay`")
            }
            let lines = transcript.lines.filter { $0.speaker == .interviewer }.map(\.text)
            let live = interviewer == .llm ? InterviewScenario(transcript) : nil
            try await TerminalSession.run(options, scenario: live) { theme, analyser in
                var state = AppState(
                    size: .init(columns: 80, rows: 24), theme: theme, conversationID: ConversationID("chat-\(UUID().uuidString.prefix(8))"),
                    userName: options.userName, analyserName: analyser, debug: options.debug)
                if let live {
                    state.liveInterviewer = LiveInterviewerState(title: "\(live.title) (model)")
                } else {
                    state.interviewer = InterviewerState(scriptTitle: transcript.title, lines: lines)
                }
                return state
            }
        }
    }
}

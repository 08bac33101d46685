// `chat --plain`: when the chat is plain lines instead of the TUI, and how the command runs it.

import Foundation
import TutorApp
import TutorCore
import TutorLLM
import TutorUI

/// When the chat runs in the plain mode: asked for (`--plain`), or where a screen cannot work
/// or is not wanted: `TERM` is `dumb` or unset (Emacs shells, screen readers' consoles), or
/// standard input or output is not a terminal (a pipe, a file: `chattutor < answers.txt`).
enum PlainChoice {
    static func isChosen(flag: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        let term = environment["TERM"] ?? ""
        return flag || term.isEmpty || term == "dumb" || isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1
    }
}

extension TerminalOptions {
    /// Runs a chat of `kind` in the plain mode (see `PlainSession.run`) on standard input and
    /// output; the model's parts, the interviewer and the store are opened first, so their
    /// errors print as they do for the TUI.
    func runPlainSession(_ kind: SessionKind, scenario: InterviewScenario? = nil) async throws {
        let parts = try EngineParts(model)
        let interviewer = try scenario.map { try LiveInterviewerParts.make($0, sharing: parts.llm) }
        let moduleStore = try store.openStore()
        let userName = userName
        let session = PlainSession(
            parts: parts, settings: settings, save: { module in _ = try moduleStore.save(module, for: userName) },
            log: EventLog(), interviewer: interviewer)
        let final = await session.run(kind, plain: .forInput(isTerminal: isatty(STDIN_FILENO) == 1))
        if final.savedCount > 0 {
            print(
                final.strings.count(
                    "chat.saved_at_exit", final.savedCount, ["name": userName, "path": moduleStore.path]))
        }
    }
}

// `chat --plain`: when the chat is plain lines instead of the TUI, and how the command runs it.

import ArgumentParser
import Foundation
import TutorApp
import TutorCore
import TutorLLM
import TutorUI

/// `--plain`, shared by chat, review and both sides of talk. The plain mode is chosen when it
/// is asked for, or where a screen cannot work or is not wanted: `TERM` is `dumb` or unset (Emacs
/// shells, screen readers' consoles), or standard input or output is not a terminal (a pipe, a
/// file: `chattutor < answers.txt`).
struct PlainOption: ParsableArguments {
    @Flag(
        help:
            "Plain lines instead of the TUI, for a screen reader or a braille display (also when TERM is dumb or unset, or input or output is not a terminal)."
    )
    var plain = false

    /// Whether this run is plain lines: asked for, or no terminal to draw on.
    var isChosen: Bool { Self.isChosen(flag: plain) }

    static func isChosen(flag: Bool, environment: [String: String] = ProcessEnvironment.variables) -> Bool {
        let term = environment["TERM"] ?? ""
        return flag || term.isEmpty || term == "dumb" || isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1
    }
}

extension TerminalOptions {
    /// Runs a chat of `kind` in the plain mode (see `PlainSession.run`) on standard input and
    /// output; the model's parts, the interviewer and the store are opened first, so their
    /// errors print as they do for the TUI.
    /// - Parameter waitLimit: how long a piped run waits for lessons or the summary (`--plain-wait`).
    /// - Parameter port: the conversation behind the lines (default: the engine; talk's ports for talk).
    func runPlainSession(
        _ kind: SessionKind, scenario: InterviewScenario? = nil, configuration: SessionConfiguration,
        waitLimit: Duration = PlainSettings.defaultWaitLimit,
        port: @escaping @Sendable (Engine, EventLog) -> any ConversationPort = { EnginePort(engine: $0, log: $1) }
    ) async throws {
        // The plain mode draws nothing, but a broken --theme is reported all the same: a
        // setting's error must not depend on where the output goes.
        let settings = settings(configuration)
        _ = try ThemeLibrary.load(theme)
        let parts = try EngineParts(endpoint: configuration.endpoint, stages: model.stages)
        let interviewer = try scenario.map { try LiveInterviewerParts.make($0, sharing: parts.llm) }
        let moduleStore = try store.openStore()
        let userName = userName
        let session = PlainSession(
            parts: parts, settings: settings, save: moduleStore.saver(for: userName),
            log: EventLog(), interviewer: interviewer)
        var plain = PlainSettings.forInput(isTerminal: isatty(STDIN_FILENO) == 1, waitLimit: waitLimit)
        plain.pacesReplay = isatty(STDOUT_FILENO) == 1
        let final = await session.run(kind, plain: plain, port: port)
        let app = final.app
        if app.savedCount > 0 {
            print(
                app.strings.count("chat.saved_at_exit", app.savedCount, ["name": userName, "path": moduleStore.path]))
        }
        if final.summaryTimedOut {
            let seconds = Int(waitLimit.components.seconds)
            throw UserError(message: app.strings("plain.wait.exit", ["seconds": seconds]), exitCode: 75)
        }
    }
}

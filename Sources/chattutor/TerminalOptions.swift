// The options of the commands that open the TUI (chat, talk, replay), and how they open the terminal.

import ArgumentParser
import Foundation
import NcursesBackend
import TerminalKit
import TutorApp
import TutorCore
import TutorLLM
import TutorUI

/// Options of the commands that open the TUI.
struct TerminalOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Option(help: "A theme from themes/: default, light, high-contrast or mono. NO_COLOR forces mono.")
    var theme: String = "default"

    @Flag(help: "Also show rejected modules, with their validation report.")
    var debug = false

    @Flag(
        help:
            "Start with the mouse on: the wheel scrolls the chat, and copying text needs Shift-drag (F2 or /mouse toggles it)."
    )
    var mouse = false

    @Option(help: "Analyse the learner's messages in batches of this size.")
    var batchSize: Int = EngineConfiguration.defaultBatchSize

    @Option(help: "The transcripts directory (default: ./transcripts or the installed copy).")
    var transcripts: String?

    @OptionGroup var model: LLMOptions

    var userName: String { store.userName }

    /// Checked here, so every command that opens the TUI (chat, talk, replay) refuses it.
    func validate() throws {
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
    }

    var settings: SessionSettings {
        SessionSettings(userName: userName, batchSize: batchSize, debug: debug, mouseCapture: mouse)
    }

    /// Runs a session of `kind` (see `ChatSession.run`): the model's parts, the interviewer
    /// and the store are opened before the terminal, so their errors print plainly.
    /// - Parameter scenario: with a scenario, a model interviewer plays it (`chat --interviewer llm`).
    func runSession(
        _ kind: SessionKind, scenario: InterviewScenario? = nil,
        port: (Engine, EventLog) -> any ConversationPort = { EnginePort(engine: $0, log: $1) }
    ) async throws {
        let parts = try EngineParts(model)
        let interviewer = try scenario.map { try LiveInterviewerParts.make($0, sharing: parts.llm) }
        let moduleStore = try store.openStore()
        let userName = userName
        let session = ChatSession(
            parts: parts, settings: settings, save: { module in _ = try moduleStore.save(module, for: userName) },
            log: EventLog(),
            interviewer: interviewer)
        let final = try await session.run(kind, port: port) { () throws(UserError) -> (any TerminalBackend, Theme) in
            try Self.openTerminal(themeName: theme)
        }
        if final.savedCount > 0 {
            print(
                "Saved \(final.savedCount) module\(final.savedCount == 1 ? "" : "s") for \(userName) in \(moduleStore.path)."
            )
        }
    }

    /// Opens the terminal with the theme, in monochrome when NO_COLOR is set, the theme is
    /// `mono` or the terminal has no colours.
    static func openTerminal(themeName: String) throws(UserError) -> (any TerminalBackend, Theme) {
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        var theme = try ThemeLibrary.load(themeName)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.open(colorMode: noColor || theme.name == "mono" ? .mono : .automatic)
        } catch {
            throw UserError(message: "\(error)", exitCode: 69)
        }
        if !terminal.usesColor { theme = theme.monochrome }
        return (terminal, theme)
    }
}

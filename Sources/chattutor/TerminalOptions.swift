// The options of the commands that open the TUI (chat, talk, replay), and how they open the terminal.

import ArgumentParser
import Foundation
import NcursesBackend
import TerminalKit
import TutorApp
import TutorCore
import TutorLLM
import TutorStore
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

    @OptionGroup var language: LanguageOption

    var userName: String { store.userName }

    /// Checked here, so every command that opens the TUI (chat, talk, replay) refuses it.
    func validate() throws {
        guard batchSize >= 1 else {
            let strings = MessageLanguage.strings()
            throw ValidationError(strings("cli.option.at_least_one", ["option": "--batch-size"]))
        }
    }

    /// What the session takes from config.toml and the environment, from one reading of the
    /// file: the language, then the model (the order their errors are said in). A broken
    /// config.toml or CHATTUTOR_LANG is a `UserError` (exit 78), said before the terminal opens.
    func configuration(environment: [String: String] = ProcessEnvironment.variables) throws -> SessionConfiguration {
        let file = try LanguageOption.userFile(environment: environment)
        let language = try language.resolve(environment: environment, userFile: file)
        return SessionConfiguration(
            language: language, endpoint: try model.endpoint(environment: environment, userFile: file))
    }

    /// The session's settings in the language `configuration` chose.
    func settings(_ configuration: SessionConfiguration) -> SessionSettings {
        SessionSettings(
            userName: userName, batchSize: batchSize, debug: debug, mouseCapture: mouse,
            language: configuration.language)
    }

    /// Runs a session of `kind` (see `ChatSession.run`). The model's settings and the
    /// interviewer are checked before the terminal opens, so their errors print plainly; the
    /// built-in analyser and the store load behind the first frame, and a failure there ends
    /// the session and prints once the terminal is back to normal.
    /// - Parameter scenario: with a scenario, a model interviewer plays it (`chat --interviewer llm`).
    func runSession(
        _ kind: SessionKind, scenario: InterviewScenario? = nil, configuration: SessionConfiguration,
        port: @escaping @Sendable (Engine, EventLog) -> any ConversationPort = { EnginePort(engine: $0, log: $1) }
    ) async throws {
        try await runSession(scenario: scenario, configuration: configuration, port: port) {
            () throws(UserError) in kind
        }
    }

    /// Runs a session whose kind `makeKind` makes: on a thread of its own while the terminal
    /// opens, with the theme (a chat reads its script there). A failure there is said once the
    /// terminal is restored.
    func runSession(
        scenario: InterviewScenario? = nil, configuration: SessionConfiguration,
        port: @escaping @Sendable (Engine, EventLog) -> any ConversationPort = { EnginePort(engine: $0, log: $1) },
        makeKind: @escaping @Sendable () throws(UserError) -> SessionKind
    ) async throws {
        let themeName = theme
        let settings = settings(configuration)
        // What the first frame needs besides the terminal, read meanwhile: the terminal's
        // colours depend on the theme's name alone.
        let firstFrame = BackgroundLoad { () throws(UserError) -> (kind: SessionKind, theme: Theme) in
            (try makeKind(), try ThemeLibrary.load(themeName))
        }
        let stages = model.stages
        let llm = try configuration.endpoint.map { endpoint throws(UserError) in try LLMParts(endpoint: endpoint) }
        let interviewer = try scenario.map { try LiveInterviewerParts.make($0, sharing: llm) }
        let store = store
        let userName = userName
        let session = ChatSession(
            analyser: EngineParts.analyserLabel(endpoint: llm?.client.endpoint, stages: stages), settings: settings,
            log: EventLog(),
            interviewer: interviewer
        ) { () throws(UserError) -> SessionParts in
            // The store first: it is quick, and a path the learner can fix is reported at once.
            let moduleStore: ModuleStore
            do {
                moduleStore = try store.openStore()
            } catch let error as UserError {
                throw error
            } catch {
                throw UserError.cannotCreate("\(error)")
            }
            return SessionParts(
                engine: EngineParts(builtin: try BuiltinParts(), llm: llm, stages: stages),
                save: moduleStore.saver(for: userName))
        }
        let final = try await session.run(port: port) {
            () async throws(UserError) -> (any TerminalBackend, SessionKind, Theme) in
            let terminal = try Self.openTerminal(monochrome: Self.isMonochrome(themeName: themeName))
            do throws(UserError) {
                let (kind, theme) = try await firstFrame.value()
                return (terminal, kind, terminal.usesColor && theme.name != "mono" ? theme : theme.monochrome)
            } catch {
                terminal.shutdown()
                throw error
            }
        }
        if final.savedCount > 0 {
            print(
                final.strings.count("chat.saved_at_exit", final.savedCount, ["name": userName, "path": store.url.path]))
        }
    }

    /// Whether the TUI draws without colours: NO_COLOR is set or the theme is `mono` (the
    /// terminal may have no colours either, which `openTerminal` finds).
    static func isMonochrome(themeName: String) -> Bool {
        themeName == "mono" || !(ProcessEnvironment.variables["NO_COLOR"] ?? "").isEmpty
    }

    /// Opens the terminal with the theme, in monochrome when NO_COLOR is set, the theme is
    /// `mono` or the terminal has no colours.
    static func openTerminal(themeName: String) throws(UserError) -> (any TerminalBackend, Theme) {
        let theme = try ThemeLibrary.load(themeName)
        let terminal = try openTerminal(monochrome: isMonochrome(themeName: themeName) || theme.name == "mono")
        return (terminal, terminal.usesColor ? theme : theme.monochrome)
    }

    /// Opens the terminal, in colour unless `monochrome` or the terminal has none.
    static func openTerminal(monochrome: Bool) throws(UserError) -> NcursesTerminal {
        do {
            return try NcursesTerminal.open(colorMode: monochrome ? .mono : .automatic)
        } catch {
            throw UserError(message: "\(error)", exitCode: 69)
        }
    }
}

/// What a terminal session takes from config.toml and the environment, read once by its
/// command (`TerminalOptions.configuration()`): talk's host names the model to the guest
/// before the session starts, from the same reading.
struct SessionConfiguration {
    /// The interface's language (`--lang`, `CHATTUTOR_LANG`, `language`, the locale).
    var language: InterfaceLanguage
    /// The model's endpoint; nil to stay offline.
    var endpoint: LLMEndpoint?
}

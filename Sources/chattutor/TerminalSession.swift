// Everything `chat` and `replay` share: options, opening the terminal, theme, store, engine.

import ArgumentParser
import Foundation
import NcursesBackend
import TerminalKit
import TutorConfig
import TutorCore
import TutorLLM
import TutorRules
import TutorStore
import TutorUI

/// Options of the commands that open the TUI.
struct TerminalOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Option(help: "A theme from themes/: default, light, high-contrast or mono. NO_COLOR forces mono.")
    var theme: String = "default"

    @Flag(help: "Also show rejected modules, with their validation report.")
    var debug = false

    @Flag(help: "Start with the mouse on: the wheel scrolls the chat, and copying text needs Shift-drag (F2 or /mouse toggles it).")
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
}

/// Opens the real parts in order, and closes them in reverse, whatever happens.
enum TerminalSession {
    /// Runs the TUI with `initial` (its size and theme are filled in here).
    /// - Parameter scenario: with a scenario, a model interviewer plays it (`chat --interviewer llm`).
    /// - Parameter port: the conversation behind the TUI (default: the engine itself); talk
    ///   mode wraps the engine or replaces it with the connection to the host.
    static func run(
        _ options: TerminalOptions, scenario: InterviewScenario? = nil,
        port: (Engine, EventLog) -> any ConversationPort = { EnginePort(engine: $0, log: $1) },
        makeState: (Theme, String) -> AppState
    ) async throws {
        let parts = try EngineParts(options.model)
        let interviewer = try scenario.map { try LiveInterviewerParts.make($0, sharing: parts.llm) }
        let store = try options.store.openStore()
        let (terminal, theme) = try openTerminal(themeName: options.theme)
        let log = EventLog()
        log.note("session started user-profile=\(StableHash.hex(options.userName).prefix(8)) theme=\(theme.name)")
        let engine = parts.makeEngine(EngineConfiguration(batchSize: options.batchSize))
        let userName = options.userName
        let runner = AppRunner(backend: terminal, conversation: port(engine, log), save: { module in
            _ = try store.save(module, for: userName)
        }, log: log, interviewer: interviewer)
        var initial = makeState(theme, parts.analyserName)
        initial.size = terminal.size
        initial.mouseCapture = options.mouse
        let final = await runner.run(initial)
        terminal.shutdown()
        await engine.shutdown()
        log.note("session ended saved=\(final.savedCount) validated=\(final.validatedCount)")
        if final.savedCount > 0 {
            print("Saved \(final.savedCount) module\(final.savedCount == 1 ? "" : "s") for \(userName) in \(store.path).")
        }
    }
}

extension TerminalSession {
    /// Opens the terminal with the theme, in monochrome when NO_COLOR is set, the theme is
    /// `mono` or the terminal has no colours.
    static func openTerminal(themeName: String) throws -> (NcursesTerminal, Theme) {
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

/// Finds and reads themes: `themes/NAME.toml` next to the transcripts.
enum ThemeLibrary {
    static func load(_ name: String) throws -> Theme {
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            throw UserError.dataError("'\(name)' is not a theme name")
        }
        let directory = try ResourceLocator.directory("themes", environmentKey: "CHATTUTOR_THEMES")
        let url = directory.appendingPathComponent("\(name).toml")
        do {
            if let file = try ConfigFile.load(url) { return try Theme(file) }
        } catch {
            throw UserError.dataError("\(error)")
        }
        let known = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
        throw UserError.noInput("no theme '\(name)'; the themes are: \(known.joined(separator: ", "))")
    }
}

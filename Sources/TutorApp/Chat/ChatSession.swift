// A chat, replay or talk session: the engine, the terminal, the loop, and an orderly close.

import TerminalKit
import TutorCore
import TutorUI

/// Runs the TUI of `chat`, `replay` and `talk` with the real engine: opens the parts in
/// order and closes them in reverse, whatever happens.
public struct ChatSession {
    public let parts: EngineParts
    public let settings: SessionSettings
    /// Saves a module for the learner (the store, in the command).
    public let save: ModuleSaver
    public let log: EventLog
    /// The model interviewer (`chat --interviewer llm`), or nil.
    public let interviewer: InterviewerReply?

    /// A session with these parts and settings, saving through `save` and logging to `log`.
    public init(
        parts: EngineParts, settings: SessionSettings, save: @escaping ModuleSaver, log: EventLog,
        interviewer: InterviewerReply? = nil
    ) {
        self.parts = parts
        self.settings = settings
        self.save = save
        self.log = log
        self.interviewer = interviewer
    }

    /// Opens the terminal with `openTerminal`, runs a session of `kind` on it until the
    /// learner quits, shuts the terminal down and then the engine; returns the final state.
    /// - Parameter port: the conversation behind the TUI (default: the engine itself); talk
    ///   mode wraps the engine or replaces it with the connection to the host.
    public func run(
        _ kind: SessionKind,
        port: (Engine, EventLog) -> any ConversationPort = { EnginePort(engine: $0, log: $1) },
        openTerminal: () throws(UserError) -> (any TerminalBackend, Theme)
    ) async throws(UserError) -> AppState {
        let (backend, theme) = try openTerminal()
        log.note("session started user-profile=\(StableHash.hex(settings.userName).prefix(8)) theme=\(theme.name)")
        let engine = parts.makeEngine(EngineConfiguration(batchSize: settings.batchSize))
        let effects = ChatEffects(
            backend: backend, conversation: port(engine, log), save: save, log: log, interviewer: interviewer)
        let initial = AppState.session(
            kind, settings: settings, theme: theme, analyserName: parts.analyserName, size: backend.size)
        let final = await ProgramLoop(ChatProgram.self, backend: backend, performer: effects).run(initial)
        backend.shutdown()
        await engine.shutdown()
        log.note("session ended saved=\(final.savedCount) validated=\(final.validatedCount)")
        return final
    }
}

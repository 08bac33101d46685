// A chat, replay or talk session: the terminal first, the engine behind it, the loop, and an orderly close.

import TerminalKit
import TutorCore
import TutorUI

/// What a session loads behind its first frame: the analysis parts and the learner's store.
public struct SessionParts: Sendable {
    public let engine: EngineParts
    /// Saves a module for the learner (into the store, in the command).
    public let save: ModuleSaver

    public init(engine: EngineParts, save: @escaping ModuleSaver) {
        self.engine = engine
        self.save = save
    }
}

/// Runs the TUI of `chat`, `replay` and `talk` with the real engine. The terminal opens and
/// the first frame is drawn before the analyser's data and the store are loaded (hundreds of
/// milliseconds): they load on a thread of their own, and what the learner sends meanwhile
/// waits for the engine in order (`LoadingPort`). Parts close in reverse order, whatever happens.
public struct ChatSession {
    /// The analyser the status bar names, known before it loads.
    public let analyser: AnalyserLabel
    public let settings: SessionSettings
    public let log: EventLog
    /// The model interviewer (`chat --interviewer llm`), or nil.
    public let interviewer: InterviewerReply?
    /// Loads the parts, off the loop; a failure ends the session, and `run` throws it.
    public let load: @Sendable () throws(UserError) -> SessionParts

    /// A session with these settings, logging to `log`, whose parts `load` makes once the
    /// terminal is open.
    public init(
        analyser: AnalyserLabel, settings: SessionSettings, log: EventLog, interviewer: InterviewerReply? = nil,
        load: @escaping @Sendable () throws(UserError) -> SessionParts
    ) {
        self.analyser = analyser
        self.settings = settings
        self.log = log
        self.interviewer = interviewer
        self.load = load
    }

    /// Opens the terminal with `openTerminal`, starts loading the parts, runs a session of
    /// `kind` until the learner quits, shuts the terminal down and then the engine; returns
    /// the final state. A failure to load ends the session and is thrown once the terminal
    /// is back to normal, so it prints plainly.
    /// - Parameter port: the conversation behind the TUI (default: the engine itself); talk
    ///   mode wraps the engine or replaces it with the connection to the host.
    public func run(
        _ kind: SessionKind,
        port: @escaping @Sendable (Engine, EventLog) -> any ConversationPort = { EnginePort(engine: $0, log: $1) },
        openTerminal: () throws(UserError) -> (any TerminalBackend, Theme)
    ) async throws(UserError) -> AppState {
        try await run(port: port) { () throws(UserError) -> (any TerminalBackend, SessionKind, Theme) in
            let (backend, theme) = try openTerminal()
            return (backend, kind, theme)
        }
    }

    /// `run(_:port:openTerminal:)` with the session's kind and theme given by `open` together
    /// with the terminal, so that they can be read while the terminal opens (the chat's script,
    /// `TerminalOptions.runSession`). When `open` fails it has left the terminal as it was.
    public func run(
        port: @escaping @Sendable (Engine, EventLog) -> any ConversationPort = { EnginePort(engine: $0, log: $1) },
        open: () async throws(UserError) -> (any TerminalBackend, SessionKind, Theme)
    ) async throws(UserError) -> AppState {
        let (backend, kind, theme) = try await open()
        let loading = BackgroundLoad { [load, log, settings] () throws(UserError) -> LoadedSession in
            let parts = try load()
            let engine = parts.engine.makeEngine(EngineConfiguration(batchSize: settings.batchSize))
            return LoadedSession(
                engine: engine, port: port(engine, log), save: parts.save,
                analyseAnswer: parts.engine.builtin.answerAnalyser)
        }
        log.note("session started user-profile=\(StableHash.hex(settings.userName).prefix(8)) theme=\(theme.name)")
        let conversation = LoadingPort(
            { () throws(UserError) in try await loading.value().port }, log: log, failure: .terminate)
        let effects = ChatEffects(
            backend: backend, conversation: conversation, save: { try await loading.value().save($0) }, log: log,
            interviewer: interviewer,
            analyseAnswer: { text in
                guard let loaded = try? await loading.value() else { return nil }
                return await loaded.analyseAnswer(text)
            })
        let initial = AppState.session(
            kind, settings: settings, theme: theme, analyser: analyser, size: backend.size)
        let final = await ProgramLoop(ChatProgram.self, backend: backend, performer: effects).run(initial)
        backend.shutdown()
        let loaded = try await loading.value()
        await loaded.engine.shutdown()
        log.note("session ended saved=\(final.savedCount) validated=\(final.validatedCount)")
        return final
    }
}

/// The session's parts once loaded: the engine, the port in front of it, the store's saver.
private struct LoadedSession: Sendable {
    let engine: Engine
    let port: any ConversationPort
    let save: ModuleSaver
    let analyseAnswer: AnswerAnalyser
}

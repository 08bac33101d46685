// A chat in the plain mode: the engine, the chat's effects, the plain loop on standard input and output.

import Foundation
import TerminalKit
import TutorCore
import TutorUI

/// Runs `chat --plain` with the real engine: the same parts, saves, log and interviewer as
/// the TUI's session, with lines in and out instead of a screen.
public struct PlainSession {
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

    /// Runs a chat of `kind` reading `input` and writing lines through `write` until the
    /// learner quits or the input ends (then the summary is written first); shuts the engine
    /// down; returns the final state (its `summaryTimedOut` says the summary never came).
    /// - Parameter port: the conversation behind the lines (default: the engine itself); talk
    ///   puts the host's or the guest's port in front of it, as for the TUI.
    public func run(
        _ kind: SessionKind, plain: PlainSettings,
        port: @Sendable (Engine, EventLog) -> any ConversationPort = { EnginePort(engine: $0, log: $1) },
        input: any PlainLineSource = StandardInputLines(),
        write: @escaping @Sendable (String) -> Void = PlainSession.writeLine
    ) async -> PlainState {
        log.note("plain session started user-profile=\(StableHash.hex(settings.userName).prefix(8))")
        let engine = parts.makeEngine(EngineConfiguration(batchSize: settings.batchSize))
        let effects = ChatEffects(
            backend: nil, conversation: port(engine, log), save: save, log: log,
            interviewer: interviewer, analyseAnswer: parts.builtin.answerAnalyser)
        let initial = AppState.session(kind, settings: settings, theme: .mono, analyser: parts.analyserLabel)
        let final = await PlainLoop(performer: effects, input: input, write: write).run(
            PlainState(app: initial, settings: plain))
        await engine.shutdown()
        log.note("plain session ended saved=\(final.app.savedCount) validated=\(final.app.validatedCount)")
        return final
    }

    /// Writes a line to standard output at once (a screen reader reads it as it comes).
    public static let writeLine: @Sendable (String) -> Void = { line in
        try? FileHandle.standardOutput.write(contentsOf: Data((line + "\n").utf8))
    }
}

// Where the app's messages go and its events come from: the local engine, or a talk peer.

import TutorCore
import TutorUI

/// The conversation behind the TUI. The program loop sends the learner's messages in and reads
/// events out, without knowing whether an engine or another terminal answers.
public protocol ConversationPort: Sendable {
    func send(_ message: Message) async throws
    func end(_ id: ConversationID) async
    /// The events for the reducer; read once.
    func events() -> AsyncStream<AppEvent>
    /// Talk guest: says goodbye to the other side; what is sent or ended afterwards goes to
    /// this process's own engine. Nothing for the others.
    func leave() async
}

extension ConversationPort {
    /// Only a talk guest has another side to leave: for the others, nothing to do.
    public func leave() async {}
}

/// The engine in this process: `chat`, `replay` and the talk host.
public struct EnginePort: ConversationPort {
    public let engine: Engine
    public let log: EventLog

    /// The engine, with every event it reports noted in `log`.
    public init(engine: Engine, log: EventLog) {
        self.engine = engine
        self.log = log
    }

    public func send(_ message: Message) async throws { try await engine.send(message) }

    public func end(_ id: ConversationID) async { await engine.endConversation(id) }

    public func events() -> AsyncStream<AppEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: AppEvent.self)
        let task = Task {
            for await event in engine.events {
                log.record(event)
                continuation.yield(.engine(event))
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}

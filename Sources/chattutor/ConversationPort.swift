// Where the app's messages go and its events come from: the local engine, or a talk peer.

import TutorCore
import TutorUI

/// The conversation behind the TUI. The runner sends the learner's messages in and reads
/// events out, without knowing whether an engine or another terminal answers.
protocol ConversationPort: Sendable {
    func send(_ message: Message) async throws
    func end(_ id: ConversationID) async
    /// The events for the reducer; read once.
    func events() -> AsyncStream<AppEvent>
}

/// The engine in this process: `chat`, `replay` and the talk host.
struct EnginePort: ConversationPort {
    let engine: Engine
    let log: EventLog

    func send(_ message: Message) async throws { try await engine.send(message) }

    func end(_ id: ConversationID) async { await engine.endConversation(id) }

    func events() -> AsyncStream<AppEvent> {
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

// The only code that talks to the engine: sends it the registry's commands in order, and
// dispatches its events to the registry and the metrics.

import TutorCore

/// Connects one `Engine` to the registry. Commands arrive through an ordered stream, so a
/// request handler never waits on the engine and messages reach it in acceptance order.
struct EngineDriver: Sendable {
    let engine: Engine
    let commands: AsyncStream<EngineCommand>
    let registry: ConversationRegistry
    let metrics: ServerMetrics

    /// Feeds commands to the engine until the stream ends.
    func sendCommands() async {
        for await command in commands {
            switch command {
            case .send(let message, let reply):
                // The registry already refused ended conversations and a stopped engine; an
                // error here means shutdown overtook the command, which has then nothing to do.
                reply.deliver((try? await engine.send(message)) ?? nil)
            case .end(let id):
                await engine.endConversation(id)
            }
        }
    }

    /// Dispatches engine events until the engine shuts down.
    func dispatchEvents() async {
        for await event in engine.events {
            metrics.record(event)
            await registry.handle(event)
        }
    }
}

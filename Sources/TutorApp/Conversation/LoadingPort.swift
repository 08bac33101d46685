// The conversation while the engine loads: what the learner sends meanwhile waits for it, in order.

import Synchronization
import TutorCore
import TutorUI

/// Stands in for the conversation port while it loads (the analyser's data loads behind the
/// first frame). A message sent meanwhile is queued and `send` returns at once, so typing
/// never waits; when the port arrives, the queue goes to it in order, and then every call
/// goes straight through. Its events follow the port's. If loading fails, its one event is
/// `failure` (the session ends and reports the error).
public final class LoadingPort: ConversationPort {
    private enum Call: Sendable {
        case send(Message)
        case end(ConversationID)
        case leave
    }

    private struct State {
        var port: (any ConversationPort)?
        var queue: [Call] = []
        var forwarding: Task<Void, Never>?
        var isClosed = false
    }

    private let state = Mutex(State())
    private let stream: AsyncStream<AppEvent>
    private let continuation: AsyncStream<AppEvent>.Continuation
    private let log: EventLog

    /// A port that becomes `load`'s once it is made; until then it queues what is sent.
    public init(
        _ load: @escaping @Sendable () async throws(UserError) -> any ConversationPort, log: EventLog,
        failure: AppEvent
    ) {
        (stream, continuation) = AsyncStream.makeStream(of: AppEvent.self)
        self.log = log
        continuation.onTermination = { [weak self] _ in self?.close() }
        Task { await self.connect(load, failure: failure) }
    }

    public func send(_ message: Message) async throws {
        guard let port = readyPort(else: .send(message)) else { return }
        try await port.send(message)
    }

    public func end(_ id: ConversationID) async {
        guard let port = readyPort(else: .end(id)) else { return }
        await port.end(id)
    }

    public func leave() async {
        guard let port = readyPort(else: .leave) else { return }
        await port.leave()
    }

    /// The events of the port once it is loaded; read once.
    public func events() -> AsyncStream<AppEvent> { stream }

    /// The loaded port, or nil after queueing `call` for it.
    private func readyPort(else call: Call) -> (any ConversationPort)? {
        state.withLock { state in
            if let port = state.port { return port }
            state.queue.append(call)
            return nil
        }
    }

    private func connect(
        _ load: @Sendable () async throws(UserError) -> any ConversationPort, failure: AppEvent
    ) async {
        let port: any ConversationPort
        do {
            port = try await load()
        } catch {
            log.note("session could not start: the analyser or the store failed to load")
            continuation.yield(failure)
            continuation.finish()
            return
        }
        let events = port.events()
        let continuation = continuation
        let forwarding = Task {
            for await event in events { continuation.yield(event) }
            continuation.finish()
        }
        let isClosed = state.withLock { state in
            state.forwarding = forwarding
            return state.isClosed
        }
        if isClosed { forwarding.cancel() }
        // What was queued goes first, in order; calls made meanwhile join the queue, and the
        // port takes calls directly only once the queue is empty.
        while let calls = takeQueueOrOpen(port) {
            for call in calls { await perform(call, on: port) }
        }
    }

    /// The queued calls, or nil (and the port open to direct calls) when there are none.
    private func takeQueueOrOpen(_ port: any ConversationPort) -> [Call]? {
        state.withLock { state in
            guard !state.queue.isEmpty else {
                state.port = port
                return nil
            }
            defer { state.queue.removeAll() }
            return state.queue
        }
    }

    private func perform(_ call: Call, on port: any ConversationPort) async {
        switch call {
        case .send(let message):
            do {
                try await port.send(message)
            } catch {
                log.note("message refused: \(error)")
            }
        case .end(let id):
            await port.end(id)
        case .leave:
            await port.leave()
        }
    }

    private func close() {
        let forwarding = state.withLock { state in
            state.isClosed = true
            return state.forwarding
        }
        forwarding?.cancel()
    }
}

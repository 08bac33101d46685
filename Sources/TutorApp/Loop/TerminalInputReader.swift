// Terminal input for a runner's event loop: bytes decoded into keys, with the Escape timeout.

import Foundation
import Synchronization
import TerminalKit

/// Feeds a backend's input into a runner's stream and decodes it there: bytes become key
/// events (a lone Escape resolves after 25 ms), resizes and hangups become the runner's own
/// events. The program loop reads the terminal through this, for chat and review alike.
public struct TerminalInputReader<Event: Sendable> {
    /// What the runner's stream carries: its own events, raw bytes, or the Escape timeout.
    public enum Item: Sendable {
        case event(Event)
        case bytes([UInt8])
        case flushEscape
    }

    public static var escapeTimeout: Duration { .milliseconds(25) }

    public let continuation: AsyncStream<Item>.Continuation
    /// Wraps a decoded key as the runner's event.
    public let key: @Sendable (InputEvent) -> Event
    private var decoder = InputDecoder()

    public init(continuation: AsyncStream<Item>.Continuation, key: @escaping @Sendable (InputEvent) -> Event) {
        self.continuation = continuation
        self.key = key
    }

    /// Forwards the backend's input into the stream until it ends or the task is cancelled.
    public func forward(
        _ backend: any TerminalBackend, resize: @escaping @Sendable (TerminalSize) -> Event, terminate: Event
    )
        -> Task<Void, Never>
    {
        let continuation = continuation
        let forward: @Sendable (BackendInput) -> Void = { input in
            switch input {
            case .bytes(let bytes): continuation.yield(.bytes(bytes))
            case .resize(let size): continuation.yield(.event(resize(size)))
            case .hangup, .terminate: continuation.yield(.event(terminate))
            }
        }
        // On the backend's executor, as the loop is: the bytes it reads reach the loop there.
        return Task(executorPreference: backend.executor) {
            // A backend that hands its input over directly (on its own thread) does so from here;
            // what `input` already holds is forwarded first, and anything handed over meanwhile
            // waits in `handover` behind it, so the order is kept.
            let handover = Handover()
            let direct = backend.deliverInput { input in
                if !handover.hold(input) { forward(input) }
            }
            for await input in backend.input { forward(input) }
            if direct { for input in handover.release() { forward(input) } }
        }
    }

    /// The runner's events for one item of the stream.
    public mutating func events(for item: Item) -> [Event] {
        switch item {
        case .event(let event):
            return [event]
        case .bytes(let bytes):
            let events = decoder.feed(bytes).map(key)
            if decoder.hasPendingEscape {
                let continuation = continuation
                Task {
                    try? await Task.sleep(for: Self.escapeTimeout)
                    continuation.yield(.flushEscape)
                }
            }
            return events
        case .flushEscape:
            return decoder.hasPendingEscape ? decoder.flushPending().map(key) : []
        }
    }
}

/// Input handed over directly while what the backend queued before is still being forwarded.
private final class Handover: Sendable {
    private let waiting = Mutex<[BackendInput]?>([])

    /// Keeps `input` while the queue is being forwarded; false once it is done.
    func hold(_ input: BackendInput) -> Bool {
        waiting.withLock { waiting in
            guard waiting != nil else { return false }
            waiting?.append(input)
            return true
        }
    }

    /// What was held, in order; from now on nothing is held.
    func release() -> [BackendInput] {
        waiting.withLock { waiting in
            defer { waiting = nil }
            return waiting ?? []
        }
    }
}

// Collects an engine's events so tests can wait for the one they expect.

import TutorCore

/// Reads `engine.events` in the background and lets tests wait for events, with a time limit
/// so a broken engine fails the test instead of hanging it. The limit is for progress, not a
/// timing: a full run under ThreadSanitizer (all tests at once on two cores) has taken 70 s,
/// and at 60 s every engine test of one such run gave up waiting.
public final class EventRecorder: Sendable {
    private final class Box: Sendable {
        let events = Locked<[EngineEvent]>([])
    }

    private let box = Box()
    private let reader: Task<Void, Never>

    public init(_ engine: Engine) {
        let stream = engine.events
        let box = box
        reader = Task {
            for await event in stream {
                box.events.withLock { $0.append(event) }
            }
        }
    }

    deinit { reader.cancel() }

    /// Every event so far, in order.
    public var events: [EngineEvent] { box.events.withLock { $0 } }

    /// Waits until an event satisfies `predicate`; nil after `seconds`.
    public func wait(seconds: Double = 300, for predicate: @Sendable (EngineEvent) -> Bool) async -> EngineEvent? {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while ContinuousClock.now < deadline {
            if let event = events.first(where: predicate) { return event }
            try? await Task.sleep(for: .milliseconds(2))
        }
        return nil
    }

    /// Waits for the conversation's `conversationDone` event.
    public func waitForDone(_ id: ConversationID, seconds: Double = 300) async -> ConversationSummary? {
        let event = await wait(seconds: seconds) {
            if case .conversationDone(let summary) = $0, summary.conversationID == id { return true }
            return false
        }
        if case .conversationDone(let summary) = event { return summary }
        return nil
    }

    /// Gives the engine's background tasks a moment, then returns what arrived.
    public func settle() async -> [EngineEvent] {
        for _ in 0..<20 { await Task.yield() }
        try? await Task.sleep(for: .milliseconds(20))
        return events
    }

    public var startedBatches: [BatchStarted] {
        events.compactMap { if case .batchStarted(let batch) = $0 { batch } else { nil } }
    }

    public var validatedModules: [TeachingModule] {
        events.compactMap { if case .moduleValidated(let outcome) = $0 { outcome.module } else { nil } }
    }

    public var rejectedOutcomes: [ModuleOutcome] {
        events.compactMap { if case .moduleRejected(let outcome) = $0 { outcome } else { nil } }
    }
}

// What performs a program's effects: the engine, the store, timers, the model interviewer.

/// Where an effect's later results go: into the loop's one event stream.
public struct EventSink<Event: Sendable>: Sendable {
    private let yield: @Sendable (Event) -> Void

    public init(_ yield: @escaping @Sendable (Event) -> Void) { self.yield = yield }

    /// Sends an event to the loop; it is reduced in arrival order with the terminal's input.
    public func send(_ event: Event) { yield(event) }
}

/// Carries out effects for the `ProgramLoop`. Quick, ordered work (a store write the next key
/// depends on) returns its events, which the loop reduces at once; slow work (the engine, a
/// save in the background, a streamed reply, a timer) sends its events through the sink later.
public protocol EffectPerformer<Effect, Event> {
    associatedtype Effect
    associatedtype Event: Sendable

    /// Starts the sources that send events unasked (the conversation's events); the loop
    /// cancels the returned tasks when it ends.
    func begin(_ sink: EventSink<Event>) -> [Task<Void, Never>]
    /// Performs one effect; returns the events to reduce before anything else.
    func perform(_ effect: Effect, _ sink: EventSink<Event>) async -> [Event]
    /// Stops the work still running when the loop ends (a streaming reply).
    func end()
}

extension EffectPerformer {
    public func begin(_ sink: EventSink<Event>) -> [Task<Void, Never>] { [] }
    public func end() {}
}

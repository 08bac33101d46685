// The one program loop: terminal input and effects' events in, reduced, effects performed, frames drawn.

import TerminalKit

/// Runs a `TerminalProgram` on a terminal backend: merges the terminal's input (decoded
/// keys, with the Escape timeout), resizes, hang-ups and the performer's events into one
/// stream; reduces each event; performs the effects; draws the new state once the events
/// that arrived together are reduced. Chat, talk, replay and review all run through it.
public struct ProgramLoop<Program: TerminalProgram, Performer: EffectPerformer>
where Performer.Effect == Program.Effect, Performer.Event == Program.Event {
    public let backend: any TerminalBackend
    public let performer: Performer

    /// A loop of `program` drawing on `backend`, its effects carried out by `performer`.
    public init(_ program: Program.Type, backend: any TerminalBackend, performer: Performer) {
        self.backend = backend
        self.performer = performer
    }

    /// Runs until the program quits or the terminal goes away; returns the final state. The
    /// backend stays open: whoever opened it shuts it down. The loop runs on the backend's
    /// executor when it has one (the thread that reads keys and draws), so a key is reduced
    /// and drawn without a hand-off between threads; it returns off that executor.
    public func run(_ initial: Program.State) async -> Program.State {
        await withTaskExecutorPreference(backend.executor) { await loop(initial) }
    }

    private func loop(_ initial: Program.State) async -> Program.State {
        var state = initial
        Program.setSize(backend.size, of: &state)
        let (items, continuation) = AsyncStream.makeStream(of: TerminalInputReader<Program.Event>.Item.self)
        var reader = TerminalInputReader(continuation: continuation, key: Program.key)
        let inputTask = reader.forward(backend, resize: Program.resize, terminate: Program.terminate)
        let sink = EventSink<Program.Event> { continuation.yield(.event($0)) }
        let sources = performer.begin(sink)
        defer {
            inputTask.cancel()
            for source in sources { source.cancel() }
            performer.end()
        }
        await perform(Program.start(&state), &state, sink)
        var drawn = draw(state, after: nil)
        reading: for await item in items {
            for event in reader.events(for: item) {
                await apply(event, &state, sink)
                if Program.isQuitting(state) { break reading }
            }
            drawn = draw(state, after: drawn)
        }
        continuation.finish()
        return state
    }

    /// Draws `state`, letting the program reuse the frame drawn before (`previous`); returns
    /// what it drew, for the next frame.
    private func draw(_ state: Program.State, after previous: (state: Program.State, screen: ScreenBuffer)?) -> (
        state: Program.State, screen: ScreenBuffer
    ) {
        let frame = previous.map { Program.render(state, after: $0) } ?? Program.render(state)
        backend.draw(frame.screen, cursor: frame.cursor)
        return (state, frame.screen)
    }

    private func apply(_ event: Program.Event, _ state: inout Program.State, _ sink: EventSink<Program.Event>) async {
        await perform(Program.reduce(&state, event), &state, sink)
    }

    /// Performs effects in order; an effect's immediate events are reduced (and their effects
    /// performed) before the next effect, so a quit never overtakes a store write.
    private func perform(_ effects: [Program.Effect], _ state: inout Program.State, _ sink: EventSink<Program.Event>)
        async
    {
        for effect in effects {
            for result in await performer.perform(effect, sink) {
                await apply(result, &state, sink)
            }
        }
    }
}

// The plain mode's loop: a line read when the program is ready for one, the chat's events, lines written.

import TutorUI

/// Where the plain mode's lines come from: standard input, or a test's script. A line is
/// asked for only when the program is ready for it, so a file or a pipe is read as a person
/// would type it: after the interviewer has answered.
public protocol PlainLineSource: Sendable {
    /// Reads the next line and hands it (or the end of the input) to `deliver`, later.
    func request(_ deliver: @escaping @Sendable (PlainInput) -> Void)
}

/// One read of a `PlainLineSource`.
public enum PlainInput: Sendable, Hashable {
    case line(String)
    case end
}

/// Runs `PlainProgram`: the lines it reads and the chat's events are reduced in the order they
/// arrive; each step's lines are written at once; the chat's effects are performed by the
/// same `ChatEffects` as the TUI's (the engine, saves, exports, the model interviewer).
public struct PlainLoop {
    public let performer: ChatEffects
    public let input: any PlainLineSource
    /// Writes one line (the newline is the writer's).
    public let write: @Sendable (String) -> Void

    public init(performer: ChatEffects, input: any PlainLineSource, write: @escaping @Sendable (String) -> Void) {
        self.performer = performer
        self.input = input
        self.write = write
    }

    /// Runs until the learner quits or the input ends and the summary is out; returns the final state.
    public func run(_ initial: PlainState) async -> PlainState {
        var state = initial
        let (events, continuation) = AsyncStream.makeStream(of: PlainEvent.self)
        let sink = EventSink<AppEvent> { continuation.yield(.app($0)) }
        let sources = performer.begin(sink)
        defer {
            for source in sources { source.cancel() }
            performer.end()
        }
        var iterator = events.makeAsyncIterator()
        var isReading = false
        await apply(PlainProgram.start(&state), &state, sink)
        while !state.isQuitting {
            if !isReading, PlainProgram.isReadyForInput(state) {
                isReading = true
                input.request { read in
                    switch read {
                    case .line(let text): continuation.yield(.line(text))
                    case .end: continuation.yield(.endOfInput)
                    }
                }
            }
            guard let event = await iterator.next() else { break }
            if case .app = event {} else { isReading = false }
            await apply(PlainProgram.reduce(&state, event), &state, sink)
        }
        continuation.finish()
        return state
    }

    /// Writes a step's lines, then performs its effects; an effect's immediate events (an
    /// export's outcome) are reduced before the next effect.
    private func apply(_ step: PlainStep, _ state: inout PlainState, _ sink: EventSink<AppEvent>) async {
        for line in step.lines { write(line) }
        for effect in step.effects {
            for result in await performer.perform(effect, sink) {
                await apply(PlainProgram.reduce(&state, .app(result)), &state, sink)
            }
        }
    }
}

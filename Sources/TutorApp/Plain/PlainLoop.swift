// The plain mode's loop: a line read when the program is ready for one, the chat's events, lines written.

import Synchronization
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
        var wait = WaitTimer()
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
            if isReading {
                wait.stop()
            } else if let limit = state.settings.waitLimit {
                wait.start(limit) { continuation.yield(.waitTimedOut) }
            }
            guard let event = await iterator.next() else { break }
            switch event {
            case .app: wait.stop()  // news from the chat: the wait starts again
            case .waitTimedOut:
                // One that fired as news came (or was stopped) is stale.
                guard wait.fired() else { continue }
            case .line, .endOfInput: isReading = false
            }
            await apply(PlainProgram.reduce(&state, event), &state, sink)
        }
        wait.stop()
        continuation.finish()
        return state
    }

    /// The bound on a wait for the chat: one sleeping task, started when the loop waits and
    /// stopped by any news; a generation number tells its own firing from a stopped one's.
    private struct WaitTimer {
        private final class Generation: Sendable {
            let value = Atomic(0)
            /// The generation of the last timer that fired.
            let fired = Atomic(0)
        }
        private var task: Task<Void, Never>?
        private let generation = Generation()
        private var armed = 0

        mutating func start(_ limit: Duration, _ fire: @escaping @Sendable () -> Void) {
            guard task == nil else { return }
            armed = generation.value.add(1, ordering: .sequentiallyConsistent).newValue
            let mine = armed
            let generation = generation
            task = Task {
                guard (try? await Task.sleep(for: limit)) != nil else { return }
                guard generation.value.load(ordering: .sequentiallyConsistent) == mine else { return }
                generation.fired.store(mine, ordering: .sequentiallyConsistent)
                fire()
            }
        }

        mutating func stop() {
            guard let running = task else { return }
            running.cancel()
            task = nil
            generation.value.add(1, ordering: .sequentiallyConsistent)
        }

        /// Whether a timeout that arrived is the running timer's (then it is used up).
        mutating func fired() -> Bool {
            guard task != nil, generation.fired.load(ordering: .sequentiallyConsistent) == armed else { return false }
            task = nil
            return true
        }
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

// The generic loop with a program of its own: the order in which events, effects and frames happen.

import Foundation
import Synchronization
import TerminalKit
import Testing
import TutorApp

/// A counter: typed characters and other keys are counted; "!" asks the performer to store the
/// count, and the store answers at once; "q" quits. (The decoder gives a run of typed text as
/// one event, so keys meant one by one are sent in reads of their own.)
enum CounterProgram: TerminalProgram {
    struct State {
        var typed = 0
        var stored: [Int] = []
        var isQuitting = false
        var size = TerminalSize(columns: 0, rows: 0)
    }

    enum Event: Sendable {
        case key(InputEvent)
        case resize(TerminalSize)
        case stored(Int)
        case quit
    }

    enum Effect { case store(Int) }

    static func reduce(_ state: inout State, _ event: Event) -> [Effect] {
        switch event {
        case .key(.text("q")), .quit:
            state.isQuitting = true
        case .key(.text("!")):
            return [.store(state.typed)]
        case .key(.text(let text)):
            state.typed += text.count
        case .key:
            state.typed += 1
        case .resize(let size):
            state.size = size
        case .stored(let count):
            state.stored.append(count)
        }
        return []
    }

    static func render(_ state: State) -> (screen: ScreenBuffer, cursor: CursorPosition?) {
        var screen = ScreenBuffer(size: state.size)
        _ = screen.write("typed \(state.typed) stored \(state.stored)", column: 0, row: 0, style: CellStyle())
        return (screen, nil)
    }

    static func isQuitting(_ state: State) -> Bool { state.isQuitting }
    static func setSize(_ size: TerminalSize, of state: inout State) { state.size = size }
    static func key(_ input: InputEvent) -> Event { .key(input) }
    static func resize(_ size: TerminalSize) -> Event { .resize(size) }
    static var terminate: Event { .quit }
}

/// Stores counts and answers at once, remembering what it was asked.
final class CounterStore: EffectPerformer, Sendable {
    let asked = Mutex<[Int]>([])

    func perform(_ effect: CounterProgram.Effect, _ sink: EventSink<CounterProgram.Event>) async -> [CounterProgram
        .Event]
    {
        guard case .store(let count) = effect else { return [] }
        asked.withLock { $0.append(count) }
        return [.stored(count)]
    }
}

@Suite("Program loop")
struct ProgramLoopTests {
    @Test("an effect's immediate result is reduced before the next key, so a quit never overtakes it")
    func immediateResultsComeFirst() async {
        let backend = TestTerminalBackend(size: TerminalSize(columns: 40, rows: 5))
        for key in ["a", "b", "!", "q"] { backend.type(key) }  // all queued before the loop reads any
        let store = CounterStore()
        let running = Task {
            await ProgramLoop(CounterProgram.self, backend: backend, performer: store).run(CounterProgram.State())
        }
        let final = await value(of: running)
        #expect(final?.stored == [2])
        #expect(store.asked.withLock { $0 } == [2])
        #expect(final?.size == TerminalSize(columns: 40, rows: 5), "the state takes the terminal's size")
    }

    @Test("the events of one read are drawn once")
    func oneFramePerRead() async {
        let backend = TestTerminalBackend(size: TerminalSize(columns: 40, rows: 5))
        let running = Task {
            await ProgramLoop(CounterProgram.self, backend: backend, performer: CounterStore()).run(
                CounterProgram.State())
        }
        #expect(await backend.frame(showing: "typed 0") != nil)
        backend.type("ab\r")  // one read, two events: the text and Enter
        #expect(await backend.frame(showing: "typed 3") != nil)
        backend.hangUp()
        _ = await value(of: running)
        #expect(
            backend.frames.map { $0.lines[0].hasPrefix("typed 3") } == [false, true],
            "the first frame, then one for the read")
    }
}

/// A serial executor on a thread of its own, as the curses thread is for the real terminal.
final class JobThread: TaskExecutor, @unchecked Sendable {
    private let jobs = Mutex<[UnownedJob]>([])
    private let waiting = DispatchSemaphore(value: 0)
    private var thread: Thread?

    init() {
        let thread = Thread { [unowned self] in
            while true {
                waiting.wait()
                let job = jobs.withLock { $0.removeFirst() }
                job.runSynchronously(on: asUnownedTaskExecutor())
            }
        }
        self.thread = thread
        thread.start()
    }

    var isCurrent: Bool { Thread.current == thread }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        jobs.withLock { $0.append(job) }
        waiting.signal()
    }
}

/// A test terminal whose loop runs on a `JobThread`; counts the frames drawn anywhere else.
final class ThreadedTestBackend: TerminalBackend {
    let base: TestTerminalBackend
    let thread = JobThread()
    let framesOffThread = Mutex(0)

    init(size: TerminalSize) { base = TestTerminalBackend(size: size) }

    var size: TerminalSize { base.size }
    var input: AsyncStream<BackendInput> { base.input }
    var executor: (any TaskExecutor)? { thread }

    func draw(_ screen: ScreenBuffer, cursor: CursorPosition?) {
        if !thread.isCurrent { framesOffThread.withLock { $0 += 1 } }
        base.draw(screen, cursor: cursor)
    }

    func setMouseReporting(_ on: Bool) { base.setMouseReporting(on) }
    func shutdown() { base.shutdown() }
}

@Suite("Program loop on the backend's executor")
struct ProgramLoopExecutorTests {
    @Test("with an executor of the backend's, keys are reduced and drawn on it, and run returns off it")
    func runsOnTheBackendsExecutor() async {
        let backend = ThreadedTestBackend(size: TerminalSize(columns: 40, rows: 5))
        let thread = backend.thread
        let running = Task {
            let final = await ProgramLoop(CounterProgram.self, backend: backend, performer: CounterStore()).run(
                CounterProgram.State())
            return (final, thread.isCurrent)
        }
        #expect(await backend.base.frame(showing: "typed 0") != nil)
        for key in ["a", "b", "!"] { backend.base.type(key) }
        #expect(await backend.base.frame(showing: "stored [2]") != nil)
        backend.base.hangUp()
        let (final, returnedOnThread) = await running.value
        #expect(final.stored == [2])
        #expect(backend.framesOffThread.withLock { $0 } == 0, "every frame is drawn from the backend's thread")
        #expect(!returnedOnThread, "the caller goes on off the backend's thread (it may shut the backend down)")
    }
}

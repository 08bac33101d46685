// A terminal for tests: scripted input, every drawn frame kept, waits on frames instead of clocks.

import Synchronization

/// A `TerminalBackend` with no terminal behind it. Tests type into it (`type`, `press`,
/// `resize`, `hangUp`), and read what the program drew (`frames`, `lastFrame`) or wait until
/// a frame shows what they expect (`frame(where:)`), so a test synchronises on what is drawn,
/// never on time. It also keeps every `setMouseReporting` call and whether it was shut down.
public final class TestTerminalBackend: TerminalBackend {
    private struct Waiter {
        let id: Int
        let predicate: @Sendable (ScreenBuffer) -> Bool
        let continuation: CheckedContinuation<ScreenBuffer?, Never>
    }

    private struct Record {
        var size: TerminalSize
        var frames: [ScreenBuffer] = []
        var cursor: CursorPosition?
        var mouseReporting: [Bool] = []
        var shutdownCount = 0
        var waiters: [Waiter] = []
        var nextWaiterID = 0
        /// Waits whose time ran out before they were registered.
        var abandoned: Set<Int> = []
    }

    public let input: AsyncStream<BackendInput>
    private let inputContinuation: AsyncStream<BackendInput>.Continuation
    private let record: Mutex<Record>

    /// A terminal of `size` (wide enough by default for the module pane to sit beside the chat).
    public init(size: TerminalSize = TerminalSize(columns: 120, rows: 40)) {
        (input, inputContinuation) = AsyncStream.makeStream(of: BackendInput.self)
        record = Mutex(Record(size: size))
    }

    // MARK: - TerminalBackend

    public var size: TerminalSize { record.withLock { $0.size } }

    public func draw(_ screen: ScreenBuffer, cursor: CursorPosition?) {
        let matched = record.withLock { record -> [(CheckedContinuation<ScreenBuffer?, Never>)] in
            record.frames.append(screen)
            record.cursor = cursor
            let ready = record.waiters.filter { $0.predicate(screen) }
            record.waiters.removeAll { waiter in ready.contains { $0.id == waiter.id } }
            return ready.map(\.continuation)
        }
        for continuation in matched { continuation.resume(returning: screen) }
    }

    public func setMouseReporting(_ on: Bool) {
        record.withLock { $0.mouseReporting.append(on) }
    }

    public func shutdown() {
        record.withLock { $0.shutdownCount += 1 }
        inputContinuation.finish()
    }

    // MARK: - Scripted input

    /// Types `text` as the terminal would send it (UTF-8 bytes, in one read).
    public func type(_ text: String) {
        inputContinuation.yield(.bytes(Array(text.utf8)))
    }

    /// Types a line and presses Enter.
    public func typeLine(_ text: String) {
        type(text)
        press(0x0D)
    }

    /// Sends raw bytes: 0x0D is Enter, 0x03 Ctrl-C, 0x09 Tab, 0x1B an escape sequence's start.
    public func press(_ bytes: UInt8...) {
        inputContinuation.yield(.bytes(bytes))
    }

    /// Resizes the terminal and tells the program.
    public func resize(to size: TerminalSize) {
        record.withLock { $0.size = size }
        inputContinuation.yield(.resize(size))
    }

    /// The terminal goes away (end of input).
    public func hangUp() {
        inputContinuation.yield(.hangup)
    }

    // MARK: - What was drawn

    /// Every frame drawn, oldest first.
    public var frames: [ScreenBuffer] { record.withLock { $0.frames } }

    /// The frame on the screen now.
    public var lastFrame: ScreenBuffer? { record.withLock { $0.frames.last } }

    /// Where the cursor was put with the last frame.
    public var cursor: CursorPosition? { record.withLock { $0.cursor } }

    /// Every `setMouseReporting` call, in order.
    public var mouseReporting: [Bool] { record.withLock { $0.mouseReporting } }

    /// How many times `shutdown` was called.
    public var shutdownCount: Int { record.withLock { $0.shutdownCount } }

    /// The last frame if it satisfies `predicate`, else the first later frame that does; nil
    /// when none has after `timeout`. The timeout is only a guard against a hung program:
    /// the wait ends when the frame is drawn.
    public func frame(
        timeout: Duration = .seconds(60), where predicate: @escaping @Sendable (ScreenBuffer) -> Bool
    ) async -> ScreenBuffer? {
        let id = record.withLock { record -> Int in
            record.nextWaiterID += 1
            return record.nextWaiterID
        }
        let guardTask = Task { [weak self] in
            try? await Task.sleep(for: timeout)
            if !Task.isCancelled { self?.giveUp(waiter: id) }
        }
        defer { guardTask.cancel() }
        return await withCheckedContinuation { continuation in
            // Decided under the lock, so a frame drawn meanwhile resumes the waiter exactly once.
            let answer = record.withLock { record -> ScreenBuffer?? in
                if let last = record.frames.last, predicate(last) { return .some(last) }
                if record.abandoned.remove(id) != nil { return .some(nil) }
                record.waiters.append(Waiter(id: id, predicate: predicate, continuation: continuation))
                return .none
            }
            if let answer { continuation.resume(returning: answer) }
        }
    }

    /// The first frame whose text (all rows joined by newlines) contains `text`.
    public func frame(showing text: String, timeout: Duration = .seconds(60)) async -> ScreenBuffer? {
        await frame(timeout: timeout) { $0.lines.joined(separator: "\n").contains(text) }
    }

    private func giveUp(waiter id: Int) {
        let continuation = record.withLock { record -> CheckedContinuation<ScreenBuffer?, Never>? in
            guard let index = record.waiters.firstIndex(where: { $0.id == id }) else {
                record.abandoned.insert(id)
                return nil
            }
            return record.waiters.remove(at: index).continuation
        }
        continuation?.resume(returning: nil)
    }
}

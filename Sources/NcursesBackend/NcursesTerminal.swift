// The real terminal: one thread owns ncurses, reads raw bytes, and draws frame diffs.

import CNcursesw
import Foundation
import Glibc
import TerminalKit

/// A `TerminalBackend` on ncurses. ncurses is not thread-safe, so one dedicated thread
/// owns it: it blocks in `poll` on standard input and a wake pipe, publishes raw input
/// bytes, resizes and quit signals on `input`, and draws the newest frame when woken. It is
/// also the `executor` the program loop runs on, so a key is read, reduced, rendered and
/// drawn on that one thread.
public final class NcursesTerminal: TerminalBackend {
    /// Colours, or attributes only. The app chooses `mono` for NO_COLOR; a terminal without
    /// colours gets attributes only either way.
    public enum ColorMode: Sendable, Hashable { case automatic, mono }

    /// Bytes typed or pasted, resizes, hang-up and quit signals, until `shutdown()`.
    public let input: AsyncStream<BackendInput>
    /// Whether colours are in use (false in mono mode or on a terminal without colours).
    public let usesColor: Bool
    /// The size now; updated before the matching `.resize` is published.
    public var size: TerminalSize { shared.state.withLock { $0.size } }
    /// The curses thread, between its polls.
    public var executor: (any TaskExecutor)? { owner.executor }

    private let shared = TerminalShared()
    private let continuation: AsyncStream<BackendInput>.Continuation
    private let finished = DispatchSemaphore(value: 0)
    private let owner: CursesOwner

    /// Takes over the terminal: raw input, the alternate screen and bracketed paste (mouse
    /// reports only once `setMouseReporting(true)` asks for them). Refuses, saying what to do, when standard input or output is not a
    /// terminal, `TERM` is unset or unknown, or no UTF-8 locale exists.
    public static func open(colorMode: ColorMode = .automatic) throws(TerminalError) -> NcursesTerminal {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else { throw .unknownTerminal("") }
        try useUTF8Locale()
        let executor = try CursesExecutor()
        let wakeRead = try SignalBridge.install()
        let terminal = NcursesTerminal(executor: executor, wakeRead: wakeRead, term: term, colorMode: colorMode)
        if let error = terminal.startupError {
            terminal.finished.wait()
            SignalBridge.uninstall()
            throw error
        }
        return terminal
    }

    private let startupError: TerminalError?

    private init(executor: CursesExecutor, wakeRead: Int32, term: String, colorMode: ColorMode) {
        (input, continuation) = AsyncStream.makeStream(of: BackendInput.self)
        let owner = CursesOwner(
            executor: executor, wakeRead: wakeRead, term: term, wantsColor: colorMode == .automatic,
            continuation: continuation)
        self.owner = owner
        let ready = DispatchSemaphore(value: 0)
        let thread = Thread { [shared, finished] in
            owner.run(shared: shared, ready: ready)
            let started = owner.startupError == nil
            finished.signal()
            // A task that prefers the thread (an input reader being cancelled) still finishes.
            if started { executor.serveForever() }
        }
        thread.name = "chattutor-terminal"
        thread.start()
        ready.wait()
        startupError = owner.startupError
        usesColor = owner.usesColor
    }

    /// Turns mouse reports on (the wheel scrolls; selecting text then needs Shift) or off
    /// (the terminal's own selection works). Callable from any thread.
    public func setMouseReporting(_ on: Bool) {
        shared.state.withLock { $0.mouseReporting = on }
        wakeUnlessOwner()
    }

    /// From now on each input goes to `deliver` on the curses thread, and `input` ends once what
    /// it holds is read. Only on the curses thread (the program loop's executor); false elsewhere.
    public func deliverInput(_ deliver: @escaping @Sendable (BackendInput) -> Void) -> Bool {
        guard owner.executor.isOnOwnerThread else { return false }
        owner.deliver = deliver
        continuation.finish()
        return true
    }

    /// Keeps the newest frame and wakes the curses thread, which draws only the newest
    /// one it finds (frames drawn faster than the terminal takes them are skipped).
    /// Callable from any thread.
    public func draw(_ screen: ScreenBuffer, cursor: CursorPosition?) {
        shared.state.withLock { $0.frame = (screen, cursor) }
        wakeUnlessOwner()
    }

    /// Wakes the curses thread, unless the caller is that thread (the program loop running
    /// on it), which looks for a frame before it polls again.
    private func wakeUnlessOwner() {
        if !owner.executor.isOnOwnerThread { SignalBridge.wake() }
    }

    /// Restores the terminal, stops the curses thread and ends `input`. Safe to call more
    /// than once; returns after the terminal is restored.
    public func shutdown() {
        let first = shared.state.withLock { state -> Bool in
            defer { state.stopping = true }
            return !state.stopping
        }
        guard first, startupError == nil else { return }
        SignalBridge.wake()
        // On the curses thread itself (a job of the loop) waiting would never end: the thread
        // restores the terminal once the job returns.
        guard !owner.executor.isOnOwnerThread else { return }
        finished.wait()
        SignalBridge.uninstall()
        continuation.finish()
    }

    /// Uses the environment's locale if it is UTF-8, else C.UTF-8: ncurses needs a UTF-8
    /// locale to draw Hangul, and `wcwidth` answers -1 without one.
    private static func useUTF8Locale() throws(TerminalError) {
        setlocale(LC_ALL, "")
        if isUTF8Locale() { return }
        guard setlocale(LC_ALL, "C.UTF-8") != nil, isUTF8Locale() else { throw .noUTF8Locale }
    }

    private static func isUTF8Locale() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return String(cString: codeset) == "UTF-8"
    }
}

// The real terminal: one thread owns ncurses, reads raw bytes, and draws frame diffs.

import CNcursesw
import Foundation
import Glibc
import Synchronization
import TerminalKit

/// A `TerminalBackend` on ncurses. ncurses is not thread-safe, so one dedicated thread
/// owns it: it blocks in `poll` on standard input and a wake pipe, publishes raw input
/// bytes, resizes and signals on `input`, and draws the newest frame when woken.
public final class NcursesTerminal: TerminalBackend {
    /// Colours, or attributes only (NO_COLOR, monochrome terminals).
    public enum ColorMode: Sendable { case automatic, mono }

    private let shared = TerminalShared()
    private let continuation: AsyncStream<BackendInput>.Continuation
    public let input: AsyncStream<BackendInput>
    private let finished = DispatchSemaphore(value: 0)
    /// Whether colours are in use (false in mono mode or on a terminal without colours).
    public let usesColor: Bool

    public var size: TerminalSize { shared.state.withLock { $0.size } }

    /// Opens the terminal. Fails with a clear error when standard input or output is not a
    /// terminal, `TERM` is unknown, or no UTF-8 locale exists.
    public static func open(colorMode: ColorMode = .automatic) throws(TerminalError) -> NcursesTerminal {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        try setUTF8Locale()
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard !term.isEmpty else { throw .unknownTerminal("") }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw .failed("cannot create a pipe (\(String(cString: strerror(errno))))") }
        for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
        SignalBridge.install(wakeFileDescriptor: fds[1])
        let terminal = NcursesTerminal(wakeRead: fds[0], term: term, colorMode: colorMode)
        if let error = terminal.startupError {
            terminal.finished.wait()
            throw error
        }
        return terminal
    }

    private let startupError: TerminalError?

    private init(wakeRead: Int32, term: String, colorMode: ColorMode) {
        (input, continuation) = AsyncStream.makeStream(of: BackendInput.self)
        let owner = CursesOwner(wakeRead: wakeRead, term: term, wantsColor: colorMode == .automatic, continuation: continuation)
        let ready = DispatchSemaphore(value: 0)
        let thread = Thread { [shared, finished] in
            owner.run(shared: shared, ready: ready)
            finished.signal()
        }
        thread.name = "chattutor-terminal"
        thread.start()
        ready.wait()
        startupError = owner.startupError
        usesColor = owner.usesColor
    }

    public func draw(_ screen: ScreenBuffer, cursor: CursorPosition?) {
        shared.state.withLock { $0.frame = (screen, cursor) }
        SignalBridge.wake()
    }

    /// Restores the terminal and stops the owner thread. Safe to call more than once.
    public func shutdown() {
        let first = shared.state.withLock { state -> Bool in
            defer { state.stopping = true }
            return !state.stopping
        }
        guard first, startupError == nil else { return }
        SignalBridge.wake()
        finished.wait()
        continuation.finish()
    }

    private static func setUTF8Locale() throws(TerminalError) {
        let name = setlocale(LC_ALL, "").map { String(cString: $0) } ?? "C"
        let upper = name.uppercased()
        if !(upper.contains("UTF-8") || upper.contains("UTF8")) {
            guard setlocale(LC_ALL, "C.UTF-8") != nil else { throw .noUTF8Locale }
        }
    }
}

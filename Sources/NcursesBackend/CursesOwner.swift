// The thread that owns ncurses: poll, read, resize, draw, and restore at the end.

import CNcursesw
import Dispatch
import Glibc
import Synchronization
import TerminalKit

/// Everything that touches ncurses. Only the owner thread calls `run`; the properties
/// read by other threads are written before `ready` is signalled.
final class CursesOwner: @unchecked Sendable {
    private let wakeRead: Int32
    private let term: String
    private let wantsColor: Bool
    private let continuation: AsyncStream<BackendInput>.Continuation
    private(set) var startupError: TerminalError?
    private(set) var usesColor = false
    private var lastFrame: ScreenBuffer?
    private var lastCursor: CursorPosition?
    private var colors = ColorPairs()
    private var stdinOpen = true

    init(wakeRead: Int32, term: String, wantsColor: Bool, continuation: AsyncStream<BackendInput>.Continuation) {
        self.wakeRead = wakeRead
        self.term = term
        self.wantsColor = wantsColor
        self.continuation = continuation
    }

    func run(shared: TerminalShared, ready: DispatchSemaphore) {
        guard let screen = ct_newterm(term) else {
            startupError = .unknownTerminal(term)
            ready.signal()
            return
        }
        raw()
        noecho()
        nonl()
        keypad(ct_stdscr(), false)
        set_escdelay(25)
        curs_set(0)
        if wantsColor, has_colors() {
            start_color()
            use_default_colors()
            usesColor = true
            colors = ColorPairs(colorCount: ct_colors(), pairLimit: ct_color_pairs())
        }
        // Bracketed paste and SGR mouse-wheel reports; undone at the end.
        ct_emit("\u{1B}[?2004h\u{1B}[?1000h\u{1B}[?1006h")
        let size = currentSize()
        shared.state.withLock { $0.size = size }
        ready.signal()
        continuation.yield(.resize(size))
        loop(shared: shared)
        ct_emit("\u{1B}[?1006l\u{1B}[?1000l\u{1B}[?2004l")
        endwin()
        delscreen(screen)
        SignalBridge.restoreTerminal()
    }

    private func loop(shared: TerminalShared) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            var fds = [pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
            if stdinOpen { fds.append(pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), -1)
            if ready < 0, errno != EINTR { break }
            if fds.count > 1, fds[1].revents != 0 {
                let count = read(STDIN_FILENO, &buffer, buffer.count)
                if count > 0 {
                    continuation.yield(.bytes(Array(buffer[0..<count])))
                } else if count == 0 || (count < 0 && errno != EINTR && errno != EAGAIN) {
                    // End of input or a hang-up: stop reading (no busy loop) and ask to quit.
                    stdinOpen = false
                    continuation.yield(.hangup)
                }
            }
            if fds[0].revents != 0 {
                while read(wakeRead, &buffer, buffer.count) > 0 {}
            }
            if SignalBridge.terminatePending != 0 {
                SignalBridge.terminatePending = 0
                continuation.yield(.terminate)
            }
            if SignalBridge.resizePending != 0 {
                SignalBridge.resizePending = 0
                let size = currentSize()
                resizeterm(Int32(size.rows), Int32(size.columns))
                lastFrame = nil
                shared.state.withLock { $0.size = size }
                continuation.yield(.resize(size))
            }
            let (frame, stopping) = shared.state.withLock { state in
                defer { state.frame = nil }
                return (state.frame, state.stopping)
            }
            if stopping { return }
            if let frame { draw(frame.screen, cursor: frame.cursor) }
        }
    }

    private func currentSize() -> TerminalSize {
        var rows: Int32 = 0
        var columns: Int32 = 0
        if ct_window_size(STDOUT_FILENO, &rows, &columns) == 0 { return TerminalSize(columns: Int(columns), rows: Int(rows)) }
        return TerminalSize(columns: Int(ct_cols()), rows: Int(ct_lines()))
    }

    /// Writes the cells that changed since the last frame, then places the cursor.
    private func draw(_ screen: ScreenBuffer, cursor: CursorPosition?) {
        let previous = lastFrame?.size == screen.size ? lastFrame : nil
        if previous == nil { werase(ct_stdscr()) }
        for run in screen.changes(since: previous) {
            var column = run.column
            for cell in run.cells {
                defer { column += 1 }
                if cell.isContinuation { continue }
                var characters = cell.grapheme.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
                characters.append(0)
                let (attributes, pair) = colors.attributes(for: cell.style, useColor: usesColor)
                _ = characters.withUnsafeBufferPointer { pointer in
                    ct_put_cell(Int32(run.row), Int32(column), pointer.baseAddress, attributes, pair)
                }
            }
        }
        lastFrame = screen
        if let cursor {
            curs_set(1)
            wmove(ct_stdscr(), Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wnoutrefresh(ct_stdscr())
        doupdate()
    }
}

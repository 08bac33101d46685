// The thread that owns ncurses: poll, read, resize, draw, and restore at the end.

import CNcursesw
import Dispatch
import Glibc
import TerminalKit

/// Everything that touches ncurses. Only the owner thread calls `run`; `startupError` and
/// `usesColor` are written before `ready` is signalled and only read after it. Between polls
/// the thread also runs the jobs of the tasks that prefer its `executor` (the program loop).
final class CursesOwner: @unchecked Sendable {
    let executor: CursesExecutor
    private let wakeRead: Int32
    private let term: String
    private let wantsColor: Bool
    private let continuation: AsyncStream<BackendInput>.Continuation
    private(set) var startupError: TerminalError?
    private(set) var usesColor = false
    private var lastFrame: ScreenBuffer?
    private var colors = ColorPairs.mono
    private var stdinOpen = true
    /// Where input goes once the program loop asks for it directly (`NcursesTerminal.deliverInput`);
    /// until then, `continuation`. Read and written on the curses thread only.
    var deliver: (@Sendable (BackendInput) -> Void)?

    init(
        executor: CursesExecutor, wakeRead: Int32, term: String, wantsColor: Bool,
        continuation: AsyncStream<BackendInput>.Continuation
    ) {
        self.executor = executor
        self.wakeRead = wakeRead
        self.term = term
        self.wantsColor = wantsColor
        self.continuation = continuation
    }

    /// Sets the terminal up, serves input and frames until `shared` says stop, restores it.
    func run(shared: TerminalShared, ready: DispatchSemaphore) {
        executor.becomeOwner()
        switch ct_terminal_support(term) {
        case 1: break
        case 0: return fail(.unsupportedTerminal(term), ready: ready)
        default: return fail(.unknownTerminal(term), ready: ready)
        }
        // From here a fatal signal or exit() restores the terminal.
        SignalBridge.terminalActive.store(true, ordering: .sequentiallyConsistent)
        guard let screen = ct_newterm(term) else {
            SignalBridge.terminalActive.store(false, ordering: .sequentiallyConsistent)
            return fail(.unknownTerminal(term), ready: ready)
        }
        configure()
        let size = currentSize()
        shared.state.withLock { $0.size = size }
        ready.signal()
        emit(.resize(size))
        loop(shared: shared)
        writeToTerminal(SignalBridge.disableReportingSequence)
        endwin()
        SignalBridge.terminalActive.store(false, ordering: .sequentiallyConsistent)
        delscreen(screen)
        SignalBridge.restoreModes()
    }

    private func fail(_ error: TerminalError, ready: DispatchSemaphore) {
        startupError = error
        ready.signal()
    }

    /// Raw bytes in (we decode them ourselves), no echo, no translation, colours if wanted.
    private func configure() {
        raw()
        noecho()
        nonl()
        keypad(ct_stdscr(), false)
        // ncurses would stop an update half-way when input is pending; we read input ourselves.
        typeahead(-1)
        set_escdelay(25)
        curs_set(0)
        if wantsColor, has_colors() {
            start_color()
            let hasDefaultColors = use_default_colors() == OK
            colors = ColorPairs(
                colorCount: ct_colors(), pairLimit: ct_color_pairs(), hasDefaultColors: hasDefaultColors)
            usesColor = colors.usesColor
        }
        writeToTerminal(SignalBridge.enablePasteSequence)
    }

    private func loop(shared: TerminalShared) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        // Made once: nothing on a key's path allocates here.
        var descriptors = [
            pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
            pollfd(fd: executor.wakeDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            for index in descriptors.indices { descriptors[index].revents = 0 }
            let timeout: Int32 = executor.hasWaitingJobs ? 0 : -1
            if poll(&descriptors, nfds_t(stdinOpen ? 3 : 2), timeout) < 0, errno != EINTR {
                emit(.hangup)
                return
            }
            if stdinOpen, descriptors[2].revents != 0 { readInput(into: &buffer) }
            if descriptors[0].revents != 0 {
                while read(wakeRead, &buffer, buffer.count) > 0 {}
            }
            if descriptors[1].revents != 0 { executor.clearWake() }
            if SignalBridge.terminatePending.exchange(false, ordering: .sequentiallyConsistent) {
                emit(.terminate)
            }
            if SignalBridge.resizePending.exchange(false, ordering: .sequentiallyConsistent) {
                resize(shared: shared)
            }
            // The bytes just read reach the program loop here, on this thread: it reduces them
            // and leaves its frame in `shared`, drawn below.
            executor.runPending()
            let (frame, stopping, mouse) = shared.state.withLock { state in
                defer { (state.frame, state.mouseReporting) = (nil, nil) }
                return (state.frame, state.stopping, state.mouseReporting)
            }
            if stopping { return }
            if let mouse {
                writeToTerminal(mouse ? SignalBridge.enableMouseSequence : SignalBridge.disableMouseSequence)
            }
            if let frame { draw(frame.screen, cursor: frame.cursor) }
        }
    }

    private func emit(_ input: BackendInput) {
        if let deliver { deliver(input) } else { continuation.yield(input) }
    }

    /// Publishes what is waiting on standard input; at its end stops polling it (no busy loop).
    private func readInput(into buffer: inout [UInt8]) {
        let count = read(STDIN_FILENO, &buffer, buffer.count)
        if count > 0 {
            emit(.bytes(Array(buffer[0..<count])))
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            // End of input, or the terminal hung up (EIO): ask the app to quit.
            stdinOpen = false
            emit(.hangup)
        }
    }

    private func resize(shared: TerminalShared) {
        let size = currentSize()
        resizeterm(Int32(size.rows), Int32(size.columns))
        // The terminal may have kept, moved or dropped what was on screen: repaint it all.
        clearok(ct_stdscr(), true)
        lastFrame = nil
        shared.state.withLock { $0.size = size }
        emit(.resize(size))
    }

    private func currentSize() -> TerminalSize {
        var rows: Int32 = 0
        var columns: Int32 = 0
        if ct_window_size(STDOUT_FILENO, &rows, &columns) == 0 {
            return TerminalSize(columns: Int(columns), rows: Int(rows))
        }
        return TerminalSize(columns: Int(ct_cols()), rows: Int(ct_lines()))
    }

    /// Writes the cells that changed since the last frame drawn, then places the cursor.
    private func draw(_ screen: ScreenBuffer, cursor: CursorPosition?) {
        if cursor == nil { curs_set(0) }
        let previous = lastFrame?.size == screen.size ? lastFrame : nil
        if previous == nil { werase(ct_stdscr()) }
        for run in screen.changes(since: previous) {
            for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
                let column = run.column + offset
                let isWide = screen[column + 1, run.row].isContinuation && column + 1 < screen.size.columns
                if !isWide, let byte = cell.asciiByte {
                    putASCII(byte, style: cell.style, row: run.row, column: column)
                    continue
                }
                put(
                    cell, glyph: CursesGlyph(grapheme: cell.grapheme, width: isWide ? 2 : 1), row: run.row,
                    column: column)
            }
        }
        // The frame before is freed only after the bytes are written, not on the way to them.
        let replaced = lastFrame
        lastFrame = screen
        if let cursor { wmove(ct_stdscr(), Int32(cursor.row), Int32(cursor.column)) }
        wnoutrefresh(ct_stdscr())
        doupdate()
        // Shown only once it is in place, so it never flashes at the old position.
        if cursor != nil { curs_set(1) }
        withExtendedLifetime(replaced) {}
    }

    /// A narrow ASCII cell (most of a frame): drawn as it is, with no String or array made for it.
    private func putASCII(_ byte: UInt8, style: CellStyle, row: Int, column: Int) {
        let (attributes, pair) = colors.attributes(for: style)
        var text: (wchar_t, wchar_t) = (wchar_t(byte), 0)
        _ = withUnsafePointer(to: &text) { pointer in
            pointer.withMemoryRebound(to: wchar_t.self, capacity: 2) { characters in
                ct_put_cell(Int32(row), Int32(column), characters, attributes, pair)
            }
        }
    }

    private func put(_ cell: Cell, glyph: CursesGlyph, row: Int, column: Int) {
        let (attributes, pair) = colors.attributes(for: cell.style)
        _ = glyph.characters.withUnsafeBufferPointer { text in
            ct_put_cell(Int32(row), Int32(column), text.baseAddress, attributes, pair)
        }
        if let second = glyph.continuation {
            _ = [second, 0].withUnsafeBufferPointer { text in
                ct_put_cell(Int32(row), Int32(column + 1), text.baseAddress, attributes, pair)
            }
        }
    }

    /// Writes sequences for modes ncurses does not manage (paste, mouse reporting).
    private func writeToTerminal(_ sequence: String) {
        var bytes = Array(sequence.utf8)
        _ = write(STDOUT_FILENO, &bytes, bytes.count)
    }
}

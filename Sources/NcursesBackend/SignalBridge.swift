// Signals while the terminal is ours: atomic flags plus a wake pipe for the curses thread,
// and a restore of the terminal (async-signal-safe) on fatal signals and at exit.

import Glibc
import Synchronization

/// Process-wide, because signal handlers cannot capture context. Handlers touch only the
/// atomics, `write` and `tcsetattr`; the plain memory they read (saved termios, previous
/// actions) is written before the handlers are installed.
enum SignalBridge {
    /// The write end of the wake pipe while a terminal is open, else -1.
    static let wakeFileDescriptor = Atomic<Int32>(-1)
    static let resizePending = Atomic<Bool>(false)
    static let terminatePending = Atomic<Bool>(false)
    /// Whether the terminal is in our modes and needs restoring if the process dies.
    static let terminalActive = Atomic<Bool>(false)
    private static let installed = Atomic<Bool>(false)
    private static let exitHookRegistered = Atomic<Bool>(false)

    nonisolated(unsafe) private static var savedTermios = termios()
    nonisolated(unsafe) private static var hasSavedTermios = false
    /// Previous actions by signal number, in plain memory a handler may read.
    nonisolated(unsafe) private static let previousActions: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(signalLimit))
        pointer.initialize(repeating: sigaction(), count: Int(signalLimit))
        return pointer
    }()
    private static let signalLimit: Int32 = 65

    /// Mouse and paste reporting off, attributes reset, cursor shown, alternate screen left.
    static let restoreSequence: [UInt8] = Array(
        "\u{1B}[?1006l\u{1B}[?1000l\u{1B}[?2004l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l".utf8)
    /// Bracketed paste, on for the whole session.
    static let enablePasteSequence = "\u{1B}[?2004h"
    /// Mouse button and wheel reports (SGR form), on only while the learner wants them: while
    /// on, the terminal's own drag-to-select needs Shift.
    static let enableMouseSequence = "\u{1B}[?1000h\u{1B}[?1006h"
    static let disableMouseSequence = "\u{1B}[?1006l\u{1B}[?1000l"
    static let disableReportingSequence = disableMouseSequence + "\u{1B}[?2004l"

    static let quitSignals: [Int32] = [SIGTERM, SIGHUP, SIGINT]
    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP, SIGQUIT]

    /// The wake pipe, made once and kept for the life of the process, so that a late `draw`
    /// or signal never writes to a closed (or reused) descriptor.
    private static let wakePipe: (read: Int32, write: Int32)? = {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return nil }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        return (fds[0], fds[1])
    }()

    /// Saves the terminal's modes and installs the handlers; returns the read end of the
    /// wake pipe, for the curses thread to poll.
    static func install() throws(TerminalError) -> Int32 {
        guard let wakePipe else { throw .failed("cannot create a pipe: \(String(cString: strerror(errno)))") }
        guard installed.compareExchange(expected: false, desired: true, ordering: .sequentiallyConsistent).exchanged
        else {
            throw .failed("the terminal is already open in this process")
        }
        // Handlers must not be the first to touch a lazily made global.
        _ = (restoreSequence.count, terminalActive.load(ordering: .sequentiallyConsistent), previousActions)
        var byte: UInt8 = 0
        while read(wakePipe.read, &byte, 1) > 0 {}
        hasSavedTermios = tcgetattr(STDOUT_FILENO, &savedTermios) == 0
        wakeFileDescriptor.store(wakePipe.write, ordering: .sequentiallyConsistent)
        resizePending.store(false, ordering: .sequentiallyConsistent)
        terminatePending.store(false, ordering: .sequentiallyConsistent)
        setHandler(SIGWINCH) { _, _, _ in
            SignalBridge.resizePending.store(true, ordering: .sequentiallyConsistent)
            SignalBridge.wake()
        }
        for number in quitSignals {
            setHandler(number) { _, _, _ in
                SignalBridge.terminatePending.store(true, ordering: .sequentiallyConsistent)
                SignalBridge.wake()
            }
        }
        for number in fatalSignals {
            setHandler(number, flags: Int32(bitPattern: UInt32(SA_RESETHAND)) | SA_NODEFER | SA_ONSTACK, fatalHandler)
        }
        if exitHookRegistered.compareExchange(expected: false, desired: true, ordering: .sequentiallyConsistent)
            .exchanged
        {
            // The last resort when the app exits without shutting the terminal down.
            atexit { SignalBridge.restoreIfActive() }
        }
        return wakePipe.read
    }

    /// Puts the previous handlers back (after the terminal is restored).
    static func uninstall() {
        guard installed.load(ordering: .sequentiallyConsistent) else { return }
        wakeFileDescriptor.store(-1, ordering: .sequentiallyConsistent)
        for number in [SIGWINCH] + quitSignals + fatalSignals {
            sigaction(number, previousActions + Int(number), nil)
        }
        installed.store(false, ordering: .sequentiallyConsistent)
    }

    /// Restores the terminal, then lets the previous handler (Swift's backtracer, or the
    /// default action) have the signal; the process always ends.
    private static let fatalHandler:
        @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
            caught, info, _ in
            SignalBridge.restoreIfActive()
            guard caught > 0, caught < SignalBridge.signalLimit else { _exit(128 + caught) }
            sigaction(caught, SignalBridge.previousActions + Int(caught), nil)
            // A real fault (raised by the kernel) recurs when the handler returns, so the previous
            // handler sees the original fault. A trap has moved past its instruction, and a signal
            // sent with kill or abort() does not recur: raise those again.
            let fromKernel = (info?.pointee.si_code ?? 0) > 0
            if fromKernel, caught != SIGTRAP, caught != SIGABRT { return }
            raise(caught)
            // The previous handler returned: end the process anyway.
            signal(caught, SIG_DFL)
            raise(caught)
            _exit(128 + caught)
        }

    private static func setHandler(
        _ number: Int32, flags: Int32 = SA_RESTART,
        _ handler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void
    ) {
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = handler
        action.sa_flags = flags | SA_SIGINFO
        sigemptyset(&action.sa_mask)
        sigaction(number, &action, previousActions + Int(number))
    }

    /// Writes one byte to the wake pipe (async-signal-safe; a full pipe already wakes).
    static func wake() {
        let descriptor = wakeFileDescriptor.load(ordering: .sequentiallyConsistent)
        guard descriptor >= 0 else { return }
        var byte: UInt8 = 1
        _ = write(descriptor, &byte, 1)
    }

    /// Puts the terminal back as it was if it is still in our modes, once
    /// (async-signal-safe: atomics, `write` and `tcsetattr` only).
    static func restoreIfActive() {
        guard terminalActive.exchange(false, ordering: .sequentiallyConsistent) else { return }
        restoreSequence.withUnsafeBytes { bytes in
            _ = write(STDOUT_FILENO, bytes.baseAddress, bytes.count)
        }
        restoreModes()
    }

    /// The saved terminal modes (cooked input, echo) back on the terminal.
    static func restoreModes() {
        guard hasSavedTermios else { return }
        _ = tcsetattr(STDOUT_FILENO, TCSANOW, &savedTermios)
    }
}

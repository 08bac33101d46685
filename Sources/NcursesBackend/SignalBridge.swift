// Signal handling for the terminal: async-signal-safe flags, a wake pipe, and a restore
// of the terminal on fatal signals before the default action (or Swift's handler) runs.

import Glibc

/// Process-wide state the signal handlers may touch. Signal handlers cannot capture
/// context, so this is global; it is written before handlers are installed and then only
/// read by them (plus the flags, which are single words).
enum SignalBridge {
    nonisolated(unsafe) static var wakeFileDescriptor: Int32 = -1
    nonisolated(unsafe) static var resizePending: Int32 = 0
    nonisolated(unsafe) static var terminatePending: Int32 = 0
    nonisolated(unsafe) static var savedTermios = termios()
    nonisolated(unsafe) static var hasSavedTermios = false
    /// Previous handlers by signal number, in plain memory a signal handler may read.
    nonisolated(unsafe) static let previousActions: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        pointer.initialize(repeating: sigaction(), count: 65)
        return pointer
    }()
    nonisolated(unsafe) static var installed = false

    /// The bytes that undo our terminal modes: mouse and paste reporting off, attributes
    /// reset, cursor shown, alternate screen left.
    static let restoreSequence: [UInt8] = Array("\u{1B}[?1006l\u{1B}[?1000l\u{1B}[?2004l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l".utf8)

    static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP]

    static func install(wakeFileDescriptor: Int32) {
        Self.wakeFileDescriptor = wakeFileDescriptor
        if tcgetattr(STDIN_FILENO, &savedTermios) == 0 { hasSavedTermios = true }
        guard !installed else { return }
        installed = true
        setHandler(SIGWINCH) { _ in
            SignalBridge.resizePending = 1
            SignalBridge.wake()
        }
        for number in [SIGTERM, SIGHUP, SIGINT] {
            setHandler(number) { _ in
                SignalBridge.terminatePending = 1
                SignalBridge.wake()
            }
        }
        for number in fatalSignals {
            setHandler(number, flags: Int32(bitPattern: UInt32(SA_RESETHAND)) | SA_NODEFER) { caught in
                SignalBridge.restoreTerminal()
                // Chain to whoever handled it before (Swift's backtracer), else the default.
                if caught > 0, caught < 65 {
                    sigaction(caught, SignalBridge.previousActions + Int(caught), nil)
                    raise(caught)
                }
                // If the chained handler returned (a signal sent with kill, say), die anyway.
                signal(caught, SIG_DFL)
                raise(caught)
                _exit(128 + caught)
            }
        }
    }

    private static func setHandler(_ number: Int32, flags: Int32 = 0, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        action.sa_flags = flags | SA_RESTART
        sigemptyset(&action.sa_mask)
        sigaction(number, &action, previousActions + Int(number))
    }

    /// Writes one byte to the wake pipe (async-signal-safe).
    static func wake() {
        guard wakeFileDescriptor >= 0 else { return }
        var byte: UInt8 = 1
        _ = write(wakeFileDescriptor, &byte, 1)
    }

    /// Puts the terminal back as it was (async-signal-safe: write and tcsetattr only).
    static func restoreTerminal() {
        restoreSequence.withUnsafeBytes { bytes in
            _ = write(STDOUT_FILENO, bytes.baseAddress, bytes.count)
        }
        if hasSavedTermios {
            _ = tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios)
        }
    }
}

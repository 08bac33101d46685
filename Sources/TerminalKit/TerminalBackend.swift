// What a real terminal (ncurses) or a test terminal provides to the app.

/// What the backend reads from the terminal. Bytes are decoded by `InputDecoder`.
public enum BackendInput: Sendable, Hashable {
    /// Bytes typed or pasted, in the order they arrived.
    case bytes([UInt8])
    /// The terminal was resized.
    case resize(TerminalSize)
    /// The terminal went away (hang-up, end of input): the app should quit.
    case hangup
    /// A signal asked the app to quit (SIGTERM, SIGHUP).
    case terminate
}

/// A terminal the app draws on. Implementations own the terminal; `draw` writes only the
/// cells that changed since the last frame.
public protocol TerminalBackend: AnyObject, Sendable {
    /// The size now.
    var size: TerminalSize { get }
    /// Input and terminal events, until the backend shuts down.
    var input: AsyncStream<BackendInput> { get }
    /// Draws a frame (the backend diffs it against the previous one) and places the cursor.
    func draw(_ screen: ScreenBuffer, cursor: CursorPosition?)
    /// Mouse reports on or off (off at start, so that the terminal's own drag-to-select works).
    func setMouseReporting(_ on: Bool)
    /// Restores the terminal. Safe to call more than once.
    func shutdown()
    /// Where the program loop should run, if the backend has a thread of its own for it: the
    /// thread that reads the keys and draws the frames, so that a key goes from `input` to
    /// `draw` without waking another thread. Nil (the default): the loop runs on the
    /// cooperative pool.
    var executor: (any TaskExecutor)? { get }
    /// Asks the backend to hand each input to `deliver` as it arrives, on its own thread,
    /// instead of through `input`, which then ends once what it already holds is read. Called on
    /// the backend's `executor`; returns false when the backend cannot (the default), and
    /// `input` goes on as before. A key then reaches the program loop without a stream and a
    /// task between them (perf: that hop was a tenth of a key's CPU in the chat).
    func deliverInput(_ deliver: @escaping @Sendable (BackendInput) -> Void) -> Bool
}

extension TerminalBackend {
    public var executor: (any TaskExecutor)? { nil }
    public func deliverInput(_ deliver: @escaping @Sendable (BackendInput) -> Void) -> Bool { false }
}

// Why the terminal could not be opened, and what to do about it.

/// A problem opening the terminal; each message says what the user can do.
public enum TerminalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, a script).
    case notATerminal
    /// `TERM` is unset (the name is empty) or names a type terminfo does not know.
    case unknownTerminal(String)
    /// The terminal is known but cannot move the cursor (TERM=dumb, say).
    case unsupportedTerminal(String)
    /// Neither the environment's locale nor C.UTF-8 is UTF-8, so Hangul cannot be drawn.
    case noUTF8Locale
    /// Something else went wrong setting the terminal up; the reason says what.
    case failed(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "chattutor needs an interactive terminal; for scripts and pipes use `chattutor check` or `chattutor analyze`"
        case .unknownTerminal(let name):
            name.isEmpty
                ? "TERM is not set; set it to your terminal's type, such as TERM=xterm-256color"
                : "TERM=\(name) is not known to this system; try TERM=xterm-256color"
        case .unsupportedTerminal(let name):
            "TERM=\(name) cannot move the cursor, which chattutor needs; try TERM=xterm-256color"
        case .noUTF8Locale:
            "no UTF-8 locale is available; set LANG=C.UTF-8 (or install a UTF-8 locale)"
        case .failed(let reason):
            "the terminal could not be set up: \(reason)"
        }
    }
}

// Why the terminal could not be opened, and what to do about it.

/// A problem opening the terminal; each message says what the user can do.
public enum TerminalError: Error, Sendable, Hashable, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)
    case noUTF8Locale
    case failed(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "chattutor needs an interactive terminal; for scripts and pipes use `chattutor check` or `chattutor analyze`"
        case .unknownTerminal(let name):
            name.isEmpty
                ? "TERM is not set; set it to your terminal's type, such as TERM=xterm-256color"
                : "TERM=\(name) is not known to this system; try TERM=xterm-256color"
        case .noUTF8Locale:
            "no UTF-8 locale is available; set LANG=C.UTF-8 (or install a UTF-8 locale)"
        case .failed(let reason):
            "the terminal could not be set up: \(reason)"
        }
    }
}

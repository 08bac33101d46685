// What the app's threads and the curses thread share, behind one lock.

import Synchronization
import TerminalKit

/// The size, the newest frame to draw, and the stop request.
final class TerminalShared: Sendable {
    struct State {
        var size = TerminalSize(columns: 80, rows: 24)
        var frame: (screen: ScreenBuffer, cursor: CursorPosition?)?
        var stopping = false
        /// A change of mouse reporting the curses thread has yet to write.
        var mouseReporting: Bool?
    }

    let state = Mutex(State())
}

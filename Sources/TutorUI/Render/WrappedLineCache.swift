// The chat's wrapped messages, kept between frames so that a key press re-wraps nothing.

import Synchronization
import TerminalKit
import TutorCore

/// A memo of `StyledLine.wrapped(_:style:width:prefix:marks:markStyle:)`: the same message at
/// the same width, prefix and styles always wraps to the same lines, so the renderer stays a pure
/// function of the state. Everything the lines depend on is in the key, so a resize (width) or a
/// theme change (styles) simply misses. Bounded: when it holds `capacity` messages it is emptied
/// and fills again from the frames that follow, so its size never depends on the chat's length.
final class WrappedLineCache: Sendable {
    struct Key: Hashable {
        var text: String
        var style: CellStyle
        var width: Int
        var prefix: String
        var prefixStyle: CellStyle
        var marks: [TextSpan]
        var markStyle: CellStyle
    }

    /// The one the chat pane uses.
    static let shared = WrappedLineCache(capacity: 2048)

    let capacity: Int
    private let entries = Mutex<[Key: [StyledLine]]>([:])

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The wrapped lines of `text`, from the cache when it holds them.
    func wrapped(
        _ text: String, style: CellStyle, width: Int, prefix: (String, CellStyle), marks: [TextSpan],
        markStyle: CellStyle
    ) -> [StyledLine] {
        let key = Key(
            text: text, style: style, width: width, prefix: prefix.0, prefixStyle: prefix.1, marks: marks,
            markStyle: markStyle)
        if let lines = entries.withLock({ $0[key] }) { return lines }
        let lines = StyledLine.wrapped(
            text, style: style, width: width, prefix: prefix, marks: marks, markStyle: markStyle)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = lines
        }
        return lines
    }

    /// How many messages it holds (for tests).
    var count: Int { entries.withLock { $0.count } }
}

// How far a load run has got, so a script can inject a fault halfway through it.

import Foundation
import Synchronization

/// Counts the messages sent by every conversation; when half of all are sent, creates the
/// plan's `halfwayFile` (once), which a script waits for to kill an instance or restart the
/// database mid-run.
final class LoadProgress: Sendable {
    private let sent = Atomic<Int>(0)
    private let halfway: Int
    private let halfwayFile: String?

    init(halfway: Int, halfwayFile: String?) {
        self.halfway = max(1, halfway)
        self.halfwayFile = halfwayFile
    }

    /// One more message sent.
    func messageSent() {
        let count = sent.add(1, ordering: .relaxed).newValue
        if count == halfway, let halfwayFile {
            _ = FileManager.default.createFile(atPath: halfwayFile, contents: Data())
        }
    }
}

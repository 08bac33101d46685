// The chat's saves into the learner's store, and what each came to as the chat says it.

import TutorCore
import TutorStore
import TutorUI

extension ModuleStore {
    /// Saves the chat's modules for `learnerName` (chat, replay, talk, TUI and plain alike):
    /// "already saved" when the store already holds this module or the same lesson.
    public func saver(for learnerName: String) -> ModuleSaver {
        { module in SaveResult(try self.save(module, for: learnerName)) }
    }
}

extension SaveResult {
    /// What the chat says of a store's outcome.
    public init(_ outcome: SaveOutcome) {
        switch outcome {
        case .saved: self = .saved
        case .alreadySaved: self = .alreadySaved
        }
    }
}

// The one order modules are listed in: the TUI's module list and the plain mode's lesson numbers.

import TutorCore

extension TeachingModule {
    /// Whether this module comes before `other` in the learner's list: by message, then where
    /// in it, then rule, then ID. Not in the order the modules' validation happened to finish,
    /// so the same conversation lists (and the plain mode numbers) its modules alike every time.
    public func isListed(before other: TeachingModule) -> Bool {
        (utterance.messageIndex, focus.span.start, focus.ruleID, id)
            < (other.utterance.messageIndex, other.focus.span.start, other.focus.ruleID, other.id)
    }
}

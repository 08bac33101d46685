// A saved module with its schedule, as a review session and the stats see it.

import Foundation
import TutorCore

/// A saved module and its spaced-repetition card.
public struct ReviewItem: Sendable, Hashable, Identifiable {
    public var saved: SavedModule
    public var card: ReviewCard
    /// How many times it has been reviewed: picks which of its problems comes next.
    public var reviewCount: Int

    public init(saved: SavedModule, card: ReviewCard, reviewCount: Int) {
        self.saved = saved
        self.card = card
        self.reviewCount = reviewCount
    }

    /// The saved module's row id.
    public var id: Int64 { saved.id }
}

/// One stored review: the log entry and which module and problem it was.
public struct StoredReview: Sendable, Hashable {
    public var savedModuleID: Int64
    public var problemIndex: Int
    /// Nil when the learner graded themself.
    public var answeredCorrectly: Bool?
    public var entry: ReviewLogEntry

    public init(savedModuleID: Int64, problemIndex: Int, answeredCorrectly: Bool?, entry: ReviewLogEntry) {
        self.savedModuleID = savedModuleID
        self.problemIndex = problemIndex
        self.answeredCorrectly = answeredCorrectly
        self.entry = entry
    }
}

// The spaced-repetition state of one saved module, and the ratings a review can give.

import Foundation

/// How well the learner recalled a module at a review (FSRS's four grades).
public enum ReviewRating: Int, Codable, Sendable, Hashable, CaseIterable {
    case again = 1
    case hard = 2
    case good = 3
    case easy = 4

    /// The grade's name as the learner sees it.
    public var name: String {
        switch self {
        case .again: "Again"
        case .hard: "Hard"
        case .good: "Good"
        case .easy: "Easy"
        }
    }
}

/// Where a card is in its life. py-fsrs has no `new` state (a new card is Learning at step
/// 0 with no stability); ChatTutor names it, because "new" is what the daily limit counts.
public enum CardState: Int, Codable, Sendable, Hashable, CaseIterable {
    case new = 0
    case learning = 1
    case review = 2
    case relearning = 3

    /// The state's name as the learner sees it.
    public var name: String {
        switch self {
        case .new: "New"
        case .learning: "Learning"
        case .review: "Review"
        case .relearning: "Relearning"
        }
    }
}

/// A module's schedule: FSRS's memory state (stability, difficulty), its state and step,
/// and when it is due next.
public struct ReviewCard: Codable, Sendable, Hashable {
    public var state: CardState
    /// The learning or relearning step; nil in the Review state.
    public var step: Int?
    /// Days until recall probability falls to 90%; nil until the first review.
    public var stability: Double?
    /// 1 (easy) to 10 (hard); nil until the first review.
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?

    /// A card as stored.
    public init(state: CardState, step: Int?, stability: Double?, difficulty: Double?, due: Date, lastReview: Date?) {
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }

    /// A card never reviewed, due at once.
    public static func new(due: Date) -> ReviewCard {
        ReviewCard(state: .new, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil)
    }
}

/// One review, as the log keeps it: what was given, and the schedule it produced.
public struct ReviewLogEntry: Codable, Sendable, Hashable {
    public var rating: ReviewRating
    public var reviewedAt: Date
    /// The card's state before this review (what retention and the new-card limit count).
    public var stateBefore: CardState
    /// The card after this review.
    public var card: ReviewCard

    public init(rating: ReviewRating, reviewedAt: Date, stateBefore: CardState, card: ReviewCard) {
        self.rating = rating
        self.reviewedAt = reviewedAt
        self.stateBefore = stateBefore
        self.card = card
    }
}

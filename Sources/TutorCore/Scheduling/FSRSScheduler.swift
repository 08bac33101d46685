// FSRS-6, the spaced-repetition scheduler, as py-fsrs 6.3.2 computes it (tests compare).

import Foundation

/// Schedules reviews with FSRS-6: a review's rating updates the card's stability and
/// difficulty, and the next interval is the one at which recall falls to the desired
/// retention. A line-for-line port of py-fsrs's `Scheduler.review_card` (the reference
/// implementation), checked against fixtures it generated (`scripts/gen-fsrs-fixtures.py`).
public struct FSRSScheduler: Sendable, Hashable {
    /// FSRS-6's 21 default weights (py-fsrs `DEFAULT_PARAMETERS`).
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
        0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
    static let minimumStability = 0.001
    static let difficultyRange = 1.0...10.0

    public let parameters: [Double]
    /// The recall probability reviews are scheduled for (0.9: forget one time in ten).
    public let desiredRetention: Double
    /// The short steps of a new card before it is scheduled in days.
    public let learningSteps: [TimeInterval]
    /// The short steps after a lapse.
    public let relearningSteps: [TimeInterval]
    /// The longest interval, in days.
    public let maximumInterval: Int
    private let decay: Double
    private let factor: Double

    /// A scheduler; the defaults are py-fsrs's (steps of 1 and 10 minutes, relearning 10).
    ///
    /// - Precondition: `parameters` has 21 weights and `desiredRetention` is in (0, 1).
    public init(
        parameters: [Double] = Self.defaultParameters, desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600], relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36_500
    ) {
        precondition(parameters.count == 21, "FSRS-6 takes 21 parameters")
        precondition(desiredRetention > 0 && desiredRetention < 1, "desired retention is a probability")
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        decay = -parameters[20]
        factor = pow(0.9, 1 / decay) - 1
    }

    /// The probability that the card is recalled at `date`.
    public func retrievability(of card: ReviewCard, at date: Date) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
        let elapsedDays = max(0, Self.wholeDays(from: lastReview, to: date))
        return pow(1 + factor * Double(elapsedDays) / stability, decay)
    }

    /// Reviews `card` with `rating` at `date`.
    ///
    /// - Parameter fuzz: A number in [0, 1) that spreads intervals of 3 days and more a
    ///   little (py-fsrs's `random()`), so that modules saved together do not stay due
    ///   together; nil for none.
    /// - Returns: The card after the review, and the review's log entry.
    public func review(_ card: ReviewCard, rating: ReviewRating, at date: Date, fuzz: Double? = nil)
        -> (card: ReviewCard, log: ReviewLogEntry)
    {
        var next = card
        let daysSinceLastReview = card.lastReview.map { Self.wholeDays(from: $0, to: date) }
        let interval: TimeInterval
        switch card.state {
        case .new, .learning:
            if let stability = card.stability, let difficulty = card.difficulty {
                next.stability = updatedStability(next, stability, difficulty, rating, daysSinceLastReview, date)
                next.difficulty = nextDifficulty(difficulty, rating)
            } else {
                next.stability = initialStability(rating)
                next.difficulty = clampDifficulty(initialDifficulty(rating))
            }
            interval = stepInterval(&next, rating, steps: learningSteps, stepState: .learning)
        case .review:
            let stability = card.stability ?? initialStability(rating)
            let difficulty = card.difficulty ?? clampDifficulty(initialDifficulty(rating))
            next.stability = updatedStability(next, stability, difficulty, rating, daysSinceLastReview, date)
            next.difficulty = nextDifficulty(difficulty, rating)
            if rating == .again, !relearningSteps.isEmpty {
                next.state = .relearning
                next.step = 0
                interval = relearningSteps[0]
            } else {
                interval = days(nextInterval(next.stability ?? Self.minimumStability))
            }
        case .relearning:
            let stability = card.stability ?? initialStability(rating)
            let difficulty = card.difficulty ?? clampDifficulty(initialDifficulty(rating))
            next.stability = updatedStability(next, stability, difficulty, rating, daysSinceLastReview, date)
            next.difficulty = nextDifficulty(difficulty, rating)
            interval = stepInterval(&next, rating, steps: relearningSteps, stepState: .relearning)
        }
        var scheduled = interval
        if let fuzz, next.state == .review { scheduled = fuzzed(interval, random: fuzz) }
        next.due = date.addingTimeInterval(scheduled)
        next.lastReview = date
        return (next, ReviewLogEntry(rating: rating, reviewedAt: date, stateBefore: card.state, card: next))
    }

    // MARK: - Steps and intervals

    /// The learning or relearning steps: where the card goes, and after how long.
    private func stepInterval(
        _ card: inout ReviewCard, _ rating: ReviewRating, steps: [TimeInterval], stepState: CardState
    )
        -> TimeInterval
    {
        let step = card.step ?? 0
        card.state = stepState
        func graduate() -> TimeInterval {
            card.state = .review
            card.step = nil
            return days(nextInterval(card.stability ?? Self.minimumStability))
        }
        if steps.isEmpty || (step >= steps.count && rating != .again) { return graduate() }
        switch rating {
        case .again:
            card.step = 0
            return steps[0]
        case .hard:
            card.step = step
            if step == 0 { return steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2 }
            return steps[min(step, steps.count - 1)]
        case .good:
            if step + 1 == steps.count { return graduate() }
            card.step = step + 1
            return steps[min(step + 1, steps.count - 1)]
        case .easy:
            return graduate()
        }
    }

    /// Whole days of the next interval: rounded half to even like Python's `round`, at
    /// least 1, at most `maximumInterval`.
    func nextInterval(_ stability: Double) -> Int {
        let raw = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
        return min(max(Int(raw.rounded(.toNearestOrEven)), 1), maximumInterval)
    }

    private func fuzzed(_ interval: TimeInterval, random: Double) -> TimeInterval {
        let intervalDays = Int((interval / 86_400).rounded(.down))
        guard Double(intervalDays) >= 2.5 else { return interval }
        var delta = 1.0
        for (start, end, rate) in [(2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, Double.infinity, 0.05)] {
            delta += rate * max(min(Double(intervalDays), end) - start, 0)
        }
        let maximum = min(Int((Double(intervalDays) + delta).rounded(.toNearestOrEven)), maximumInterval)
        let minimum = min(max(2, Int((Double(intervalDays) - delta).rounded(.toNearestOrEven))), maximum)
        let fuzzedDays = random * Double(maximum - minimum + 1) + Double(minimum)
        return days(min(Int(fuzzedDays.rounded(.toNearestOrEven)), maximumInterval))
    }

    private func days(_ count: Int) -> TimeInterval { TimeInterval(count) * 86_400 }

    /// Whole days between two dates, rounded down like Python's `timedelta.days`.
    static func wholeDays(from start: Date, to end: Date) -> Int {
        Int((end.timeIntervalSince(start) / 86_400).rounded(.down))
    }

    // MARK: - Memory state

    /// Same-day reviews use the short-term formula; later ones the long-term one.
    private func updatedStability(
        _ card: ReviewCard, _ stability: Double, _ difficulty: Double, _ rating: ReviewRating, _ daysSince: Int?,
        _ date: Date
    ) -> Double {
        if let daysSince, daysSince < 1 { return shortTermStability(stability, rating) }
        let recall = retrievability(of: card, at: date)
        let next =
            rating == .again
            ? forgetStability(difficulty, stability, recall) : recallStability(difficulty, stability, recall, rating)
        return max(next, Self.minimumStability)
    }

    private func initialStability(_ rating: ReviewRating) -> Double {
        max(parameters[rating.rawValue - 1], Self.minimumStability)
    }

    private func initialDifficulty(_ rating: ReviewRating) -> Double {
        parameters[4] - pow(M_E, parameters[5] * Double(rating.rawValue - 1)) + 1
    }

    private func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
    }

    private func nextDifficulty(_ difficulty: Double, _ rating: ReviewRating) -> Double {
        let delta = -(parameters[6] * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        let reverted = parameters[7] * initialDifficulty(.easy) + (1 - parameters[7]) * damped
        return clampDifficulty(reverted)
    }

    private func shortTermStability(_ stability: Double, _ rating: ReviewRating) -> Double {
        var increase =
            pow(M_E, parameters[17] * (Double(rating.rawValue) - 3 + parameters[18])) * pow(stability, -parameters[19])
        if rating != .again { increase = max(increase, 1.0) }
        return max(stability * increase, Self.minimumStability)
    }

    private func forgetStability(_ difficulty: Double, _ stability: Double, _ recall: Double) -> Double {
        let longTerm =
            parameters[11] * pow(difficulty, -parameters[12]) * (pow(stability + 1, parameters[13]) - 1)
            * pow(M_E, (1 - recall) * parameters[14])
        let shortTerm = stability / pow(M_E, parameters[17] * parameters[18])
        return min(longTerm, shortTerm)
    }

    private func recallStability(_ difficulty: Double, _ stability: Double, _ recall: Double, _ rating: ReviewRating)
        -> Double
    {
        let hardPenalty = rating == .hard ? parameters[15] : 1
        let easyBonus = rating == .easy ? parameters[16] : 1
        return stability
            * (1 + pow(M_E, parameters[8]) * (11 - difficulty) * pow(stability, -parameters[9])
                * (pow(M_E, (1 - recall) * parameters[10]) - 1) * hardPenalty * easyBonus)
    }
}

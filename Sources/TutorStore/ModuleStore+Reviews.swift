// Spaced review: what is due, recording a review with its log, and the numbers for stats.

import Foundation
import GRDB
import TutorCore

extension ModuleStore {
    /// The modules to review now: due ones first (most overdue first), then new ones, oldest
    /// save first, up to `newLimit` new ones a day minus those already started today.
    ///
    /// - Parameters:
    ///   - now: The current time (tests pass their own).
    ///   - startOfDay: When the learner's day began, in their time zone.
    public func reviewQueue(for learnerName: String, now: Date, startOfDay: Date, newLimit: Int) throws(StoreError)
        -> [ReviewItem]
    {
        try read("list the modules due for review") { db in
            let due = try ReviewItem.fetchAll(
                db,
                "WHERE learner.name = ? AND review_card.state <> ? AND review_card.due <= ? ORDER BY review_card.due, saved_module.id",
                arguments: [learnerName, CardState.new.rawValue, now])
            let startedToday =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM review_log JOIN learner ON learner.id = review_log.learnerId
                        WHERE learner.name = ? AND review_log.stateBefore = ? AND review_log.reviewedAt >= ?
                        """,
                    arguments: [learnerName, CardState.new.rawValue, startOfDay]) ?? 0
            let newRoom = max(0, newLimit - startedToday)
            let new = try ReviewItem.fetchAll(
                db,
                "WHERE learner.name = ? AND review_card.state = ? ORDER BY saved_module.savedAt, saved_module.id LIMIT ?",
                arguments: [learnerName, CardState.new.rawValue, newRoom])
            return due + new
        }
    }

    /// Every saved module of the learner with its card, newest save first.
    public func reviewItems(for learnerName: String) throws(StoreError) -> [ReviewItem] {
        try read("read the review schedule") { db in
            try ReviewItem.fetchAll(
                db, "WHERE learner.name = ? ORDER BY saved_module.savedAt DESC, saved_module.id DESC",
                arguments: [learnerName])
        }
    }

    /// Reviews a saved module: schedules it with `scheduler` and stores the new card and
    /// the log entry in one transaction (both or neither).
    ///
    /// - Parameters:
    ///   - fuzz: A number in [0, 1) that spreads long intervals (see `FSRSScheduler`).
    ///   - answeredCorrectly: Nil when the learner graded themself.
    /// - Returns: The stored review; nil when the module is no longer saved.
    @discardableResult
    public func recordReview(
        savedModuleID: Int64, rating: ReviewRating, at date: Date, scheduler: FSRSScheduler, fuzz: Double?,
        problemIndex: Int, answeredCorrectly: Bool?
    ) throws(StoreError) -> StoredReview? {
        try write("record the review") { db in
            guard let item = try ReviewItem.fetchAll(db, "WHERE saved_module.id = ?", arguments: [savedModuleID]).first
            else { return nil }
            let (card, entry) = scheduler.review(item.card, rating: rating, at: date, fuzz: fuzz)
            try db.execute(
                sql: """
                    UPDATE review_card SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, lastReview = ?,
                      reviewCount = reviewCount + 1 WHERE savedModuleId = ?
                    """,
                arguments: [
                    card.state.rawValue, card.step, card.stability, card.difficulty, card.due, card.lastReview,
                    savedModuleID,
                ])
            try db.execute(
                sql: """
                    INSERT INTO review_log (savedModuleId, learnerId, reviewedAt, rating, stateBefore, state, step,
                      stability, difficulty, due, problemIndex, answeredCorrectly)
                    SELECT id, learnerId, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM saved_module WHERE id = ?
                    """,
                arguments: [
                    date, rating.rawValue, entry.stateBefore.rawValue, card.state.rawValue, card.step, card.stability,
                    card.difficulty, card.due, problemIndex, answeredCorrectly, savedModuleID,
                ])
            return StoredReview(
                savedModuleID: savedModuleID, problemIndex: problemIndex, answeredCorrectly: answeredCorrectly,
                entry: entry)
        }
    }

    /// A saved module's reviews, oldest first.
    public func reviews(ofSavedModule savedModuleID: Int64) throws(StoreError) -> [StoredReview] {
        try read("read the review log") { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM review_log WHERE savedModuleId = ? ORDER BY reviewedAt, id",
                arguments: [savedModuleID]
            ).map(StoredReview.init(row:))
        }
    }

    /// The numbers of the stats view.
    ///
    /// - Parameter dayStarts: The starts of the days to count reviews for, oldest first,
    ///   then the start of tomorrow (the caller's calendar decides where days begin).
    public func reviewStats(for learnerName: String, dayStarts: [Date]) throws(StoreError) -> ReviewStats {
        try read("compute the review stats") { db in
            let endOfToday = dayStarts.last ?? Date.distantFuture
            let learnerID = try Int64.fetchOne(
                db, sql: "SELECT id FROM learner WHERE name = ?", arguments: [learnerName])
            guard let learnerID else {
                return ReviewStats(
                    dueToday: 0, newCount: 0, reviewsPerDay: Array(repeating: 0, count: max(0, dayStarts.count - 1)),
                    retention: nil, retentionSampleSize: 0, totalReviews: 0)
            }
            let cards = """
                SELECT COUNT(*) FROM review_card JOIN saved_module ON saved_module.id = review_card.savedModuleId
                WHERE saved_module.learnerId = ?
                """
            let dueToday =
                try Int.fetchOne(
                    db, sql: "\(cards) AND review_card.state <> ? AND review_card.due < ?",
                    arguments: [learnerID, CardState.new.rawValue, endOfToday]) ?? 0
            let newCount =
                try Int.fetchOne(
                    db, sql: "\(cards) AND review_card.state = ?", arguments: [learnerID, CardState.new.rawValue]) ?? 0
            var perDay: [Int] = []
            for (start, end) in zip(dayStarts, dayStarts.dropFirst()) {
                perDay.append(
                    try Int.fetchOne(
                        db,
                        sql:
                            "SELECT COUNT(*) FROM review_log WHERE learnerId = ? AND reviewedAt >= ? AND reviewedAt < ?",
                        arguments: [learnerID, start, end]) ?? 0)
            }
            let mature = "SELECT COUNT(*) FROM review_log WHERE learnerId = ? AND stateBefore = ?"
            let matureCount = try Int.fetchOne(db, sql: mature, arguments: [learnerID, CardState.review.rawValue]) ?? 0
            let recalled =
                try Int.fetchOne(
                    db, sql: "\(mature) AND rating <> ?",
                    arguments: [learnerID, CardState.review.rawValue, ReviewRating.again.rawValue]) ?? 0
            let total =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM review_log WHERE learnerId = ?", arguments: [learnerID])
                ?? 0
            return ReviewStats(
                dueToday: dueToday, newCount: newCount, reviewsPerDay: perDay,
                retention: matureCount > 0 ? Double(recalled) / Double(matureCount) : nil,
                retentionSampleSize: matureCount, totalReviews: total)
        }
    }
}

extension ReviewItem {
    /// Saved modules joined with their cards, matching `condition` (SQL after the joins).
    static func fetchAll(_ db: Database, _ condition: String, arguments: StatementArguments) throws -> [ReviewItem] {
        let sql = """
            SELECT saved_module.*, learner.name AS learnerName, review_card.state AS cardState,
              review_card.step AS cardStep, review_card.stability AS cardStability,
              review_card.difficulty AS cardDifficulty, review_card.due AS cardDue,
              review_card.lastReview AS cardLastReview, review_card.reviewCount AS cardReviewCount
            FROM saved_module JOIN learner ON learner.id = saved_module.learnerId
            JOIN review_card ON review_card.savedModuleId = saved_module.id
            \(condition)
            """
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let stateValue: Int = row["cardState"]
            guard let state = CardState(rawValue: stateValue) else {
                throw StoreError.failed(
                    operation: "read the review schedule", reason: "a card has a state this ChatTutor does not know")
            }
            let card = ReviewCard(
                state: state, step: row["cardStep"], stability: row["cardStability"],
                difficulty: row["cardDifficulty"], due: row["cardDue"], lastReview: row["cardLastReview"])
            return ReviewItem(saved: try SavedModule(row: row), card: card, reviewCount: row["cardReviewCount"])
        }
    }
}

extension StoredReview {
    init(row: Row) throws {
        let ratingValue: Int = row["rating"]
        let before: Int = row["stateBefore"]
        let after: Int = row["state"]
        guard let rating = ReviewRating(rawValue: ratingValue), let stateBefore = CardState(rawValue: before),
            let state = CardState(rawValue: after)
        else {
            throw StoreError.failed(
                operation: "read the review log", reason: "a review has a rating or state this ChatTutor does not know")
        }
        let card = ReviewCard(
            state: state, step: row["step"], stability: row["stability"], difficulty: row["difficulty"],
            due: row["due"],
            lastReview: row["reviewedAt"])
        self.init(
            savedModuleID: row["savedModuleId"], problemIndex: row["problemIndex"],
            answeredCorrectly: row["answeredCorrectly"],
            entry: ReviewLogEntry(rating: rating, reviewedAt: row["reviewedAt"], stateBefore: stateBefore, card: card))
    }
}

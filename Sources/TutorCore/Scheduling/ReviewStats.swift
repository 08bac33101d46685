// The numbers of the review stats view.

/// What the stats view shows.
public struct ReviewStats: Sendable, Hashable {
    /// Cards already reviewed once and due before the end of today.
    public var dueToday: Int
    /// Cards never reviewed.
    public var newCount: Int
    /// Reviews per day, oldest first, one entry per day of the window (zeros included).
    public var reviewsPerDay: [Int]
    /// The share of reviews of Review-state cards not rated Again (FSRS's true retention);
    /// nil before any such review.
    public var retention: Double?
    /// Reviews of Review-state cards counted in `retention`.
    public var retentionSampleSize: Int
    /// Every review ever given.
    public var totalReviews: Int

    public init(
        dueToday: Int, newCount: Int, reviewsPerDay: [Int], retention: Double?, retentionSampleSize: Int,
        totalReviews: Int
    ) {
        self.dueToday = dueToday
        self.newCount = newCount
        self.reviewsPerDay = reviewsPerDay
        self.retention = retention
        self.retentionSampleSize = retentionSampleSize
        self.totalReviews = totalReviews
    }
}

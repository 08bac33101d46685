// Percentiles of request latencies, by the nearest-rank method.

/// The distribution of a set of latencies: count, p50, p90, p99 and max, in milliseconds.
public struct LatencySummary: Sendable, Equatable, Codable {
    public var count: Int
    public var p50Milliseconds: Double
    public var p90Milliseconds: Double
    public var p99Milliseconds: Double
    public var maxMilliseconds: Double

    public init(
        count: Int, p50Milliseconds: Double, p90Milliseconds: Double, p99Milliseconds: Double, maxMilliseconds: Double
    ) {
        self.count = count
        self.p50Milliseconds = p50Milliseconds
        self.p90Milliseconds = p90Milliseconds
        self.p99Milliseconds = p99Milliseconds
        self.maxMilliseconds = maxMilliseconds
    }

    /// Summarises latencies given in nanoseconds; nil when there are none.
    public init?(nanoseconds samples: [Int64]) {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        func milliseconds(_ nanoseconds: Int64) -> Double { Double(nanoseconds) / 1_000_000 }
        self.init(
            count: sorted.count,
            p50Milliseconds: milliseconds(Self.percentile(50, ofSorted: sorted)),
            p90Milliseconds: milliseconds(Self.percentile(90, ofSorted: sorted)),
            p99Milliseconds: milliseconds(Self.percentile(99, ofSorted: sorted)),
            maxMilliseconds: milliseconds(sorted[sorted.count - 1]))
    }

    /// The nearest-rank percentile: the smallest sample with at least `percent`% of the samples
    /// at or below it. Always one of the samples (never interpolated), so a p99 of 100 samples
    /// is the 99th smallest, and of fewer than 100 samples the largest.
    public static func percentile<Sample: Comparable>(_ percent: Double, ofSorted sorted: [Sample]) -> Sample {
        precondition(!sorted.isEmpty && (0...100).contains(percent), "percentile of an empty list or beyond 0...100")
        let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
        return sorted[max(rank, 1) - 1]
    }
}

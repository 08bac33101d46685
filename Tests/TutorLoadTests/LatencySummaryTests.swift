// Percentiles by nearest rank, and the latency summary built from them.

import Testing

@testable import TutorLoad

@Suite("Latency percentiles")
struct LatencySummaryTests {
    @Test(
        "nearest rank over 1...100 picks the sample at the rank",
        arguments: [(50.0, 50), (90.0, 90), (99.0, 99), (100.0, 100), (0.0, 1), (0.5, 1), (99.1, 100)])
    func nearestRank(percent: Double, expected: Int) {
        #expect(LatencySummary.percentile(percent, ofSorted: Array(1...100)) == expected)
    }

    @Test("with fewer than 100 samples the p99 is the largest, and a single sample is every percentile")
    func smallSets() {
        let ten = Array(1...10)
        #expect(LatencySummary.percentile(99, ofSorted: ten) == 10)
        #expect(LatencySummary.percentile(50, ofSorted: ten) == 5)
        #expect(LatencySummary.percentile(50, ofSorted: [7]) == 7)
        #expect(LatencySummary.percentile(99, ofSorted: [7]) == 7)
    }

    @Test("a summary sorts its samples and reports milliseconds")
    func summary() throws {
        // 200 samples: 1 ms ... 200 ms, shuffled.
        let samples = (1...200).map { Int64($0) * 1_000_000 }.shuffled()
        let summary = try #require(LatencySummary(nanoseconds: samples))
        #expect(summary.count == 200)
        #expect(summary.p50Milliseconds == 100)
        #expect(summary.p90Milliseconds == 180)
        #expect(summary.p99Milliseconds == 198)
        #expect(summary.maxMilliseconds == 200)
    }

    @Test("no samples, no summary")
    func empty() {
        #expect(LatencySummary(nanoseconds: []) == nil)
    }
}

@Suite("Latency timeline")
struct LatencyTimelineTests {
    @Test("messages fall into the slice their send began in; empty slices are left out")
    func slices() {
        var first = ConversationOutcome(conversationID: "a")
        first.messageSentAtNanoseconds = [0, 100_000_000, 600_000_000]
        first.messageLatencyNanoseconds = [5_000_000, 7_000_000, 900_000_000]
        var second = ConversationOutcome(conversationID: "b")
        second.messageSentAtNanoseconds = [240_000_000]
        second.messageLatencyNanoseconds = [9_000_000]
        let timeline = LatencyTimeline(outcomes: [first, second], sliceMilliseconds: 250)
        #expect(timeline.slices.map(\.startMilliseconds) == [0, 500])
        #expect(timeline.slices.map(\.messages) == [3, 1])
        #expect(timeline.slices[0].latency.maxMilliseconds == 9)
        #expect(timeline.slices[1].latency.p50Milliseconds == 900)
        #expect(timeline.text().split(separator: "\n").count == 3)
    }
}

// Message latencies over the sending phase, in time slices: where a stall happened and how long.

/// The sending phase cut into equal slices, with the messages sent in each and their latencies.
///
/// A p99 says how bad the tail is; the timeline says when it happened. A slice where the
/// rate drops and the latency jumps is the server stalling (for example while it analyses a
/// thousand batches at once).
public struct LatencyTimeline: Sendable, Equatable, Codable {
    public struct Slice: Sendable, Equatable, Codable {
        /// The slice's start, in milliseconds from the start of the sending phase.
        public var startMilliseconds: Int
        public var messages: Int
        public var latency: LatencySummary
    }

    public var sliceMilliseconds: Int
    public var slices: [Slice]

    /// Groups messages by the slice their send began in; slices without a message are left out.
    public init(outcomes: [ConversationOutcome], sliceMilliseconds: Int) {
        let width = max(sliceMilliseconds, 1)
        self.sliceMilliseconds = width
        var latenciesBySlice: [Int: [Int64]] = [:]
        for outcome in outcomes {
            for (sentAt, latency) in zip(outcome.messageSentAtNanoseconds, outcome.messageLatencyNanoseconds) {
                latenciesBySlice[Int(sentAt / 1_000_000) / width, default: []].append(latency)
            }
        }
        slices = latenciesBySlice.keys.sorted().compactMap { slice in
            guard let latencies = latenciesBySlice[slice], let summary = LatencySummary(nanoseconds: latencies) else {
                return nil
            }
            return Slice(startMilliseconds: slice * width, messages: latencies.count, latency: summary)
        }
    }

    /// One line a slice: start, messages, p50, p99, max.
    public func text() -> String {
        var lines = ["start ms\tmessages\tp50 ms\tp99 ms\tmax ms"]
        for slice in slices {
            let latency = slice.latency
            lines.append(
                "\(slice.startMilliseconds)\t\(slice.messages)\t\(Int(latency.p50Milliseconds))\t"
                    + "\(Int(latency.p99Milliseconds))\t\(Int(latency.maxMilliseconds))")
        }
        return lines.joined(separator: "\n")
    }
}

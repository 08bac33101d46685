// Counts what the model cost: requests, tokens and time, per pipeline stage.

import TutorCore

/// Requests, tokens and time of one stage.
public struct StageUsage: Sendable, Hashable, Codable {
    public var requests = 0
    /// Requests that gave no usable answer (retried ones included).
    public var failedRequests = 0
    public var promptTokens = 0
    public var completionTokens = 0
    /// Some counts are estimates (the server sent no `usage`).
    public var tokensEstimated = false
    /// Time spent in requests, added up over concurrent ones.
    public var milliseconds = 0.0
    /// Parts of answers that failed validation and were dropped (findings, choices).
    public var droppedItems = 0

    public init() {}

    public var totalTokens: Int { promptTokens + completionTokens }

    /// Adds another stage's usage to this one.
    public mutating func add(_ other: StageUsage) {
        requests += other.requests
        failedRequests += other.failedRequests
        promptTokens += other.promptTokens
        completionTokens += other.completionTokens
        tokensEstimated = tokensEstimated || other.tokensEstimated
        milliseconds += other.milliseconds
        droppedItems += other.droppedItems
    }
}

/// Collects the usage of every request made through the clients that share it.
public final class LLMUsageMeter: Sendable {
    private let stages = Locked<[String: StageUsage]>([:])

    public init() {}

    /// Usage by stage name.
    public var snapshot: [String: StageUsage] { stages.withLock { $0 } }

    /// Everything added up.
    public var total: StageUsage {
        snapshot.values.reduce(into: StageUsage()) { $0.add($1) }
    }

    /// Counts parts of an answer that failed validation.
    public func recordDropped(stage: String, count: Int) {
        guard count > 0 else { return }
        stages.withLock { $0[stage, default: StageUsage()].droppedItems += count }
    }

    func record(stage: String, usage: TokenUsage?, duration: Duration, failed: Bool) {
        let (seconds, attoseconds) = duration.components
        stages.withLock { stages in
            var entry = stages[stage] ?? StageUsage()
            entry.requests += 1
            if failed { entry.failedRequests += 1 }
            if let usage {
                entry.promptTokens += usage.promptTokens
                entry.completionTokens += usage.completionTokens
                entry.tokensEstimated = entry.tokensEstimated || usage.isEstimated
            }
            entry.milliseconds += Double(seconds) * 1000 + Double(attoseconds) / 1e15
            stages[stage] = entry
        }
    }
}

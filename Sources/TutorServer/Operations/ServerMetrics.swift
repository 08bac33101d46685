// The server's Prometheus metrics: requests, pipeline latencies, module outcomes, memory.

import Prometheus
import TutorCore

/// Every metric `/metrics` serves, in one Prometheus registry.
public final class ServerMetrics: Sendable {
    /// The registry the metrics live in; `/metrics` emits it.
    public let registry = PrometheusCollectorRegistry()

    private static let stageBuckets: [Duration] = [
        .milliseconds(1), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10), .seconds(30),
        .seconds(60),
    ]
    private static let requestBuckets: [Duration] = [
        .microseconds(250), .milliseconds(1), .milliseconds(2.5), .milliseconds(5), .milliseconds(10),
        .milliseconds(25),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(1000),
    ]

    private let batchAnalysis: DurationHistogram
    private let clustering: DurationHistogram
    private let generation: DurationHistogram
    private let endToDone: DurationHistogram
    private let modulesValidated: Counter
    private let modulesRejected: Counter
    private let conversationsInMemory: Gauge
    private let connectionsOpen: Gauge
    private let connectionsRefused: Counter

    public init() {
        func descriptor(_ name: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
            MetricNameDescriptor(namespace: "chattutor", metricName: name, unitName: unit, helpText: help)
        }
        batchAnalysis = registry.makeDurationHistogram(
            descriptor: descriptor("batch_analysis", "seconds", "Time to analyse one learner batch."), labels: [],
            buckets: Self.stageBuckets)
        clustering = registry.makeDurationHistogram(
            descriptor: descriptor("clustering", "seconds", "Time to cluster and rank one learner's findings."),
            labels: [],
            buckets: Self.stageBuckets)
        generation = registry.makeDurationHistogram(
            descriptor: descriptor(
                "generation", "seconds", "Time spent generating and validating a conversation's modules."),
            labels: [], buckets: Self.stageBuckets)
        endToDone = registry.makeDurationHistogram(
            descriptor: descriptor("end_to_done", "seconds", "From the end of a conversation to its last module."),
            labels: [],
            buckets: Self.stageBuckets)
        modulesValidated = registry.makeCounter(
            descriptor: descriptor("modules_validated", "total", "Modules that passed validation."), labels: [])
        modulesRejected = registry.makeCounter(
            descriptor: descriptor("modules_rejected", "total", "Modules that failed validation."), labels: [])
        conversationsInMemory = registry.makeGauge(
            descriptor: descriptor(
                "conversations_in_memory", "", "Conversations the server holds: open, ending or finished."),
            labels: [])
        connectionsOpen = registry.makeGauge(
            descriptor: descriptor("connections_open", "", "HTTP connections open (admitted under --max-connections)."),
            labels: [])
        connectionsRefused = registry.makeCounter(
            descriptor: descriptor(
                "connections_refused", "total", "Connections answered 503 because --max-connections were open."),
            labels: [])
    }

    /// Records how many connections are open now, and whether one was just refused.
    func recordConnections(open: Int, refused: Bool) {
        connectionsOpen.set(Int64(open))
        if refused { connectionsRefused.increment() }
    }

    /// Counts one answered request and its latency, by method, route pattern and status.
    public func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "chattutor", metricName: "http_requests", unitName: "total",
                helpText: "HTTP requests answered."),
            labels: [("method", method), ("route", route), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "chattutor", metricName: "http_request_duration", unitName: "seconds",
                helpText: "Time to answer a request."),
            labels: [("method", method), ("route", route)], buckets: Self.requestBuckets
        ).record(duration)
    }

    /// Records the timings and outcomes the engine reports.
    public func record(_ event: EngineEvent) {
        switch event {
        case .batchAnalysed(let batch): batchAnalysis.record(batch.duration)
        case .clusteringDone(let done): clustering.record(done.duration)
        case .moduleValidated: modulesValidated.increment()
        case .moduleRejected: modulesRejected.increment()
        case .conversationDone(let summary):
            generation.record(summary.timings.generation)
            endToDone.record(summary.timings.endToDone)
        case .batchStarted: break
        }
    }

    /// Sets how many conversations the server holds in memory.
    public func setConversationsInMemory(_ count: Int) {
        conversationsInMemory.set(Int64(count))
    }

    /// The Prometheus text exposition of every metric.
    public func exposition() -> String { registry.emitToString() }
}

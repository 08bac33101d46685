// The figures of a load run, computed from the conversations' records.

import Foundation

/// What a load run measured, in the units the report prints.
public struct LoadReport: Sendable, Equatable, Codable {
    public var target: String
    public var conversations: Int
    public var messagesPerConversation: Int
    public var mix: String
    /// The mean pause before each message; 0 when conversations sent back to back.
    public var thinkTimeMilliseconds: Int
    public var messagesSent: Int
    /// Messages answered 202.
    public var messagesAccepted: Int
    /// From the first message sent to the last one accepted.
    public var sendingSeconds: Double
    public var acceptedPerSecond: Double
    public var messageLatency: LatencySummary?
    /// From the last conversation's end (202) to the last conversation seen finished; nil when
    /// a conversation never finished. Its resolution is the poll interval.
    public var lastEndToLastFinishedSeconds: Double?
    /// From each conversation's end to its finish, over the finished conversations.
    public var endToFinishedLatency: LatencySummary?
    public var pollIntervalMilliseconds: Int
    public var conversationsFinished: Int
    public var modules: Int
    /// Failed requests by route and cause (status and error code, transport, contract).
    public var errors: [String: Int]
    public var lostConversations: Int
    /// Lost conversations the server said were lost (410 `conversation_lost`: their instance died).
    public var goneConversations: Int
    /// Requests answered 503 and sent again after a pause (the load balancer had no instance,
    /// or the database could not record a new conversation).
    public var retriedUnavailable: Int
    /// Module-list polls (GET) whose connection broke before the answer, asked again.
    public var retriedBrokenPolls: Int
    /// Up to ten ids of lost conversations, to look them up in the server's log.
    public var lostExamples: [String]
    public var server: ServerFigures?
    public var generatorCPUSeconds: Double

    /// The server process's figures over the run.
    public struct ServerFigures: Sendable, Equatable, Codable {
        public var pid: Int32
        /// RSS when the run started (after start-up), to tell the load's share of the peak.
        public var rssBeforeMiB: Double?
        public var peakRSSMiB: Double
        public var rssAtEndMiB: Double
        /// CPU (user + system) the server used between the run's start and end.
        public var cpuSeconds: Double
    }

    public init(
        plan: LoadPlan, outcomes: [ConversationOutcome], serverPID: Int32?, serverBefore: ProcessSample?,
        serverAfter: ProcessSample?, generatorCPUSeconds: Double
    ) {
        target = "\(plan.host):\(plan.port)"
        conversations = outcomes.count
        messagesPerConversation = plan.messagesPerConversation
        mix = plan.mix.rawValue
        thinkTimeMilliseconds = Int(plan.thinkTime.nanoseconds / 1_000_000)
        messagesSent = outcomes.reduce(0) { $0 + $1.messagesSent }
        messagesAccepted = outcomes.reduce(0) { $0 + $1.messagesAccepted }
        sendingSeconds = (outcomes.compactMap(\.lastAcceptedAt).max() ?? .zero).seconds
        acceptedPerSecond = sendingSeconds > 0 ? Double(messagesAccepted) / sendingSeconds : 0
        messageLatency = LatencySummary(nanoseconds: outcomes.flatMap(\.messageLatencyNanoseconds))
        pollIntervalMilliseconds = Int(plan.pollInterval.nanoseconds / 1_000_000)
        let finished = outcomes.compactMap(\.finishedAt)
        endToFinishedLatency = LatencySummary(
            nanoseconds: outcomes.compactMap { outcome in
                guard let ended = outcome.endedAt, let finished = outcome.finishedAt else { return nil }
                return (finished - ended).nanoseconds
            })
        conversationsFinished = finished.count
        if finished.count == outcomes.count, let lastFinished = finished.max(),
            let lastEnd = outcomes.compactMap(\.endedAt).max()
        {
            lastEndToLastFinishedSeconds = (lastFinished - lastEnd).seconds
        }
        modules = outcomes.reduce(0) { $0 + $1.moduleCount }
        errors = outcomes.reduce(into: [:]) { totals, outcome in totals.merge(outcome.failures, uniquingKeysWith: +) }
        let lost = outcomes.filter(\.isLost)
        lostConversations = lost.count
        goneConversations = lost.filter(\.gone).count
        retriedUnavailable = outcomes.reduce(0) { $0 + $1.retriedUnavailable }
        retriedBrokenPolls = outcomes.reduce(0) { $0 + $1.retriedBrokenPolls }
        lostExamples = lost.prefix(10).map(\.conversationID)
        if let serverPID, let serverAfter {
            let cpuTicks = serverAfter.cpuTicks - (serverBefore?.cpuTicks ?? 0)
            server = ServerFigures(
                pid: serverPID, rssBeforeMiB: serverBefore.map { Double($0.residentKiB) / 1024 },
                peakRSSMiB: Double(serverAfter.peakResidentKiB) / 1024,
                rssAtEndMiB: Double(serverAfter.residentKiB) / 1024,
                cpuSeconds: Double(cpuTicks) / ProcessSample.ticksPerSecond)
        }
        self.generatorCPUSeconds = generatorCPUSeconds
    }

    /// The report as pretty-printed JSON with sorted keys.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? encoder.encode(self)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }

    /// The report as aligned plain text, one figure a line.
    public func text() -> String {
        func fixed(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }
        var lines = [
            "chattutor-load: \(conversations) conversations x \(messagesPerConversation) messages (\(mix), "
                + (thinkTimeMilliseconds > 0 ? "about \(thinkTimeMilliseconds) ms apart" : "back to back")
                + ") against \(target)",
            "messages accepted   \(messagesAccepted) of \(messagesSent) in \(fixed(sendingSeconds, 2)) s: "
                + "\(fixed(acceptedPerSecond)) messages/s",
        ]
        if let latency = messageLatency {
            lines.append(
                "POST /message       p50 \(fixed(latency.p50Milliseconds, 2)) ms, p90 \(fixed(latency.p90Milliseconds, 2)) ms, "
                    + "p99 \(fixed(latency.p99Milliseconds, 2)) ms, max \(fixed(latency.maxMilliseconds, 2)) ms")
        }
        let endToFinish = lastEndToLastFinishedSeconds.map { "\(fixed($0, 2)) s" } ?? "never (see lost)"
        lines.append("last end to last finished  \(endToFinish) (polled every \(pollIntervalMilliseconds) ms)")
        if let each = endToFinishedLatency {
            lines.append(
                "end to finished     per conversation p50 \(fixed(each.p50Milliseconds / 1000, 2)) s, "
                    + "p99 \(fixed(each.p99Milliseconds / 1000, 2)) s, max \(fixed(each.maxMilliseconds / 1000, 2)) s")
        }
        lines.append(
            "modules             \(modules) in \(conversationsFinished) of \(conversations) finished conversations")
        if let server {
            lines.append(
                "server              pid \(server.pid): peak RSS \(fixed(server.peakRSSMiB)) MiB ("
                    + (server.rssBeforeMiB.map { "\(fixed($0)) MiB before the run, " } ?? "")
                    + "\(fixed(server.rssAtEndMiB)) MiB at the end), CPU \(fixed(server.cpuSeconds, 2)) s during the run"
            )
        }
        lines.append("generator CPU       \(fixed(generatorCPUSeconds, 2)) s")
        if errors.isEmpty {
            lines.append("errors              none")
        } else {
            lines.append("errors")
            for (kind, count) in errors.sorted(by: { $0.key < $1.key }) { lines.append("  \(count)\t\(kind)") }
        }
        if retriedUnavailable > 0 {
            lines.append("retried after 50x   \(retriedUnavailable) requests (502, 503 or 504; sent again 1 s later)")
        }
        if retriedBrokenPolls > 0 {
            lines.append("polls asked again   \(retriedBrokenPolls) (their connection broke before the answer)")
        }
        lines.append(
            "lost conversations  \(lostConversations)"
                + (goneConversations > 0 ? " (\(goneConversations) answered 410 conversation_lost)" : ""))
        if !lostExamples.isEmpty { lines.append("  for example: \(lostExamples.joined(separator: ", "))") }
        return lines.joined(separator: "\n")
    }
}

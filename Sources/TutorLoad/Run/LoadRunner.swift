// Drives a load run against `chattutor serve`: connect, send, end, poll until modules finish.

import NIOCore

/// Runs the three phases of a load test with every conversation in flight at once.
///
/// 1. Connect: one keep-alive connection per conversation (a bounded number opening at once).
/// 2. Send: every conversation posts its messages one after another; all conversations do so
///    concurrently. This is the phase that messages per second and latencies describe.
/// 3. End and poll: every conversation is ended, then polled until generation finishes.
public struct LoadRunner: Sendable {
    public var plan: LoadPlan
    public var script: ConversationScript
    public var credentials: [BearerCredential]
    public var group: any EventLoopGroup

    public init(plan: LoadPlan, script: ConversationScript, credentials: [BearerCredential], group: any EventLoopGroup)
    {
        precondition(!credentials.isEmpty, "a load run needs at least one credential")
        self.plan = plan
        self.script = script
        self.credentials = credentials
        self.group = group
    }

    /// Runs the load and returns every conversation's record. Fails only when not a single
    /// connection could be opened; anything else that goes wrong is in the records.
    public func run() async throws(LoadSetupError) -> [ConversationOutcome] {
        var conversations = (0..<plan.conversationCount).map { index in
            SimulatedConversation(
                index: index, plan: plan, script: script, credential: credentials[index % credentials.count])
        }
        try await connect(&conversations)

        let origin = ContinuousClock.now
        let (thinkTime, patience) = (plan.thinkTime, plan.requestTimeout)
        let progress = LoadProgress(
            halfway: plan.conversationCount * plan.messagesPerConversation / 2, halfwayFile: plan.halfwayFile)
        conversations = await concurrently(conversations) { conversation in
            await conversation.sendMessages(
                since: origin, thinkTime: thinkTime, patience: patience, progress: progress)
        }
        let deadline = ContinuousClock.now + plan.finishTimeout
        let pollInterval = plan.pollInterval
        conversations = await concurrently(conversations) { conversation in
            await conversation.endAndAwaitModules(
                since: origin, pollInterval: pollInterval, deadline: deadline, patience: patience)
        }
        for conversation in conversations { await conversation.connection?.close() }
        return conversations.map(\.outcome)
    }

    private func connect(_ conversations: inout [SimulatedConversation]) async throws(LoadSetupError) {
        let results = await Self.openConnections(
            count: conversations.count, host: plan.host, port: plan.port, requestTimeout: plan.requestTimeout,
            group: group, concurrency: max(plan.connectConcurrency, 1))
        var lastFailure: (any Error)?
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let connection): conversations[index].connection = connection
            case .failure(let error):
                lastFailure = error
                conversations[index].outcome.failures["connect: \(error)", default: 0] += 1
            }
        }
        if let lastFailure, !conversations.contains(where: { $0.connection != nil }) {
            throw .cannotConnect(host: plan.host, port: plan.port, reason: "\(lastFailure)")
        }
    }

    /// Opens `count` connections, at most `concurrency` of them opening at a time.
    private static func openConnections(
        count: Int, host: String, port: Int, requestTimeout: Duration, group: any EventLoopGroup, concurrency: Int
    ) async -> [Result<HTTPConnection, any Error>] {
        await withTaskGroup(of: (Int, Result<HTTPConnection, any Error>).self) { tasks in
            var results = [Result<HTTPConnection, any Error>](
                repeating: .failure(TransportError.connectionClosed), count: count)
            var next = 0
            while next < min(concurrency, count) {
                tasks.addTask(
                    operation: connectTask(
                        index: next, host: host, port: port, requestTimeout: requestTimeout, group: group))
                next += 1
            }
            while let (index, result) = await tasks.next() {
                results[index] = result
                if next < count {
                    tasks.addTask(
                        operation: connectTask(
                            index: next, host: host, port: port, requestTimeout: requestTimeout, group: group))
                    next += 1
                }
            }
            return results
        }
    }

    private static func connectTask(
        index: Int, host: String, port: Int, requestTimeout: Duration, group: any EventLoopGroup
    )
        -> @Sendable () async -> (Int, Result<HTTPConnection, any Error>)
    {
        {
            do {
                return (
                    index,
                    .success(
                        try await HTTPConnection.connect(
                            host: host, port: port, requestTimeout: requestTimeout, group: group))
                )
            } catch {
                return (index, .failure(error))
            }
        }
    }

    private func concurrently(
        _ conversations: [SimulatedConversation],
        _ body: @escaping @Sendable (inout SimulatedConversation) async -> Void
    ) async -> [SimulatedConversation] {
        await withTaskGroup(of: SimulatedConversation.self) { tasks in
            for conversation in conversations {
                tasks.addTask {
                    var conversation = conversation
                    await body(&conversation)
                    return conversation
                }
            }
            var finished = conversations
            for await conversation in tasks { finished[conversation.index] = conversation }
            return finished
        }
    }
}

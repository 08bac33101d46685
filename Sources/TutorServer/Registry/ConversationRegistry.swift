// Which user owns which conversation, where each stands, its validated modules, its subscribers.

import Foundation
import TutorCore

/// The server's memory of conversations. It decides everything about a request
/// synchronously (no `await` inside, so no state changes under a method's feet) and hands
/// the engine its work through one ordered command stream, so the engine sees messages and
/// ends in exactly the order the registry accepted them.
public actor ConversationRegistry {
    /// The limits and times the registry enforces.
    public struct Policy: Sendable {
        public var batchSize: Int
        public var idleTimeout: Duration
        public var retention: Duration

        public init(batchSize: Int, idleTimeout: Duration, retention: Duration) {
            self.batchSize = max(1, batchSize)
            self.idleTimeout = idleTimeout
            self.retention = retention
        }
    }

    private let policy: Policy
    private let now: @Sendable () -> Duration
    private let metrics: ServerMetrics
    private let commands: AsyncStream<EngineCommand>.Continuation
    private var conversations: [ConversationID: ConversationRecord] = [:]
    /// Module id → its conversation, for `GET /teaching_module/{id}` and saving.
    private var moduleOwners: [String: ConversationID] = [:]
    private var nextSubscriberID = 0
    private(set) var isShuttingDown = false

    init(policy: Policy, metrics: ServerMetrics, commands: AsyncStream<EngineCommand>.Continuation, now: @escaping @Sendable () -> Duration) {
        self.policy = policy
        self.metrics = metrics
        self.commands = commands
        self.now = now
    }

    // MARK: - Requests

    /// Takes a message for the engine and says where it landed.
    func accept(_ message: Message, from user: String) throws(APIError) -> MessageReceipt {
        guard !isShuttingDown else { throw .unavailable("the server is shutting down; send the message again once it is back") }
        let id = message.conversationID
        var record = conversations[id] ?? ConversationRecord(owner: user, now: now())
        guard record.owner == user else { throw .forbidden("conversation \(id) belongs to another user; use a conversation id of your own") }
        guard record.status == .open else {
            throw APIError(.conflict, code: "conversation_ended", message: "conversation \(id) has ended; start a new conversation id to keep chatting")
        }
        var batch: MessageReceipt.BatchPlace?
        if message.speaker.isLearner {
            // The engine batches only utterances with text left after sanitising.
            let counted = record.learnerUtteranceCount
            batch = .init(index: counted / policy.batchSize, position: counted % policy.batchSize + 1, size: policy.batchSize)
            record.learnerUtteranceCount += 1
        }
        let receipt = MessageReceipt(conversationID: id.rawValue, messageIndex: record.messageCount, batch: batch)
        record.messageCount += 1
        record.lastActivity = now()
        let isNew = conversations[id] == nil
        conversations[id] = record
        if isNew { metrics.setConversationsInMemory(conversations.count) }
        commands.yield(.send(message))
        return receipt
    }

    /// Ends a conversation (once) and returns its status.
    func end(_ id: ConversationID, by user: String) throws(APIError) -> ConversationStatus {
        var record = try owned(id, by: user)
        guard record.status == .open else { return record.status }
        record.status = .ending
        conversations[id] = record
        commands.yield(.end(id))
        return .ending
    }

    /// A conversation's status and its validated modules' JSON.
    func listing(_ id: ConversationID, for user: String) throws(APIError) -> (status: ConversationStatus, modules: [String]) {
        let record = try owned(id, by: user)
        return (record.status, record.modules.map(\.json))
    }

    /// A validated module still in memory, if it belongs to the user.
    func module(_ moduleID: String, for user: String) throws(APIError) -> ModuleEntry {
        guard let conversationID = moduleOwners[moduleID], let record = conversations[conversationID],
            let entry = record.modules.first(where: { $0.module.id == moduleID })
        else { throw .notFound("no validated module \(moduleID) in memory; list a conversation's modules for their ids") }
        guard record.owner == user else { throw .forbidden("module \(moduleID) belongs to another user's conversation") }
        return entry
    }

    /// A stream of the conversation's module events: those validated so far first, then each
    /// as it validates, then `done`.
    func subscribe(_ id: ConversationID, for user: String) throws(APIError) -> AsyncStream<ConversationEvent> {
        var record = try owned(id, by: user)
        let (stream, continuation) = AsyncStream.makeStream(of: ConversationEvent.self)
        for entry in record.modules { continuation.yield(.module(entry.json)) }
        if record.status == .finished || isShuttingDown {
            if record.status == .finished { continuation.yield(.done(moduleCount: record.modules.count)) }
            continuation.finish()
            return stream
        }
        nextSubscriberID += 1
        let subscriberID = nextSubscriberID
        record.subscribers[subscriberID] = continuation
        conversations[id] = record
        continuation.onTermination = { _ in
            Task { await self.unsubscribe(subscriberID, from: id) }
        }
        return stream
    }

    private func unsubscribe(_ subscriberID: Int, from id: ConversationID) {
        conversations[id]?.subscribers[subscriberID] = nil
    }

    private func owned(_ id: ConversationID, by user: String) throws(APIError) -> ConversationRecord {
        guard let record = conversations[id] else {
            throw .notFound("no conversation \(id) in memory (never started, or finished more than the retention time ago)")
        }
        guard record.owner == user else { throw .forbidden("conversation \(id) belongs to another user") }
        return record
    }

    // MARK: - Engine events

    /// Records what the engine reports: validated modules and finished conversations.
    func handle(_ event: EngineEvent) {
        switch event {
        case .moduleValidated(let outcome):
            guard let module = outcome.module, var record = conversations[outcome.conversationID],
                let json = try? Self.encode(module)
            else { return }
            record.modules.append(ModuleEntry(module: module, json: json))
            moduleOwners[module.id] = outcome.conversationID
            record.subscribers.values.forEach { $0.yield(.module(json)) }
            conversations[outcome.conversationID] = record
        case .conversationDone(let summary):
            guard var record = conversations[summary.conversationID] else { return }
            record.status = .finished
            record.finishedAt = now()
            record.subscribers.values.forEach {
                $0.yield(.done(moduleCount: record.modules.count))
                $0.finish()
            }
            record.subscribers = [:]
            conversations[summary.conversationID] = record
        case .batchStarted, .batchAnalysed, .clusteringDone, .moduleRejected:
            break
        }
    }

    /// The module's wire JSON: the module format, keys sorted, on one line (SSE needs that).
    static func encode(_ module: TeachingModule) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(module), as: UTF8.self)
    }

    // MARK: - Time and shutdown

    /// Ends conversations idle past the idle timeout and drops finished ones kept past the
    /// retention time; sends open event streams a keep-alive. Returns how many were ended
    /// and dropped.
    @discardableResult
    public func sweep() -> (ended: Int, dropped: Int) {
        let time = now()
        var ended = 0
        var dropped: [ConversationID] = []
        for (id, record) in conversations {
            record.subscribers.values.forEach { $0.yield(.keepAlive) }
            if record.status == .open, time - record.lastActivity >= policy.idleTimeout {
                conversations[id]?.status = .ending
                commands.yield(.end(id))
                ended += 1
            } else if record.status == .finished, let finishedAt = record.finishedAt, time - finishedAt >= policy.retention {
                dropped.append(id)
            }
        }
        for id in dropped {
            conversations[id]?.modules.forEach { moduleOwners[$0.module.id] = nil }
            conversations[id] = nil
        }
        if !dropped.isEmpty { metrics.setConversationsInMemory(conversations.count) }
        return (ended, dropped.count)
    }

    /// Refuses new messages from now on and closes every event stream.
    func beginShutdown() {
        isShuttingDown = true
        for id in conversations.keys {
            conversations[id]?.subscribers.values.forEach { $0.finish() }
            conversations[id]?.subscribers = [:]
        }
    }

    /// How many event streams are open on a conversation.
    func subscriberCount(of id: ConversationID) -> Int { conversations[id]?.subscribers.count ?? 0 }

    /// How many conversations are held in memory.
    public var count: Int { conversations.count }

    /// How many conversations are ending: their modules are still being made.
    public var endingCount: Int { conversations.values.filter { $0.status == .ending }.count }
}

// Which user owns which conversation, where each stands, its validated modules, its subscribers.

import Foundation
import TutorCore
import TutorServerConfiguration

/// The server's memory of conversations. It decides everything about a request
/// synchronously (no `await` inside, so no state changes under a method's feet) and hands
/// the engine its work through one ordered command stream, so the engine sees messages and
/// ends in exactly the order the registry accepted them.
public actor ConversationRegistry {
    /// The limits and times the registry enforces.
    public struct Policy: Sendable {
        public var idleTimeout: Duration
        public var retention: Duration
        /// Open (not yet ended) conversations per user.
        public var maximumOpenConversationsPerUser: Int
        /// Messages per conversation.
        public var maximumMessagesPerConversation: Int

        public init(
            idleTimeout: Duration, retention: Duration, maximumOpenConversationsPerUser: Int = 20,
            maximumMessagesPerConversation: Int = 1_000
        ) {
            self.idleTimeout = idleTimeout
            self.retention = retention
            self.maximumOpenConversationsPerUser = max(1, maximumOpenConversationsPerUser)
            self.maximumMessagesPerConversation = max(1, maximumMessagesPerConversation)
        }
    }

    private let policy: Policy
    private let now: @Sendable () -> Duration
    private let metrics: ServerMetrics
    private let commands: AsyncStream<EngineCommand>.Continuation
    /// Keyed by the engine's id (`ScopedConversationID`: user and the client's id).
    private var conversations: [ConversationID: ConversationRecord] = [:]
    /// Open conversations per user, for the per-user cap.
    private var openCountByUser: [String: Int] = [:]
    /// Module id → its conversation, for `GET /teaching_module/{id}` and saving.
    private var moduleOwners: [String: ConversationID] = [:]
    private var nextSubscriberID = 0
    /// Engine ids dropped by the sweep since `takeDropped()` last took them.
    private var dropped: [String] = []
    private(set) var isShuttingDown = false
    /// Set on SIGTERM before the drain: `/health` answers 503, so a load balancer stops sending
    /// new conversations here, while messages are still taken (`ServerConfiguration.drainDelay`).
    private(set) var isDraining = false

    init(
        policy: Policy, metrics: ServerMetrics, commands: AsyncStream<EngineCommand>.Continuation,
        now: @escaping @Sendable () -> Duration
    ) {
        self.policy = policy
        self.metrics = metrics
        self.commands = commands
        self.now = now
    }

    // MARK: - Requests

    /// Takes a message for the engine and says where it landed: its receipt, and the batch
    /// place the engine gives it once the driver has sent it. `message.conversationID` is the
    /// client's id, which is the user's own.
    func accept(_ message: Message, from user: String) throws(APIError) -> (
        receipt: MessageReceipt, batch: PendingBatchPlace
    ) {
        guard !isShuttingDown else {
            throw .unavailable("the server is shutting down; send the message again once it is back")
        }
        let clientID = message.conversationID.rawValue
        let id = ScopedConversationID.make(user: user, id: clientID)
        let isNew = conversations[id] == nil
        var record = conversations[id] ?? ConversationRecord(owner: user, clientID: clientID, now: now())
        guard record.status == .open else {
            throw APIError(
                .conflict, code: "conversation_ended",
                message: "conversation \(clientID) has ended; start a new conversation id to keep chatting")
        }
        if isNew, openCountByUser[user, default: 0] >= policy.maximumOpenConversationsPerUser {
            throw .tooMany(
                "too_many_conversations",
                "you have \(policy.maximumOpenConversationsPerUser) conversations open, the most allowed; end one with "
                    + "POST /end_conversation/{conversation_id} (or wait until one is ended for being idle) and start again",
                retryAfterSeconds: secondsUntilAnIdleEnd(of: user))
        }
        guard record.messageCount < policy.maximumMessagesPerConversation else {
            throw .tooMany(
                "conversation_full",
                "conversation \(clientID) holds \(policy.maximumMessagesPerConversation) messages, the most allowed; end it with "
                    + "POST /end_conversation/\(clientID) to get its modules, and go on in a new conversation id",
                retryAfterSeconds: Self.seconds(policy.idleTimeout - (now() - record.lastActivity)))
        }
        let receipt = MessageReceipt(conversationID: clientID, messageIndex: record.messageCount, batch: nil)
        record.messageCount += 1
        record.lastActivity = now()
        conversations[id] = record
        if isNew {
            openCountByUser[user, default: 0] += 1
            metrics.setConversationsInMemory(conversations.count)
        }
        let (reply, batch) = BatchPlaceReply.make()
        commands.yield(.send(Message(conversationID: id, speaker: message.speaker, text: message.text), reply))
        return (receipt, batch)
    }

    /// Seconds until the user's least recently active open conversation is ended for being idle.
    private func secondsUntilAnIdleEnd(of user: String) -> Int {
        let time = now()
        let oldest =
            conversations.values.filter { $0.owner == user && $0.status == .open }.map(\.lastActivity).min() ?? time
        return Self.seconds(policy.idleTimeout - (time - oldest))
    }

    /// Whole seconds, rounded up, at least 1.
    private static func seconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return max(1, Int(seconds) + (attoseconds > 0 ? 1 : 0))
    }

    /// Marks an open conversation ending and asks the engine to end it.
    private func beginEnding(_ id: ConversationID) {
        guard let record = conversations[id], record.status == .open else { return }
        conversations[id]?.status = .ending
        openCountByUser[record.owner, default: 1] -= 1
        if openCountByUser[record.owner] == 0 { openCountByUser[record.owner] = nil }
        commands.yield(.end(id))
    }

    /// Ends a conversation (once) and returns its status.
    func end(_ id: ConversationID, by user: String) throws(APIError) -> ConversationStatus {
        let record = try owned(id, by: user)
        guard record.status == .open else { return record.status }
        beginEnding(ScopedConversationID.make(user: user, id: id.rawValue))
        return .ending
    }

    /// A conversation's status and its validated modules' JSON.
    func listing(_ id: ConversationID, for user: String) throws(APIError) -> (
        status: ConversationStatus, modules: [String]
    ) {
        let record = try owned(id, by: user)
        return (record.status, record.modules.map(\.json))
    }

    /// A validated module still in memory, if it belongs to the user.
    func module(_ moduleID: String, for user: String) throws(APIError) -> ModuleEntry {
        guard let conversationID = moduleOwners[moduleID], let record = conversations[conversationID],
            record.owner == user,
            let entry = record.modules.first(where: { $0.module.id == moduleID })
        else {
            throw .notFound(
                "no validated module \(moduleID) of yours in memory; list a conversation's modules for their ids")
        }
        return entry
    }

    /// A stream of the conversation's module events: those validated so far first, then each
    /// as it validates, then `done`.
    func subscribe(_ clientID: ConversationID, for user: String) throws(APIError) -> AsyncStream<ConversationEvent> {
        var record = try owned(clientID, by: user)
        let id = ScopedConversationID.make(user: user, id: clientID.rawValue)
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

    /// The user's conversation with the client's id `id`: another user's with the same id is
    /// a different conversation.
    private func owned(_ id: ConversationID, by user: String) throws(APIError) -> ConversationRecord {
        guard let record = conversations[ScopedConversationID.make(user: user, id: id.rawValue)] else {
            throw .notFound(
                "you have no conversation \(id) in memory (never started, or finished more than the retention time ago)"
            )
        }
        return record
    }

    // MARK: - Engine events

    /// Records what the engine reports: validated modules and finished conversations.
    func handle(_ event: EngineEvent) {
        switch event {
        case .moduleValidated(let outcome):
            guard var module = outcome.module, var record = conversations[outcome.conversationID] else { return }
            // The client knows the conversation by its own id, not the engine's.
            module.conversationID = ConversationID(record.clientID)
            guard let json = try? Self.encode(module) else { return }
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
                beginEnding(id)
                ended += 1
            } else if record.status == .finished, let finishedAt = record.finishedAt,
                time - finishedAt >= policy.retention
            {
                dropped.append(id)
            }
        }
        for id in dropped {
            conversations[id]?.modules.forEach { moduleOwners[$0.module.id] = nil }
            conversations[id] = nil
        }
        self.dropped += dropped.map(\.rawValue)
        if !dropped.isEmpty { metrics.setConversationsInMemory(conversations.count) }
        return (ended, dropped.count)
    }

    /// Refuses new messages from now on, ends every open conversation (its accepted messages
    /// are analysed and its modules made, as for `POST /end_conversation`) and closes every
    /// event stream. Returns how many conversations it ended.
    /// Reports not ready from now on (see `isDraining`); changes nothing else.
    func beginDraining() { isDraining = true }

    @discardableResult
    func beginShutdown() -> Int {
        isShuttingDown = true
        let open = conversations.filter { $0.value.status == .open }.keys
        open.forEach(beginEnding)
        for id in conversations.keys {
            conversations[id]?.subscribers.values.forEach { $0.finish() }
            conversations[id]?.subscribers = [:]
        }
        return open.count
    }

    /// The engine ids of the conversations dropped since the last call, for the ledger.
    func takeDropped() -> [String] {
        defer { dropped = [] }
        return dropped
    }

    /// Whether the user's conversation with the client's id `id` is in memory, in any state.
    func holds(_ id: ConversationID, of user: String) -> Bool {
        conversations[ScopedConversationID.make(user: user, id: id.rawValue)] != nil
    }

    /// How many event streams are open on a user's conversation.
    func subscriberCount(of id: ConversationID, for user: String) -> Int {
        conversations[ScopedConversationID.make(user: user, id: id.rawValue)]?.subscribers.count ?? 0
    }

    /// How many conversations are held in memory.
    public var count: Int { conversations.count }

    /// How many conversations are ending: their modules are still being made.
    public var endingCount: Int { conversations.values.filter { $0.status == .ending }.count }
}

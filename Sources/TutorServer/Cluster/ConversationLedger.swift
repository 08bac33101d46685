// This instance's part in the shared record of which instance holds which conversation.

import Foundation
import Logging
import TutorCore
import TutorStore

/// Records, in the shared database, which instance started each conversation, and keeps this
/// instance's heartbeat there, so that an instance sent a conversation it does not hold can
/// tell a new conversation (start it) from a lost one (410 Gone).
///
/// Chat lives in the memory of the instance that started it. When that instance dies, the
/// load balancer's consistent hash sends the conversation's next request to a survivor,
/// which does not know it: without this record the survivor would start it afresh from
/// message 0, silently losing what came before. Only ids and times are stored.
public struct ConversationLedger: Sendable {
    let store: any ServerStore
    /// Random for each start, so a restarted instance does not claim its old conversations.
    public let instanceID: String
    /// How often the heartbeat is written.
    let heartbeatInterval: Duration
    /// A heartbeat older than this means the instance stopped (the message says so).
    let lease: Duration
    /// Instances silent for this long are forgotten, with their conversations.
    let memory: Duration
    let logger: Logger

    public init(
        store: any ServerStore, instanceID: String = Self.newInstanceID(), heartbeatInterval: Duration = .seconds(2),
        memory: Duration = .seconds(24 * 3600), logger: Logger
    ) {
        self.store = store
        self.instanceID = instanceID
        self.heartbeatInterval = heartbeatInterval
        self.lease = heartbeatInterval * 5
        self.memory = memory
        self.logger = logger
    }

    /// A new random instance id: 16 hex digits.
    public static func newInstanceID() -> String {
        String(UInt64.random(in: 0...UInt64.max), radix: 16)
    }

    /// Records that this instance starts the conversation `id` of `user`.
    ///
    /// - Throws: ``APIError`` 410 `conversation_lost` when another instance started it, 503
    ///   when the database does not answer (nothing was started; the client may retry).
    func claim(_ id: ConversationID, of user: String) async throws(APIError) {
        let key = ScopedConversationID.make(user: user, id: id.rawValue).rawValue
        let owner: ConversationOwner
        do {
            owner = try await store.claimConversation(key, instance: instanceID, at: Date())
        } catch {
            logger.error("store failure", metadata: ["error": "\(error)"])
            throw APIError(
                .serviceUnavailable, code: "unavailable",
                message: "the server could not record the new conversation; send the message again shortly",
                retryAfterSeconds: 1)
        }
        if owner.instance != instanceID { throw lost(id, owner: owner) }
    }

    /// The 410 for a conversation this instance does not hold but another started; nil when
    /// no instance did (or the database does not answer: the caller's 404 stands).
    func lostError(_ id: ConversationID, of user: String) async -> APIError? {
        let key = ScopedConversationID.make(user: user, id: id.rawValue).rawValue
        do {
            guard let owner = try await store.conversationOwner(key), owner.instance != instanceID else { return nil }
            return lost(id, owner: owner)
        } catch {
            logger.error("store failure", metadata: ["error": "\(error)"])
            return nil
        }
    }

    /// 410 Gone, with a reason a front end can show the learner.
    func lost(_ id: ConversationID, owner: ConversationOwner, now: Date = Date()) -> APIError {
        let stopped = owner.heartbeatAt.map { now.timeIntervalSince($0) > Double(lease.components.seconds) } ?? true
        let what =
            stopped
            ? "the server that held conversation \(id) stopped"
            : "conversation \(id) is held by a server that is leaving or cannot be reached"
        return APIError(
            .gone, code: "conversation_lost",
            message:
                "\(what); chat is kept only in that server's memory, so this conversation cannot go on. "
                + "Modules you saved are kept; start a new conversation id to keep chatting")
    }

    /// Forgets this instance's ownership of conversations it dropped from memory.
    func release(_ keys: [String]) async {
        guard !keys.isEmpty else { return }
        do {
            try await store.releaseConversations(keys, instance: instanceID)
        } catch {
            logger.warning("could not forget finished conversations", metadata: ["error": "\(error)"])
        }
    }

    /// Writes the heartbeat now and every `heartbeatInterval` until cancelled; now and then
    /// forgets instances silent for longer than `memory`.
    func beatUntilCancelled() async {
        var failing = false
        var beats = 0
        while !Task.isCancelled {
            do {
                try await store.heartbeat(instance: instanceID, at: Date())
                if beats % 1_800 == 0 {
                    try await store.forgetInstances(
                        silentSince: Date(timeIntervalSinceNow: -Double(memory.components.seconds)))
                }
                beats += 1
                if failing { logger.notice("heartbeat written again") }
                failing = false
            } catch {
                if !failing { logger.warning("could not write the heartbeat", metadata: ["error": "\(error)"]) }
                failing = true
            }
            do { try await Task.sleep(for: heartbeatInterval) } catch { return }
        }
    }
}

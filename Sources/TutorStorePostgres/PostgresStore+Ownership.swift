// Conversation owners and instance heartbeats in PostgreSQL, shared by every instance.

import Foundation
import PostgresNIO
import TutorStore

extension PostgresStore {
    public func heartbeat(instance: String, at date: Date) async throws(StoreError) {
        try await perform("record the server's heartbeat") { client in
            try await client.query(
                """
                INSERT INTO server_instance (id, startedAt, heartbeatAt) VALUES (\(instance), \(date), \(date))
                ON CONFLICT (id) DO UPDATE SET heartbeatAt = excluded.heartbeatAt
                """)
        }
    }

    public func claimConversation(_ key: String, instance: String, at date: Date) async throws(StoreError)
        -> ConversationOwner
    {
        // One statement: the insert, or the row another instance inserted first.
        try await perform("record the conversation's server") { client in
            _ = try await client.query(
                """
                INSERT INTO conversation_owner (conversationKey, instanceId, startedAt) VALUES (\(key), \(instance), \(date))
                ON CONFLICT (conversationKey) DO NOTHING
                """)
            guard let owner = try await Self.owners(client.query(Self.ownerSelection(key))).first else {
                throw StoreError.failed(
                    operation: "record the conversation's server", reason: "the record could not be read back")
            }
            return owner
        }
    }

    public func conversationOwner(_ key: String) async throws(StoreError) -> ConversationOwner? {
        try await perform("look up the conversation's server") { client in
            try await Self.owners(client.query(Self.ownerSelection(key))).first
        }
    }

    public func releaseConversations(_ keys: [String], instance: String) async throws(StoreError) {
        guard !keys.isEmpty else { return }
        try await perform("forget finished conversations") { client in
            try await client.query(
                "DELETE FROM conversation_owner WHERE conversationKey = ANY(\(keys)) AND instanceId = \(instance)")
        }
    }

    public func forgetInstances(silentSince date: Date) async throws(StoreError) -> Int {
        try await transaction("forget stopped servers") { connection, logger in
            try await connection.query(
                "DELETE FROM conversation_owner WHERE instanceId IN (SELECT id FROM server_instance WHERE heartbeatAt < \(date))",
                logger: logger)
            var count = 0
            for try await _ in try await connection.query(
                "DELETE FROM server_instance WHERE heartbeatAt < \(date) RETURNING id", logger: logger
            ).decode(String.self) {
                count += 1
            }
            return count
        }
    }

    private static func ownerSelection(_ key: String) -> PostgresQuery {
        """
        SELECT conversation_owner.instanceId, conversation_owner.startedAt, server_instance.heartbeatAt
        FROM conversation_owner LEFT JOIN server_instance ON server_instance.id = conversation_owner.instanceId
        WHERE conversation_owner.conversationKey = \(key)
        """
    }

    private static func owners(_ rows: PostgresRowSequence) async throws -> [ConversationOwner] {
        var owners: [ConversationOwner] = []
        for try await (instance, startedAt, heartbeatAt) in rows.decode((String, Date, Date?).self) {
            owners.append(ConversationOwner(instance: instance, startedAt: startedAt, heartbeatAt: heartbeatAt))
        }
        return owners
    }
}

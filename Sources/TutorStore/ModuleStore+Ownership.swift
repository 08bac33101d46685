// Conversation owners and instance heartbeats in SQLite (one server, but the same contract).

import Foundation
import GRDB

extension ModuleStore {
    public func heartbeat(instance: String, at date: Date) throws(StoreError) {
        try write("record the server's heartbeat") { db in
            try db.execute(
                sql: """
                    INSERT INTO server_instance (id, startedAt, heartbeatAt) VALUES (?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET heartbeatAt = excluded.heartbeatAt
                    """, arguments: [instance, date, date])
        }
    }

    public func claimConversation(_ key: String, instance: String, at date: Date) throws(StoreError)
        -> ConversationOwner
    {
        try write("record the conversation's server") { db in
            try db.execute(
                sql:
                    "INSERT INTO conversation_owner (conversationKey, instanceId, startedAt) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                arguments: [key, instance, date])
            guard let owner = try Self.owner(db, key) else {
                throw StoreError.failed(
                    operation: "record the conversation's server", reason: "the record could not be read back")
            }
            return owner
        }
    }

    public func conversationOwner(_ key: String) throws(StoreError) -> ConversationOwner? {
        try read("look up the conversation's server") { db in try Self.owner(db, key) }
    }

    public func releaseConversations(_ keys: [String], instance: String) throws(StoreError) {
        guard !keys.isEmpty else { return }
        try write("forget finished conversations") { db in
            for key in keys {
                try db.execute(
                    sql: "DELETE FROM conversation_owner WHERE conversationKey = ? AND instanceId = ?",
                    arguments: [key, instance])
            }
        }
    }

    @discardableResult
    public func forgetInstances(silentSince date: Date) throws(StoreError) -> Int {
        try write("forget stopped servers") { db in
            try db.execute(
                sql:
                    "DELETE FROM conversation_owner WHERE instanceId IN (SELECT id FROM server_instance WHERE heartbeatAt < ?)",
                arguments: [date])
            try db.execute(sql: "DELETE FROM server_instance WHERE heartbeatAt < ?", arguments: [date])
            return db.changesCount
        }
    }

    private static func owner(_ db: Database, _ key: String) throws -> ConversationOwner? {
        try Row.fetchOne(
            db,
            sql: """
                SELECT conversation_owner.instanceId, conversation_owner.startedAt, server_instance.heartbeatAt
                FROM conversation_owner LEFT JOIN server_instance ON server_instance.id = conversation_owner.instanceId
                WHERE conversation_owner.conversationKey = ?
                """, arguments: [key]
        ).map { row in ConversationOwner(instance: row[0], startedAt: row[1], heartbeatAt: row[2]) }
    }
}

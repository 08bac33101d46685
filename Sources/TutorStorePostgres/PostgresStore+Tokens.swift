// API tokens in PostgreSQL: stored hashed, listed, revoked; and the health check's ping.

import Foundation
import PostgresNIO
import TutorStore

extension PostgresStore {
    public func ping() async throws(StoreError) {
        try await perform("reach the database") { client in
            for try await _ in try await client.query("SELECT 1").decode(Int.self) {}
        }
    }

    public func insertTokens(_ records: [APITokenRecord]) async throws(StoreError) {
        try await transaction("store the tokens") { connection, logger in
            for record in records {
                try await connection.query(
                    """
                    INSERT INTO api_token (id, userName, hash, createdAt, revokedAt)
                    VALUES (\(record.id), \(record.userName), \(Data(record.hash)), \(record.createdAt), \(record.revokedAt))
                    """, logger: logger)
            }
        }
    }

    public func token(id: String) async throws(StoreError) -> APITokenRecord? {
        try await perform("read a token") { client in
            try await Self.tokenRecords(
                client.query("SELECT id, userName, hash, createdAt, revokedAt FROM api_token WHERE id = \(id)")
            ).first
        }
    }

    public func tokens() async throws(StoreError) -> [APITokenRecord] {
        try await perform("list the tokens") { client in
            try await Self.tokenRecords(
                client.query("SELECT id, userName, hash, createdAt, revokedAt FROM api_token ORDER BY createdAt, id"))
        }
    }

    public func revokeToken(id: String, at date: Date) async throws(StoreError) -> Bool {
        try await perform("revoke the token") { client in
            let rows = try await client.query(
                "UPDATE api_token SET revokedAt = \(date) WHERE id = \(id) AND revokedAt IS NULL RETURNING id")
            var changed = false
            for try await _ in rows.decode(String.self) { changed = true }
            return changed
        }
    }

    private static func tokenRecords(_ rows: PostgresRowSequence) async throws -> [APITokenRecord] {
        var records: [APITokenRecord] = []
        for try await (id, userName, hash, createdAt, revokedAt) in rows.decode(
            (String, String, Data, Date, Date?).self)
        {
            records.append(
                APITokenRecord(
                    id: id, userName: userName, hash: [UInt8](hash), createdAt: createdAt, revokedAt: revokedAt))
        }
        return records
    }
}

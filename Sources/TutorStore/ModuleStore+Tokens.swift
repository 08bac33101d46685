// API tokens: stored hashed, listed, revoked; and a cheap check that the database answers.

import Foundation
import GRDB

extension ModuleStore {
    /// Stores new token records (their hashes only), all in one transaction.
    ///
    /// - Throws: ``StoreError`` when the database cannot be written or an id is taken;
    ///   then none is stored.
    public func insertTokens(_ records: [APITokenRecord]) throws(StoreError) {
        try write("store the tokens") { db in
            for record in records {
                try db.execute(
                    sql: "INSERT INTO api_token (id, userName, hash, createdAt, revokedAt) VALUES (?, ?, ?, ?, ?)",
                    arguments: [record.id, record.userName, Data(record.hash), record.createdAt, record.revokedAt])
            }
        }
    }

    /// The token with this public id, revoked or not; nil when there is none.
    public func token(id: String) throws(StoreError) -> APITokenRecord? {
        try read("read a token") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM api_token WHERE id = ?", arguments: [id]).map(Self.tokenRecord)
        }
    }

    /// Every token, oldest first.
    public func tokens() throws(StoreError) -> [APITokenRecord] {
        try read("list the tokens") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM api_token ORDER BY createdAt, id").map(Self.tokenRecord)
        }
    }

    /// Revokes the token with this id; false when there is no such unrevoked token.
    @discardableResult
    public func revokeToken(id: String, at date: Date = Date()) throws(StoreError) -> Bool {
        try write("revoke the token") { db in
            try db.execute(
                sql: "UPDATE api_token SET revokedAt = ? WHERE id = ? AND revokedAt IS NULL", arguments: [date, id])
            return db.changesCount > 0
        }
    }

    /// Reads one row, so a health check knows the database still answers.
    public func ping() throws(StoreError) {
        _ = try read("reach the database") { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    private static func tokenRecord(_ row: Row) -> APITokenRecord {
        let hash: Data = row["hash"]
        return APITokenRecord(
            id: row["id"], userName: row["userName"], hash: [UInt8](hash), createdAt: row["createdAt"],
            revokedAt: row["revokedAt"])
    }
}

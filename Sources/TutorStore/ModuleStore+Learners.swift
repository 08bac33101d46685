// Learner profiles: found by name, created on first use.

import Foundation
import GRDB

extension ModuleStore {
    /// The learner with this exact name, created on first use.
    ///
    /// - Throws: ``StoreError`` when the database cannot be written.
    public func learner(named name: String) throws(StoreError) -> Learner {
        try write("find the learner profile") { db in try Self.learner(named: name, in: db) }
    }

    /// Finds or creates the learner inside the caller's write transaction.
    static func learner(named name: String, in db: Database) throws -> Learner {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM learner WHERE name = ?", arguments: [name]) {
            return Learner(id: id, name: name)
        }
        try db.execute(sql: "INSERT INTO learner (name, createdAt) VALUES (?, ?)", arguments: [name, Date()])
        return Learner(id: db.lastInsertedRowID, name: name)
    }
}

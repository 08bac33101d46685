// The database schema, one named migration per version.

import GRDB

extension ModuleStore {
    /// Every migration, oldest first. Never edit one that has shipped: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: learners and saved modules") { db in
            try db.create(table: "learner") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("name", .text).notNull().unique()
                table.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "saved_module") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("learner", onDelete: .cascade).notNull()
                table.column("moduleId", .text).notNull()
                table.column("moduleJSON", .text).notNull()
                table.column("focusLabel", .text).notNull()
                table.column("errorType", .text).notNull()
                table.column("ruleID", .text).notNull()
                table.column("original", .text).notNull()
                table.column("correction", .text).notNull()
                table.column("correctedSentence", .text).notNull()
                table.column("note", .text)
                table.column("tags", .text).notNull().defaults(to: "[]")
                table.column("savedAt", .datetime).notNull()
                table.column("updatedAt", .datetime).notNull()
                table.uniqueKey(["learnerId", "moduleId"])
            }
        }
        return migrator
    }

    static func migrate(_ queue: DatabaseQueue, path: String) throws {
        let migrator = Self.migrator
        if try queue.read({ try migrator.hasBeenSuperseded($0) }) { throw StoreError.newerSchema(path: path) }
        try migrator.migrate(queue)
    }
}

// The database schema, one named migration per version, and the checks made before migrating.

import Foundation
import GRDB

extension ModuleStore {
    /// Every migration, oldest first. Never edit one that has shipped: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: learners and saved modules") { db in
            try db.create(table: "learner") { table in
                table.autoIncrementedPrimaryKey("id")
                // Exact case: "Minji" and "minji" are two profiles.
                table.column("name", .text).notNull().unique()
                table.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "saved_module") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("learner", onDelete: .cascade).notNull()
                table.column("moduleId", .text).notNull()
                // The whole module, as TeachingModule.jsonData() wrote it.
                table.column("moduleJSON", .text).notNull()
                // The focus, copied out of the JSON so that lists can show and filter it.
                table.column("focusLabel", .text).notNull()
                table.column("errorType", .text).notNull()
                table.column("ruleID", .text).notNull()
                table.column("original", .text).notNull()
                table.column("correction", .text).notNull()
                table.column("correctedSentence", .text).notNull()
                table.column("note", .text)
                // A JSON array of strings.
                table.column("tags", .text).notNull().defaults(to: "[]")
                table.column("savedAt", .datetime).notNull()
                table.column("updatedAt", .datetime).notNull()
                table.uniqueKey(["learnerId", "moduleId"])
            }
        }
        migrator.registerMigration("v2: review schedule and log") { db in
            // One schedule per saved module (FSRS state: TutorCore's ReviewCard).
            try db.create(table: "review_card") { table in
                table.primaryKey("savedModuleId", .integer).references("saved_module", onDelete: .cascade)
                table.column("state", .integer).notNull()
                table.column("step", .integer)
                table.column("stability", .double)
                table.column("difficulty", .double)
                table.column("due", .datetime).notNull()
                table.column("lastReview", .datetime)
                table.column("reviewCount", .integer).notNull().defaults(to: 0)
            }
            try db.create(index: "review_card_due", on: "review_card", columns: ["due"])
            // Every review ever given, with the schedule it produced.
            try db.create(table: "review_log") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("savedModule", inTable: "saved_module", onDelete: .cascade).notNull()
                table.belongsTo("learner", onDelete: .cascade).notNull()
                table.column("reviewedAt", .datetime).notNull()
                table.column("rating", .integer).notNull()
                table.column("stateBefore", .integer).notNull()
                table.column("state", .integer).notNull()
                table.column("step", .integer)
                table.column("stability", .double).notNull()
                table.column("difficulty", .double).notNull()
                table.column("due", .datetime).notNull()
                table.column("problemIndex", .integer).notNull()
                // Nil when the learner graded themself (rewrite problems).
                table.column("answeredCorrectly", .boolean)
            }
            try db.create(index: "review_log_learner_time", on: "review_log", columns: ["learnerId", "reviewedAt"])
            // Modules saved before scheduling existed are new, due from when they were saved.
            try db.execute(
                sql:
                    "INSERT INTO review_card (savedModuleId, state, step, due) SELECT id, 0, 0, savedAt FROM saved_module"
            )
        }
        migrator.registerMigration("v3: API tokens") { db in
            // Bearer tokens of `chattutor serve`: only the SHA-256 of each token is kept.
            try db.create(table: "api_token") { table in
                // The token's public part (printed by `token list`), not a secret.
                table.primaryKey("id", .text)
                table.column("userName", .text).notNull()
                table.column("hash", .blob).notNull()
                table.column("createdAt", .datetime).notNull()
                table.column("revokedAt", .datetime)
            }
            try db.create(index: "api_token_user", on: "api_token", columns: ["userName"])
        }
        migrator.registerMigration("v4: conversation owners") { db in
            // Which `chattutor serve` instance started each conversation, so another instance
            // can tell a lost conversation from a new one. Ids and times only: no chat text.
            try db.create(table: "server_instance") { table in
                // Random for each start of the server.
                table.primaryKey("id", .text)
                table.column("startedAt", .datetime).notNull()
                table.column("heartbeatAt", .datetime).notNull()
            }
            try db.create(table: "conversation_owner") { table in
                // The engine's id, `user/id`.
                table.primaryKey("conversationKey", .text)
                table.column("instanceId", .text).notNull().indexed()
                table.column("startedAt", .datetime).notNull()
            }
        }
        return migrator
    }

    /// Refuses a database that is not ChatTutor's, or that a newer ChatTutor migrated,
    /// before anything writes to it.
    static func checkOwnership(_ db: Database, path: String) throws {
        let objectCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") ?? 0
        if objectCount == 0 { return }  // A new database.
        guard try db.tableExists("grdb_migrations") else {
            // Another program's tables: migrating would mix ours into them.
            throw StoreError.notADatabase(path: path)
        }
        let applied = try Set(String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        let known = Set(migrator.migrations)
        if !applied.isEmpty, applied.isDisjoint(with: known) {
            // Another GRDB program's migrations, none of ours.
            throw StoreError.notADatabase(path: path)
        }
        if !applied.isSubset(of: known) { throw StoreError.newerSchema(path: path) }
    }

    /// Runs the migrations this database lacks.
    static func migrate(_ queue: DatabaseQueue, path: String) throws {
        let migrator = Self.migrator
        let deadline = Date(timeIntervalSinceNow: busyTimeout)
        while true {
            do {
                try migrator.migrate(queue)
                break
            } catch let error as DatabaseError
                where error.resultCode == .SQLITE_ERROR || error.resultCode == .SQLITE_BUSY
            {
                // The migrator chooses what to run before it takes the write lock, so two
                // processes opening a new file at once both try v1, and the second fails on
                // tables the first created. Each migration is one transaction: once the
                // first process is done, running again finds only what is still missing.
                if try queue.read(migrator.hasCompletedMigrations) { break }
                guard Date() < deadline else { throw error }
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
        if try queue.read(migrator.hasBeenSuperseded) { throw StoreError.newerSchema(path: path) }
    }
}

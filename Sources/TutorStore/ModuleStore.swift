// Saved modules in SQLite: one file per user, owner-only, migrated by version.

import Foundation
import GRDB
import TutorCore

/// The store of saved modules and learner profiles, over one GRDB database queue. Every
/// write is one transaction, so a crash or a full disk never leaves half a save.
public final class ModuleStore: Sendable {
    private let queue: DatabaseQueue
    public let path: String

    /// `$XDG_DATA_HOME/chattutor/chattutor.sqlite`, else `~/.local/share/chattutor/chattutor.sqlite`.
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".local/share")
        return base.appendingPathComponent("chattutor/chattutor.sqlite")
    }

    /// Opens (creating if needed) the database at `url`: the directory with mode 0700, the
    /// file with mode 0600, a busy timeout so two processes can share it, then migrations.
    public init(url: URL) throws(StoreError) {
        path = url.path
        let directory = url.deletingLastPathComponent()
        let fileManager = FileManager.default
        if !fileManager.fileExists(atPath: directory.path) {
            do {
                try fileManager.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .cannotCreateDirectory(path: directory.path, reason: error.localizedDescription)
            }
        }
        let existed = fileManager.fileExists(atPath: url.path)
        if existed, !Self.looksLikeSQLite(url) { throw .notADatabase(path: url.path) }
        if existed, !fileManager.isWritableFile(atPath: url.path) { throw .readOnly(path: url.path) }
        if !existed, !fileManager.isWritableFile(atPath: directory.path) { throw .readOnly(path: directory.path) }
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.foreignKeysEnabled = true
        do {
            if !existed {
                // Create the file owner-only before SQLite opens it, whatever the umask.
                guard fileManager.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                    throw StoreError.readOnly(path: directory.path)
                }
            }
            queue = try DatabaseQueue(path: url.path, configuration: configuration)
            try Self.migrate(queue, path: url.path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: url.path, operation: "open the database")
        }
    }

    private init(queue: DatabaseQueue) {
        self.queue = queue
        path = ":memory:"
    }

    /// A store in memory, for tests.
    public static func inMemory() throws(StoreError) -> ModuleStore {
        do {
            let queue = try DatabaseQueue()
            try migrate(queue, path: ":memory:")
            return ModuleStore(queue: queue)
        } catch let error as StoreError {
            throw error
        } catch {
            throw storeError(error, path: ":memory:", operation: "open the database")
        }
    }

    /// SQLite files start with "SQLite format 3\0"; an empty file is a new database.
    private static func looksLikeSQLite(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return true }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header.isEmpty || header == Data("SQLite format 3\0".utf8)
    }

    // MARK: - Learners

    /// The learner with this name, created on first use.
    public func learner(named name: String) throws(StoreError) -> Learner {
        try write("find the learner profile") { db in try Self.learner(named: name, in: db) }
    }

    static func learner(named name: String, in db: Database) throws -> Learner {
        if let row = try Row.fetchOne(db, sql: "SELECT id, name FROM learner WHERE name = ?", arguments: [name]) {
            return Learner(id: row["id"], name: row["name"])
        }
        try db.execute(sql: "INSERT INTO learner (name, createdAt) VALUES (?, ?)", arguments: [name, Date()])
        return Learner(id: db.lastInsertedRowID, name: name)
    }

    // MARK: - Saved modules

    /// Saves a module for a learner; saving the same module again returns `.alreadySaved`.
    public func save(_ module: TeachingModule, for learnerName: String, note: String? = nil, tags: [String] = []) throws(StoreError) -> SaveOutcome {
        let json: String
        let tagsJSON: String
        do {
            json = String(decoding: try module.jsonData(), as: UTF8.self)
            tagsJSON = String(decoding: try JSONEncoder().encode(tags), as: UTF8.self)
        } catch {
            throw .failed(operation: "encode the module", reason: "\(type(of: error))")
        }
        return try write("save the module") { db in
            let learner = try Self.learner(named: learnerName, in: db)
            if let existing = try Self.fetch(db, sql: "WHERE saved_module.learnerId = ? AND saved_module.moduleId = ?", arguments: [learner.id, module.id]).first {
                return .alreadySaved(existing)
            }
            let now = Date()
            try db.execute(sql: """
                INSERT INTO saved_module (learnerId, moduleId, moduleJSON, focusLabel, errorType, ruleID, original,
                  correction, correctedSentence, note, tags, savedAt, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    learner.id, module.id, json, module.focus.label.en, module.focus.errorType.rawValue, module.focus.ruleID,
                    module.focus.original, module.focus.correction, module.correctedSentence, note, tagsJSON, now, now,
                ])
            let id = db.lastInsertedRowID
            guard let saved = try Self.fetch(db, sql: "WHERE saved_module.id = ?", arguments: [id]).first else {
                throw StoreError.failed(operation: "save the module", reason: "the new row could not be read back")
            }
            return .saved(saved)
        }
    }

    /// A learner's saved modules, newest first.
    public func savedModules(for learnerName: String) throws(StoreError) -> [SavedModule] {
        try read("list saved modules") { db in
            try Self.fetch(db, sql: "WHERE learner.name = ? ORDER BY saved_module.savedAt DESC, saved_module.id DESC", arguments: [learnerName])
        }
    }

    public func savedModule(id: Int64) throws(StoreError) -> SavedModule? {
        try read("read a saved module") { db in try Self.fetch(db, sql: "WHERE saved_module.id = ?", arguments: [id]).first }
    }

    public func isSaved(moduleID: String, for learnerName: String) throws(StoreError) -> Bool {
        try read("check a saved module") { db in
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS(SELECT 1 FROM saved_module JOIN learner ON learner.id = saved_module.learnerId
                WHERE learner.name = ? AND saved_module.moduleId = ?)
                """, arguments: [learnerName, moduleID]) ?? false
        }
    }

    public func savedCount(for learnerName: String) throws(StoreError) -> Int {
        try read("count saved modules") { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM saved_module JOIN learner ON learner.id = saved_module.learnerId WHERE learner.name = ?", arguments: [learnerName]) ?? 0
        }
    }

    /// Deletes a saved module; false when there was none with that id.
    public func delete(id: Int64) throws(StoreError) -> Bool {
        try write("delete the module") { db in
            try db.execute(sql: "DELETE FROM saved_module WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    /// Replaces a saved module's note and tags.
    public func update(id: Int64, note: String?, tags: [String]) throws(StoreError) {
        let tagsJSON = String(decoding: (try? JSONEncoder().encode(tags)) ?? Data("[]".utf8), as: UTF8.self)
        try write("update the module") { db in
            try db.execute(sql: "UPDATE saved_module SET note = ?, tags = ?, updatedAt = ? WHERE id = ?", arguments: [note, tagsJSON, Date(), id])
        }
    }

    // MARK: - Plumbing

    private static func fetch(_ db: Database, sql: String, arguments: StatementArguments) throws -> [SavedModule] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT saved_module.*, learner.name AS learnerName FROM saved_module
            JOIN learner ON learner.id = saved_module.learnerId \(sql)
            """, arguments: arguments)
        let decoder = JSONDecoder()
        return try rows.map { row in
            let json: String = row["moduleJSON"]
            let tags: String = row["tags"]
            return SavedModule(
                id: row["id"], learnerName: row["learnerName"],
                module: try decoder.decode(TeachingModule.self, from: Data(json.utf8)),
                note: row["note"], tags: (try? decoder.decode([String].self, from: Data(tags.utf8))) ?? [],
                savedAt: row["savedAt"], updatedAt: row["updatedAt"])
        }
    }

    private func read<T>(_ operation: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.read(body)
        } catch {
            throw Self.storeError(error, path: path, operation: operation)
        }
    }

    private func write<T>(_ operation: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.write(body)
        } catch {
            throw Self.storeError(error, path: path, operation: operation)
        }
    }

    static func storeError(_ error: any Error, path: String, operation: String) -> StoreError {
        if let storeError = error as? StoreError { return storeError }
        if let databaseError = error as? DatabaseError {
            switch databaseError.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notADatabase(path: path)
            case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM: return .readOnly(path: path)
            case .SQLITE_FULL: return .diskFull(path: path)
            default: return .failed(operation: operation, reason: "SQLite error \(databaseError.resultCode.rawValue)")
            }
        }
        if error is DecodingError { return .failed(operation: operation, reason: "a saved module could not be read (its format is unknown)") }
        return .failed(operation: operation, reason: "\(type(of: error))")
    }
}

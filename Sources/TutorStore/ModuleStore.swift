// Saved modules in SQLite: one file per user, owner-only, shared safely between processes.

import Foundation
import GRDB

/// The store of learner profiles and their saved modules, over one SQLite file.
///
/// Every write is one transaction, so a crash or a full disk never leaves half a save. Two
/// ChatTutor processes can use the same file at once: the database is in write-ahead-log
/// mode, writes take the write lock up front, and a busy database is waited for rather
/// than reported as "database is locked".
public final class ModuleStore: Sendable {
    /// How long a write waits for another process's write to finish before giving up.
    static let busyTimeout: TimeInterval = 5

    /// The serialized connection every read and write goes through.
    let queue: DatabaseQueue

    /// The database file's path, or `:memory:`; named in errors so the user can act on them.
    public let path: String

    /// Opens the database at `url`, creating what is missing, and migrates it.
    ///
    /// A missing directory is created with mode 0700 and a missing file with mode 0600,
    /// whatever the umask. A file that is not a ChatTutor database, or that a newer
    /// ChatTutor migrated, is refused and left untouched.
    ///
    /// - Throws: ``StoreError``, whose message says what the user can do.
    public convenience init(url: URL) throws(StoreError) {
        let path = url.path
        try DatabaseFile.prepare(url)
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.foreignKeysEnabled = true
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Self.setUp(queue, path: path, usesWriteAheadLog: true)
        } catch {
            throw StoreError(error, path: path, operation: "open the database")
        }
        self.init(queue: queue, path: path)
    }

    /// Opens an existing database to read only, changing nothing: a backup, or a file the
    /// user may not write. It must be fully migrated (a read-only file cannot be upgraded).
    ///
    /// - Throws: ``StoreError``; `.readOnly` when the file needs an upgrade it cannot take.
    public convenience init(readingFrom url: URL) throws(StoreError) {
        let path = url.path
        try DatabaseFile.prepareForReading(url)
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.foreignKeysEnabled = true
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: DatabaseFile.readingPath(for: url), configuration: configuration)
            try queue.read { db in
                try Self.checkOwnership(db, path: path)
                guard try Self.migrator.hasCompletedMigrations(db) else { throw StoreError.readOnly(path: path) }
            }
        } catch {
            throw StoreError(error, path: path, operation: "open the database to read")
        }
        self.init(queue: queue, path: path)
    }

    /// A private store in memory, migrated like a file; for tests and previews.
    ///
    /// - Throws: ``StoreError`` when SQLite cannot open or migrate it.
    public static func inMemory() throws(StoreError) -> ModuleStore {
        let path = ":memory:"
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        do {
            let queue = try DatabaseQueue(configuration: configuration)
            try setUp(queue, path: path, usesWriteAheadLog: false)
            return ModuleStore(queue: queue, path: path)
        } catch {
            throw StoreError(error, path: path, operation: "open the database")
        }
    }

    private init(queue: DatabaseQueue, path: String) {
        self.queue = queue
        self.path = path
    }

    /// Checks whose database this is before changing anything, then turns on the
    /// write-ahead log and migrates.
    private static func setUp(_ queue: DatabaseQueue, path: String, usesWriteAheadLog: Bool) throws {
        try queue.writeWithoutTransaction { db in
            try checkOwnership(db, path: path)
            if usesWriteAheadLog { try enableWriteAheadLog(db) }
        }
        try migrate(queue, path: path)
    }

    /// The write-ahead log lets readers and a writer in another process work at once. The
    /// mode is stored in the file, so this changes something only the first time.
    ///
    /// SQLite does not call the busy handler for this change: while another connection
    /// holds the file it answers "database is locked" (or keeps the old mode) at once. So
    /// this retries, for as long as any other write would wait.
    private static func enableWriteAheadLog(_ db: Database) throws {
        let deadline = Date(timeIntervalSinceNow: busyTimeout)
        while true {
            do {
                let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") ?? "unknown"
                if mode == "wal" { return }
                if Date() > deadline {
                    throw StoreError.failed(
                        operation: "turn on the write-ahead log", reason: "SQLite kept the \(mode) journal")
                }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() <= deadline {
                // Another connection has the file: try again shortly.
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    // MARK: - Transactions

    /// Runs `body` in a read transaction, naming `operation` in any error.
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.read(body)
        } catch {
            throw StoreError(error, path: path, operation: operation)
        }
    }

    /// Runs `body` in one immediate write transaction: all of it is saved, or none of it.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.write(body)
        } catch {
            throw StoreError(error, path: path, operation: operation)
        }
    }
}

// Opening a database file: schema, owner-only modes, and refusing what is not ours untouched.

import Foundation
import GRDB
import Testing
import TutorStore
import TutorTestSupport

@Suite("Opening the module store")
struct ModuleStoreOpeningTests {
    @Test("the migration creates the learner and saved_module tables, in WAL mode")
    func migrationCreatesTables() throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("chattutor.sqlite")
        _ = try ModuleStore(url: url)
        let database = try DatabaseQueue(path: url.path)
        try database.read { db in
            #expect(
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                    == StoreSchema.migrationIdentifiers)
            #expect(
                try db.columns(in: "api_token").map(\.name) == ["id", "userName", "hash", "createdAt", "revokedAt"])
            #expect(try db.columns(in: "learner").map(\.name) == ["id", "name", "createdAt"])
            #expect(
                try db.columns(in: "saved_module").map(\.name) == [
                    "id", "learnerId", "moduleId", "moduleJSON", "focusLabel", "errorType", "ruleID", "original",
                    "correction", "correctedSentence", "note", "tags", "savedAt", "updatedAt",
                ])
            let foreignKey = try #require(try db.foreignKeys(on: "saved_module").first)
            #expect(foreignKey.destinationTable == "learner")
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            #expect(try db.table("saved_module", hasUniqueKey: ["learnerId", "moduleId"]))
            #expect(try db.table("learner", hasUniqueKey: ["name"]))
        }
    }

    @Test("a FIFO or a device named as the database is refused at once, never waited on")
    func notAFile() throws {
        let directory = try TemporaryDirectory()
        let fifo = directory.appending("fifo.sqlite")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        for url in [fifo, URL(fileURLWithPath: "/dev/zero")] {
            #expect(throws: StoreError.notAFile(path: url.path)) { _ = try ModuleStore(url: url) }
            #expect(throws: StoreError.notAFile(path: url.path)) { _ = try ModuleStore(readingFrom: url) }
        }
        #expect(StoreError.notAFile(path: fifo.path).description.contains("is not a file (a FIFO"))
    }

    @Test("a database opened to read only is read as it is, and refuses writes")
    func readingOnly() throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("backup.sqlite")
        do {
            let store = try ModuleStore(url: url)
            try store.save(makeModule("m-1"), for: "minji", note: "note", tags: ["tag"])
        }
        chmod(url.path, 0o444)
        let store = try ModuleStore(readingFrom: url)
        #expect(try store.reviewItems(for: "minji").map(\.saved.module.id) == ["m-1"])
        #expect(throws: StoreError.readOnly(path: url.path)) {
            try store.save(makeModule("m-2", text: "She go to work."), for: "minji")
        }
        #expect(try store.reviewItems(for: "minji").count == 1)
    }

    @Test("a database that needs an upgrade cannot be opened to read only")
    func readingOnlyNeedsCurrentSchema() throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("old.sqlite")
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v1: learners and saved modules')")
        }
        try queue.close()
        #expect(throws: StoreError.readOnly(path: url.path)) { _ = try ModuleStore(readingFrom: url) }
    }

    @Test("a new database is owner-only, in new owner-only directories, and so are its journals")
    func ownerOnlyModes() throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("data/chattutor/chattutor.sqlite")
        let store = try ModuleStore(url: url)
        try store.save(makeModule("m-1"), for: "minji")
        #expect(try permissions(of: url) == 0o600)
        #expect(try permissions(of: url.deletingLastPathComponent()) == 0o700)
        #expect(try permissions(of: directory.appending("data")) == 0o700)
        for suffix in ["-wal", "-shm"] {
            #expect(try permissions(of: URL(fileURLWithPath: url.path + suffix)) == 0o600, "\(suffix)")
        }
    }

    @Test("an existing directory keeps its mode")
    func existingDirectoryKeepsMode() throws {
        let directory = try TemporaryDirectory()
        chmod(directory.url.path, 0o755)
        _ = try ModuleStore(url: directory.appending("chattutor.sqlite"))
        #expect(try permissions(of: directory.url) == 0o755)
    }

    @Test("reopening keeps the saves and migrates nothing twice")
    func reopening() throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("chattutor.sqlite")
        try ModuleStore(url: url).save(makeModule("m-1"), for: "minji")
        let reopened = try ModuleStore(url: url)
        #expect(try reopened.savedCount(for: "minji") == 1)
        #expect(reopened.path == url.path)
    }

    @Test("a text file at the path is refused and left byte for byte untouched")
    func textFileIsRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("notes.sqlite")
        let content = Data("my shopping list: 우유, 빵\n".utf8)
        try content.write(to: url)
        #expect(throws: StoreError.notADatabase(path: url.path)) { try ModuleStore(url: url) }
        #expect(try Data(contentsOf: url) == content)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["notes.sqlite"])
    }

    @Test("another program's SQLite database is refused and left untouched")
    func foreignDatabaseIsRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("other.sqlite")
        try DatabaseQueue(path: url.path).write { db in
            try db.execute(
                sql: "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO note (text) VALUES ('x')")
        }
        let content = try Data(contentsOf: url)
        #expect(throws: StoreError.notADatabase(path: url.path)) { try ModuleStore(url: url) }
        #expect(try Data(contentsOf: url) == content)
    }

    @Test("a database migrated by a newer ChatTutor is refused and left untouched")
    func newerSchemaIsRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("chattutor.sqlite")
        try ModuleStore(url: url).save(makeModule("m-1"), for: "minji")
        try DatabaseQueue(path: url.path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from a future ChatTutor')")
        }
        let content = try Data(contentsOf: url)
        #expect(throws: StoreError.newerSchema(path: url.path)) { try ModuleStore(url: url) }
        #expect(try Data(contentsOf: url) == content)
    }

    @Test("a directory at the path is not a database")
    func directoryIsRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("chattutor.sqlite")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        #expect(throws: StoreError.notADatabase(path: url.path)) { try ModuleStore(url: url) }
    }

    // Works as root too: no permission bit stops root, but a file in the way stops mkdir.
    @Test("a file where the directory should be: the directory cannot be created")
    func fileInTheWay() throws {
        let directory = try TemporaryDirectory()
        let blocker = directory.appending("data")
        try Data("x".utf8).write(to: blocker)
        let url = blocker.appendingPathComponent("chattutor/chattutor.sqlite")
        #expect(
            throws: StoreError.cannotCreateDirectory(
                path: url.deletingLastPathComponent().path, reason: "Not a directory")
        ) { try ModuleStore(url: url) }
    }

    @Test("a read-only directory is reported as read-only", .disabled(if: ignoresPermissions, "root ignores modes"))
    func readOnlyDirectory() throws {
        let directory = try TemporaryDirectory()
        chmod(directory.url.path, 0o500)
        #expect(throws: StoreError.readOnly(path: directory.url.path)) {
            try ModuleStore(url: directory.appending("chattutor.sqlite"))
        }
    }

    @Test("a read-only database file is reported as read-only", .disabled(if: ignoresPermissions, "root ignores modes"))
    func readOnlyFile() throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("chattutor.sqlite")
        try ModuleStore(url: url).save(makeModule("m-1"), for: "minji")
        chmod(url.path, 0o400)
        #expect(throws: StoreError.readOnly(path: url.path)) { try ModuleStore(url: url) }
    }
}

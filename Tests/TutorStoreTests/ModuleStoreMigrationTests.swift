// Databases written by every earlier ChatTutor open in this one with nothing lost.

import Foundation
import GRDB
import Testing
import TutorCore
import TutorStore
import TutorTestSupport

@Suite("Migrating earlier databases")
struct ModuleStoreMigrationTests {
    /// The v1 schema exactly as ChatTutor wrote it (`sqlite3 .schema` of a v1 database):
    /// frozen here, so that a change to the migrations cannot also change what is tested.
    static let version1Schema = """
        CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
        CREATE TABLE IF NOT EXISTS "learner" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL UNIQUE, "createdAt" DATETIME NOT NULL);
        CREATE TABLE IF NOT EXISTS "saved_module" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "learnerId" INTEGER NOT NULL REFERENCES "learner"("id") ON DELETE CASCADE, "moduleId" TEXT NOT NULL, "moduleJSON" TEXT NOT NULL, "focusLabel" TEXT NOT NULL, "errorType" TEXT NOT NULL, "ruleID" TEXT NOT NULL, "original" TEXT NOT NULL, "correction" TEXT NOT NULL, "correctedSentence" TEXT NOT NULL, "note" TEXT, "tags" TEXT NOT NULL DEFAULT '[]', "savedAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL, UNIQUE ("learnerId", "moduleId"));
        CREATE INDEX "saved_module_on_learnerId" ON "saved_module"("learnerId");
        INSERT INTO grdb_migrations VALUES ('v1: learners and saved modules');
        """

    struct Version1Row {
        var learner: String
        var module: TeachingModule
        var note: String?
        var tags: [String]
        var savedAt: String
    }

    static let version1Rows = [
        Version1Row(
            learner: "minji", module: makeModule("m-a"), note: "버스에서 다시 보기", tags: ["verbs", "시험"],
            savedAt: "2025-03-01 08:15:00.000"),
        Version1Row(
            learner: "minji", module: makeModule("m-b", text: "He go home."), note: nil, tags: [],
            savedAt: "2025-03-02 21:40:30.250"),
        Version1Row(
            learner: "Jun", module: makeModule("m-a"), note: "", tags: ["a"], savedAt: "2025-04-11 00:00:01.000"),
    ]

    /// A v1 database file with rows as v1 wrote them.
    static func makeVersion1Database(at url: URL) throws {
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            try db.execute(sql: version1Schema)
            for name in Set(version1Rows.map(\.learner)).sorted() {
                try db.execute(
                    sql: "INSERT INTO learner (name, createdAt) VALUES (?, '2025-03-01 08:00:00.000')",
                    arguments: [name])
            }
            for row in version1Rows {
                let module = row.module
                try db.execute(
                    sql: """
                        INSERT INTO saved_module (learnerId, moduleId, moduleJSON, focusLabel, errorType, ruleID, original,
                          correction, correctedSentence, note, tags, savedAt, updatedAt)
                        SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM learner WHERE name = ?
                        """,
                    arguments: [
                        module.id, String(decoding: try module.jsonData(), as: UTF8.self), module.focus.label.en,
                        module.focus.errorType.rawValue, module.focus.ruleID, module.focus.original,
                        module.focus.correction,
                        module.correctedSentence, row.note,
                        String(decoding: try JSONEncoder().encode(row.tags), as: UTF8.self),
                        row.savedAt, row.savedAt, row.learner,
                    ])
            }
        }
    }

    static func date(_ text: String) throws -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSS"
        return try #require(formatter.date(from: text))
    }

    @Test("a v1 database with saves migrates to the current schema with every save, note, tag and time kept")
    func version1ToCurrent() throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("chattutor.sqlite")
        try Self.makeVersion1Database(at: url)
        let store = try ModuleStore(url: url)
        for name in ["minji", "Jun"] {
            let expected = Self.version1Rows.filter { $0.learner == name }
            let saved = try store.savedModules(for: name)
            #expect(saved.count == expected.count)
            for row in expected {
                let match = try #require(saved.first { $0.module.id == row.module.id })
                #expect(match.module == row.module)
                #expect(match.note == row.note)
                #expect(match.tags == row.tags)
                #expect(match.savedAt == (try Self.date(row.savedAt)))
            }
        }
        // Every earlier save is a new card, due from when it was saved.
        let items = try store.reviewItems(for: "minji")
        #expect(items.count == 2)
        for item in items {
            #expect(item.card == .new(due: item.saved.savedAt))
            #expect(item.reviewCount == 0)
        }
        let applied = try DatabaseQueue(path: url.path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        #expect(applied == StoreSchema.migrationIdentifiers)
    }

    @Test("a migrated v1 database takes reviews and new saves, and reopens unchanged")
    func migratedDatabaseWorks() throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("chattutor.sqlite")
        try Self.makeVersion1Database(at: url)
        let store = try ModuleStore(url: url)
        let item = try #require(try store.reviewItems(for: "Jun").first)
        let now = Date(timeIntervalSince1970: 1_750_000_000)
        try store.recordReview(
            savedModuleID: item.id, rating: .good, at: now, scheduler: FSRSScheduler(), fuzz: nil, problemIndex: 0,
            answeredCorrectly: true)
        try store.save(makeModule("m-new", text: "She go to work."), for: "Jun")
        let reopened = try ModuleStore(url: url)
        let items = try reopened.reviewItems(for: "Jun")
        #expect(items.count == 2)
        #expect(items.first { $0.id == item.id }?.card.state == .learning)
        #expect(items.first { $0.saved.module.id == "m-new" }?.card.state == .new)
        #expect(try reopened.savedCount(for: "minji") == 2)
    }

    @Test("an empty file (a database nobody wrote to) migrates to the current schema")
    func emptyFileToCurrent() throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("chattutor.sqlite")
        try Data().write(to: url)
        let store = try ModuleStore(url: url)
        try store.save(makeModule("m-1"), for: "minji")
        #expect(try store.reviewItems(for: "minji").map(\.card.state) == [.new])
    }
}

// Saving, listing, changing and deleting modules, learner by learner.

import Foundation
import GRDB
import Testing
import TutorCore
import TutorTestSupport

@testable import TutorStore

@Suite("Saving modules")
struct ModuleStoreSavingTests {
    @Test("saving the same module twice does not duplicate it and says it was already saved")
    func noDuplicates() throws {
        let store = try ModuleStore.inMemory()
        let first = try store.save(makeModule("m-1"), for: "minji", note: "first")
        let second = try store.save(makeModule("m-1"), for: "minji", note: "second", tags: ["x"])
        guard case .saved(let saved) = first, case .alreadySaved(let existing) = second else {
            Issue.record("expected .saved then .alreadySaved, got \(first) and \(second)")
            return
        }
        #expect(existing == saved)
        #expect(existing.note == "first")
        #expect(try store.savedCount(for: "minji") == 1)
    }

    @Test("the same lesson from a second chat (another module id) is already saved, and reviewed once")
    func sameLessonReviewedOnce() throws {
        let store = try ModuleStore.inMemory()
        let first = try store.save(makeModule("chat-1-m"), for: "minji")
        #expect(try store.save(makeModule("chat-2-m"), for: "minji") == .alreadySaved(first.savedModule))
        #expect(try store.reviewItems(for: "minji").map(\.saved.module.id) == ["chat-1-m"])
        #expect(try !store.isSaved(moduleID: "chat-2-m", for: "minji"))
    }

    @Test("each learner has their own saves, and names are exact")
    func learnersAreSeparate() throws {
        let store = try ModuleStore.inMemory()
        let module = makeModule("m-1")
        #expect(try store.save(module, for: "minji") == .saved(#require(try store.savedModules(for: "minji").first)))
        guard case .saved = try store.save(module, for: "sora") else {
            Issue.record("another learner's save of the same module is a new save")
            return
        }
        try store.save(makeModule("m-2", text: "She go to work."), for: "sora")
        #expect(try store.savedModules(for: "minji").map(\.module.id) == ["m-1"])
        #expect(try store.savedModules(for: "sora").map(\.module.id) == ["m-2", "m-1"])
        #expect(try store.savedModules(for: "sora").allSatisfy { $0.learnerName == "sora" })
        #expect(try store.savedCount(for: "Minji") == 0)
        #expect(try !store.isSaved(moduleID: "m-2", for: "minji"))
        #expect(try store.isSaved(moduleID: "m-2", for: "sora"))
    }

    @Test("the learners with saved modules are listed by name with their counts; one without saves is not")
    func learnersWithSaves() throws {
        let store = try ModuleStore.inMemory()
        #expect(try store.learnersWithSavedModules().isEmpty)
        try store.save(makeModule("m-1"), for: "sora")
        try store.save(makeModule("m-2", text: "She go to work."), for: "sora")
        try store.save(makeModule("m-1"), for: "minji")
        _ = try store.savedCount(for: "jun")
        let listed = try store.learnersWithSavedModules()
        #expect(listed.map(\.name) == ["minji", "sora"])
        #expect(listed.map(\.count) == [1, 2])
    }

    @Test("a learner profile is created once and found by its exact name")
    func learnerProfiles() throws {
        let store = try ModuleStore.inMemory()
        let minji = try store.learner(named: "김민지")
        #expect(try store.learner(named: "김민지") == minji)
        #expect(try store.learner(named: "Minji").id != minji.id)
        #expect(try store.learner(named: "minji").id != store.learner(named: "Minji").id)
    }

    @Test("a saved module comes back equal to the original, Hangul and all, from the file")
    func roundTrip() throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("chattutor.sqlite")
        let module = makeModule("m-한글", text: "저는 학생이에요 and she go to school 😀.")
        try ModuleStore(url: url).save(module, for: "민지", note: "복습 — 다시 보기", tags: ["동사", "verbs"])
        let saved = try #require(try ModuleStore(url: url).savedModules(for: "민지").first)
        #expect(saved.module == module)
        #expect(saved.learnerName == "민지")
        #expect(saved.note == "복습 — 다시 보기")
        #expect(saved.tags == ["동사", "verbs"])
        #expect(saved.savedAt == saved.updatedAt)
        // The focus columns are copies of the module's focus.
        let row = try #require(
            try DatabaseQueue(path: url.path).read { db in
                try Row.fetchOne(
                    db,
                    sql:
                        "SELECT focusLabel, errorType, ruleID, original, correction, correctedSentence FROM saved_module"
                )
            })
        #expect(row["focusLabel"] == "Subject–verb agreement")
        #expect(row["errorType"] == "R:VERB:SVA")
        #expect(row["ruleID"] == "agreement.third-person")
        #expect(row["original"] == "go")
        #expect(row["correction"] == "goes")
        #expect(row["correctedSentence"] == "저는 학생이에요 and she goes to school 😀.")
    }

    @Test("saved modules are listed newest first")
    func newestFirst() throws {
        let store = try ModuleStore.inMemory()
        for number in 1...5 {
            try store.save(makeModule("m-\(number)", text: "She go to school on day \(number)."), for: "minji")
        }
        #expect(try store.savedModules(for: "minji").map(\.module.id) == ["m-5", "m-4", "m-3", "m-2", "m-1"])
        #expect(try store.savedModules(for: "nobody").isEmpty)
    }

    @Test("a note and tags can be replaced; the save time stays")
    func update() throws {
        let store = try ModuleStore.inMemory()
        let saved = try store.save(makeModule("m-1"), for: "minji", note: "old", tags: ["a"]).savedModule
        try store.update(id: saved.id, note: "새 메모", tags: ["b", "c"])
        let updated = try #require(try store.savedModule(id: saved.id))
        #expect(updated.note == "새 메모")
        #expect(updated.tags == ["b", "c"])
        #expect(updated.savedAt == saved.savedAt)
        #expect(updated.updatedAt >= saved.updatedAt)
        #expect(updated.module == saved.module)
        try store.update(id: saved.id, note: nil, tags: [])
        #expect(try store.savedModule(id: saved.id)?.note == nil)
        #expect(try store.savedModule(id: saved.id)?.tags == [])
        try store.update(id: 999, note: "nobody", tags: [])  // No such save: nothing happens.
    }

    @Test("a saved module can be deleted, once")
    func delete() throws {
        let store = try ModuleStore.inMemory()
        let saved = try store.save(makeModule("m-1"), for: "minji").savedModule
        try store.save(makeModule("m-2", text: "She go to work."), for: "minji")
        #expect(try store.delete(id: saved.id))
        #expect(try !store.delete(id: saved.id))
        #expect(try store.savedModule(id: saved.id) == nil)
        #expect(try !store.isSaved(moduleID: "m-1", for: "minji"))
        #expect(try store.savedModules(for: "minji").map(\.module.id) == ["m-2"])
        // Deleted, it can be saved again.
        guard case .saved = try store.save(makeModule("m-1"), for: "minji") else {
            Issue.record("saving a deleted module again should save it")
            return
        }
    }

    @Test("a full disk rolls the whole save back: no module, no new learner")
    func fullDiskSavesNothing() throws {
        let store = try ModuleStore.inMemory()
        try store.save(makeModule("m-1"), for: "minji")
        // SQLite reports a database at its page limit exactly as it reports a full disk.
        try store.queue.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        let bigModule = makeModule("m-2", text: String(repeating: "큰 문장 ", count: 5_000))
        #expect(throws: StoreError.diskFull(path: ":memory:")) { try store.save(bigModule, for: "sora") }
        let learners = try store.queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM learner") }
        #expect(learners == ["minji"])
        #expect(try store.savedCount(for: "sora") == 0)
        #expect(try store.savedCount(for: "minji") == 1)
    }
}

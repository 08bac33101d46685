// Saving modules in real SQLite: no duplicates, owner-only files, clear errors, two writers.

import Foundation
import Testing
import TutorCore
import TutorStore

func makeModule(_ id: String, text: String = "She go to school.") -> TeachingModule {
    TeachingModule(
        id: id, conversationID: "c", learner: .learnerA, language: .english,
        utterance: ModuleUtterance(text: text, messageIndex: 1, context: [ContextMessage(speaker: .interviewer, text: "학교는 어때요?")]),
        focus: Focus(kind: .correction, errorType: "R:VERB:SVA", ruleID: "agreement.third-person",
            label: LocalizedText(en: "Subject–verb agreement", ko: "주어와 동사의 일치"), span: TextSpan(start: 4, end: 6), original: "go", correction: "goes"),
        correctedSentence: "She goes to school.", explanation: LocalizedText(en: "Add -s.", ko: "-s를 붙여요."),
        tips: [LocalizedText(en: "Tip", ko: "팁")],
        problems: [
            Problem(kind: .fillInTheBlank, instruction: LocalizedText(en: "Fill.", ko: "채우세요."), text: "She ___ to school.", answer: "goes"),
            Problem(kind: .rewrite, instruction: LocalizedText(en: "Rewrite.", ko: "다시 쓰세요."), text: text, answer: "She goes to school."),
        ],
        provenance: Provenance(analyser: "a", generator: "g", cluster: ClusterSummary(key: "k", size: 1, rank: 1), confidence: 0.9))
}

func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("chattutor-store-\(UUID().uuidString)")
    return url
}

@Suite("Module store")
struct ModuleStoreTests {
    @Test("saving the same module twice does not duplicate it")
    func noDuplicates() throws {
        let store = try ModuleStore.inMemory()
        let first = try store.save(makeModule("m-1"), for: "minji")
        let second = try store.save(makeModule("m-1"), for: "minji")
        guard case .saved = first, case .alreadySaved(let existing) = second else {
            Issue.record("expected saved then alreadySaved, got \(first), \(second)")
            return
        }
        #expect(existing.id == first.savedModule.id)
        #expect(try store.savedCount(for: "minji") == 1)
    }

    @Test("saved modules round-trip exactly, Hangul included, per learner")
    func roundTrip() throws {
        let store = try ModuleStore.inMemory()
        let module = makeModule("m-2", text: "저는 학생이에요 and she go.")
        _ = try store.save(module, for: "minji", note: "복습", tags: ["verbs"])
        _ = try store.save(makeModule("m-3"), for: "sora")
        let saved = try store.savedModules(for: "minji")
        #expect(saved.count == 1)
        #expect(saved[0].module == module)
        #expect(saved[0].note == "복습")
        #expect(saved[0].tags == ["verbs"])
        #expect(try store.isSaved(moduleID: "m-2", for: "minji"))
        #expect(try !store.isSaved(moduleID: "m-2", for: "sora"))
    }

    @Test("notes and tags can be updated, and modules deleted")
    func updateAndDelete() throws {
        let store = try ModuleStore.inMemory()
        let saved = try store.save(makeModule("m-4"), for: "minji").savedModule
        try store.update(id: saved.id, note: "again", tags: ["a", "b"])
        #expect(try store.savedModule(id: saved.id)?.tags == ["a", "b"])
        #expect(try store.delete(id: saved.id))
        #expect(try !store.delete(id: saved.id))
        #expect(try store.savedCount(for: "minji") == 0)
    }

    @Test("a new database is owner-only, in an owner-only directory, and migrated")
    func permissions() throws {
        let directory = temporaryDirectory().appendingPathComponent("nested")
        let url = directory.appendingPathComponent("chattutor.sqlite")
        let store = try ModuleStore(url: url)
        _ = try store.save(makeModule("m-5"), for: "minji")
        let fileMode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        let directoryMode = try FileManager.default.attributesOfItem(atPath: directory.path)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(directoryMode == 0o700)
        // Reopening runs no migration twice and keeps the data.
        #expect(try ModuleStore(url: url).savedCount(for: "minji") == 1)
    }

    @Test("a file that is not a database is refused and left untouched")
    func notADatabase() throws {
        let directory = temporaryDirectory()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent("notes.sqlite")
        let content = Data("my shopping list\n".utf8)
        try content.write(to: url)
        #expect(throws: StoreError.notADatabase(path: url.path)) { try ModuleStore(url: url) }
        #expect(try Data(contentsOf: url) == content)
    }

    @Test("a path whose directory cannot be created gives a clear error")
    func unwritable() throws {
        // A regular file where the directory should be (works for root too, unlike chmod).
        let blocker = temporaryDirectory()
        try Data("x".utf8).write(to: blocker)
        let url = blocker.appendingPathComponent("db/chattutor.sqlite")
        do {
            _ = try ModuleStore(url: url)
            Issue.record("opened a database under a file")
        } catch {
            #expect("\(error)".contains("--db"))
        }
    }

    @Test("two stores on one file save concurrently without 'database is locked'")
    func twoWriters() async throws {
        let url = temporaryDirectory().appendingPathComponent("shared.sqlite")
        let first = try ModuleStore(url: url)
        let second = try ModuleStore(url: url)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, store) in [first, second].enumerated() {
                group.addTask {
                    for number in 0..<50 { _ = try store.save(makeModule("m-\(index)-\(number)"), for: "learner-\(index)") }
                }
            }
            try await group.waitForAll()
        }
        #expect(try first.savedCount(for: "learner-0") == 50)
        #expect(try second.savedCount(for: "learner-1") == 50)
    }
}

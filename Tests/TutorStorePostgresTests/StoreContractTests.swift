// One store test suite, run against every implementation of ServerStore: SQLite and PostgreSQL.

import Foundation
import Testing
import TutorCore
import TutorStore
import TutorTestSupport

@Suite("The store contract, on SQLite and on PostgreSQL")
struct StoreContractTests {
    @Test("a save is listed with its module, note and tags exactly as saved", arguments: StoreKind.available)
    func saveAndList(_ kind: StoreKind) async throws {
        try await withStore(kind) { store in
            let module = makeModule("m-1")
            let outcome = try await store.save(module, for: "minji", note: "버스에서 다시 보기", tags: ["verbs", "시험"])
            guard case .saved(let saved) = outcome else {
                Issue.record("expected a new save, got \(outcome)")
                return
            }
            #expect(saved.module == module)
            #expect(saved.learnerName == "minji")
            #expect(saved.note == "버스에서 다시 보기")
            #expect(saved.tags == ["verbs", "시험"])
            #expect(try await store.savedModules(for: "minji") == [saved])
            #expect(try await store.savedModule(moduleID: "m-1", for: "minji") == saved)
        }
    }

    @Test("saving a module twice keeps one save and says it was already saved", arguments: StoreKind.available)
    func saveTwice(_ kind: StoreKind) async throws {
        try await withStore(kind) { store in
            let first = try await store.save(makeModule("m-1"), for: "minji", note: nil, tags: [])
            let second = try await store.save(makeModule("m-1"), for: "minji", note: "later", tags: ["x"])
            #expect(second == .alreadySaved(first.savedModule))
            #expect(try await store.savedModules(for: "minji").count == 1)
        }
    }

    @Test(
        "the same lesson in another module (another chat, a replay) is already saved: one save, listed once",
        arguments: StoreKind.available)
    func sameLessonTwice(_ kind: StoreKind) async throws {
        try await withStore(kind) { store in
            let first = try await store.save(makeModule("chat-1-m"), for: "minji", note: nil, tags: [])
            let again = try await store.save(makeModule("chat-2-m"), for: "minji", note: "again", tags: ["x"])
            #expect(again == .alreadySaved(first.savedModule))
            #expect(try await store.savedModules(for: "minji").map(\.module.id) == ["chat-1-m"])
            #expect(try await store.savedModule(moduleID: "chat-2-m", for: "minji") == nil)
        }
    }

    @Test(
        "another sentence, correction or rule is another lesson; another learner's save is theirs",
        arguments: StoreKind.available)
    func otherLessons(_ kind: StoreKind) async throws {
        try await withStore(kind) { store in
            try await store.save(makeModule("m-1"), for: "minji", note: nil, tags: [])
            let otherSentence = makeModule("m-2", text: "She go to work.")
            var otherCorrection = makeModule("m-3")
            otherCorrection.focus.correction = "went"
            otherCorrection.correctedSentence = "She went to school."
            var otherRule = makeModule("m-4")
            otherRule.focus.ruleID = "tense.past-time"
            for module in [otherSentence, otherCorrection, otherRule] {
                let outcome = try await store.save(module, for: "minji", note: nil, tags: [])
                guard case .saved = outcome else {
                    Issue.record("\(module.id) is another lesson, but was \(outcome)")
                    continue
                }
            }
            guard case .saved = try await store.save(makeModule("m-5"), for: "jiho", note: nil, tags: []) else {
                Issue.record("another learner's save of the same lesson is theirs")
                return
            }
            #expect(try await store.savedModules(for: "minji").count == 4)
        }
    }

    @Test("learners are kept apart, and names differ by case", arguments: StoreKind.available)
    func learnersApart(_ kind: StoreKind) async throws {
        try await withStore(kind) { store in
            try await store.save(makeModule("m-1"), for: "minji", note: nil, tags: [])
            try await store.save(makeModule("m-2"), for: "Minji", note: nil, tags: [])
            #expect(try await store.savedModules(for: "minji").map(\.module.id) == ["m-1"])
            #expect(try await store.savedModules(for: "Minji").map(\.module.id) == ["m-2"])
            #expect(try await store.savedModule(moduleID: "m-1", for: "Minji") == nil)
            #expect(try await store.isSavedByAnyone(moduleID: "m-1"))
            #expect(try await !store.isSavedByAnyone(moduleID: "m-3"))
            #expect(try await store.savedModules(for: "nobody").isEmpty)
        }
    }

    @Test("the list is newest first", arguments: StoreKind.available)
    func newestFirst(_ kind: StoreKind) async throws {
        try await withStore(kind) { store in
            for (id, place) in [("m-1", "school"), ("m-2", "work"), ("m-3", "bed")] {
                try await store.save(makeModule(id, text: "She go to \(place)."), for: "minji", note: nil, tags: [])
            }
            #expect(try await store.savedModules(for: "minji").map(\.module.id) == ["m-3", "m-2", "m-1"])
        }
    }

    @Test("an update replaces the note and tags and stamps the time", arguments: StoreKind.available)
    func update(_ kind: StoreKind) async throws {
        try await withStore(kind) { store in
            let saved = try await store.save(makeModule("m-1"), for: "minji", note: "old", tags: ["a"]).savedModule
            try await store.update(id: saved.id, note: "새 메모", tags: ["b", "c"])
            let updated = try #require(try await store.savedModule(moduleID: "m-1", for: "minji"))
            #expect(updated.note == "새 메모")
            #expect(updated.tags == ["b", "c"])
            #expect(updated.updatedAt >= saved.updatedAt)
            #expect(updated.savedAt == saved.savedAt)
            try await store.update(id: saved.id, note: nil, tags: [])
            #expect(try await store.savedModule(moduleID: "m-1", for: "minji")?.note == nil)
        }
    }

    @Test("a delete removes the save once", arguments: StoreKind.available)
    func delete(_ kind: StoreKind) async throws {
        try await withStore(kind) { store in
            let saved = try await store.save(makeModule("m-1"), for: "minji", note: nil, tags: []).savedModule
            #expect(try await store.delete(id: saved.id))
            #expect(try await !store.delete(id: saved.id))
            #expect(try await store.savedModules(for: "minji").isEmpty)
            #expect(try await !store.isSavedByAnyone(moduleID: "m-1"))
        }
    }

    @Test("concurrent saves of one module make one save", arguments: StoreKind.available)
    func concurrentSaves(_ kind: StoreKind) async throws {
        try await withStore(kind) { store in
            let outcomes = try await withThrowingTaskGroup(of: SaveOutcome.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await store.save(makeModule("m-1"), for: "minji", note: nil, tags: []) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(outcomes.filter { if case .saved = $0 { true } else { false } }.count == 1)
            #expect(Set(outcomes.map(\.savedModule.id)).count == 1)
            #expect(try await store.savedModules(for: "minji").count == 1)
        }
    }

    @Test("tokens are stored, found, listed oldest first and revoked once", arguments: StoreKind.available)
    func tokens(_ kind: StoreKind) async throws {
        try await withStore(kind) { store in
            let early = APITokenRecord(
                id: "ct_a", userName: "u1", hash: Array(repeating: 1, count: 32),
                createdAt: Date(timeIntervalSince1970: 1_000))
            let late = APITokenRecord(
                id: "ct_b", userName: "u2", hash: Array(0..<32), createdAt: Date(timeIntervalSince1970: 2_000))
            try await store.insertTokens([late, early])
            #expect(try await store.token(id: "ct_b") == late)
            #expect(try await store.token(id: "ct_none") == nil)
            #expect(try await store.tokens() == [early, late])
            let revokedAt = Date(timeIntervalSince1970: 3_000)
            #expect(try await store.revokeToken(id: "ct_a", at: revokedAt))
            #expect(try await !store.revokeToken(id: "ct_a", at: revokedAt))
            #expect(try await store.token(id: "ct_a")?.revokedAt == revokedAt)
        }
    }

    @Test("tokens are stored all or none", arguments: StoreKind.available)
    func tokensAllOrNone(_ kind: StoreKind) async throws {
        try await withStore(kind) { store in
            let first = APITokenRecord(
                id: "ct_a", userName: "u1", hash: Array(repeating: 1, count: 32),
                createdAt: Date(timeIntervalSince1970: 1_000))
            try await store.insertTokens([first])
            let fresh = APITokenRecord(
                id: "ct_c", userName: "u1", hash: Array(repeating: 2, count: 32),
                createdAt: Date(timeIntervalSince1970: 1_000))
            await #expect(throws: StoreError.self) { try await store.insertTokens([fresh, first]) }
            #expect(try await store.tokens() == [first])
        }
    }

    @Test("a store answers its health check", arguments: StoreKind.available)
    func ping(_ kind: StoreKind) async throws {
        try await withStore(kind) { store in try await store.ping() }
    }

    @Test("the first instance to claim a conversation owns it, with its heartbeat", arguments: StoreKind.available)
    func claimConversation(_ kind: StoreKind) async throws {
        try await withStore(kind) { store in
            let (started, beat) = (Date(timeIntervalSince1970: 10_000), Date(timeIntervalSince1970: 10_005))
            #expect(try await store.conversationOwner("u1/c1") == nil)
            // Before its first heartbeat an owner has none.
            let first = try await store.claimConversation("u1/c1", instance: "a", at: started)
            #expect(first == ConversationOwner(instance: "a", startedAt: started, heartbeatAt: nil))
            try await store.heartbeat(instance: "a", at: started)
            try await store.heartbeat(instance: "a", at: beat)
            let second = try await store.claimConversation("u1/c1", instance: "b", at: beat)
            #expect(second == ConversationOwner(instance: "a", startedAt: started, heartbeatAt: beat))
            #expect(try await store.conversationOwner("u1/c1") == second)
            #expect(try await store.claimConversation("u2/c1", instance: "b", at: beat).instance == "b")
        }
    }

    @Test("concurrent claims of one conversation give every instance the same owner", arguments: StoreKind.available)
    func concurrentClaims(_ kind: StoreKind) async throws {
        try await withStore(kind) { store in
            let owners = try await withThrowingTaskGroup(of: ConversationOwner.self) { group in
                for index in 0..<8 {
                    group.addTask { try await store.claimConversation("u1/c1", instance: "i\(index)", at: Date()) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(Set(owners.map(\.instance)).count == 1)
        }
    }

    @Test("released conversations and forgotten instances leave no owner", arguments: StoreKind.available)
    func releaseAndForget(_ kind: StoreKind) async throws {
        try await withStore(kind) { store in
            let old = Date(timeIntervalSince1970: 1_000)
            let recent = Date(timeIntervalSince1970: 100_000)
            try await store.heartbeat(instance: "gone", at: old)
            try await store.heartbeat(instance: "here", at: recent)
            #expect(try await store.claimConversation("u1/c1", instance: "gone", at: old).instance == "gone")
            #expect(try await store.claimConversation("u1/c2", instance: "here", at: recent).instance == "here")
            #expect(try await store.claimConversation("u1/c3", instance: "here", at: recent).instance == "here")
            // Only the owner's release counts.
            try await store.releaseConversations(["u1/c1", "u1/c2"], instance: "here")
            #expect(try await store.conversationOwner("u1/c1")?.instance == "gone")
            #expect(try await store.conversationOwner("u1/c2") == nil)
            #expect(try await store.forgetInstances(silentSince: Date(timeIntervalSince1970: 50_000)) == 1)
            #expect(try await store.conversationOwner("u1/c1") == nil)
            #expect(try await store.conversationOwner("u1/c3")?.instance == "here")
        }
    }
}

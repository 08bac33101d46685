// API tokens in the store: only hashes, listed, revoked once; v2 databases gain the table.

import Foundation
import GRDB
import Testing
import TutorStore
import TutorTestSupport

@Suite("API tokens in the store")
struct ModuleStoreTokenTests {
    static let hash = [UInt8](repeating: 0xAB, count: 32)

    @Test("a token record round-trips, and the store never holds more than its hash")
    func roundTrip() throws {
        let store = try ModuleStore.inMemory()
        let created = Date(timeIntervalSince1970: 1_750_000_000)
        try store.insertTokens([APITokenRecord(id: "t1", userName: "u1", hash: Self.hash, createdAt: created)])
        let record = try #require(try store.token(id: "t1"))
        #expect(record == APITokenRecord(id: "t1", userName: "u1", hash: Self.hash, createdAt: created))
        #expect(try store.token(id: "t2") == nil)
        #expect(try store.tokens().map(\.id) == ["t1"])
    }

    @Test("a token is revoked once; revoking again or an unknown id reports false")
    func revoke() throws {
        let store = try ModuleStore.inMemory()
        try store.insertTokens([APITokenRecord(id: "t1", userName: "u1", hash: Self.hash, createdAt: Date())])
        #expect(try store.revokeToken(id: "t1"))
        #expect(try store.revokeToken(id: "t1") == false)
        #expect(try store.revokeToken(id: "nope") == false)
        #expect(try store.token(id: "t1")?.revokedAt != nil)
    }

    @Test("a batch with a taken id is refused whole")
    func duplicateID() throws {
        let store = try ModuleStore.inMemory()
        try store.insertTokens([APITokenRecord(id: "t1", userName: "u1", hash: Self.hash, createdAt: Date())])
        #expect(throws: StoreError.self) {
            try store.insertTokens([
                APITokenRecord(id: "t2", userName: "u2", hash: Self.hash, createdAt: Date()),
                APITokenRecord(id: "t1", userName: "u2", hash: Self.hash, createdAt: Date()),
            ])
        }
        #expect(try store.tokens().map(\.id) == ["t1"])
    }

    @Test("a v1 database migrates to v3: saves kept, tokens can be stored")
    func version1ToTokens() throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("chattutor.sqlite")
        try ModuleStoreMigrationTests.makeVersion1Database(at: url)
        let store = try ModuleStore(url: url)
        #expect(try store.savedCount(for: "minji") == 2)
        try store.insertTokens([APITokenRecord(id: "t1", userName: "minji", hash: Self.hash, createdAt: Date())])
        let reopened = try ModuleStore(url: url)
        #expect(try reopened.token(id: "t1")?.userName == "minji")
    }

    @Test("a saved module is found by its module id for its learner only")
    func savedByModuleID() throws {
        let store = try ModuleStore.inMemory()
        try store.save(makeModule("m-a"), for: "u1")
        #expect(try store.savedModule(moduleID: "m-a", for: "u1")?.module.id == "m-a")
        #expect(try store.savedModule(moduleID: "m-a", for: "u2") == nil)
        #expect(try store.savedModule(moduleID: "m-b", for: "u1") == nil)
    }
}

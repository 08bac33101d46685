// Two instances sharing one database: a conversation started by one is lost (410) on the other.

import Foundation
import HTTPTypes
import Testing
import TutorCore
import TutorStore
import TutorTestSupport

@testable import TutorServer

@Suite("A conversation whose instance is gone")
struct ConversationLossTests {
    @Test("a message for another instance's conversation is 410 conversation_lost, with a reason to show")
    func messageToSurvivor() async throws {
        let first = try ServerFixture()
        let second = try ServerFixture(sharing: first)
        let token = try #require(first.tokens["u1"])
        try await first.test { owner in
            let started = try await call(owner, .post, "/message", token: token, json: messageJSON("c1", text: "Hi"))
            #expect(started.status == .accepted)
        }
        try await second.test { survivor in
            let lost = try await call(survivor, .post, "/message", token: token, json: messageJSON("c1", text: "Hi"))
            #expect(lost.status == .gone)
            #expect(try lost.errorCode() == "conversation_lost")
            let message = try #require((try lost.object()["error"] as? [String: Any])?["message"] as? String)
            // The first instance's heartbeat is still fresh: "leaving"; a stale one says "stopped".
            #expect(message.contains("conversation c1"))
            #expect(message.contains("start a new conversation"))
            // The other routes of the conversation say the same, not 404.
            for (method, path) in [
                (HTTPRequest.Method.get, "/teaching_modules/list/c1"), (.post, "/end_conversation/c1"),
                (.get, "/conversations/c1/events"),
            ] {
                let response = try await call(survivor, method, path, token: token)
                #expect(response.status == .gone, "\(method) \(path)")
            }
            // A new id still starts a conversation here; an id nobody started is still 404.
            let fresh = try await call(survivor, .post, "/message", token: token, json: messageJSON("c2", text: "Hi"))
            #expect(fresh.status == .accepted)
            #expect(try await call(survivor, .get, "/teaching_modules/list/c3", token: token).status == .notFound)
        }
    }

    @Test("the same id of another user is that user's own new conversation")
    func otherUsersID() async throws {
        let first = try ServerFixture()
        let second = try ServerFixture(sharing: first)
        let (u1, u2) = (try #require(first.tokens["u1"]), try #require(first.tokens["u2"]))
        try await first.test { owner in
            let started = try await call(owner, .post, "/message", token: u1, json: messageJSON("c1", text: "Hi"))
            #expect(started.status == .accepted)
        }
        try await second.test { survivor in
            let response = try await call(
                survivor, .post, "/message", token: u2, json: messageJSON("c1", user: "u2", text: "Hi"))
            #expect(response.status == .accepted)
        }
    }

    @Test("an owner whose heartbeat is fresh is named as leaving, not stopped")
    func ownerStillBeating() async throws {
        let fixture = try ServerFixture()
        let ledger = fixture.server.ledger
        let owner = ConversationOwner(instance: "elsewhere", startedAt: Date(), heartbeatAt: Date())
        let error = ledger.lost(ConversationID("c1"), owner: owner)
        #expect(error.status == .gone)
        #expect(error.message.contains("leaving"))
        let stale = ConversationOwner(
            instance: "elsewhere", startedAt: Date(), heartbeatAt: Date(timeIntervalSinceNow: -600))
        #expect(ledger.lost(ConversationID("c1"), owner: stale).message.contains("stopped"))
    }

    @Test("a new conversation the database cannot record is 503 with Retry-After, and not started")
    func storeDownAtStart() async throws {
        let fixture = try ServerFixture()
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            // The token is read (and cached) first, then the store goes away.
            let started = try await call(client, .post, "/message", token: token, json: messageJSON("c1", text: "Hi"))
            #expect(started.status == .accepted)
            fixture.store.breakIt()
            let refused = try await call(client, .post, "/message", token: token, json: messageJSON("c2", text: "Hi"))
            #expect(refused.status == .serviceUnavailable)
            #expect(refused.headers[.retryAfter] == "1")
            #expect(await !fixture.server.registry.holds(ConversationID("c2"), of: "u1"))
            // A conversation already held goes on without the database.
            let going = try await call(client, .post, "/message", token: token, json: messageJSON("c1", text: "Yo"))
            #expect(going.status == .accepted)
        }
    }

    @Test("while the database is down a token read before still works past its cache time; an unknown one is 503")
    func tokenWhileStoreDown() async throws {
        let fixture = try ServerFixture()
        let (u1, u2) = (try #require(fixture.tokens["u1"]), try #require(fixture.tokens["u2"]))
        try await fixture.test { client in
            let started = try await call(client, .post, "/message", token: u1, json: messageJSON("c1", text: "Hi"))
            #expect(started.status == .accepted)
            fixture.store.breakIt()
            fixture.clock.advance(by: .seconds(120))
            let going = try await call(client, .post, "/message", token: u1, json: messageJSON("c1", text: "Yo"))
            #expect(going.status == .accepted)
            let unknown = try await call(
                client, .post, "/message", token: u2, json: messageJSON("c1", user: "u2", text: "Hi"))
            #expect(unknown.status == .serviceUnavailable)
            #expect(unknown.headers[.retryAfter] == "2")
        }
    }

    @Test("a conversation dropped after its retention is released from the shared record")
    func droppedIsReleased() async throws {
        let fixture = try ServerFixture { $0.retention = .seconds(60) }
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            _ = try await makeFinishedConversation(client, "c1", token: token)
            #expect(try fixture.store.conversationOwner("u1/c1")?.instance == fixture.server.ledger.instanceID)
            fixture.clock.advance(by: .seconds(61))
            #expect(await fixture.server.registry.sweep().dropped == 1)
            await fixture.server.ledger.release(await fixture.server.registry.takeDropped())
            #expect(try fixture.store.conversationOwner("u1/c1") == nil)
        }
    }
}

// Graceful shutdown: generation in flight finishes within the grace period, and no later.

import Testing
import TutorTestSupport

@testable import TutorServer

@Suite("Graceful shutdown")
struct ShutdownTests {
    @Test("a conversation still making modules when shutdown begins finishes within the grace period")
    func inFlightGenerationFinishes() async throws {
        let generator = FakeGenerator()
        generator.hold(focus: "bad")
        let fixture = try ServerFixture({ $0.shutdownGrace = .seconds(60) }, generator: generator)
        let token = try #require(fixture.tokens["u1"])
        let registry = fixture.server.registry
        try await fixture.test { client in
            try await call(client, .post, "/message", token: token, json: messageJSON("c1", text: "It was bad"))
            try await call(client, .post, "/end_conversation/c1", token: token)
            // Released only once shutdown has begun: the drain must wait for it.
            Task {
                while await !registry.isShuttingDown { try await Task.sleep(for: .milliseconds(2)) }
                generator.release(focus: "bad")
            }
        }
        // The test application has shut down: its service group ran the drain to the end.
        let listing = try await registry.listing("c1", for: "u1")
        #expect(listing.status == .finished)
        #expect(listing.modules.count == 1)
    }

    @Test("generation that outlasts the grace period is stopped, and shutdown still completes")
    func graceRunsOut() async throws {
        let generator = FakeGenerator()
        generator.hold(focus: "bad")
        let fixture = try ServerFixture({ $0.shutdownGrace = .milliseconds(100) }, generator: generator)
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            try await call(client, .post, "/message", token: token, json: messageJSON("c1", text: "It was bad"))
            try await call(client, .post, "/end_conversation/c1", token: token)
        }
        #expect(try await fixture.server.registry.listing("c1", for: "u1").status == .ending)
        generator.release(focus: "bad")
    }
}

@Suite("Graceful shutdown: open conversations")
struct ShutdownOpenConversationTests {
    @Test("conversations still open at shutdown are ended and analysed within the grace period, not dropped")
    func openConversationsEnd() async throws {
        let fixture = try ServerFixture { $0.shutdownGrace = .seconds(30) }
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            for text in ["My day was bad", "It is wrong today", "I like tea"] {
                try await call(client, .post, "/message", token: token, json: messageJSON("c1", text: text))
            }
        }
        let listing = try await fixture.server.registry.listing("c1", for: "u1")
        #expect(listing.status == .finished)
        #expect(listing.modules.count >= 1)
    }
}

// Per-user limits: open conversations and messages per conversation, refused with 429 and
// Retry-After; and the settings that set them.

import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TutorConfig

@testable import TutorServer
@testable import TutorServerConfiguration

@Suite("Conversation limits")
struct ConversationLimitTests {
    @Test(
        "a user over the open-conversation cap gets 429 too_many_conversations with Retry-After; ending one frees a place"
    )
    func openConversations() async throws {
        let fixture = try ServerFixture {
            $0.limits.maximumOpenConversationsPerUser = 2
            $0.idleTimeout = .seconds(600)
        }
        let token = try #require(fixture.tokens["u1"])
        let other = try #require(fixture.tokens["u2"])
        try await fixture.test { client in
            for id in ["c1", "c2"] {
                let response = try await call(
                    client, .post, "/message", token: token, json: messageJSON(id, text: "hello"))
                #expect(response.status == .accepted)
            }
            fixture.clock.advance(by: .seconds(100))
            let refused = try await call(
                client, .post, "/message", token: token, json: messageJSON("c3", text: "hello"))
            #expect(refused.status == .tooManyRequests)
            #expect(try refused.errorCode() == "too_many_conversations")
            // The oldest open conversation is ended for being idle in 500 s.
            #expect(refused.headers[.retryAfter] == "500")
            // Open ones still take messages, and another user has places of their own.
            #expect(
                try await call(client, .post, "/message", token: token, json: messageJSON("c1", text: "again")).status
                    == .accepted)
            #expect(
                try await call(client, .post, "/message", token: other, json: messageJSON("c3", user: "u2", text: "hi"))
                    .status == .accepted)
            #expect(try await call(client, .post, "/end_conversation/c2", token: token).status == .accepted)
            #expect(
                try await call(client, .post, "/message", token: token, json: messageJSON("c3", text: "hello")).status
                    == .accepted)
        }
    }

    @Test(
        "a conversation at its message cap refuses more with 429 conversation_full, and can still be ended for its modules"
    )
    func messagesPerConversation() async throws {
        let fixture = try ServerFixture { $0.limits.maximumMessagesPerConversation = 3 }
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            for text in ["My day was bad", "It is wrong today", "I like tea"] {
                #expect(
                    try await call(client, .post, "/message", token: token, json: messageJSON("c1", text: text)).status
                        == .accepted)
            }
            let refused = try await call(client, .post, "/message", token: token, json: messageJSON("c1", text: "more"))
            #expect(refused.status == .tooManyRequests)
            #expect(try refused.errorCode() == "conversation_full")
            #expect(refused.headers[.retryAfter] != nil)
            let message = try #require((try refused.object()["error"] as? [String: Any])?["message"] as? String)
            #expect(message.contains("/end_conversation/c1"))
            #expect(try await call(client, .post, "/end_conversation/c1", token: token).status == .accepted)
            let list = try await waitUntilFinished(client, "c1", token: token)
            #expect((list["modules"] as? [Any])?.isEmpty == false)
        }
    }

    @Test("the limits come from flags, CHATTUTOR_SERVE_* and config.toml, and out-of-range values are refused")
    func settings() throws {
        var flags = ServerConfiguration.Flags()
        flags.maxConnections = 100
        flags.headerTimeout = 2.5
        let configuration = try ServerConfiguration.resolve(
            flags: flags,
            environment: ["CHATTUTOR_SERVE_KEEP_ALIVE_TIMEOUT": "30", "CHATTUTOR_SERVE_MAX_CONVERSATIONS": "3"],
            file: try ConfigFile.parse("serve_max_messages = 500", path: "/c.toml"))
        #expect(configuration.connections.maximumConnections == 100)
        #expect(configuration.connections.headerTimeout == .milliseconds(2500))
        #expect(configuration.connections.keepAliveTimeout == .seconds(30))
        #expect(configuration.limits.maximumOpenConversationsPerUser == 3)
        #expect(configuration.limits.maximumMessagesPerConversation == 500)
        let defaults = ServerConfiguration()
        #expect(defaults.connections.maximumConnections == 4_096)
        #expect(defaults.connections.headerTimeout == .seconds(10))
        #expect(defaults.connections.keepAliveTimeout == .seconds(60))
        #expect(defaults.limits.maximumOpenConversationsPerUser == 20)
        #expect(defaults.limits.maximumMessagesPerConversation == 1_000)
        #expect(throws: ConfigError.self) {
            try ServerConfiguration.resolve(
                flags: .init(), environment: ["CHATTUTOR_SERVE_MAX_CONNECTIONS": "0"], file: nil)
        }
        #expect(throws: ConfigError.self) {
            try ServerConfiguration.resolve(
                flags: .init(), environment: ["CHATTUTOR_SERVE_HEADER_TIMEOUT": "-1"], file: nil)
        }
    }
}

// The conversation routes from message to module, and every way a request can be refused.

import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TutorTestSupport

@testable import TutorServer

@Suite("Conversation routes")
struct ConversationRouteTests {
    @Test("a learner message answers 202 with its batch place; an interviewer message with batch null")
    func messageReceipts() async throws {
        let fixture = try ServerFixture()
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            var places: [[String: Int]] = []
            for text in ["I am fine", "Hello there", "It was bad"] {
                let response = try await call(
                    client, .post, "/message", token: token, json: messageJSON("c1", text: text))
                #expect(response.status == .accepted)
                let body = try response.object()
                #expect(body["conversation_id"] as? String == "c1")
                places.append(try #require(body["batch"] as? [String: Int]))
            }
            #expect(
                places == [
                    ["index": 0, "position": 1, "size": 2], ["index": 0, "position": 2, "size": 2],
                    ["index": 1, "position": 1, "size": 2],
                ])
            let interviewer = try await call(
                client, .post, "/message", token: token, json: messageJSON("c1", speaker: "interviewer", text: "Why?"))
            #expect(interviewer.status == .accepted)
            #expect(interviewer.text.contains(#""batch":null"#))
            #expect(try interviewer.object()["message_index"] as? Int == 3)
        }
    }

    @Test("end, poll, fetch one module: only validated modules, in the module format")
    func endAndPoll() async throws {
        let fixture = try ServerFixture()
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            let ids = try await makeFinishedConversation(client, "c1", token: token)
            #expect(ids.count == 2)
            let list = try await call(client, .get, "/teaching_modules/list/c1", token: token).object()
            #expect(list["status"] as? String == "finished")
            let id = try #require(ids.first)
            let module = try await call(client, .get, "/teaching_module/\(id)", token: token)
            #expect(module.status == .ok)
            let body = try module.object()
            #expect(body["id"] as? String == id)
            #expect(body["conversationID"] as? String == "c1")
            #expect(body["schemaVersion"] as? Int == 1)
        }
    }

    @Test("ending twice answers 202 with the current status; a message after the end is 409")
    func endTwiceAndPostAfterEnd() async throws {
        let generator = FakeGenerator()
        generator.hold(focus: "bad")
        let fixture = try ServerFixture(generator: generator)
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            try await call(client, .post, "/message", token: token, json: messageJSON("c1", text: "It was bad"))
            let first = try await call(client, .post, "/end_conversation/c1", token: token)
            #expect(try first.object()["status"] as? String == "ending")
            let second = try await call(client, .post, "/end_conversation/c1", token: token)
            #expect(second.status == .accepted)
            #expect(try second.object()["status"] as? String == "ending")
            let late = try await call(client, .post, "/message", token: token, json: messageJSON("c1", text: "More"))
            #expect(late.status == .conflict)
            #expect(try late.errorCode() == "conversation_ended")
            generator.release(focus: "bad")
            _ = try await waitUntilFinished(client, "c1", token: token)
            do {
                let value =
                    try await call(client, .post, "/end_conversation/c1", token: token).object()["status"] as? String
                #expect(value == "finished")
            }
        }
    }

    @Test("unknown conversations and modules are 404 not_found; unknown routes too")
    func unknownIDs() async throws {
        let fixture = try ServerFixture()
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            for (method, path) in [
                (HTTPRequest.Method.post, "/end_conversation/nope"), (.get, "/teaching_modules/list/nope"),
                (.get, "/teaching_module/m-nope"), (.get, "/conversations/nope/events"), (.get, "/no/such/route"),
            ] {
                let response = try await call(client, method, path, token: token)
                #expect(response.status == .notFound, "\(method) \(path)")
                #expect(try response.errorCode() == "not_found", "\(method) \(path)")
            }
            let save = try await call(
                client, .post, "/user_modules/save", token: token, json: #"{"module_id":"m-nope"}"#)
            #expect(save.status == .notFound)
            for method in [HTTPRequest.Method.put, .delete] {
                let response = try await call(
                    client, method, "/user_modules/m-nope", token: token, json: method == .put ? "{}" : nil)
                #expect(response.status == .notFound)
            }
        }
    }

    @Test(
        "malformed bodies and ids are 400 bad_request",
        arguments: [
            "{not json", "[]", #"{"conversation_id":"c1","user_id":"u1","speaker":"learner"}"#,
            #"{"conversation_id":"c1","user_id":"u1","speaker":"learner","text":5}"#,
            #"{"conversation_id":"c 1","user_id":"u1","speaker":"learner","text":"hi"}"#,
            #"{"conversation_id":"","user_id":"u1","speaker":"learner","text":"hi"}"#,
            #"{"conversation_id":"c1","user_id":"u1","speaker":"teacher","text":"hi"}"#,
            #"{"conversation_id":"c1","user_id":"u1","speaker":"learner","text":"  "}"#,
        ])
    func malformed(body: String) async throws {
        let fixture = try ServerFixture()
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            let response = try await call(client, .post, "/message", token: token, json: body)
            #expect(response.status == .badRequest)
            #expect(try response.errorCode() == "bad_request")
        }
    }

    @Test("a conversation id over 128 characters, and a bad save body, are 400")
    func longIDAndBadSave() async throws {
        let fixture = try ServerFixture()
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            let long = String(repeating: "c", count: 129)
            do {
                let value = try await call(client, .post, "/message", token: token, json: messageJSON(long, text: "hi"))
                    .status
                #expect(value == .badRequest)
            }
            do {
                let value = try await call(client, .get, "/teaching_modules/list/\(long)", token: token).status
                #expect(value == .badRequest)
            }
            do {
                let value = try await call(client, .post, "/user_modules/save", token: token, json: #"{"id":"x"}"#)
                    .status
                #expect(value == .badRequest)
            }
            do {
                let value = try await call(client, .put, "/user_modules/m-1", token: token, json: #"{"tags":"x"}"#)
                    .status
                #expect(value == .badRequest)
            }
        }
    }

    @Test("a body over the byte limit and text over the character limit are 413 too_large")
    func sizeLimits() async throws {
        let fixture = try ServerFixture {
            $0.limits.maximumBodyBytes = 1024
            $0.limits.maximumTextCharacters = 100
        }
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            let big = try await call(
                client, .post, "/message", token: token,
                json: messageJSON("c1", text: String(repeating: "a", count: 2000)))
            #expect(big.status == .contentTooLarge)
            #expect(try big.errorCode() == "too_large")
            let long = try await call(
                client, .post, "/message", token: token,
                json: messageJSON("c1", text: String(repeating: "가", count: 101)))
            #expect(long.status == .contentTooLarge)
            #expect(try long.errorCode() == "too_large")
            let fits = try await call(
                client, .post, "/message", token: token,
                json: messageJSON("c1", text: String(repeating: "가", count: 100)))
            #expect(fits.status == .accepted)
        }
    }
}

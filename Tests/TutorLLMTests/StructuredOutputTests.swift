// Structured output: json_schema first, then json_object with the schema, then plain JSON.

import Foundation
import Testing
import TutorLLM
import TutorTestSupport

@Suite("Structured output fallback")
struct StructuredOutputTests {
    let schemaRequest = ChatRequest(
        messages: [.user("Give me a word.")], stage: "test",
        schema: .object([
            "type": .string("object"), "properties": .object(["word": .object(["type": .string("string")])]),
        ]),
        schemaName: "word")

    @Test("a server that refuses json_schema gets json_object with the schema, and the choice is remembered")
    func fallsBackToJSONObject() async throws {
        let fixture = try ClientFixture()
        fixture.server.enqueue(
            .status(500, body: "Internal Server Error"), .completion(#"{"word":"cat"}"#),
            .completion(#"{"word":"dog"}"#))
        let first = try await fixture.client.complete(schemaRequest)
        #expect(first.content == #"{"word":"cat"}"#)
        #expect(first.format == .jsonObject)
        let second = try await fixture.client.complete(schemaRequest)
        #expect(second.format == .jsonObject)
        let formats = fixture.chatRequests.map { ($0.json?["response_format"] as? [String: Any])?["type"] as? String }
        #expect(formats == ["json_schema", "json_object", "json_object"])
        let sent = try #require(fixture.chatRequests[1].json?["response_format"] as? [String: Any])
        #expect((sent["schema"] as? [String: Any])?["type"] as? String == "object")
        #expect(fixture.recordedWaits.isEmpty)
    }

    @Test("a server that refuses both forms gets plain JSON with the schema in the prompt")
    func fallsBackToPlain() async throws {
        let fixture = try ClientFixture()
        fixture.server.enqueue(
            .status(
                400, body: #"{"error":{"message":"response_format is not supported"}}"#, contentType: "application/json"
            ),
            .status(
                400, body: #"{"error":{"message":"response_format is not supported"}}"#, contentType: "application/json"
            ),
            .completion(#"{"word":"cat"}"#))
        let completion = try await fixture.client.complete(schemaRequest)
        #expect(completion.format == .plain)
        let last = try #require(fixture.chatRequests.last?.json)
        #expect(last["response_format"] == nil)
        let messages = last["messages"] as? [[String: Any]] ?? []
        #expect((messages.last?["content"] as? String)?.contains(#""word""#) == true)
    }

    @Test("OpenAI's json_schema form carries the name, the schema and strict")
    func jsonSchemaForm() async throws {
        let fixture = try ClientFixture()
        fixture.server.enqueue(.completion(#"{"word":"cat"}"#))
        _ = try await fixture.client.complete(schemaRequest)
        let format = try #require(fixture.chatRequests.first?.json?["response_format"] as? [String: Any])
        let jsonSchema = try #require(format["json_schema"] as? [String: Any])
        #expect(jsonSchema["name"] as? String == "word")
        #expect(jsonSchema["strict"] as? Bool == true)
        #expect(jsonSchema["schema"] is [String: Any])
    }

    @Test("requests waiting for their turn learn of a refusal: the server sees json_schema once")
    func refusalIsShared() async throws {
        let fixture = try ClientFixture(
            concurrency: 1,
            responder: { request in
                let format = (request.json?["response_format"] as? [String: Any])?["type"] as? String
                return format == "json_schema"
                    ? .status(500, body: "json_schema is not supported") : .completion(#"{"word":"cat"}"#)
            })
        try await withThrowingTaskGroup(of: ChatCompletion.self) { group in
            for _ in 0..<4 { group.addTask { try await fixture.client.complete(schemaRequest) } }
            try await group.waitForAll()
        }
        let formats = fixture.chatRequests.map { ($0.json?["response_format"] as? [String: Any])?["type"] as? String }
        #expect(formats.filter { $0 == "json_schema" }.count == 1)
        #expect(formats.count == 5)
    }
}

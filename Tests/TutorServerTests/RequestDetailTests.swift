// Details of the HTTP contract: percent-encoded ids, media types, methods no route takes.

import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import TutorServer

@Suite("Request details")
struct RequestDetailTests {
    @Test("a percent-encoded id in a path is decoded: c%3A1 is the conversation c:1")
    func percentEncodedIDs() async throws {
        let fixture = try ServerFixture()
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            #expect(
                try await call(client, .post, "/message", token: token, json: messageJSON("c:1", text: "It was bad"))
                    .status == .accepted)
            let list = try await call(client, .get, "/teaching_modules/list/c%3A1", token: token)
            #expect(list.status == .ok)
            #expect(try list.object()["conversation_id"] as? String == "c:1")
            #expect(try await call(client, .post, "/end_conversation/c%3a1", token: token).status == .accepted)
            // Decoded, an id is checked as usual; a malformed escape is a clear 400.
            let slash = try await call(client, .get, "/teaching_modules/list/c%2F1", token: token)
            #expect(slash.status == .badRequest)
            let malformed = try await call(client, .get, "/teaching_modules/list/c%zz", token: token)
            #expect(malformed.status == .badRequest)
            #expect(try malformed.errorCode() == "bad_request")
        }
    }

    @Test("a JSON route refuses another Content-Type with 415; none at all, or with a charset, is JSON")
    func mediaTypes() async throws {
        let fixture = try ServerFixture()
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            let body = ByteBuffer(string: messageJSON("c1", text: "hello"))
            let headers: (String?) -> HTTPFields = { type in
                var fields: HTTPFields = [.authorization: "Bearer \(token)"]
                if let type { fields[.contentType] = type }
                return fields
            }
            for type in ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"] {
                let response = try await client.execute(
                    uri: "/message", method: .post, headers: headers(type), body: body)
                #expect(response.status == .unsupportedMediaType, "\(type)")
                #expect(try response.errorCode() == "unsupported_media_type")
            }
            for type in [nil, "application/json", "Application/JSON; charset=utf-8"] {
                let response = try await client.execute(
                    uri: "/message", method: .post, headers: headers(type), body: body)
                #expect(response.status == .accepted, "\(type ?? "none")")
            }
        }
    }

    @Test("TRACE and other methods no route takes answer 405 with Allow, on known and unknown paths")
    func methodNotAllowed() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            for (method, path) in [
                (HTTPRequest.Method.trace, "/health"), (.trace, "/message"), (.trace, "/nowhere"), (.patch, "/health"),
            ] {
                let response = try await client.execute(uri: path, method: method)
                #expect(response.status == .methodNotAllowed, "\(method) \(path)")
                #expect(try response.errorCode() == "method_not_allowed")
                #expect(response.headers[.allow] != nil)
            }
        }
    }
}

// Tokens on every route (401), each user's own conversation ids (404 for others'), and CORS.

import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import TutorServer

@Suite("Security")
struct SecurityTests {
    /// A concrete path for each route, with ids that exist for u1.
    static func concretePath(_ route: APIRoute, module: String) -> String {
        route.path.replacingOccurrences(of: "{conversation_id}", with: "c1").replacingOccurrences(
            of: "{module_id}", with: module
        )
        .replacingOccurrences(of: "{user_id}", with: "u1")
    }

    static func body(for route: APIRoute, module: String) -> String? {
        switch route.description {
        case "POST /message": messageJSON("c1", text: "It was bad")
        case "POST /user_modules/save": #"{"module_id":"\#(module)"}"#
        case "PUT /user_modules/{module_id}": #"{"note":"n"}"#
        default: nil
        }
    }

    @Test("every route but /health answers 401 without a token, with a malformed one, a wrong one and a revoked one")
    func unauthorised() async throws {
        let fixture = try ServerFixture()
        let revoked = APIToken.generate()
        try fixture.store.store.insertTokens([revoked.record(for: "u1")])
        try fixture.store.store.revokeToken(id: revoked.id)
        let wrongSecret = try #require(fixture.tokens["u1"]).prefix(13) + String(repeating: "A", count: 43)
        try await fixture.test { client in
            let routes = fixture.server.routes.filter { $0.path != "/health" }
            #expect(routes.count == 10)
            for route in routes {
                let method = HTTPRequest.Method(route.method) ?? .get
                let path = Self.concretePath(route, module: "m-1")
                for token in [nil, "nonsense", String(wrongSecret), revoked.value] {
                    let response = try await call(
                        client, method, path, token: token, json: Self.body(for: route, module: "m-1"))
                    #expect(
                        response.status == .unauthorized, "\(route) with \(token == nil ? "no token" : "a bad token")")
                    #expect(try response.errorCode() == "unauthorized")
                    #expect(response.headers[.wwwAuthenticate] == "Bearer")
                }
            }
            do {
                let value = try await call(client, .get, "/health").status
                #expect(value == .ok)
            }
        }
    }

    @Test("conversation ids are each user's own: another user's id is unknown (404), never 403, and can be used anew")
    func otherUsers() async throws {
        let fixture = try ServerFixture()
        let owner = try #require(fixture.tokens["u1"])
        let other = try #require(fixture.tokens["u2"])
        try await fixture.test { client in
            let module = try #require(try await makeFinishedConversation(client, "c1", token: owner).first)
            // The owner saves it, so the saved-module routes have something of another user's to refuse.
            let saved = try await call(
                client, .post, "/user_modules/save", token: owner, json: #"{"module_id":"\#(module)"}"#)
            #expect(saved.status == .created)
            let expected: [String: HTTPResponse.Status] = [
                "POST /end_conversation/{conversation_id}": .notFound,
                "GET /teaching_modules/list/{conversation_id}": .notFound,
                "GET /conversations/{conversation_id}/events": .notFound, "GET /teaching_module/{module_id}": .notFound,
                "POST /user_modules/save": .notFound, "GET /user_modules/user/{user_id}": .forbidden,
                "PUT /user_modules/{module_id}": .forbidden, "DELETE /user_modules/{module_id}": .forbidden,
            ]
            for route in fixture.server.routes where expected[route.description] != nil {
                let method = HTTPRequest.Method(route.method) ?? .get
                let response = try await call(
                    client, method, Self.concretePath(route, module: module), token: other,
                    json: Self.body(for: route, module: module))
                #expect(response.status == expected[route.description], "\(route)")
            }
            // u2's "c1" is a new conversation of u2's; u1's is untouched.
            let posted = try await call(
                client, .post, "/message", token: other, json: messageJSON("c1", user: "u2", text: "hi"))
            #expect(posted.status == .accepted)
            #expect(try posted.object()["message_index"] as? Int == 0)
            let theirs = try await call(client, .get, "/teaching_modules/list/c1", token: other).object()
            #expect(theirs["status"] as? String == "open")
            #expect((theirs["modules"] as? [Any])?.isEmpty == true)
            let mine = try await call(client, .get, "/teaching_modules/list/c1", token: owner).object()
            #expect(mine["status"] as? String == "finished")
            #expect((mine["modules"] as? [[String: Any]])?.first?["conversationID"] as? String == "c1")
            // A message whose user_id is not the token's user.
            let impersonating = try await call(
                client, .post, "/message", token: other, json: messageJSON("c9", user: "u1", text: "hi"))
            #expect(impersonating.status == .forbidden)
        }
    }

    @Test("CORS: an allowed origin gets headers and its preflight; others get none, and their preflight 403")
    func cors() async throws {
        let fixture = try ServerFixture { $0.corsOrigins = ["https://tutor.example.org"] }
        try await fixture.test { client in
            let allowed = try await call(client, .get, "/health", headers: [.origin: "https://tutor.example.org"])
            #expect(allowed.headers[.accessControlAllowOrigin] == "https://tutor.example.org")
            let other = try await call(client, .get, "/health", headers: [.origin: "https://evil.example"])
            #expect(other.headers[.accessControlAllowOrigin] == nil)
            let preflight = try await call(
                client, .options, "/message",
                headers: [.origin: "https://tutor.example.org", .accessControlRequestMethod: "POST"])
            #expect(preflight.status == .noContent)
            #expect(preflight.headers[.accessControlAllowOrigin] == "https://tutor.example.org")
            #expect(preflight.headers[.accessControlAllowHeaders]?.contains("Authorization") == true)
            #expect(preflight.headers[.accessControlAllowMethods]?.contains("POST") == true)
            let refused = try await call(
                client, .options, "/message",
                headers: [.origin: "https://evil.example", .accessControlRequestMethod: "POST"])
            #expect(refused.status == .forbidden)
            #expect(refused.headers[.accessControlAllowOrigin] == nil)
            // An error answer to an allowed origin carries the headers too, so the browser can read it.
            let unauthorised = try await call(
                client, .get, "/teaching_modules/list/c1", headers: [.origin: "https://tutor.example.org"])
            #expect(unauthorised.status == .unauthorized)
            #expect(unauthorised.headers[.accessControlAllowOrigin] == "https://tutor.example.org")
        }
    }

    @Test("with no origins configured (the default) no response has CORS headers")
    func corsOffByDefault() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let response = try await call(client, .get, "/health", headers: [.origin: "http://localhost:3000"])
            #expect(response.headers[.accessControlAllowOrigin] == nil)
            let preflight = try await call(
                client, .options, "/health",
                headers: [.origin: "http://localhost:3000", .accessControlRequestMethod: "GET"])
            #expect(preflight.status == .forbidden)
        }
    }
}

// Saving, listing, annotating and deleting modules through the API, into the real store.

import Foundation
import HummingbirdTesting
import Testing

@testable import TutorServer

@Suite("Saved-module routes")
struct UserModuleRouteTests {
    @Test("save (201, then 200 with the same save), list, update note and tags, delete (204)")
    func lifecycle() async throws {
        let fixture = try ServerFixture()
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            let id = try #require(try await makeFinishedConversation(client, "c1", token: token).first)
            let saved = try await call(
                client, .post, "/user_modules/save", token: token, json: #"{"module_id":"\#(id)"}"#)
            #expect(saved.status == .created)
            let savedBody = try #require(try saved.object()["saved"] as? [String: Any])
            #expect(savedBody["module_id"] as? String == id)
            #expect(savedBody["user_id"] as? String == "u1")
            #expect((savedBody["module"] as? [String: Any])?["id"] as? String == id)
            let again = try await call(
                client, .post, "/user_modules/save", token: token, json: #"{"module_id":"\#(id)"}"#)
            #expect(again.status == .ok)
            #expect(try fixture.store.store.savedCount(for: "u1") == 1)

            let list = try await call(client, .get, "/user_modules/user/u1", token: token).object()
            #expect((list["modules"] as? [[String: Any]])?.compactMap { $0["module_id"] as? String } == [id])

            let updated = try await call(
                client, .put, "/user_modules/\(id)", token: token, json: #"{"note":"버스에서","tags":["verbs"]}"#)
            #expect(updated.status == .ok)
            let updatedBody = try #require(try updated.object()["saved"] as? [String: Any])
            #expect(updatedBody["note"] as? String == "버스에서")
            #expect(updatedBody["tags"] as? [String] == ["verbs"])
            // A missing field keeps its value.
            let tagsOnly = try await call(client, .put, "/user_modules/\(id)", token: token, json: #"{"tags":[]}"#)
            #expect((try tagsOnly.object()["saved"] as? [String: Any])?["note"] as? String == "버스에서")

            do {
                let value = try await call(client, .delete, "/user_modules/\(id)", token: token).status
                #expect(value == .noContent)
            }
            do {
                let value = try await call(client, .delete, "/user_modules/\(id)", token: token).status
                #expect(value == .notFound)
            }
            #expect(try fixture.store.store.savedCount(for: "u1") == 0)
        }
    }

    @Test(
        "a tag or note with control characters or escape sequences is refused with 400, and nothing is stored",
        arguments: [
            #"{"tags":["\u001b]0;pwned\u0007\u001b[2J"]}"#, #"{"tags":["ok","a\u0000b"]}"#, #"{"tags":["\u009b31m"]}"#,
            #"{"note":"\u001b[2J cleared"}"#, #"{"note":"tab\there"}"#, #"{"note":"bidi \u202e"}"#,
        ])
    func controlCharacters(body: String) async throws {
        let fixture = try ServerFixture()
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            let id = try #require(try await makeFinishedConversation(client, "c1", token: token).first)
            _ = try await call(client, .post, "/user_modules/save", token: token, json: #"{"module_id":"\#(id)"}"#)
            let response = try await call(client, .put, "/user_modules/\(id)", token: token, json: body)
            #expect(response.status == .badRequest)
            #expect(try response.errorCode() == "bad_request")
            let message = try #require((try response.object()["error"] as? [String: Any])?["message"] as? String)
            #expect(message.contains("control characters"))
            let saved = try #require(try fixture.store.store.savedModule(moduleID: id, for: "u1"))
            #expect(saved.tags.isEmpty && saved.note == nil)
        }
    }

    @Test("a note may hold line breaks and any script")
    func noteWithLineBreaks() async throws {
        let fixture = try ServerFixture()
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            let id = try #require(try await makeFinishedConversation(client, "c1", token: token).first)
            _ = try await call(client, .post, "/user_modules/save", token: token, json: #"{"module_id":"\#(id)"}"#)
            let response = try await call(
                client, .put, "/user_modules/\(id)", token: token, json: #"{"note":"버스에서\n다시 😀","tags":["시험"]}"#)
            #expect(response.status == .ok)
        }
    }

    @Test("a store that fails answers 503 unavailable, never 500")
    func storeFailure() async throws {
        let fixture = try ServerFixture()
        let token = try #require(fixture.tokens["u1"])
        try await fixture.test { client in
            let id = try #require(try await makeFinishedConversation(client, "c1", token: token).first)
            fixture.store.breakIt()
            let response = try await call(
                client, .post, "/user_modules/save", token: token, json: #"{"module_id":"\#(id)"}"#)
            #expect(response.status == .serviceUnavailable)
            #expect(try response.errorCode() == "unavailable")
            #expect(response.headers[.retryAfter] == "2")
        }
    }
}

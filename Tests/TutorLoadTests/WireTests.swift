// Requests as the contract spells them, and the contract's response bodies read back.

import Foundation
import Testing

@testable import TutorLoad

@Suite("Wire requests and responses")
struct WireTests {
    let credential = BearerCredential(userID: "load-3", token: "secret-token")

    @Test("a message body uses the contract's snake_case keys and the token goes in the request, not the body")
    func messageBody() throws {
        let request = WireRequest.message(
            conversationID: "c1", credential: credential,
            message: ScriptedMessage(role: .learner, text: "I go to store."))
        #expect(request.method == .post)
        #expect(request.path == "/message")
        #expect(request.bearerToken == "secret-token")
        let body = try #require(request.body)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: String])
        #expect(
            object == ["conversation_id": "c1", "user_id": "load-3", "speaker": "learner", "text": "I go to store."])
    }

    @Test("end and list requests name the conversation in the path; routes drop the ids")
    func paths() {
        let end = WireRequest.endConversation(conversationID: "load-a-1", credential: credential)
        let list = WireRequest.moduleList(conversationID: "load-a-1", credential: credential)
        #expect(end.path == "/end_conversation/load-a-1")
        #expect(end.body == nil)
        #expect(list.method == .get)
        #expect(list.path == "/teaching_modules/list/load-a-1")
        #expect(end.route == "POST /end_conversation")
        #expect(list.route == "GET /teaching_modules")
    }

    @Test("a 202 learner message reads its batch; the check accepts the expected index and place")
    func learnerAccepted() throws {
        let response = WireResponse(
            status: 202,
            body: Array(#"{"conversation_id":"c1","message_index":3,"batch":{"index":0,"position":2,"size":10}}"#.utf8))
        let accepted = try response.decode(MessageAccepted.self, expecting: 202)
        #expect(accepted.batch == MessageAccepted.Batch(index: 0, position: 2, size: 10))
        try accepted.check(conversationID: "c1", messageIndex: 3, role: .learner)
    }

    @Test(
        "answers that break the contract are named",
        arguments: [
            (
                #"{"conversation_id":"c1","message_index":4,"batch":null}"#, MessageRole.interviewer,
                "message_index 4, expected 3"
            ),
            (
                #"{"conversation_id":"c2","message_index":3,"batch":null}"#, .interviewer,
                "message answered for another conversation"
            ),
            (#"{"conversation_id":"c1","message_index":3,"batch":null}"#, .learner, "a learner message has no batch"),
            (
                #"{"conversation_id":"c1","message_index":3,"batch":{"index":0,"position":1,"size":10}}"#, .interviewer,
                "an interviewer message joined a batch"
            ),
            (
                #"{"conversation_id":"c1","message_index":3,"batch":{"index":0,"position":11,"size":10}}"#, .learner,
                "batch position 11 of 10"
            ),
        ])
    func brokenContract(json: String, role: MessageRole, reason: String) throws {
        let accepted = try WireResponse(status: 202, body: Array(json.utf8)).decode(
            MessageAccepted.self, expecting: 202)
        #expect(throws: ResponseError.contractBroken(reason)) {
            try accepted.check(conversationID: "c1", messageIndex: 3, role: role)
        }
    }

    @Test("another status is an error carrying the contract's error code; a garbled body is named")
    func errors() {
        let conflict = WireResponse(
            status: 409,
            body: Array(#"{"error":{"code":"conversation_ended","message":"start a new conversation"}}"#.utf8))
        #expect(throws: ResponseError.unexpectedStatus(409, errorCode: "conversation_ended")) {
            try conflict.decode(MessageAccepted.self, expecting: 202)
        }
        #expect(
            ResponseError.unexpectedStatus(409, errorCode: "conversation_ended").description == "409 conversation_ended"
        )
        let plain = WireResponse(status: 502, body: Array("Bad Gateway".utf8))
        #expect(plain.errorCode == nil)
        #expect(throws: ResponseError.unexpectedStatus(502, errorCode: nil)) {
            try plain.decode(EndAccepted.self, expecting: 202)
        }
        let garbled = WireResponse(status: 202, body: Array("{\"conversation_id\":".utf8))
        #expect(throws: ResponseError.malformedBody(expected: "MessageAccepted")) {
            try garbled.decode(MessageAccepted.self, expecting: 202)
        }
    }

    @Test("a module list is finished only when finished and status agree; modules are counted by id")
    func moduleList() throws {
        let finished = try WireResponse(
            status: 200,
            body: Array(
                #"{"conversation_id":"c1","status":"finished","finished":true,"modules":[{"id":"a","focus":{}},{"id":"b"}]}"#
                    .utf8)
        ).decode(ModuleList.self, expecting: 200)
        #expect(try finished.isFinished())
        #expect(finished.modules.map(\.id) == ["a", "b"])
        let ending = try WireResponse(
            status: 200, body: Array(#"{"conversation_id":"c1","status":"ending","finished":false,"modules":[]}"#.utf8)
        ).decode(ModuleList.self, expecting: 200)
        #expect(try !ending.isFinished())
        let contradictory = ModuleList(conversationID: "c1", status: "ending", finished: true, modules: [])
        #expect(throws: ResponseError.contractBroken("finished is true but status is ending")) {
            try contradictory.isFinished()
        }
    }
}

// A tiny in-process stand-in for `chattutor serve`: the wire contract's message, end and
// module-list routes, with faults on request, so the load runner can be tested end to end.

import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

@testable import TutorLoad

/// What the fake does wrong, when asked to.
struct FakeServeFaults: Sendable {
    /// Conversations whose generation never finishes.
    var neverFinish: Set<String> = []
    /// `conversation#attempt` pairs (the n-th post to a conversation, from 0) answered 409
    /// conversation_ended.
    var rejectMessages: Set<String> = []
    /// Close the connection after every response, as a server without keep-alive would.
    var closeAfterEachResponse = false
    /// `conversation#attempt` posts that are never answered (the connection stays open).
    var unansweredMessages: Set<String> = []
    /// `conversation#attempt` posts answered 410 conversation_lost (its instance died).
    var goneMessages: Set<String> = []
    /// `conversation#attempt` posts answered 503 (not taken; the client may send it again).
    var unavailableMessages: Set<String> = []
    /// Modules a finished conversation reports.
    var modulesPerConversation = 2
}

/// An HTTP server on 127.0.0.1 (a free port) speaking a minimal version of the serve contract.
final class FakeServeServer: Sendable {
    let port: Int
    private let channel: any Channel
    private let store: FakeServeStore

    init(group: any EventLoopGroup, tokens: [String: String], faults: FakeServeFaults) async throws {
        let store = FakeServeStore(FakeServeState(tokens: tokens, faults: faults))
        channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(FakeServeHandler(store: store))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        port = channel.localAddress?.port ?? 0
        self.store = store
    }

    /// How many connections clients opened.
    var connectionCount: Int { store.state.withLock { $0.connectionCount } }

    func stop() async { try? await channel.close() }
}

/// The fake's state behind one lock, shared by every connection's handler.
final class FakeServeStore: Sendable {
    let state: Mutex<FakeServeState>

    init(_ initial: FakeServeState) { state = Mutex(initial) }
}

/// The fake's memory of conversations, behind one lock.
struct FakeServeState {
    struct Conversation {
        var owner: String
        var messageCount = 0
        var attemptCount = 0
        var learnerCount = 0
        var ended = false
        var pollsAfterEnd = 0
    }

    var tokens: [String: String]
    var faults: FakeServeFaults
    var conversations: [String: Conversation] = [:]
    var connectionCount = 0

    /// Answers one request: a status and a JSON body; status 0 means "do not answer".
    mutating func respond(method: HTTPMethod, path: String, authorization: String?, body: Data) -> (Int, String) {
        guard let authorization, authorization.hasPrefix("Bearer "),
            let user = tokens[String(authorization.dropFirst("Bearer ".count))]
        else { return (401, error("unauthorized")) }
        let parts = path.split(separator: "/").map(String.init)
        switch (method, parts.first, parts.count) {
        case (.POST, "message", 1): return postMessage(user: user, body: body)
        case (.POST, "end_conversation", 2):
            guard conversations[parts[1]] != nil else { return (404, error("not_found")) }
            conversations[parts[1]]?.ended = true
            return (202, #"{"conversation_id":"\#(parts[1])","status":"ending"}"#)
        case (.GET, "teaching_modules", 3) where parts[1] == "list":
            guard var conversation = conversations[parts[2]] else { return (404, error("not_found")) }
            var status = conversation.ended ? "ending" : "open"
            if conversation.ended {
                conversation.pollsAfterEnd += 1
                // Finished from the second poll after the end on, so the runner has to poll again.
                if conversation.pollsAfterEnd >= 2, !faults.neverFinish.contains(parts[2]) { status = "finished" }
            }
            conversations[parts[2]] = conversation
            let modules =
                status == "finished"
                ? (0..<faults.modulesPerConversation).map { #"{"id":"m\#($0)"}"# }.joined(separator: ",") : ""
            return (
                200,
                #"{"conversation_id":"\#(parts[2])","status":"\#(status)","finished":\#(status == "finished"),"modules":[\#(modules)]}"#
            )
        default: return (404, error("not_found"))
        }
    }

    private mutating func postMessage(user: String, body: Data) -> (Int, String) {
        struct Body: Decodable {
            var conversationId: String
            var userId: String
            var speaker: String
            var text: String
            enum CodingKeys: String, CodingKey {
                case conversationId = "conversation_id"
                case userId = "user_id"
                case speaker, text
            }
        }
        guard let message = try? JSONDecoder().decode(Body.self, from: body), !message.text.isEmpty else {
            return (400, error("bad_request"))
        }
        guard message.userId == user else { return (403, error("forbidden")) }
        var conversation = conversations[message.conversationId] ?? Conversation(owner: user)
        guard conversation.owner == user else { return (403, error("forbidden")) }
        let index = conversation.messageCount
        let attempt = conversation.attemptCount
        conversation.attemptCount += 1
        conversations[message.conversationId] = conversation
        if faults.unansweredMessages.contains("\(message.conversationId)#\(attempt)") { return (0, "") }
        if faults.goneMessages.contains("\(message.conversationId)#\(attempt)") {
            return (410, error("conversation_lost"))
        }
        if faults.unavailableMessages.contains("\(message.conversationId)#\(attempt)") {
            return (503, error("unavailable"))
        }
        if conversation.ended || faults.rejectMessages.contains("\(message.conversationId)#\(attempt)") {
            return (409, error("conversation_ended"))
        }
        conversation.messageCount += 1
        var batch = "null"
        if message.speaker == "learner" {
            batch =
                #"{"index":\#(conversation.learnerCount / 10),"position":\#(conversation.learnerCount % 10 + 1),"size":10}"#
            conversation.learnerCount += 1
        }
        conversations[message.conversationId] = conversation
        return (202, #"{"conversation_id":"\#(message.conversationId)","message_index":\#(index),"batch":\#(batch)}"#)
    }

    private func error(_ code: String) -> String { #"{"error":{"code":"\#(code)","message":"fake"}}"# }
}

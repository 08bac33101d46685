// The conversation routes: messages, ending, the module list, one module, and the SSE stream.

import Foundation
import Hummingbird
import TutorAPIContract
import TutorCore

/// `POST /message`, `POST /end_conversation/{id}`, `GET /teaching_modules/list/{id}`,
/// `GET /teaching_module/{id}` and `GET /conversations/{id}/events`.
struct ConversationRoutes: Sendable {
    let dependencies: RouteDependencies
    init(_ dependencies: RouteDependencies) { self.dependencies = dependencies }

    func register(in table: RouteTable) {
        table.add(.post, "/message", postMessage)
        table.add(.post, "/end_conversation/{conversation_id}", endConversation)
        table.add(.get, "/teaching_modules/list/{conversation_id}", listModules)
        table.add(.get, "/teaching_module/{module_id}", getModule)
        table.add(.get, "/conversations/{conversation_id}/events", events)
    }

    @Sendable func postMessage(_ request: Request, _ context: ServerContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let body = try await request.decodeJSON(MessageRequest.self, limit: dependencies.limits.maximumBodyBytes)
        let (conversationID, userID) = try APIError.checking { () throws(APIRequestError) in try body.validatedIDs() }
        guard userID == user else { throw APIError.forbidden("user_id must be the token's user (\(user))") }
        let limit = dependencies.limits.maximumTextCharacters
        let (speaker, text) = try APIError.checking { () throws(APIRequestError) in
            try body.validatedContent(maximumTextCharacters: limit)
        }
        let message = Message(conversationID: ConversationID(conversationID), speaker: speaker, text: text)
        // A conversation not in memory is new, or was another instance's (lost with it): the
        // shared record says which, and records this instance as the owner of a new one.
        if await !dependencies.registry.holds(message.conversationID, of: user) {
            // Not while shutting down: the claim would outlive this instance and lose the conversation.
            guard await !dependencies.registry.isShuttingDown else {
                throw APIError.unavailable("the server is shutting down; send the message again once it is back")
            }
            try await dependencies.ledger.claim(message.conversationID, of: user)
        }
        var (receipt, batch) = try await dependencies.registry.accept(message, from: user)
        receipt.batch = await batch.value()
        return try jsonResponse(.accepted, encoding: receipt)
    }

    @Sendable func endConversation(_ request: Request, _ context: ServerContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.identifier("conversation_id")
        let status = try await held(id, of: user) { () throws(APIError) in
            try await dependencies.registry.end(ConversationID(id), by: user)
        }
        return try jsonResponse(.accepted, encoding: EndBody(conversationID: id, status: status))
    }

    @Sendable func listModules(_ request: Request, _ context: ServerContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.identifier("conversation_id")
        let (status, modules) = try await held(id, of: user) { () throws(APIError) in
            try await dependencies.registry.listing(ConversationID(id), for: user)
        }
        // The modules' JSON was encoded once when each validated; only the envelope is new.
        let json =
            "{\"conversation_id\":\"\(id)\",\"finished\":\(status == .finished),\"modules\":[\(modules.joined(separator: ","))],"
            + "\"status\":\"\(status.rawValue)\"}"
        return jsonResponse(.ok, json)
    }

    @Sendable func getModule(_ request: Request, _ context: ServerContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.identifier("module_id")
        return jsonResponse(.ok, try await dependencies.registry.module(id, for: user).json)
    }

    @Sendable func events(_ request: Request, _ context: ServerContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.identifier("conversation_id")
        let stream = try await held(id, of: user) { () throws(APIError) in
            try await dependencies.registry.subscribe(ConversationID(id), for: user)
        }
        let body = ResponseBody { writer in
            for await event in stream {
                try await writer.write(ByteBuffer(string: Self.serverSentEvent(event, conversationID: id)))
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"], body: body)
    }

    /// Runs `body` on a conversation of the registry; a conversation it does not hold that
    /// another instance started is 410 Gone (lost with that instance), not 404.
    private func held<T>(_ id: String, of user: String, _ body: () async throws(APIError) -> T) async throws(APIError)
        -> T
    {
        do {
            return try await body()
        } catch  where error.status == .notFound {
            throw await dependencies.ledger.lostError(ConversationID(id), of: user) ?? error
        }
    }

    /// One event in the SSE format: `event:` and `data:` lines, then a blank line.
    static func serverSentEvent(_ event: ConversationEvent, conversationID: String) -> String {
        switch event {
        case .module(let json): "event: module\ndata: \(json)\n\n"
        case .done(let count): "event: done\ndata: {\"conversation_id\":\"\(conversationID)\",\"modules\":\(count)}\n\n"
        case .keepAlive: ": keep-alive\n\n"
        }
    }
}

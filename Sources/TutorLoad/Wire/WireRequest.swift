// The HTTP requests of the serve contract a load run sends, built before the clock starts.

import Foundation

/// One HTTP request to `chattutor serve`, with its JSON body already encoded.
public struct WireRequest: Sendable, Equatable {
    public enum Method: String, Sendable {
        case get = "GET"
        case post = "POST"
    }

    public var method: Method
    public var path: String
    public var body: [UInt8]?
    public var bearerToken: String

    public init(method: Method, path: String, body: [UInt8]?, bearerToken: String) {
        self.method = method
        self.path = path
        self.body = body
        self.bearerToken = bearerToken
    }

    /// A label for error counts and reports: the method and the route, without ids.
    public var route: String {
        let template = path.split(separator: "/").first.map { "/\($0)" } ?? "/"
        return "\(method.rawValue) \(template)"
    }

    /// `POST /message`: one message of a conversation.
    public static func message(
        conversationID: String, credential: BearerCredential, message: ScriptedMessage
    ) -> WireRequest {
        let body = MessageBody(
            conversationID: conversationID, userID: credential.userID, speaker: message.role, text: message.text)
        return WireRequest(method: .post, path: "/message", body: encode(body), bearerToken: credential.token)
    }

    /// `POST /end_conversation/{id}`: ends a conversation so its remainder is analysed.
    public static func endConversation(conversationID: String, credential: BearerCredential) -> WireRequest {
        WireRequest(
            method: .post, path: "/end_conversation/\(conversationID)", body: nil, bearerToken: credential.token)
    }

    /// `GET /teaching_modules/list/{id}`: the modules so far and whether generation has finished.
    public static func moduleList(conversationID: String, credential: BearerCredential) -> WireRequest {
        WireRequest(
            method: .get, path: "/teaching_modules/list/\(conversationID)", body: nil, bearerToken: credential.token)
    }

    private struct MessageBody: Encodable {
        var conversationID: String
        var userID: String
        var speaker: MessageRole
        var text: String

        enum CodingKeys: String, CodingKey {
            case conversationID = "conversation_id"
            case userID = "user_id"
            case speaker
            case text
        }
    }

    private static func encode(_ body: MessageBody) -> [UInt8] {
        // Encoding four strings cannot fail; an empty body would surface as a 400 in the report.
        (try? Array(JSONEncoder().encode(body))) ?? []
    }
}

// The API's errors: a status and `{"error": {"code": ..., "message": ...}}`.

import Foundation
import Hummingbird

/// An error answered as JSON. `message` says what the client can do; it never holds chat
/// text or a token.
public struct APIError: Error, HTTPResponseError, Sendable, Equatable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String
    /// Seconds after which the request may succeed (`Retry-After`); nil for none.
    public var retryAfterSeconds: Int?

    public init(_ status: HTTPResponse.Status, code: String, message: String, retryAfterSeconds: Int? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.retryAfterSeconds = retryAfterSeconds
    }

    public static func badRequest(_ message: String) -> APIError {
        APIError(.badRequest, code: "bad_request", message: message)
    }
    public static func notFound(_ message: String) -> APIError {
        APIError(.notFound, code: "not_found", message: message)
    }
    public static func forbidden(_ message: String) -> APIError {
        APIError(.forbidden, code: "forbidden", message: message)
    }
    public static func tooLarge(_ message: String) -> APIError {
        APIError(.contentTooLarge, code: "too_large", message: message)
    }
    public static let unauthorized = APIError(
        .unauthorized, code: "unauthorized",
        message: "send Authorization: Bearer <token>; create one with `chattutor serve token create --user NAME`")
    public static func tooMany(_ code: String, _ message: String, retryAfterSeconds: Int) -> APIError {
        APIError(.tooManyRequests, code: code, message: message, retryAfterSeconds: retryAfterSeconds)
    }
    public static func unsupportedMediaType(_ message: String) -> APIError {
        APIError(.unsupportedMediaType, code: "unsupported_media_type", message: message)
    }
    public static func unavailable(_ message: String) -> APIError {
        APIError(.serviceUnavailable, code: "unavailable", message: message)
    }
    public static let internalError = APIError(
        .internalServerError, code: "internal",
        message: "the server failed; try again, and report it if it keeps happening")

    private struct Body: Encodable {
        struct Detail: Encodable {
            var code: String
            var message: String
        }
        var error: Detail
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try JSONEncoder().encode(Body(error: .init(code: code, message: message)))
        var headers: HTTPFields = [.contentType: "application/json"]
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        if let retryAfterSeconds { headers[.retryAfter] = String(retryAfterSeconds) }
        if status == .methodNotAllowed { headers[.allow] = CORSAllowList.allowedMethods }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

// Reading a request's JSON body within the size limit, with errors the client can act on.

import Foundation
import Hummingbird
import NIOCore
import TutorAPIContract

extension Request {
    /// Decodes the body as `Body`: 413 `too_large` over `limit` bytes, 400 `bad_request` for
    /// anything that is not the expected JSON.
    mutating func decodeJSON<Body: Decodable>(_ type: Body.Type, limit: Int) async throws -> Body {
        // A body sent as another type (a form, plain text) is refused: it was not meant as
        // this JSON. No Content-Type at all is taken as JSON.
        if let contentType = headers[.contentType] {
            let mediaType = contentType.split(separator: ";", maxSplits: 1).first.map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }
            guard mediaType == "application/json" else {
                throw APIError.unsupportedMediaType(
                    "send the body as Content-Type: application/json (got \(contentType.prefix(60)))")
            }
        }
        if let length = headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw APIError.tooLarge("the body is over \(limit) bytes; send less")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw APIError.tooLarge("the body is over \(limit) bytes; send less")
        }
        return try APIError.checking { () throws(APIRequestError) in
            try APIRequestBody.decode(Body.self, from: Data(buffer.readableBytesView))
        }
    }
}

/// IDs in paths and bodies: 1–128 characters of `[A-Za-z0-9._:-]` (`APIIdentifier`).
enum Identifier {
    static func validate(_ value: String, name: String) throws(APIError) -> String {
        try APIError.checking { () throws(APIRequestError) in try APIIdentifier.validate(value, name: name) }
    }
}

extension APIError {
    /// The 400 or 413 a refused request body is answered with.
    init(_ refusal: APIRequestError) {
        switch refusal.kind {
        case .badRequest: self = .badRequest(refusal.message)
        case .tooLarge: self = .tooLarge(refusal.message)
        }
    }

    /// Runs a check of a request body, answering its refusal as an API error.
    static func checking<Value>(_ check: () throws(APIRequestError) -> Value) throws(APIError) -> Value {
        do {
            return try check()
        } catch {
            throw APIError(error)
        }
    }
}

extension ServerContext {
    /// A validated path parameter, percent-decoded (`c%3A1` is `c:1`).
    func identifier(_ name: String) throws(APIError) -> String {
        guard let raw = parameters.get(name) else { throw .badRequest("the path lacks \(name)") }
        guard let value = raw.removingPercentEncoding else {
            throw .badRequest("\(name) has a malformed percent-encoding; encode '%' as %25")
        }
        return try Identifier.validate(value, name: name)
    }
}

/// A JSON response from bytes already encoded.
func jsonResponse(_ status: HTTPResponse.Status, _ json: String) -> Response {
    Response(
        status: status, headers: [.contentType: "application/json"],
        body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
}

/// A JSON response from an `Encodable` value.
func jsonResponse(_ status: HTTPResponse.Status, encoding value: some Encodable) throws -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return jsonResponse(status, String(decoding: try encoder.encode(value), as: UTF8.self))
}

// Reading a request's JSON body within the size limit, with errors the client can act on.

import Foundation
import Hummingbird
import NIOCore

extension Request {
    /// Decodes the body as `Body`: 413 `too_large` over `limit` bytes, 400 `bad_request` for
    /// anything that is not the expected JSON.
    mutating func decodeJSON<Body: Decodable>(_ type: Body.Type, limit: Int) async throws -> Body {
        // A body sent as another type (a form, plain text) is refused: it was not meant as
        // this JSON. No Content-Type at all is taken as JSON.
        if let contentType = headers[.contentType] {
            let mediaType = contentType.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard mediaType == "application/json" else {
                throw APIError.unsupportedMediaType("send the body as Content-Type: application/json (got \(contentType.prefix(60)))")
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
        do {
            return try JSONDecoder().decode(Body.self, from: Data(buffer.readableBytesView))
        } catch let DecodingError.keyNotFound(key, _) {
            throw APIError.badRequest("the body lacks \"\(key.stringValue)\"; see docs/openapi.yaml")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw APIError.badRequest("\"\(field)\" has the wrong type; see docs/openapi.yaml")
        } catch {
            throw APIError.badRequest("the body is not valid JSON; send a JSON object as docs/openapi.yaml describes")
        }
    }
}

/// IDs in paths and bodies: 1–128 characters of `[A-Za-z0-9._:-]`.
enum Identifier {
    static func validate(_ value: String, name: String) throws(APIError) -> String {
        let utf8 = value.utf8
        guard (1...128).contains(utf8.count), utf8.allSatisfy(isAllowed) else {
            throw .badRequest("\(name) must be 1–128 characters of A–Z, a–z, 0–9, '.', '_', ':' or '-'")
        }
        return value
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "-"):
            true
        default: false
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
    Response(status: status, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
}

/// A JSON response from an `Encodable` value.
func jsonResponse(_ status: HTTPResponse.Status, encoding value: some Encodable) throws -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return jsonResponse(status, String(decoding: try encoder.encode(value), as: UTF8.self))
}

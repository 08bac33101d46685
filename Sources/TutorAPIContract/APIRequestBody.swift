// Decoding a request's JSON body, with errors that say which field to fix.

import Foundation

/// Decodes the JSON body of an API request; kept apart from the HTTP server so that it can be
/// tested and fuzzed on bytes alone.
public enum APIRequestBody {
    /// Decodes `data` as `Body`; anything that is not that JSON is a 400 that names the field.
    public static func decode<Body: Decodable>(_ type: Body.Type, from data: Data) throws(APIRequestError) -> Body {
        do {
            return try JSONDecoder().decode(Body.self, from: data)
        } catch let DecodingError.keyNotFound(key, _) {
            throw APIRequestError(.badRequest, "the body lacks \"\(key.stringValue)\"; see docs/openapi.yaml")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw APIRequestError(.badRequest, "\"\(field)\" has the wrong type; see docs/openapi.yaml")
        } catch {
            throw APIRequestError(
                .badRequest, "the body is not valid JSON; send a JSON object as docs/openapi.yaml describes")
        }
    }
}

/// IDs in paths and bodies: 1–128 characters of `[A-Za-z0-9._:-]`.
public enum APIIdentifier {
    /// `value` if it is a valid id; else a 400 naming `name`.
    public static func validate(_ value: String, name: String) throws(APIRequestError) -> String {
        let utf8 = value.utf8
        guard (1...128).contains(utf8.count), utf8.allSatisfy(isAllowed) else {
            throw APIRequestError(
                .badRequest, "\(name) must be 1–128 characters of A–Z, a–z, 0–9, '.', '_', ':' or '-'")
        }
        return value
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "-"):
            true
        default: false
        }
    }
}

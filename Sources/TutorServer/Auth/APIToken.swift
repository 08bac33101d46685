// Making, reading and checking bearer tokens: `<id>.<secret>`, hashed with SHA-256.

import Crypto
import Foundation
import TutorStore

/// A bearer token of `chattutor serve`: a public id (to find its record) and a 256-bit
/// random secret, both URL-safe. Only the SHA-256 of the whole token is ever stored.
public struct APIToken: Sendable, Hashable {
    /// The public part: 12 lowercase hex digits.
    public var id: String
    /// The whole token, as the client sends it after `Bearer `.
    public var value: String

    /// A new random token (the system's cryptographic generator).
    public static func generate() -> APIToken {
        var generator = SystemRandomNumberGenerator()
        let idBytes = (0..<6).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let secretBytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let id = idBytes.map { String(format: "%02x", $0) }.joined()
        let secret = Data(secretBytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(
                of: "=", with: "")
        return APIToken(id: id, value: "\(id).\(secret)")
    }

    /// Reads a token a client sent; nil when it cannot be one of ours.
    public init?(parsing value: some StringProtocol) {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].utf8.count == 12, parts[1].utf8.count == 43,
            parts[0].utf8.allSatisfy({
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                    || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0)
            }),
            parts[1].utf8.allSatisfy(Self.isBase64URL)
        else { return nil }
        self.init(id: String(parts[0]), value: String(value))
    }

    private init(id: String, value: String) {
        self.id = id
        self.value = value
    }

    /// SHA-256 of the whole token: what the store keeps.
    public var hash: [UInt8] { Array(digest) }

    private var digest: SHA256.Digest { SHA256.hash(data: Array(value.utf8)) }

    /// The record to store for this token and user.
    public func record(for userName: String, createdAt: Date = Date()) -> APITokenRecord {
        APITokenRecord(id: id, userName: userName, hash: hash, createdAt: createdAt)
    }

    /// Whether this token is the one `record` was made from. swift-crypto compares a digest
    /// with bytes in constant time, so the comparison tells an attacker nothing of the hash.
    public func matches(_ record: APITokenRecord) -> Bool {
        record.revokedAt == nil && record.id == id && digest == record.hash
    }

    private static func isBase64URL(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_")
    }
}

extension APIToken {
    /// Checks a user name for a token: the contract's id rule (1–128 of `[A-Za-z0-9._:-]`).
    public static func validUserName(_ name: String) throws(APIError) -> String {
        try Identifier.validate(name, name: "user")
    }
}

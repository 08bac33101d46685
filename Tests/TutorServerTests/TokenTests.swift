// Token hashes as earlier versions stored them, the token format, and the verifier's cache and revocation.

import Foundation
import Testing
import TutorStore
import TutorTestSupport

@testable import TutorServer

@Suite("Tokens")
struct TokenTests {
    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    /// A token and the hash that versions before swift-crypto (a hand-written SHA-256) stored
    /// for it, as hex; the same as Python's hashlib.sha256.
    static let earlierToken = "0123456789ab.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde"
    static let earlierHash = "d0d14a4f7b5f1cb7b0982010ba113200e8819d30fb6f686c4b1e28ede94554a4"

    static func bytes(hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count, by: 2).compactMap {
            UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16)
        }
    }

    @Test("a token stored by an earlier version has the same hash and still verifies")
    func earlierStoredHash() async throws {
        let token = try #require(APIToken(parsing: Self.earlierToken))
        #expect(Self.hex(token.hash) == Self.earlierHash)
        let store = try ModuleStore.inMemory()
        try store.insertTokens([
            APITokenRecord(id: token.id, userName: "u1", hash: Self.bytes(hex: Self.earlierHash), createdAt: Date())
        ])
        let verifier = TokenVerifier(store: store, now: { .zero })
        #expect(try await verifier.user(forBearer: Substring(Self.earlierToken)) == "u1")
    }

    @Test("a record matches only when every byte of its hash does")
    func hashComparison() throws {
        let token = try #require(APIToken(parsing: Self.earlierToken))
        let record = token.record(for: "u1")
        var changed = record
        changed.hash[31] ^= 1
        var truncated = record
        truncated.hash.removeLast()
        #expect(token.matches(record))
        #expect(!token.matches(changed))
        #expect(!token.matches(truncated))
    }

    @Test("a new token is URL-safe, carries 256 random bits, parses back and matches only its own record")
    func generateAndParse() throws {
        let token = APIToken.generate()
        #expect(token.value.count == 12 + 1 + 43)
        #expect(token.value.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) })
        #expect(APIToken(parsing: token.value) == token)
        let record = token.record(for: "u1")
        #expect(record.hash.count == 32)
        #expect(token.matches(record))
        #expect(!APIToken.generate().matches(record))
        var revoked = record
        revoked.revokedAt = Date()
        #expect(!token.matches(revoked))
        #expect(APIToken.generate() != APIToken.generate())
    }

    @Test(
        "malformed tokens do not parse",
        arguments: [
            "", "abc", "0123456789ab", "0123456789ab.short", "0123456789AB." + String(repeating: "a", count: 43),
            "0123456789ab." + String(repeating: "+", count: 43),
        ])
    func malformed(value: String) {
        #expect(APIToken(parsing: value) == nil)
    }

    @Test("the verifier caches a record, and sees a revocation once the cache lifetime has passed")
    func verifierRevocation() async throws {
        let store = try ModuleStore.inMemory()
        let token = APIToken.generate()
        try store.insertTokens([token.record(for: "u1")])
        let clock = ManualClock()
        let verifier = TokenVerifier(store: store, cacheLifetime: .seconds(30), now: { clock.now.offset })
        #expect(try await verifier.user(forBearer: Substring(token.value)) == "u1")
        try store.revokeToken(id: token.id)
        #expect(try await verifier.user(forBearer: Substring(token.value)) == "u1")
        clock.advance(by: .seconds(30))
        #expect(try await verifier.user(forBearer: Substring(token.value)) == nil)
        #expect(try await verifier.user(forBearer: "not-a-token") == nil)
    }
}

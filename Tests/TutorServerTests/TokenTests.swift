// SHA-256 against known digests, the token format, and the verifier's cache and revocation.

import Foundation
import Testing
import TutorStore
import TutorTestSupport

@testable import TutorServer

@Suite("Tokens")
struct TokenTests {
    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    @Test(
        "SHA-256 matches the FIPS 180-4 examples and Python's hashlib",
        arguments: [
            ([UInt8](), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            (Array("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
            ([UInt8](repeating: UInt8(ascii: "a"), count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
            (Array((0..<768).map { UInt8($0 % 256) }), "f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363"),
        ])
    func sha256(input: [UInt8], digest: String) {
        #expect(Self.hex(SHA256.hash(input)) == digest)
    }

    @Test("digests compare equal only when every byte is")
    func constantTimeEqual() {
        let digest = SHA256.hash(Array("abc".utf8))
        var changed = digest
        changed[31] ^= 1
        #expect(SHA256.constantTimeEqual(digest, digest))
        #expect(!SHA256.constantTimeEqual(digest, changed))
        #expect(!SHA256.constantTimeEqual(digest, Array(digest.prefix(31))))
    }

    @Test("a new token is URL-safe, carries 256 random bits, parses back and matches only its own record")
    func generateAndParse() throws {
        let token = APIToken.generate()
        #expect(token.value.count == 12 + 1 + 43)
        #expect(token.value.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) })
        #expect(APIToken(parsing: token.value) == token)
        let record = token.record(for: "u1")
        #expect(record.hash == SHA256.hash(Array(token.value.utf8)))
        #expect(token.matches(record))
        #expect(!APIToken.generate().matches(record))
        var revoked = record
        revoked.revokedAt = Date()
        #expect(!token.matches(revoked))
        #expect(APIToken.generate() != APIToken.generate())
    }

    @Test("malformed tokens do not parse", arguments: ["", "abc", "0123456789ab", "0123456789ab.short", "0123456789AB." + String(repeating: "a", count: 43), "0123456789ab." + String(repeating: "+", count: 43)])
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

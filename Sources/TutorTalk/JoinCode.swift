// The one-time join code: 80 random bits that both name the host's socket and admit the guest.

import Crypto

/// `ABCD-EFGH-JKLM-NPQR`: 16 characters from a 32-character alphabet (80 bits from the
/// system's secure random source; no I, O, 0, 1). The socket's directory is named by a SHA-256
/// of the whole code, so finding a waiting room takes all 80 bits, and the name, which any local
/// user can read in `/proc/net/unix`, gives none of them away. The guest then proves the code
/// itself to the host, which compares it in constant time.
public struct JoinCode: Sendable, Hashable, CustomStringConvertible {
    public static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    /// Characters in a code: 16 × log2(32) = 80 bits.
    public static let characterCount = 16
    /// How the code is shown: groups of 4 joined by dashes.
    static let groupLength = 4
    /// Hex digits of the hash that name the room (128 bits: a path well under `sun_path`'s 108 bytes).
    static let roomHexDigits = 32

    /// The code's characters, upper case, without dashes: what the guest proves.
    public let characters: String
    /// The socket directory's name: the first 128 bits of SHA-256 over the whole code, in hex.
    public let room: String

    /// A fresh code from the system's secure random source.
    public static func random() -> JoinCode {
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<characterCount).map { _ in
            alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))]
        }
        return JoinCode(characters: String(characters))
    }

    /// Reads a code as people type it: any case, with or without dashes and spaces.
    public init?(_ text: String) {
        let characters = Array(text.uppercased().filter { $0 != "-" && $0 != " " })
        guard characters.count == Self.characterCount, characters.allSatisfy(Self.alphabet.contains) else { return nil }
        self.init(characters: String(characters))
    }

    private init(characters: String) {
        self.characters = characters
        room = Self.room(for: characters)
    }

    /// The room a code's characters name. The prefix keeps these hashes apart from any other use of SHA-256.
    static func room(for characters: String) -> String {
        let digest = SHA256.hash(data: Array("chattutor-talk-room:\(characters)".utf8))
        let hex = digest.map { byte in String(byte, radix: 16).leftPadded(to: 2) }.joined()
        return String(hex.prefix(roomHexDigits))
    }

    public var description: String {
        stride(from: 0, to: Self.characterCount, by: Self.groupLength).map { start in
            let from = characters.index(characters.startIndex, offsetBy: start)
            return String(characters[from..<characters.index(from, offsetBy: Self.groupLength)])
        }.joined(separator: "-")
    }

    /// Whether `proof` is this code, in time that does not depend on where they differ.
    public func accepts(proof: String) -> Bool {
        Self.constantTimeEqual(Array(characters.utf8), Array(proof.utf8))
    }

    public static func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: lhs.count ^ rhs.count)
        for index in 0..<max(lhs.count, rhs.count) {
            let left = index < lhs.count ? lhs[index] : 0
            let right = index < rhs.count ? rhs[index] : 0
            difference |= left ^ right
        }
        return difference == 0 && lhs.count == rhs.count
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}

// The one-time join code: a public room name and a secret, both random.

/// `RRRR-SSSS-SSSS`: 4 characters name the room (the socket's directory), 8 are the secret
/// (40 bits) the guest proves to the host. Characters avoid look-alikes (no I, O, 0, 1).
public struct JoinCode: Sendable, Hashable, CustomStringConvertible {
    public static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    public let room: String
    public let secret: String

    /// A fresh code from the system's secure random source.
    public static func random() -> JoinCode {
        var generator = SystemRandomNumberGenerator()
        func draw(_ count: Int) -> String {
            String((0..<count).map { _ in alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))] })
        }
        return JoinCode(room: draw(4), secret: draw(8))
    }

    /// Reads a code as people type it: any case, with or without dashes and spaces.
    public init?(_ text: String) {
        let characters = Array(text.uppercased().filter { $0 != "-" && $0 != " " })
        guard characters.count == 12, characters.allSatisfy(Self.alphabet.contains) else { return nil }
        room = String(characters[0..<4])
        secret = String(characters[4...])
    }

    private init(room: String, secret: String) {
        self.room = room
        self.secret = secret
    }

    public var description: String { "\(room)-\(secret.prefix(4))-\(secret.suffix(4))" }

    /// Whether `proof` is this code's secret, in time that does not depend on where they differ.
    public func accepts(proof: String) -> Bool {
        Self.constantTimeEqual(Array(secret.utf8), Array(proof.utf8))
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

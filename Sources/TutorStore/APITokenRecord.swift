// A bearer token of `chattutor serve` as the store keeps it: never the token, only its hash.

import Foundation

/// One API token: whose it is, its public id, and the SHA-256 of the whole token.
public struct APITokenRecord: Sendable, Hashable, Identifiable {
    /// The token's public part; `token list` shows it and `token revoke` takes it.
    public var id: String
    /// The user the token acts for (the learner profile its saves go to).
    public var userName: String
    /// SHA-256 of the whole token, 32 bytes.
    public var hash: [UInt8]
    public var createdAt: Date
    /// When it was revoked; a revoked token never authenticates again.
    public var revokedAt: Date?

    public init(id: String, userName: String, hash: [UInt8], createdAt: Date, revokedAt: Date? = nil) {
        self.id = id
        self.userName = userName
        self.hash = hash
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}

// The users and bearer tokens a load run posts as, read from `serve token create --count N`.

import Foundation

/// A user and the bearer token that acts for them. Its description never shows the token.
public struct BearerCredential: Sendable, Equatable, CustomStringConvertible {
    public var userID: String
    public var token: String

    public init(userID: String, token: String) {
        self.userID = userID
        self.token = token
    }

    public var description: String { "\(userID) (token hidden)" }

    /// Parses `user<TAB>token` lines as `chattutor serve token create --count N` prints them.
    /// Blank lines are skipped; a line without exactly one tab is an error naming the line (but
    /// never its content, which holds a secret).
    public static func parseList(_ text: String) throws(LoadSetupError) -> [BearerCredential] {
        var credentials: [BearerCredential] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let fields = trimmed.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .malformedTokenLine(lineNumber: offset + 1)
            }
            credentials.append(BearerCredential(userID: String(fields[0]), token: String(fields[1])))
        }
        return credentials
    }
}

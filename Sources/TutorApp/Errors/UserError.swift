// Errors a user can act on, printed as one clear line with a conventional exit code.

import TutorCore

/// A problem the user can fix: bad input, a missing file, a broken installation. The
/// command layer prints `message` and exits with `exitCode`.
public struct UserError: Error, CustomStringConvertible {
    public var message: String
    /// sysexits.h: 65 bad data, 66 no input, 69 unavailable, 70 internal, 73 cannot create
    /// output, 77 permission denied, 78 configuration.
    public var exitCode: Int32

    public init(message: String, exitCode: Int32) {
        self.message = message
        self.exitCode = exitCode
    }

    public static func dataError(_ message: String) -> UserError { UserError(message: message, exitCode: 65) }
    public static func noInput(_ message: String) -> UserError { UserError(message: message, exitCode: 66) }
    public static func cannotCreate(_ message: String) -> UserError { UserError(message: message, exitCode: 73) }
    public static func internalError(_ message: String) -> UserError { UserError(message: message, exitCode: 70) }

    public var description: String { message }
}

extension UserError {
    /// Input that is missing or cannot be opened (66), or is there but unusable (65).
    public init(_ error: InputError) {
        self.init(message: error.description, exitCode: error.isMissing ? 66 : 65)
    }
}

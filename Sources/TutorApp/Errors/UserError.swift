// Errors a user can act on, printed as one clear line with a conventional exit code.

import TutorConfig
import TutorCore
import TutorUI

/// A problem the user can fix: bad input, a missing file, a broken installation. The
/// command layer prints `message` and exits with `exitCode`.
public struct UserError: Error, CustomStringConvertible {
    public var message: String
    /// sysexits.h: 65 bad data, 66 no input, 69 unavailable, 70 internal, 73 cannot create
    /// output, 77 permission denied, 78 configuration.
    public var exitCode: Int32
    /// The message in another language, when the error has its words in the catalogue (a
    /// configuration or input error); `message` is the English.
    public var translated: (@Sendable (Strings) -> String)?

    public init(message: String, exitCode: Int32, translated: (@Sendable (Strings) -> String)? = nil) {
        self.message = message
        self.exitCode = exitCode
        self.translated = translated
    }

    /// An error whose words are the catalogue's `key` with `values` filled in: `message` is the
    /// English, and it is reported in the interface's language.
    public init(key: String, _ values: [String: String] = [:], exitCode: Int32) {
        self.init(message: Strings.english(key, values), exitCode: exitCode) { $0(key, values) }
    }

    /// The message in `strings`' language (English where the error has no words in the catalogue).
    public func message(_ strings: Strings) -> String {
        strings.language == .english ? message : translated?(strings) ?? message
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
        self.init(message: error.description, exitCode: error.isMissing ? 66 : 65, translated: error.message)
    }

    /// A setting that cannot be used (78), with `suffix` (advice of the caller's) after it.
    public init(_ error: ConfigError, suffix: String = "") {
        self.init(message: error.description + suffix, exitCode: 78) { error.message($0) + suffix }
    }
}

// Why a file or standard input could not be read, in words a user can act on.

import Foundation

/// A failure to read input named on the command line: what was named, and what is wrong
/// with it. The description is one line that says what to do; it never quotes the text.
public struct InputError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What went wrong.
    public enum Reason: Equatable, Sendable {
        case notFound
        case permissionDenied
        case isDirectory
        /// A device such as /dev/zero: it never ends, and it is not text.
        case isDevice
        /// A line ran on past the limit without a line break: not text read a line at a time.
        case lineTooLong(lineNumber: Int, maximumByteCount: Int)
        /// A line holds a NUL byte: a binary file (a program, an image), not text.
        case binary(lineNumber: Int)
        /// The whole input is over the limit.
        case tooLarge(maximumByteCount: Int)
        /// The system's reason, as strerror words it.
        case failed(String)
    }

    /// The path, or "standard input".
    public var sourceName: String
    public var reason: Reason

    public init(sourceName: String, reason: Reason) {
        self.sourceName = sourceName
        self.reason = reason
    }

    /// Whether the input is missing or cannot be opened (sysexits' "no input"), rather than
    /// there and unusable ("data error").
    public var isMissing: Bool {
        switch reason {
        case .notFound, .permissionDenied: true
        default: false
        }
    }

    public var description: String { "cannot read \(sourceName): \(problem)" }

    /// What is wrong and what to do, without the source's name.
    public var problem: String {
        switch reason {
        case .notFound: "no such file"
        case .permissionDenied: "permission denied; check its permissions"
        case .isDirectory: "it is a directory; name a text file"
        case .isDevice: "it is a device, not a text file; name a text file, or - for standard input"
        case .lineTooLong(let lineNumber, let maximumByteCount):
            "line \(lineNumber) runs past \(Self.size(maximumByteCount)) without a line break; is it a text file?"
        case .binary(let lineNumber): "line \(lineNumber) holds binary data (a NUL byte); name a text file"
        case .tooLarge(let maximumByteCount): "it is over \(Self.size(maximumByteCount)); split it into smaller files"
        case .failed(let systemReason): systemReason
        }
    }

    /// A byte count as people read it: 1 MiB, 64 KiB, 100 bytes.
    public static func size(_ byteCount: Int) -> String {
        byteCount >= 1 << 20
            ? "\(byteCount >> 20) MiB" : byteCount >= 1 << 10 ? "\(byteCount >> 10) KiB" : "\(byteCount) bytes"
    }

    /// The error for a failed system call's `errno`.
    static func system(_ code: Int32, sourceName: String) -> InputError {
        switch code {
        case ENOENT, ENOTDIR: InputError(sourceName: sourceName, reason: .notFound)
        case EACCES, EPERM: InputError(sourceName: sourceName, reason: .permissionDenied)
        case EISDIR: InputError(sourceName: sourceName, reason: .isDirectory)
        default: InputError(sourceName: sourceName, reason: .failed(String(cString: strerror(code))))
        }
    }
}

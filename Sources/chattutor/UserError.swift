// Errors a user can act on, printed as one clear line with a conventional exit code.

import ArgumentParser
import Foundation
import TutorCore

/// A problem the user can fix: bad input, a missing file, a broken installation.
struct UserError: Error, CustomStringConvertible {
    var message: String
    /// sysexits.h: 65 bad data, 66 no input, 70 internal, 73 cannot create output.
    var exitCode: Int32

    static func dataError(_ message: String) -> UserError { UserError(message: message, exitCode: 65) }
    static func noInput(_ message: String) -> UserError { UserError(message: message, exitCode: 66) }
    static func cannotCreate(_ message: String) -> UserError { UserError(message: message, exitCode: 73) }
    static func internalError(_ message: String) -> UserError { UserError(message: message, exitCode: 70) }

    var description: String { message }
}

extension UserError {
    /// Input that is missing or cannot be opened (66), or is there but unusable (65).
    init(_ error: InputError) {
        self.init(message: error.description, exitCode: error.isMissing ? 66 : 65)
    }
}

extension ParsableCommand {
    /// Runs `body`, printing a `UserError` to standard error and exiting with its code.
    func reportingUserErrors<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as UserError {
            FileHandle.standardError.write(Data("chattutor: \(error.message)\n".utf8))
            throw ExitCode(error.exitCode)
        }
    }
}

/// Output formats shared by the commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Writes to standard output in large chunks (print() flushes too often for big inputs).
struct OutputBuffer {
    private var buffer = Data()

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 64 * 1024 { flush() }
    }

    mutating func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

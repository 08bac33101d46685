// How a command reports a UserError (one line, its exit code), and output helpers the commands of chattutor and chattutor-serve share.

import ArgumentParser
import Foundation
import TutorApp

extension ParsableCommand {
    /// Runs `body`, printing a `UserError` to standard error (in the interface's language when
    /// the error has its words in the catalogue) and exiting with its code.
    public func reportingUserErrors<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as UserError {
            FileHandle.standardError.write(Data("chattutor: \(error.message(MessageLanguage.strings()))\n".utf8))
            throw ExitCode(error.exitCode)
        }
    }
}

/// Output formats shared by the commands.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Writes to standard output in large chunks (print() flushes too often for big inputs), or
/// each write at once for a person typing at a terminal, who waits for each answer.
public struct OutputBuffer {
    private var buffer = Data()
    private let flushesEachWrite: Bool

    public init(flushesEachWrite: Bool = false) {
        self.flushesEachWrite = flushesEachWrite
    }

    public mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if flushesEachWrite || buffer.count >= 64 * 1024 { flush() }
    }

    public mutating func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

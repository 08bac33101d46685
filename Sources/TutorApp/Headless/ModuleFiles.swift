// The module files `analyze --out` writes: nothing else goes to disk.

import Foundation
import TutorCore

/// The module files `analyze --out` writes: nothing else goes to disk.
public struct ModuleFiles {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// Writes validated/, rejected/ and validation_reports/ under the directory.
    public func write(_ run: HeadlessRun) throws(UserError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            for name in ["validated", "rejected", "validation_reports"] {
                try FileManager.default.createDirectory(
                    at: directory.appendingPathComponent(name), withIntermediateDirectories: true)
            }
            for outcome in run.validated + run.rejected {
                let folder = outcome.report.passed ? "validated" : "rejected"
                if let module = outcome.module {
                    try TerminalSafeJSON.escaping(encoder.encode(module)).write(
                        to: directory.appendingPathComponent("\(folder)/\(module.id).json"), options: .atomic)
                }
                try encoder.encode(outcome.report).write(
                    to: directory.appendingPathComponent("validation_reports/\(outcome.report.moduleID).json"),
                    options: .atomic)
            }
        } catch {
            throw UserError.cannotCreate(
                "cannot write the modules under \(directory.path): \(WriteFailure.reason(writing: directory, error: error, expectingFolder: true))"
            )
        }
    }
}

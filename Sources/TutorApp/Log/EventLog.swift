// A log of what the app did, in the XDG state directory, never with message text.

import Foundation
import Synchronization
import TutorCore

/// Appends one line per event to `$XDG_STATE_HOME/chattutor/chattutor.log` (owner-only).
/// Lines carry counts, ids and timings; never chat text, findings' text or keys.
public final class EventLog: Sendable {
    private let handle: Mutex<FileHandle?>

    /// Where the log goes: `$XDG_STATE_HOME/chattutor/chattutor.log`, or under ~/.local/state.
    public static func defaultURL(environment: [String: String] = ProcessEnvironment.variables) -> URL {
        let base =
            environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".local/state")
        return base.appendingPathComponent("chattutor/chattutor.log")
    }

    /// Opens the log; when it cannot be written the app runs without one.
    public init(url: URL = EventLog.defaultURL()) {
        let manager = FileManager.default
        try? manager.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        if !manager.fileExists(atPath: url.path) {
            _ = manager.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        let file = try? FileHandle(forWritingTo: url)
        _ = try? file?.seekToEnd()
        handle = Mutex(file)
    }

    /// Appends one time-stamped line; the caller keeps learner text out of it.
    public func note(_ line: String) {
        let stamp = Self.timestamp()
        handle.withLock { $0?.write(Data("\(stamp) \(line)\n".utf8)) }
    }

    /// The time now in UTC, as ISO 8601 (`2026-12-05T16:00:07Z`). Formatted with the C library:
    /// Foundation's `ISO8601DateFormatter` goes through ICU, whose calendar and time-zone data
    /// added megabytes to the chat's resident memory for one line at start (issue 17).
    static func timestamp(_ seconds: time_t = time(nil)) -> String {
        var parts = tm()
        var utc = seconds
        guard gmtime_r(&utc, &parts) != nil else { return "?" }
        var buffer = [CChar](repeating: 0, count: 32)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Appends the line for an engine event: ids, counts and timings only.
    public func record(_ event: EngineEvent) {
        switch event {
        case .batchStarted(let batch):
            note(
                "batch started conversation=\(batch.conversationID) learner=\(batch.learner.rawValue) batch=\(batch.batchIndex) utterances=\(batch.utteranceCount)"
            )
        case .batchAnalysed(let batch):
            note(
                "batch analysed conversation=\(batch.conversationID) batch=\(batch.batchIndex) findings=\(batch.findingCount) analyser=\(batch.analyser) ms=\(batch.duration.milliseconds)"
                    + (batch.failure == nil ? "" : " fallback=yes"))
        case .clusteringDone(let done):
            note(
                "clustering done conversation=\(done.conversationID) learner=\(done.learner.rawValue) clusters=\(done.clusterCount) candidates=\(done.candidateCount)"
            )
        case .moduleValidated(let outcome):
            note(
                "module validated conversation=\(outcome.conversationID) id=\(outcome.report.moduleID) ms=\(outcome.duration.milliseconds)"
            )
        case .moduleRejected(let outcome):
            note(
                "module rejected conversation=\(outcome.conversationID) id=\(outcome.report.moduleID) checks=\(outcome.report.failures.map(\.name).joined(separator: ","))"
            )
        case .conversationDone(let summary):
            note(
                "conversation done conversation=\(summary.conversationID) messages=\(summary.messageCount) findings=\(summary.findingCount) validated=\(summary.modulesValidated) rejected=\(summary.modulesRejected)"
            )
        }
    }
}

// What the runtime's tests share: a silent conversation, a throwaway log, waiting with a hang guard.

import Foundation
import Synchronization
import TerminalKit
import TutorApp
import TutorCore
import TutorUI

/// A conversation that takes messages and never answers: for tests of the loop without an engine.
final class SilentPort: ConversationPort {
    let sent = Mutex<[Message]>([])
    let ended = Mutex<[ConversationID]>([])

    init() {}

    func send(_ message: Message) async throws { sent.withLock { $0.append(message) } }

    func end(_ id: ConversationID) async { ended.withLock { $0.append(id) } }

    func events() -> AsyncStream<AppEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: AppEvent.self)
        continuation.onTermination = { _ in }
        return stream
    }
}

/// A log that writes nowhere: no test reads it, and none leaves a file behind.
func throwawayLog() -> EventLog {
    EventLog(url: URL(fileURLWithPath: "/dev/null"))
}

/// A chat state with a script that has nothing to say (so no interviewer timer runs).
func quietChat(_ settings: SessionSettings = SessionSettings(userName: "tester")) -> AppState {
    AppState.session(
        .chat(.script(InterviewerState(scriptTitle: "Quiet", lines: []))), settings: settings, theme: .mono,
        analyser: .rules)
}

/// The task's value, or nil if it has none after `timeout` (then the task is cancelled).
/// The timeout only guards against a hang: a passing test never waits for it.
func value<T: Sendable>(of task: Task<T, Never>, timeout: Duration = .seconds(60)) async -> T? {
    let result = await withTaskGroup(of: T?.self) { group in
        group.addTask { await task.value }
        group.addTask {
            try? await Task.sleep(for: timeout)
            return nil
        }
        let first = await group.next() ?? nil
        if first == nil { task.cancel() }
        group.cancelAll()
        return first
    }
    return result
}

/// The first element of `stream`, or nil after `timeout` (a hang guard).
func first<T: Sendable>(of stream: AsyncStream<T>, timeout: Duration = .seconds(60)) async -> T? {
    let task = Task { () -> T? in
        for await element in stream { return element }
        return nil
    }
    return await value(of: task, timeout: timeout) ?? nil
}

extension ScreenBuffer {
    /// The whole screen as text, rows joined by newlines.
    var text: String { lines.joined(separator: "\n") }

    /// The module pane beside the chat: each row from the column where its title
    /// (" Modules N ") starts; nil when the screen has no such pane.
    var modulePane: [String]? {
        for line in lines {
            guard let title = line.range(of: " Modules ") else { continue }
            let column = line.distance(from: line.startIndex, to: title.lowerBound)
            return lines.map { String($0.dropFirst(column)) }
        }
        return nil
    }

    /// How many modules the pane's title counts (" Modules 3 "), if the pane is there.
    var moduleCount: Int? {
        guard let title = modulePane?.first(where: { $0.hasPrefix(" Modules ") }) else { return nil }
        return Int(title.dropFirst(" Modules ".count).prefix { $0.isNumber })
    }
}

// Standard input as the plain mode's lines: read on a thread of its own, one line per request.

import Foundation
import Synchronization
import TutorCore

/// Reads standard input a line at a time on its own thread (a blocking read must not hold one
/// of the few threads the engine runs on), only when a line is asked for. Bytes that are not
/// UTF-8 become U+FFFD; the rest of what is unsafe to show goes when the chat sanitises the
/// line. Input that cannot be read as text (a NUL byte, a line without end) ends the input,
/// with the reason on standard error.
public final class StandardInputLines: PlainLineSource, Sendable {
    private let requests = DispatchSemaphore(value: 0)
    private let waiting = Mutex<[@Sendable (PlainInput) -> Void]>([])
    private let started = Mutex(false)
    private let file: @Sendable () -> InputFile

    /// Lines of `file` (standard input unless a test names another).
    public init(_ file: @escaping @Sendable () -> InputFile = { .standardInput() }) {
        self.file = file
    }

    public func request(_ deliver: @escaping @Sendable (PlainInput) -> Void) {
        waiting.withLock { $0.append(deliver) }
        let isFirst = started.withLock { started in
            defer { started = true }
            return !started
        }
        if isFirst { Thread.detachNewThread { [self] in readLines() } }
        requests.signal()
    }

    private func readLines() {
        let reader = LineReader(file())
        var ended = false
        while true {
            requests.wait()
            guard let deliver = waiting.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else { continue }
            guard !ended else {
                deliver(.end)
                continue
            }
            do {
                if let line = try reader.next() {
                    var text = String(decoding: line.bytes, as: UTF8.self)
                    if text.hasSuffix("\r") { text.removeLast() }
                    deliver(.line(text))
                } else {
                    ended = true
                    deliver(.end)
                }
            } catch {
                ended = true
                FileHandle.standardError.write(Data("chattutor: \(error)\n".utf8))
                deliver(.end)
            }
        }
    }
}

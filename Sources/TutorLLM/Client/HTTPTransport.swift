// HTTP over FoundationNetworking, streamed: bytes as they arrive, with idle and overall timeouts.

import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What arrives for one request: the status line and headers, then body chunks.
enum HTTPEvent: Sendable {
    case head(status: Int, headers: [String: String])
    case body(Data)
}

/// Which time limit ended a response.
enum TransportTimeout: Error {
    case idle, deadline
}

/// Sends requests on one `URLSession` and streams each response through a delegate
/// (Linux has no `bytes(for:)`). The idle timeout and the overall deadline are enforced
/// here, because `timeoutIntervalForResource` is ignored on Linux.
final class HTTPTransport: NSObject, URLSessionDataDelegate, Sendable {
    private struct Relay {
        var continuation: AsyncThrowingStream<HTTPEvent, any Error>.Continuation
        var activity: Activity
    }

    /// Checks the limits on a Dispatch queue, not in a task: a busy cooperative pool must
    /// not delay a timeout.
    private final class Watchdog: Sendable {
        let activity: Activity
        let idleTimeout: Duration
        let deadline: ContinuousClock.Instant
        let fire: @Sendable (TransportTimeout) -> Void
        let isCancelled = Mutex(false)

        init(activity: Activity, idleTimeout: Duration, deadline: ContinuousClock.Instant, fire: @escaping @Sendable (TransportTimeout) -> Void) {
            self.activity = activity
            self.idleTimeout = idleTimeout
            self.deadline = deadline
            self.fire = fire
        }

        /// Wakes at the earlier of the idle end and the deadline; re-arms while bytes arrive.
        func arm() {
            let wake = min(activity.last.withLock { $0 } + idleTimeout, deadline)
            let delay = ContinuousClock.now.duration(to: wake)
            let (seconds, attoseconds) = delay.components
            let nanoseconds = max(0, Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds) + .milliseconds(1)) { [self] in
                guard !isCancelled.withLock({ $0 }) else { return }
                let now = ContinuousClock.now
                if now >= deadline {
                    fire(.deadline)
                } else if now >= activity.last.withLock({ $0 }) + idleTimeout {
                    fire(.idle)
                } else {
                    arm()
                }
            }
        }

        func cancel() { isCancelled.withLock { $0 = true } }
    }

    /// When the last byte of a response arrived.
    private final class Activity: Sendable {
        let last = Mutex(ContinuousClock.now)
        func touch() { last.withLock { $0 = .now } }
    }

    private let relays = Mutex<[Int: Relay]>([:])
    private let session = Mutex<URLSession?>(nil)
    private let maximumConnections: Int

    init(maximumConnections: Int) {
        self.maximumConnections = maximumConnections
    }

    /// Ends the session; requests in flight are cancelled.
    func invalidate() {
        session.withLock { $0?.invalidateAndCancel(); $0 = nil }
    }

    private var urlSession: URLSession {
        session.withLock { session in
            if let session { return session }
            let configuration = URLSessionConfiguration.ephemeral
            configuration.httpMaximumConnectionsPerHost = maximumConnections
            // A backstop only: the watchdog below enforces the real limits.
            configuration.timeoutIntervalForRequest = 3_600
            configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
            let made = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
            session = made
            return made
        }
    }

    /// Starts the request. The stream ends when the response does, throws `TransportTimeout`
    /// when a limit passes, and cancels the request when its consumer stops listening.
    func open(_ request: URLRequest, idleTimeout: Duration, deadline: ContinuousClock.Instant) -> AsyncThrowingStream<HTTPEvent, any Error> {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: HTTPEvent.self)
        let task = urlSession.dataTask(with: request)
        let activity = Activity()
        let identifier = task.taskIdentifier
        relays.withLock { $0[identifier] = Relay(continuation: continuation, activity: activity) }
        let watchdog = Watchdog(activity: activity, idleTimeout: idleTimeout, deadline: deadline) { timeout in
            continuation.finish(throwing: timeout)
        }
        watchdog.arm()
        continuation.onTermination = { [weak self] _ in
            watchdog.cancel()
            task.cancel()
            _ = self?.relays.withLock { $0.removeValue(forKey: identifier) }
        }
        task.resume()
        return stream
    }

    private func relay(_ task: URLSessionTask) -> Relay? {
        relays.withLock { $0[task.taskIdentifier] }
    }

    // MARK: - URLSessionDataDelegate

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        if let relay = relay(dataTask) {
            relay.activity.touch()
            let http = response as? HTTPURLResponse
            var headers: [String: String] = [:]
            for (key, value) in http?.allHeaderFields ?? [:] {
                if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
            }
            relay.continuation.yield(.head(status: http?.statusCode ?? 0, headers: headers))
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let relay = relay(dataTask) else { return }
        relay.activity.touch()
        relay.continuation.yield(.body(data))
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let relay = relays.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
        if let error { relay.continuation.finish(throwing: error) } else { relay.continuation.finish() }
    }
}

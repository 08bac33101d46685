// HTTP over FoundationNetworking (https, and http when asked), streamed as bytes arrive.

import Foundation
import TutorCore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Sends requests on one `URLSession` and streams each response through a delegate
/// (Linux has no `bytes(for:)`). The idle timeout and the overall deadline are enforced
/// here, because `timeoutIntervalForResource` is ignored on Linux.
final class URLSessionTransport: NSObject, URLSessionDataDelegate, HTTPTransport {
    private struct Relay {
        var continuation: AsyncThrowingStream<HTTPEvent, any Error>.Continuation
        var activity: Activity
    }

    private let relays = Locked<[Int: Relay]>([:])
    private let session = Locked<URLSession?>(nil)
    private let maximumConnections: Int
    private let clock: RequestClock

    init(maximumConnections: Int, clock: RequestClock) {
        self.maximumConnections = maximumConnections
        self.clock = clock
    }

    /// Ends the session; requests in flight are cancelled.
    func invalidate() {
        session.withLock {
            $0?.invalidateAndCancel()
            $0 = nil
        }
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
    func open(_ request: URLRequest, idleTimeout: Duration, deadline: Duration) -> AsyncThrowingStream<
        HTTPEvent, any Error
    > {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: HTTPEvent.self)
        let task = urlSession.dataTask(with: request)
        let activity = Activity(clock: clock)
        let identifier = task.taskIdentifier
        relays.withLock { $0[identifier] = Relay(continuation: continuation, activity: activity) }
        let watchdog = Watchdog(clock: clock, activity: activity, idleTimeout: idleTimeout, deadline: deadline) {
            timeout in
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

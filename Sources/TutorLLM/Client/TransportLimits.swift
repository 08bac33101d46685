// What a transport delivers, and the idle and overall limits every transport enforces.

import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends one request and streams its response: the head, then body chunks. The stream
/// throws `TransportTimeout` when a limit passes, and cancels the request when its consumer
/// stops listening.
protocol HTTPTransport: Sendable {
    func open(_ request: URLRequest, idleTimeout: Duration, deadline: ContinuousClock.Instant) -> AsyncThrowingStream<HTTPEvent, any Error>
    /// Ends the transport; requests in flight are cancelled.
    func invalidate()
}

/// What arrives for one request: the status line and headers, then body chunks.
enum HTTPEvent: Sendable {
    case head(status: Int, headers: [String: String])
    case body(Data)
}

/// Which time limit ended a response.
enum TransportTimeout: Error {
    case idle, deadline
}

    /// Checks the limits on a Dispatch queue, not in a task: a busy cooperative pool must
    /// not delay a timeout.
final class Watchdog: Sendable {
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
final class Activity: Sendable {
        let last = Mutex(ContinuousClock.now)
        func touch() { last.withLock { $0 = .now } }
    }


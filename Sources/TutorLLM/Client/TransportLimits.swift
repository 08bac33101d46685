// What a transport delivers, and the idle and overall limits every transport enforces.

import Foundation
import TutorCore

/// Sends one request and streams its response: the head, then body chunks. The stream
/// throws `TransportTimeout` when a limit passes (`deadline` is a time on the client's
/// clock), `TransportFailure` when the network or TLS fails, and cancels the request when
/// its consumer stops listening.
protocol HTTPTransport: Sendable {
    func open(_ request: TransportRequest, idleTimeout: Duration, deadline: Duration) -> AsyncThrowingStream<
        HTTPEvent, any Error
    >
    /// Ends the transport; requests in flight are cancelled.
    func invalidate()
}

/// One request to the model server.
struct TransportRequest: Sendable {
    var method: String
    var url: URL
    /// Names and values, sent in this order.
    var headers: [(name: String, value: String)]
    var body: Data?
}

/// What arrives for one request: the status line and headers (names lower-cased), then body chunks.
enum HTTPEvent: Sendable {
    case head(status: Int, headers: [String: String])
    case body(Data)
}

/// Why a request got no response, in words for the user ("connection refused", "TLS failed: …").
struct TransportFailure: Error, Equatable {
    var reason: String
}

/// Which time limit ended a response.
enum TransportTimeout: Error {
    case idle, deadline
}

/// Ends a response when no byte has come for `idleTimeout` or `deadline` has passed, both
/// on the client's clock (which, in production, wakes it on a Dispatch queue, not in a task:
/// a busy cooperative pool must not delay a timeout).
final class Watchdog: Sendable {
    private struct State {
        var isCancelled = false
        var cancelWake: (@Sendable () -> Void)?
    }

    let clock: RequestClock
    let activity: Activity
    let idleTimeout: Duration
    /// When the whole call must be over, on `clock`.
    let deadline: Duration
    let fire: @Sendable (TransportTimeout) -> Void
    private let state = Locked(State())

    init(
        clock: RequestClock, activity: Activity, idleTimeout: Duration, deadline: Duration,
        fire: @escaping @Sendable (TransportTimeout) -> Void
    ) {
        self.clock = clock
        self.activity = activity
        self.idleTimeout = idleTimeout
        self.deadline = deadline
        self.fire = fire
    }

    /// Wakes at the earlier of the idle end and the deadline; re-arms while bytes arrive.
    func arm() {
        let cancelWake = clock.wake(at: min(activity.lastByte + idleTimeout, deadline)) { [self] in check() }
        let cancelled = state.withLock { state in
            if !state.isCancelled { state.cancelWake = cancelWake }
            return state.isCancelled
        }
        if cancelled { cancelWake() }
    }

    private func check() {
        guard !state.withLock({ $0.isCancelled }) else { return }
        let now = clock.now()
        if now >= deadline {
            fire(.deadline)
        } else if now >= activity.lastByte + idleTimeout {
            fire(.idle)
        } else {
            arm()
        }
    }

    func cancel() {
        let cancelWake = state.withLock { state in
            state.isCancelled = true
            defer { state.cancelWake = nil }
            return state.cancelWake
        }
        cancelWake?()
    }
}

/// When the last byte of a response arrived, on the client's clock.
final class Activity: Sendable {
    private let clock: RequestClock
    private let last: Locked<Duration>

    init(clock: RequestClock) {
        self.clock = clock
        last = Locked(clock.now())
    }

    var lastByte: Duration { last.withLock { $0 } }

    func touch() {
        let now = clock.now()
        last.withLock { $0 = now }
    }
}

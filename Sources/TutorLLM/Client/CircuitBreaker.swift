// Stops asking a model server that keeps failing, and lets one probe find out when it is back.

import TutorCore

/// Guards one model endpoint for every stage that shares its client. While closed, calls go
/// through. After `failureThreshold` failed attempts in a row, or one timeout (a server that
/// never answers costs a whole idle timeout per call), it opens: calls fail at once and the
/// requests in flight are aborted, so every stage does its work offline instead of waiting.
/// Once `coolDown` has passed, the next call still fails at once but starts one probe; the
/// probe's success closes the circuit and its failure opens it for another cool-down, so a
/// server that comes back is used again without any stage waiting on one that has not.
/// Time comes from an injected clock: tests move it instead of sleeping.
public final class CircuitBreaker: Sendable {
    /// Failed attempts in a row that open the circuit.
    public let failureThreshold: Int
    /// How long the circuit stays open before a probe.
    public let coolDown: Duration
    /// One timeout opens the circuit (else a timeout counts as one failure).
    public let opensOnTimeout: Bool
    /// Time since the breaker was made, on its clock.
    private let elapsed: @Sendable () -> Duration
    private let state = Locked(State())

    /// Where the circuit is.
    public enum Phase: Sendable, Hashable {
        case closed
        /// Calls fail at once; `since` is the time it opened, on the breaker's clock.
        case open(since: Duration)
        /// A probe is out; calls fail at once until it answers.
        case probing
    }

    /// Whether a call may go to the server now.
    enum Admission: Equatable {
        case allowed
        /// The circuit is open; `startProbe` when the cool-down is over and this caller
        /// must send the probe.
        case refused(reason: String, startProbe: Bool)
    }

    private struct State {
        var phase = Phase.closed
        var consecutiveFailures = 0
        /// What opened the circuit, in a few words.
        var reason = ""
        /// Aborts requests in flight when the circuit opens, by registration.
        var inFlight: [Int: @Sendable () -> Void] = [:]
        var nextRegistration = 0
        var openings = 0
    }

    public init(
        failureThreshold: Int = 3, coolDown: Duration = .seconds(30), opensOnTimeout: Bool = true,
        clock: any Clock<Duration> = ContinuousClock()
    ) {
        self.failureThreshold = max(1, failureThreshold)
        self.coolDown = coolDown
        self.opensOnTimeout = opensOnTimeout
        self.elapsed = Self.stopwatch(clock)
    }

    /// A breaker that never opens: every call goes to the server and is retried by the
    /// retry policy alone (for `doctor`, and tests of the retries themselves).
    public static func disabled() -> CircuitBreaker {
        CircuitBreaker(failureThreshold: .max, opensOnTimeout: false)
    }

    private static func stopwatch<C: Clock>(_ clock: C) -> @Sendable () -> Duration where C.Duration == Duration {
        let start = clock.now
        return { start.duration(to: clock.now) }
    }

    /// Where the circuit is now.
    public var phase: Phase { state.withLock { $0.phase } }

    /// How many times the circuit has opened (a failed probe counts again).
    public var openings: Int { state.withLock { $0.openings } }

    /// Admits a call, or refuses it while the circuit is open; the first call after the
    /// cool-down is told to start the probe (and is refused all the same).
    func admit() -> Admission {
        let now = elapsed()
        return state.withLock { state in
            switch state.phase {
            case .closed:
                return .allowed
            case .probing:
                return .refused(reason: state.reason, startProbe: false)
            case .open(let since):
                guard now - since >= coolDown else { return .refused(reason: state.reason, startProbe: false) }
                state.phase = .probing
                return .refused(reason: state.reason, startProbe: true)
            }
        }
    }

    /// An attempt got an answer: the failures in a row start again from zero.
    func recordSuccess() {
        state.withLock { state in
            if state.phase == .closed { state.consecutiveFailures = 0 }
        }
    }

    /// An attempt failed in a way that says the server is in trouble. Opens the circuit at
    /// the threshold, or at once for a timeout, and aborts the requests in flight.
    func recordFailure(_ reason: String, isTimeout: Bool) {
        let opensAtOnce = isTimeout && opensOnTimeout
        let now = elapsed()
        let aborts = state.withLock { state -> [@Sendable () -> Void] in
            guard state.phase == .closed else { return [] }
            state.consecutiveFailures += 1
            guard opensAtOnce || state.consecutiveFailures >= failureThreshold else { return [] }
            let cause =
                opensAtOnce ? reason : "\(state.consecutiveFailures) failed requests in a row (the last: \(reason))"
            Self.open(&state, reason: cause, at: now)
            return Array(state.inFlight.values)
        }
        aborts.forEach { $0() }
    }

    /// The probe's answer: the server is back (close), or not (open for another cool-down).
    func probeFinished(failure: String?) {
        let now = elapsed()
        state.withLock { state in
            guard state.phase == .probing else { return }
            if let failure {
                Self.open(&state, reason: failure, at: now)
            } else {
                state.phase = .closed
                state.consecutiveFailures = 0
            }
        }
    }

    private static func open(_ state: inout State, reason: String, at now: Duration) {
        state.phase = .open(since: now)
        state.reason = reason
        state.consecutiveFailures = 0
        state.openings += 1
    }

    /// Registers a request in flight, to be aborted if the circuit opens; nil (and nothing
    /// registered) when it is not closed.
    func register(abort: @escaping @Sendable () -> Void) -> Int? {
        state.withLock { state in
            guard state.phase == .closed else { return nil }
            state.nextRegistration += 1
            state.inFlight[state.nextRegistration] = abort
            return state.nextRegistration
        }
    }

    /// The request has ended.
    func unregister(_ registration: Int) {
        _ = state.withLock { $0.inFlight.removeValue(forKey: registration) }
    }

    /// Why the circuit is open (or a probe is out), when it is.
    public var openReason: String? {
        state.withLock { $0.phase == .closed ? nil : $0.reason }
    }
}

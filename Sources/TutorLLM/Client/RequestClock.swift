// The client's time, from an injected clock: how long since it started, and wake-ups at a time.

import Dispatch

/// Time for the client's deadlines and idle timeouts, read from an injected `Clock` so that
/// tests move time instead of waiting for it. Times are durations since the clock was
/// wrapped. On `ContinuousClock` a wake-up is a Dispatch timer, not a sleeping task: a busy
/// cooperative pool must not delay a timeout. On any other clock (a test's) it is a task
/// asleep on that clock, which wakes when the test moves it.
struct RequestClock: Sendable {
    /// Time since this clock was made.
    let now: @Sendable () -> Duration
    /// Waits this long on the clock (cancellable).
    let sleep: @Sendable (Duration) async throws -> Void
    private let schedule: @Sendable (Duration, @escaping @Sendable () -> Void) -> @Sendable () -> Void

    init<C: Clock>(_ clock: C) where C.Duration == Duration {
        let start = clock.now
        let now: @Sendable () -> Duration = { start.duration(to: clock.now) }
        self.now = now
        sleep = { try await clock.sleep(for: $0) }
        if clock is ContinuousClock {
            schedule = { time, action in
                DispatchQueue.global().asyncAfter(deadline: .now() + Self.dispatchDelay(time - now()), execute: action)
                // A timer that has nothing to cancel: whoever armed it ignores a wake it no longer wants.
                return {}
            }
        } else {
            schedule = { time, action in
                let task = Task {
                    do {
                        try await clock.sleep(until: start.advanced(by: time), tolerance: nil)
                    } catch {
                        return
                    }
                    action()
                }
                return { task.cancel() }
            }
        }
    }

    /// Runs `action` once the clock reads `time` or later; the closure returned cancels it
    /// where the clock allows (a task asleep on a test's clock), so callers must also ignore
    /// a wake they no longer want.
    func wake(at time: Duration, _ action: @escaping @Sendable () -> Void) -> @Sendable () -> Void {
        schedule(time, action)
    }

    /// A wait for Dispatch, a millisecond late rather than early (a timer that fires just
    /// short of its time would only be re-armed), and at most a year (no overflow).
    private static func dispatchDelay(_ delay: Duration) -> DispatchTimeInterval {
        let (seconds, attoseconds) = delay.components
        guard seconds >= 0 else { return .milliseconds(1) }
        let nanoseconds = min(seconds, 365 * 86_400) * 1_000_000_000 + attoseconds / 1_000_000_000
        return .nanoseconds(Int(nanoseconds) + 1_000_000)
    }
}

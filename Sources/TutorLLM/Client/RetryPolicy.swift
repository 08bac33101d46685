// When to try a request again, and how long to wait first.

import Foundation

/// Exponential backoff with jitter for 429, 5xx and network errors; a server's
/// `Retry-After` wins when it is given. Sleeping and randomness are injected so tests
/// run instantly and deterministically; by default a wait sleeps on the client's clock.
public struct RetryPolicy: Sendable {
    /// Retries after the first attempt.
    public var maximumRetries: Int
    public var initialDelay: Duration
    public var maximumDelay: Duration
    /// Waits for a delay; tests record the delays instead of sleeping. Nil: sleep on the
    /// client's clock (the one its deadlines are measured on).
    public var sleep: (@Sendable (Duration) async throws -> Void)?
    /// A number in 0..<1 for the jitter.
    public var random: @Sendable () -> Double

    public init(
        maximumRetries: Int = 3, initialDelay: Duration = .milliseconds(500), maximumDelay: Duration = .seconds(20),
        sleep: (@Sendable (Duration) async throws -> Void)? = nil,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.maximumRetries = max(0, maximumRetries)
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
        self.sleep = sleep
        self.random = random
    }

    /// The wait before retry number `retry` (from 1): the server's `Retry-After` if it gave
    /// one (capped at `maximumDelay`), else `initialDelay × 2^(retry-1)` with "equal
    /// jitter" (half fixed, half random) so that clients that failed together spread out.
    public func delay(beforeRetry retry: Int, retryAfter: Duration?) -> Duration {
        if let retryAfter { return min(retryAfter, maximumDelay) }
        let exponential = initialDelay * (1 << min(max(retry - 1, 0), 16))
        let capped = min(exponential, maximumDelay)
        return capped / 2 + capped * (random() / 2)
    }

    /// Reads a `Retry-After` header: seconds, or an HTTP date.
    public static func parseRetryAfter(_ value: String?, now: Date = Date()) -> Duration? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Double(value), seconds >= 0, seconds.isFinite { return .milliseconds(Int64(seconds * 1000)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return .milliseconds(Int64(max(0, date.timeIntervalSince(now)) * 1000))
    }
}

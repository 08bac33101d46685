// At most N pieces of background work at once, the rest waiting their turn in order.

/// An async semaphore: `run` waits for one of `limit` slots, runs its work, and hands the
/// slot to the longest waiter. The engine runs analyses and module rounds through it when a
/// server must keep a core free for taking requests.
public actor WorkLimiter {
    public let limit: Int
    private var running = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    public init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Runs `work` once a slot is free. Work must not wait on this limiter itself.
    public nonisolated func run<T: Sendable>(_ work: @Sendable () async -> T) async -> T {
        await acquire()
        let result = await work()
        await release()
        return result
    }

    private func acquire() async {
        if running < limit {
            running += 1
            return
        }
        // The slot is handed over by `release`, so `running` stays as it is.
        await withCheckedContinuation { waiters.append($0) }
    }

    private func release() {
        if waiters.isEmpty {
            running -= 1
        } else {
            waiters.removeFirst().resume()
        }
    }

    /// Work running and waiting (for tests).
    public var load: (running: Int, waiting: Int) { (running, waiters.count) }
}

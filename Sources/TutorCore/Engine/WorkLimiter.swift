// At most N pieces of background work at once; the waiting ones take turns by queue, fairly.

/// An async semaphore with fair queues: `run(in:)` waits for one of `limit` slots, runs its
/// work and hands the slot on. Work waits in a named queue (a server names them after users),
/// and a freed slot goes to the queue with the least work running, among those the one served
/// longest ago (one never served first); within a queue, work runs in order. So a queue with
/// a long backlog delays another queue's work by at most the time one piece of work takes,
/// not the whole backlog. The engine runs analyses and module rounds through it when a server
/// must keep a core free for taking requests.
public actor WorkLimiter {
    private struct Queue {
        var waiters: [CheckedContinuation<Void, Never>] = []
        var running = 0
        /// When this queue was last handed a slot (a ticket; 0: never).
        var lastServed: UInt64 = 0
        /// When this queue appeared (a ticket): among queues never served, the first goes first.
        let arrival: UInt64
    }

    /// How many pieces of work may run at once (at least 1).
    public let limit: Int
    private var running = 0
    private var queues: [String: Queue] = [:]
    /// Increasing numbers for arrivals and services.
    private var ticket: UInt64 = 0

    /// A limiter of `limit` slots (raised to 1 when less).
    public init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Runs `work` once a slot is free, waiting in the queue `key`. Work must not wait on this
    /// limiter itself.
    public nonisolated func run<T: Sendable>(in key: String = "", _ work: @Sendable () async -> T) async -> T {
        await acquire(key)
        let result = await work()
        await release(key)
        return result
    }

    private func acquire(_ key: String) async {
        if running < limit {
            running += 1
            markServed(key)
            return
        }
        // The slot is handed over by `release`, so `running` stays as it is.
        makeQueue(key)
        await withCheckedContinuation { queues[key]?.waiters.append($0) }
    }

    private func release(_ key: String) {
        queues[key]?.running -= 1
        if let next = nextQueue(), var queue = queues[next], !queue.waiters.isEmpty {
            let waiter = queue.waiters.removeFirst()
            queues[next] = queue
            markServed(next)
            waiter.resume()
        } else {
            running -= 1
        }
        if let queue = queues[key], queue.running == 0, queue.waiters.isEmpty { queues[key] = nil }
    }

    /// The queue to serve next: with waiting work, the fewest running, then served longest ago,
    /// then the first to arrive.
    private func nextQueue() -> String? {
        var best: (key: String, order: (Int, UInt64, UInt64))?
        for (key, queue) in queues where !queue.waiters.isEmpty {
            let order = (queue.running, queue.lastServed, queue.arrival)
            if let current = best, current.order <= order { continue }
            best = (key, order)
        }
        return best?.key
    }

    private func makeQueue(_ key: String) {
        guard queues[key] == nil else { return }
        ticket += 1
        queues[key] = Queue(arrival: ticket)
    }

    private func markServed(_ key: String) {
        makeQueue(key)
        ticket += 1
        queues[key]?.running += 1
        queues[key]?.lastServed = ticket
    }

    /// Work running and waiting (for tests).
    public var load: (running: Int, waiting: Int) { (running, queues.values.reduce(0) { $0 + $1.waiters.count }) }
}

// At most N model requests at once; the rest wait their turn, in order, and can be cancelled.

/// A counting semaphore for async code. Waiters are served first come, first served; a
/// cancelled waiter leaves the queue and throws `CancellationError`.
actor ConcurrencyLimiter {
    let limit: Int
    private var running = 0
    private var waiters: [(id: Int, continuation: CheckedContinuation<Void, any Error>)] = []
    private var nextID = 0
    /// The most slots held at once, for tests.
    private(set) var highWater = 0

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    func acquire() async throws {
        if running < limit, waiters.isEmpty {
            take()
            return
        }
        nextID += 1
        let id = nextID
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                if Task.isCancelled {
                    continuation.resume(throwing: CancellationError())
                } else {
                    waiters.append((id, continuation))
                }
            }
        } onCancel: {
            Task { await self.cancelWaiter(id) }
        }
    }

    func release() {
        running -= 1
        if !waiters.isEmpty {
            let waiter = waiters.removeFirst()
            take()
            waiter.continuation.resume()
        }
    }

    private func take() {
        running += 1
        highWater = max(highWater, running)
    }

    private func cancelWaiter(_ id: Int) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).continuation.resume(throwing: CancellationError())
    }
}

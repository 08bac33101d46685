// Runs heavy synchronous test work on a thread of its own.

import Foundation

/// Runs `work` on a new thread and waits for it without holding one of Swift concurrency's
/// threads (two on a two-core machine), so CPU-heavy tests do not starve the tests that
/// measure time beside them.
public func offCooperativePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        Thread.detachNewThread { continuation.resume(returning: work()) }
    }
}

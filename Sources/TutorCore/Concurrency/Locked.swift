// A value that threads share behind a lock ThreadSanitizer can see.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A value shared between threads, read and changed only while its lock is held: the shape
/// of `Synchronization.Mutex`, on a `pthread_mutex_t`. Why not `Mutex`: on Linux it hands a
/// contended lock from one thread to the next inside the kernel (a priority-inheritance
/// futex), where ThreadSanitizer cannot see it, so every contended `Mutex` shows up as a data
/// race in `swift test --sanitize=thread` (two threads appending to an array under a `Mutex`
/// give a report on every run; under a pthread mutex, none). Use this where threads contend,
/// so that the sanitizer reports only real races.
public final class Locked<Value> {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    public init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` on the value while holding the lock; `body` must not take the lock again.
    public func withLock<Result, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure)
        -> Result
    {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}

/// The value never leaves the lock except as a copy handed out by `withLock`, so sharing the
/// box is safe whenever the value itself may cross threads.
extension Locked: @unchecked Sendable where Value: Sendable {}

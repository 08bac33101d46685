// The curses thread as an executor: the program loop runs there between polls, so a key needs no hand-off.

import Glibc
import Synchronization

/// Runs jobs on the curses thread for tasks that prefer it (the program loop and its input
/// reader, through `TerminalBackend.executor`). A key read there is decoded, reduced,
/// rendered and drawn before the thread polls again, instead of waking a thread of the
/// cooperative pool to reduce it and being woken back to draw (each hand-off waits for the
/// scheduler, which is most of a key's latency on a busy machine). A job enqueued from
/// another thread (an engine event, a timer) wakes the thread's `poll` through a pipe.
final class CursesExecutor: TaskExecutor {
    /// Readable while a job enqueued from another thread may be waiting; polled by the thread.
    let wakeDescriptor: Int32
    private let wakeWriteDescriptor: Int32
    private let queue = Mutex(Queue())
    /// The thread that runs the jobs (`pthread_t`), set when it starts; 0 before.
    private let owner = Atomic<UInt>(0)

    /// Jobs waiting, and the array they are swapped into to run, kept so that running a key's
    /// few jobs allocates nothing.
    private struct Queue {
        var waiting: [UnownedJob] = []
        var running: [UnownedJob] = []
    }

    init() throws(TerminalError) {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else {
            throw .failed("cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        (wakeDescriptor, wakeWriteDescriptor) = (descriptors[0], descriptors[1])
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.withLock { $0.waiting.append(job) }
        // The thread runs what its own jobs enqueue before it polls again: only another
        // thread's job needs to wake it.
        if !isOnOwnerThread {
            // A full pipe already wakes it.
            var byte: UInt8 = 1
            _ = write(wakeWriteDescriptor, &byte, 1)
        }
    }

    /// Whether the caller is the thread that runs the jobs.
    var isOnOwnerThread: Bool {
        let thread = owner.load(ordering: .acquiring)
        return thread != 0 && pthread_equal(pthread_self(), pthread_t(thread)) != 0
    }

    /// Makes the calling thread the one that runs the jobs; called once, when it starts.
    func becomeOwner() {
        owner.store(UInt(pthread_self()), ordering: .releasing)
    }

    /// Runs every waiting job, and those they enqueue, until none is left. Owner thread only.
    func runPending() {
        while true {
            // The waiting jobs become the running ones; `waiting` gets the emptied array of the
            // last run, whose capacity takes the jobs enqueued meanwhile.
            let count = queue.withLock { queue in
                swap(&queue.waiting, &queue.running)
                return queue.running.count
            }
            guard count > 0 else { return }
            for index in 0..<count {
                let job = queue.withLock { $0.running[index] }
                job.runSynchronously(on: asUnownedTaskExecutor())
            }
            queue.withLock { $0.running.removeAll(keepingCapacity: true) }
        }
    }

    /// Whether a job waits to run (the thread then polls without blocking).
    var hasWaitingJobs: Bool { queue.withLock { !$0.waiting.isEmpty } }

    /// Clears the wake-ups after a poll saw them.
    func clearWake() {
        var bytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        while withUnsafeMutableBytes(of: &bytes, { read(wakeDescriptor, $0.baseAddress, $0.count) }) > 0 {}
    }

    /// Runs jobs as they come, for good: after the terminal is restored, so that a task still
    /// preferring this executor (an input reader being cancelled) always finishes.
    func serveForever() -> Never {
        var descriptor = pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0)
        while true {
            runPending()
            if poll(&descriptor, 1, -1) > 0 { clearWake() }
        }
    }
}

// The outgoing side of a joined talk connection: a bounded queue that a thread of its own drains.

import Foundation
import TutorCore

/// Frames on their way to the other side. `send` only queues, so whoever sends (the host's UI)
/// never waits on the peer. A thread writes the queue out without blocking; a peer that leaves a
/// frame unread for `limits.stall`, or lets `limits.queuedBytes` pile up, is cut off: the socket
/// is shut down, so the connection's reader sees the end too and reports `stoppedReading`.
/// The stall and goodbye limits are measured on an injected clock, so tests move time instead
/// of waiting for it.
final class FrameWriter: Sendable {
    private struct State {
        var queue: [[UInt8]] = []
        var queuedByteCount = 0
        /// Close once the queue is out (a goodbye).
        var isFinishing = false
        var isStopped = false
        var stoppedReading = false
        /// A frame is waiting for the peer to make room.
        var isWaitingOnPeer = false
    }

    private let socket: FrameSocket
    private let limits: TalkLimits
    /// Time since the writer started, on its clock.
    private let elapsed: @Sendable () -> Duration
    private let state = Locked(State())
    /// Signalled when there is something to write, or to stop for.
    private let work = DispatchSemaphore(value: 0)
    /// Signalled once, when the thread has finished.
    private let finished = DispatchSemaphore(value: 0)

    init(socket: FrameSocket, limits: TalkLimits, clock: any Clock<Duration> = ContinuousClock()) {
        self.socket = socket
        self.limits = limits
        self.elapsed = Self.stopwatch(clock)
        Thread { [self] in
            drain()
            finished.signal()
        }.start()
    }

    private static func stopwatch<C: Clock>(_ clock: C) -> @Sendable () -> Duration where C.Duration == Duration {
        let start = clock.now
        return { start.duration(to: clock.now) }
    }

    /// Whether the peer was cut off for not reading (stalled or over the queue's limit).
    var peerStoppedReading: Bool { state.withLock { $0.stoppedReading } }

    /// Whether a frame is waiting for the peer to read (the stall limit is running).
    var isWaitingOnPeer: Bool { state.withLock { $0.isWaitingOnPeer } }

    /// Whether `finish` has been called (the goodbye limit is running).
    var isFinishing: Bool { state.withLock { $0.isFinishing } }

    /// Queues a frame, at once. A frame that cannot be encoded is not sent; a full queue drops the peer.
    func send(_ frame: TalkFrame) {
        guard let bytes = try? TalkWire.encode(frame) else { return }
        let accepted = state.withLock { state in
            guard !state.isStopped, !state.isFinishing else { return true }
            guard state.queuedByteCount + bytes.count <= limits.queuedBytes else { return false }
            state.queue.append(bytes)
            state.queuedByteCount += bytes.count
            return true
        }
        if accepted { work.signal() } else { stop(stoppedReading: true) }
    }

    /// Sends what is queued, then closes; waits for that at most `limits.goodbye`, then cuts it short.
    func finish() {
        // Taken before finishing is visible, so a test that sees `isFinishing` knows the limit's start.
        let deadline = elapsed() + limits.goodbye
        let wasFinishing = state.withLock { state in
            defer { state.isFinishing = true }
            return state.isFinishing
        }
        guard !wasFinishing else { return }
        work.signal()
        // In slices, looking at the writer's clock after each (a test's clock moves on its own).
        while true {
            let remaining = deadline - elapsed()
            guard remaining > .zero else { break }
            let slice = min(remaining.roundedUpMilliseconds, 250)
            if finished.wait(timeout: .now() + .milliseconds(Int(slice))) == .success { return }
        }
        stop(stoppedReading: false)
    }

    /// Drops what is queued and closes the connection.
    func stop(stoppedReading: Bool) {
        state.withLock { state in
            guard !state.isStopped else { return }
            state.isStopped = true
            state.stoppedReading = stoppedReading
            state.queue = []
            state.queuedByteCount = 0
        }
        socket.close()
        work.signal()
    }

    private enum Next {
        case frame([UInt8])
        case wait
        case close
        case exit
    }

    private func drain() {
        while true {
            let next: Next = state.withLock { state in
                if state.isStopped { return .exit }
                if !state.queue.isEmpty {
                    let bytes = state.queue.removeFirst()
                    state.queuedByteCount -= bytes.count
                    return .frame(bytes)
                }
                return state.isFinishing ? .close : .wait
            }
            switch next {
            case .frame(let bytes):
                guard write(bytes) else { return }
            case .wait:
                work.wait()
            case .close:
                socket.close()
                return
            case .exit:
                return
            }
        }
    }

    /// Writes one frame within `limits.stall`; false when the connection is over.
    private func write(_ bytes: [UInt8]) -> Bool {
        let deadline = elapsed() + limits.stall
        var offset = 0
        while offset < bytes.count {
            if state.withLock({ $0.isStopped }) { return false }
            switch socket.send(bytes[offset...], waiting: false) {
            case .sent(let count):
                offset += count
                state.withLock { $0.isWaitingOnPeer = false }
            case .wouldBlock:
                state.withLock { $0.isWaitingOnPeer = true }
                let remaining = deadline - elapsed()
                guard remaining > .zero else {
                    stop(stoppedReading: true)
                    return false
                }
                // In slices, so a stop from another thread (or a test's clock moving) is noticed
                // soon even if poll misses it.
                socket.waitUntilWritable(milliseconds: min(remaining.roundedUpMilliseconds, 250))
            case .failed:
                // The other side closed: its reader reports that.
                stop(stoppedReading: false)
                return false
            }
        }
        return true
    }
}

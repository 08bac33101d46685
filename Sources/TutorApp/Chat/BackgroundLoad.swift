// A value made on a thread of its own while the first frame is drawn: the analyser's data, the store.

import Foundation
import Synchronization

/// Makes a value once, on a thread of its own, and hands it to whoever awaits it. The chat
/// draws its first frame and echoes keys while the analyser's data and the learner's store
/// load (issue 17): a thread, not a task, so that a few hundred milliseconds of loading never
/// hold one of the concurrency pool's threads (two on two cores), which decode keys and draw.
public final class BackgroundLoad<Value: Sendable>: Sendable {
    private enum State {
        case loading(waiters: [CheckedContinuation<Result<Value, UserError>, Never>])
        case done(Result<Value, UserError>)
    }

    private let state = Mutex<State>(.loading(waiters: []))

    /// Starts making the value with `make` at once, on a new thread.
    public init(_ make: @escaping @Sendable () throws(UserError) -> Value) {
        let thread = Thread { [self] in
            finish(Result { () throws(UserError) -> Value in try make() })
        }
        thread.name = "chattutor-load"
        thread.start()
    }

    /// The value, as soon as it is made (at once if it is), or the error that stopped it.
    public func value() async throws(UserError) -> Value {
        let result = await withCheckedContinuation {
            (continuation: CheckedContinuation<Result<Value, UserError>, Never>) in
            let made: Result<Value, UserError>? = state.withLock { state in
                switch state {
                case .done(let result):
                    return result
                case .loading(var waiters):
                    waiters.append(continuation)
                    state = .loading(waiters: waiters)
                    return nil
                }
            }
            if let made { continuation.resume(returning: made) }
        }
        return try result.get()
    }

    private func finish(_ result: Result<Value, UserError>) {
        let waiters = state.withLock { state -> [CheckedContinuation<Result<Value, UserError>, Never>] in
            guard case .loading(let waiters) = state else { return [] }
            state = .done(result)
            return waiters
        }
        for waiter in waiters { waiter.resume(returning: result) }
    }
}

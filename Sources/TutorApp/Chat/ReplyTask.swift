// The one streaming interviewer reply, so that ending the conversation or quitting can stop it.

import Synchronization

/// Holds the model interviewer's streaming reply: a new one replaces (and cancels) the last;
/// `cancel` stops it when the conversation ends or the app quits.
final class ReplyTask: Sendable {
    private let task = Mutex<Task<Void, Never>?>(nil)

    func replace(_ new: Task<Void, Never>) {
        task.withLock {
            $0?.cancel()
            $0 = new
        }
    }

    func cancel() {
        task.withLock {
            $0?.cancel()
            $0 = nil
        }
    }
}

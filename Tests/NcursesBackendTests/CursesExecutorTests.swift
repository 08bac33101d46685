// The curses thread as an executor: tasks that prefer it run on it, woken from other threads.

import Foundation
import Testing

@testable import NcursesBackend

@Suite("CursesExecutor")
struct CursesExecutorTests {
    /// An executor served by a thread of its own, as the curses thread serves it after a session.
    private func servedExecutor() throws -> CursesExecutor {
        let executor = try CursesExecutor()
        let thread = Thread {
            executor.becomeOwner()
            executor.serveForever()
        }
        thread.start()
        return executor
    }

    @Test("a task that prefers it runs on its thread, before and after waiting for another thread")
    func runsOnItsThread() async throws {
        let executor = try servedExecutor()
        let places = await Task(executorPreference: executor) {
            let before = executor.isOnOwnerThread
            // Resumed by a job enqueued from the pool, which must wake the thread's poll.
            await Task.detached { #expect(!executor.isOnOwnerThread) }.value
            return (before, executor.isOnOwnerThread)
        }.value
        #expect(places == (true, true))
        #expect(!executor.isOnOwnerThread, "the test itself is not on it")
    }

    @Test("the jobs enqueued while it runs a job run before it polls again, in order")
    func ownJobsRunInOrder() async throws {
        let executor = try servedExecutor()
        let order = await Task(executorPreference: executor) {
            await withTaskGroup(of: Int.self) { group in
                for index in 0..<20 { group.addTask { index } }
                var seen: [Int] = []
                for await index in group { seen.append(index) }
                return seen.sorted()
            }
        }.value
        #expect(order == Array(0..<20))
    }
}

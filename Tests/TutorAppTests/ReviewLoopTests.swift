// The review session on the same program loop: keys in, a rating recorded in a real store.

import Foundation
import TerminalKit
import Testing
import TutorApp
import TutorCore
import TutorStore
import TutorUI

@Suite("Review loop")
struct ReviewLoopTests {
    static let now = Date(timeIntervalSince1970: 1_750_000_000)

    /// A real SQLite store, in memory.
    func temporaryStore() throws -> ModuleStore {
        try ModuleStore.inMemory()
    }

    @Test("a right answer and Enter record a Good review in the store; q quits")
    func recordsARating() async throws {
        let store = try temporaryStore()
        _ = try store.save(sampleModule(id: "m-1"), for: "minji")
        let session = ReviewSession(
            store: store, learner: "minji", scheduler: FSRSScheduler(desiredRetention: 0.9), fuzz: false)
        let queue = try session.queue(now: Self.now, newPerDay: 20)
        #expect(queue.entries.count == 1)
        let initial = ReviewState(
            size: TerminalSize(columns: 80, rows: 24), theme: .mono, userName: "minji", now: Self.now,
            queue: queue.entries)
        let backend = TestTerminalBackend(size: TerminalSize(columns: 80, rows: 24))
        let effects = ReviewEffects(
            store: store, learner: "minji", scheduler: session.scheduler, fuzz: false, now: { Self.now })
        let running = Task { await ProgramLoop(ReviewProgram.self, backend: backend, performer: effects).run(initial) }

        #expect(await backend.frame(showing: "She ___ to school.") != nil)
        backend.typeLine("goes")  // graded right
        backend.press(0x0D)  // Enter rates it Good
        backend.type("q")
        let final = try #require(await value(of: running))

        #expect(final.results.map(\.rating) == [.good])
        #expect(final.results.first?.nextDue != nil, "the store's schedule came back before the quit")
        let items = try store.reviewItems(for: "minji")
        #expect(items.map(\.reviewCount) == [1])
        #expect(items.first?.card.state != .new)
        #expect(items.first.map { $0.card.due > Self.now } == true)
    }
}

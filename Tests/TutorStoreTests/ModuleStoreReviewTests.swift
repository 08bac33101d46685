// Review schedules in the store: the queue, recording reviews with their log, the stats.

import Foundation
import Testing
import TutorCore
import TutorStore
import TutorTestSupport

@Suite("Reviewing saved modules in the store")
struct ModuleStoreReviewTests {
    let start = Date(timeIntervalSince1970: 1_750_000_000)
    let scheduler = FSRSScheduler()

    func storeWith(_ count: Int, learner: String = "minji") throws -> (ModuleStore, [Int64]) {
        let store = try ModuleStore.inMemory()
        var ids: [Int64] = []
        for index in 0..<count {
            let module = makeModule("m-\(index)", text: "She go to school on day \(index).")
            ids.append(try store.save(module, for: learner).savedModule.id)
        }
        return (store, ids)
    }

    @Test("a saved module starts as a new card; a review moves it on and is logged")
    func recordingAReview() throws {
        let (store, ids) = try storeWith(1)
        #expect(try store.reviewItems(for: "minji").first?.card.state == .new)
        let stored = try #require(
            try store.recordReview(
                savedModuleID: ids[0], rating: .good, at: start, scheduler: scheduler, fuzz: nil, problemIndex: 1,
                answeredCorrectly: true))
        let expected = scheduler.review(.new(due: start), rating: .good, at: start).card
        let item = try #require(try store.reviewItems(for: "minji").first)
        #expect(item.card.state == expected.state && item.card.step == expected.step)
        #expect(item.card.stability == expected.stability && item.card.difficulty == expected.difficulty)
        #expect(abs(item.card.due.timeIntervalSince(expected.due)) < 0.001)
        #expect(item.reviewCount == 1)
        let log = try store.reviews(ofSavedModule: ids[0])
        #expect(log.count == 1)
        #expect(log.first?.entry.rating == .good && log.first?.entry.stateBefore == .new)
        #expect(log.first?.problemIndex == 1 && log.first?.answeredCorrectly == true)
        #expect(stored.entry.card.state == .learning)
    }

    @Test("the queue has due cards first, then new ones up to the daily limit")
    func queueOrderAndLimit() throws {
        let (store, ids) = try storeWith(5)
        // Two reviewed yesterday and due now; three still new.
        let yesterday = start.addingTimeInterval(-86_400)
        for id in ids.prefix(2) {
            try store.recordReview(
                savedModuleID: id, rating: .again, at: yesterday, scheduler: scheduler, fuzz: nil, problemIndex: 0,
                answeredCorrectly: false)
        }
        let queue = try store.reviewQueue(
            for: "minji", now: start, startOfDay: start.addingTimeInterval(-3_600), newLimit: 2)
        #expect(queue.count == 4)
        #expect(Set(queue.prefix(2).map(\.id)) == Set(ids.prefix(2)))
        #expect(queue.suffix(2).allSatisfy { $0.card.state == .new })
        // New cards started today count against the limit.
        try store.recordReview(
            savedModuleID: ids[2], rating: .easy, at: start, scheduler: scheduler, fuzz: nil, problemIndex: 0,
            answeredCorrectly: true)
        let later = try store.reviewQueue(
            for: "minji", now: start, startOfDay: start.addingTimeInterval(-3_600), newLimit: 2)
        #expect(later.filter { $0.card.state == .new }.count == 1)
        // A card not yet due stays out.
        #expect(!later.contains { $0.id == ids[2] })
    }

    @Test("each learner's queue holds only their own modules")
    func queuesAreSeparate() throws {
        let (store, _) = try storeWith(2)
        try store.save(makeModule("m-jun"), for: "Jun")
        let queue = try store.reviewQueue(for: "Jun", now: start, startOfDay: start, newLimit: 10)
        #expect(queue.map(\.saved.module.id) == ["m-jun"])
    }

    @Test("stats: due today, new, reviews per day and retention")
    func stats() throws {
        let (store, ids) = try storeWith(3)
        let day: TimeInterval = 86_400
        let dayStarts = (0...3).map { start.addingTimeInterval(Double($0) * day) }
        // Day 0: module 0 learnt to Review; day 2: its review rated Good, module 1 started.
        try store.recordReview(
            savedModuleID: ids[0], rating: .easy, at: start.addingTimeInterval(60), scheduler: scheduler, fuzz: nil,
            problemIndex: 0, answeredCorrectly: true)
        try store.recordReview(
            savedModuleID: ids[0], rating: .good, at: start.addingTimeInterval(2 * day + 60), scheduler: scheduler,
            fuzz: nil, problemIndex: 1, answeredCorrectly: true)
        try store.recordReview(
            savedModuleID: ids[1], rating: .again, at: start.addingTimeInterval(2 * day + 120), scheduler: scheduler,
            fuzz: nil, problemIndex: 0, answeredCorrectly: false)
        let stats = try store.reviewStats(for: "minji", dayStarts: dayStarts)
        #expect(stats.reviewsPerDay == [1, 0, 2])
        #expect(stats.newCount == 1)
        #expect(stats.dueToday == 1)  // module 1, relearning in 1 minute; module 0 is due in days
        #expect(stats.retention == 1.0 && stats.retentionSampleSize == 1)
        #expect(stats.totalReviews == 3)
        let nobody = try store.reviewStats(for: "nobody", dayStarts: dayStarts)
        #expect(nobody.reviewsPerDay == [0, 0, 0] && nobody.retention == nil)
    }

    @Test("deleting a saved module deletes its card and its log; a review of it records nothing")
    func deleteCascades() throws {
        let (store, ids) = try storeWith(1)
        try store.recordReview(
            savedModuleID: ids[0], rating: .good, at: start, scheduler: scheduler, fuzz: nil, problemIndex: 0,
            answeredCorrectly: true)
        try store.delete(id: ids[0])
        #expect(try store.reviews(ofSavedModule: ids[0]).isEmpty)
        #expect(try store.reviewItems(for: "minji").isEmpty)
        let stored = try store.recordReview(
            savedModuleID: ids[0], rating: .good, at: start, scheduler: scheduler, fuzz: nil, problemIndex: 0,
            answeredCorrectly: true)
        #expect(stored == nil)
    }
}

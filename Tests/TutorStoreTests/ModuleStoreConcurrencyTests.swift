// Two stores, as two ChatTutor processes would be, sharing one file.

import Foundation
import Testing
import TutorStore
import TutorTestSupport

@Suite("Sharing one database file")
struct ModuleStoreConcurrencyTests {
    @Test("two stores on one file save 2 × 50 modules at once without 'database is locked'")
    func twoWriters() async throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("shared.sqlite")
        let stores = [try ModuleStore(url: url), try ModuleStore(url: url)]
        let outcomes = try await withThrowingTaskGroup(of: [SaveOutcome].self) { group in
            for (index, store) in stores.enumerated() {
                group.addTask {
                    try (0..<50).map { number in
                        try store.save(
                            makeModule("m-\(index)-\(number)", text: "She go to school on day \(number)."),
                            for: "learner-\(index)")
                    }
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(outcomes.count == 100)
        #expect(outcomes.allSatisfy { if case .saved = $0 { true } else { false } })
        #expect(try stores[0].savedCount(for: "learner-1") == 50)
        #expect(try stores[1].savedCount(for: "learner-0") == 50)
    }

    @Test("two stores saving the same modules at once save each one once")
    func sameModulesTwice() async throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("shared.sqlite")
        let stores = [try ModuleStore(url: url), try ModuleStore(url: url)]
        let outcomes = try await withThrowingTaskGroup(of: [SaveOutcome].self) { group in
            for store in stores {
                group.addTask {
                    try (0..<50).map { number in
                        try store.save(
                            makeModule("m-\(number)", text: "She go to school on day \(number)."), for: "minji")
                    }
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        let savedCount = outcomes.filter { if case .saved = $0 { true } else { false } }.count
        #expect(savedCount == 50)
        #expect(try stores[0].savedCount(for: "minji") == 50)
    }

    @Test("two stores opening a new file at the same moment both open it", arguments: 0..<10)
    func openingTogether(attempt: Int) async throws {
        let directory = try TemporaryDirectory()
        let url = directory.appending("new/chattutor.sqlite")
        let stores = try await withThrowingTaskGroup(of: ModuleStore.self) { group in
            for _ in 0..<2 { group.addTask { try ModuleStore(url: url) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for (index, store) in stores.enumerated() {
            try store.save(makeModule("m-\(index)", text: "She go to school on day \(index)."), for: "minji")
        }
        #expect(try stores[0].savedCount(for: "minji") == 2)
    }
}

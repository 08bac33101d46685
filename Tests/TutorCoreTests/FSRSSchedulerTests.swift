// The FSRS-6 scheduler against py-fsrs: every step of every fixture sequence.

import Foundation
import Testing
import TutorCore

@Suite("FSRS-6 scheduling")
struct FSRSSchedulerTests {
    /// Relative difference allowed on stability, difficulty and recall. Both sides compute
    /// in IEEE doubles with the same C `pow`; the tolerance only absorbs JSON round-trips.
    static let tolerance = 1e-9

    struct Fixture: Decodable {
        struct Options: Decodable {
            var desiredRetention: Double
            var learningSteps: [Double]
            var relearningSteps: [Double]
            var maximumInterval: Int
        }
        struct Step: Decodable {
            var rating: Int
            var at: Double
            var fuzz: Double?
            var retrievabilityBefore: Double
            var state: Int
            var step: Int?
            var stability: Double
            var difficulty: Double
            var due: Double
        }
        struct Case: Decodable {
            var name: String
            var scheduler: Options
            var start: Double
            var steps: [Step]
        }
        var parameters: [Double]
        var cases: [Case]
    }

    static let fixture: Fixture = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/fsrs-py-fsrs.json")
        do {
            return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read \(url.path) (regenerate it with scripts/gen-fsrs-fixtures.py): \(error)")
        }
    }()

    static func close(_ lhs: Double, _ rhs: Double) -> Bool {
        abs(lhs - rhs) <= tolerance * max(1, abs(rhs))
    }

    @Test("the default parameters are py-fsrs's")
    func defaultParameters() {
        #expect(FSRSScheduler.defaultParameters == Self.fixture.parameters)
        #expect(Self.fixture.cases.count >= 20)
    }

    @Test(
        "stability, difficulty, state, step and due agree with py-fsrs at every review",
        arguments: fixture.cases.map(\.name))
    func agreesWithReference(_ name: String) throws {
        let fixtureCase = try #require(Self.fixture.cases.first { $0.name == name })
        let options = fixtureCase.scheduler
        let scheduler = FSRSScheduler(
            desiredRetention: options.desiredRetention, learningSteps: options.learningSteps,
            relearningSteps: options.relearningSteps, maximumInterval: options.maximumInterval)
        var card = ReviewCard.new(due: Date(timeIntervalSince1970: fixtureCase.start))
        for (index, expected) in fixtureCase.steps.enumerated() {
            let at = Date(timeIntervalSince1970: expected.at)
            let rating = try #require(ReviewRating(rawValue: expected.rating))
            let recall = scheduler.retrievability(of: card, at: at)
            #expect(Self.close(recall, expected.retrievabilityBefore), "step \(index): recall \(recall)")
            let (next, log) = scheduler.review(card, rating: rating, at: at, fuzz: expected.fuzz)
            #expect(next.state.rawValue == expected.state, "step \(index): state")
            #expect(next.step == expected.step, "step \(index): learning step")
            #expect(
                Self.close(next.stability ?? .nan, expected.stability),
                "step \(index): stability \(next.stability ?? .nan) vs \(expected.stability)")
            #expect(
                Self.close(next.difficulty ?? .nan, expected.difficulty),
                "step \(index): difficulty \(next.difficulty ?? .nan) vs \(expected.difficulty)")
            #expect(
                abs(next.due.timeIntervalSince1970 - expected.due) < 0.001,
                "step \(index): due \(next.due) vs \(Date(timeIntervalSince1970: expected.due))")
            #expect(log.stateBefore == card.state && log.rating == rating && log.reviewedAt == at && log.card == next)
            card = next
        }
    }

    @Test("the fuzzed fixtures exercise the fuzz: without it, some due dates would differ")
    func fuzzIsExercised() throws {
        var differing = 0
        for fixtureCase in Self.fixture.cases where fixtureCase.steps.contains(where: { $0.fuzz != nil }) {
            let scheduler = FSRSScheduler()
            var card = ReviewCard.new(due: Date(timeIntervalSince1970: fixtureCase.start))
            for step in fixtureCase.steps {
                let rating = try #require(ReviewRating(rawValue: step.rating))
                let at = Date(timeIntervalSince1970: step.at)
                let fuzzed = scheduler.review(card, rating: rating, at: at, fuzz: step.fuzz)
                if scheduler.review(card, rating: rating, at: at).card.due != fuzzed.card.due { differing += 1 }
                card = fuzzed.card
            }
        }
        #expect(differing >= 20, "only \(differing) fuzzed reviews changed a due date")
    }

    @Test("a new card rated Good goes to the second learning step, due in ten minutes")
    func newCardGood() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let (card, log) = FSRSScheduler().review(.new(due: now), rating: .good, at: now)
        #expect(card.state == .learning && card.step == 1)
        #expect(card.due == now.addingTimeInterval(600))
        #expect(log.stateBefore == .new)
    }

    @Test("a higher desired retention schedules sooner")
    func retentionShortensIntervals() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        func due(retention: Double) -> Date {
            let scheduler = FSRSScheduler(desiredRetention: retention)
            var card = scheduler.review(.new(due: now), rating: .easy, at: now).card
            card = scheduler.review(card, rating: .good, at: card.due).card
            return card.due
        }
        #expect(due(retention: 0.95) < due(retention: 0.9))
        #expect(due(retention: 0.9) < due(retention: 0.8))
    }
}

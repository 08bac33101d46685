// Runs a review session: terminal input to the review reducer, its effects against the store.

import Foundation
import TerminalKit
import TutorCore
import TutorStore
import TutorUI

/// Drives `ReviewReducer` against a terminal backend and the store; the only place where
/// the review session meets the clock, randomness and the database.
struct ReviewRunner {
    let backend: any TerminalBackend
    let store: ModuleStore
    let learner: String
    let scheduler: FSRSScheduler
    /// Whether long intervals get FSRS's fuzz (off for tests that compare schedules).
    let fuzz: Bool

    /// Runs until the learner quits or the terminal goes away; returns the final state.
    func run(_ initial: ReviewState) async -> ReviewState {
        var state = initial
        state.size = backend.size
        let (events, continuation) = AsyncStream.makeStream(of: TerminalInputReader<ReviewEvent>.Item.self)
        var reader = TerminalInputReader(continuation: continuation, key: ReviewEvent.input)
        let inputTask = reader.forward(backend, resize: ReviewEvent.resize, terminate: .terminate)
        defer { inputTask.cancel() }
        draw(state)
        for await event in events {
            for reviewEvent in reader.events(for: event) {
                for effect in ReviewReducer.reduce(&state, reviewEvent) {
                    // Store work is quick and local: done in order, so a quit never loses a review.
                    if let result = perform(effect) { _ = ReviewReducer.reduce(&state, result) }
                }
                if state.isQuitting { break }
            }
            if state.isQuitting { break }
            draw(state)
        }
        continuation.finish()
        return state
    }

    private func draw(_ state: ReviewState) {
        let frame = ReviewRenderer.render(state)
        backend.draw(frame.screen, cursor: frame.cursor)
    }

    /// Performs one effect; returns the event it produced, if any.
    private func perform(_ effect: ReviewEffect) -> ReviewEvent? {
        do {
            switch effect {
            case .record(let id, let rating, let problemIndex, let correct):
                let now = Date()
                let stored = try store.recordReview(
                    savedModuleID: id, rating: rating, at: now, scheduler: scheduler,
                    fuzz: fuzz ? Double.random(in: 0..<1) : nil, problemIndex: problemIndex, answeredCorrectly: correct)
                guard let stored else { return .storeFailed("That module was deleted meanwhile; nothing recorded.") }
                return .recorded(savedModuleID: id, reviewedAt: now, due: stored.entry.card.due)
            case .annotate(let id, let note, let tags):
                guard try store.savedModule(id: id) != nil else { return .storeFailed("That module was deleted meanwhile.") }
                try store.update(id: id, note: note, tags: tags)
                return nil
            case .loadStats:
                return .statsLoaded(try store.reviewStats(for: learner, dayStarts: ReviewCalendar.dayStarts(days: 30, now: Date())))
            case .quit:
                return nil
            }
        } catch {
            return .storeFailed("Not saved: \(error)")
        }
    }
}

/// Where the learner's days begin, in their time zone.
enum ReviewCalendar {
    /// The starts of the last `days` days, oldest first, then the start of tomorrow.
    static func dayStarts(days: Int, now: Date, calendar: Calendar = .current) -> [Date] {
        let today = calendar.startOfDay(for: now)
        return (0...days).compactMap { calendar.date(byAdding: .day, value: $0 - days + 1, to: today) }
    }
}

// Performs the review session's effects against the store: the only place it meets the clock and randomness.

import Foundation
import TutorCore
import TutorStore
import TutorUI

/// The review session's effect performer. Store work is quick and local, so it is done in
/// order and its result reduced at once: a quit never loses a review.
public struct ReviewEffects: EffectPerformer {
    public let store: ModuleStore
    public let learner: String
    public let scheduler: FSRSScheduler
    /// Whether long intervals get FSRS's fuzz (off for tests that compare schedules).
    public let fuzz: Bool
    /// The time a review is recorded at.
    public let now: @Sendable () -> Date
    /// Reads a rewrite for the grader's hint (nil: the hint is given without the analyser).
    public let analyseAnswer: AnswerAnalyser?

    /// `now` is the clock reviews are recorded by (fixed in tests).
    public init(
        store: ModuleStore, learner: String, scheduler: FSRSScheduler, fuzz: Bool,
        now: @escaping @Sendable () -> Date = { Date() }, analyseAnswer: AnswerAnalyser? = nil
    ) {
        self.store = store
        self.learner = learner
        self.scheduler = scheduler
        self.fuzz = fuzz
        self.now = now
        self.analyseAnswer = analyseAnswer
    }

    public func perform(_ effect: ReviewEffect, _ sink: EventSink<ReviewEvent>) async -> [ReviewEvent] {
        if case .checkAnswer(let check) = effect {
            return [.answerChecked(check, findings: await analyseAnswer?(check.text) ?? nil)]
        }
        return perform(effect).map { [$0] } ?? []
    }

    /// Performs one effect; returns the event it produced, if any.
    private func perform(_ effect: ReviewEffect) -> ReviewEvent? {
        do {
            switch effect {
            case .record(let id, let rating, let problemIndex, let correct):
                let now = now()
                let stored = try store.recordReview(
                    savedModuleID: id, rating: rating, at: now, scheduler: scheduler,
                    fuzz: fuzz ? Double.random(in: 0..<1) : nil, problemIndex: problemIndex, answeredCorrectly: correct)
                guard let stored else { return .storeFailed("That module was deleted meanwhile; nothing recorded.") }
                return .recorded(savedModuleID: id, reviewedAt: now, due: stored.entry.card.due)
            case .annotate(let id, let note, let tags):
                guard try store.savedModule(id: id) != nil else {
                    return .storeFailed("That module was deleted meanwhile.")
                }
                try store.update(id: id, note: note, tags: tags)
                return nil
            case .loadStats:
                return .statsLoaded(
                    try store.reviewStats(for: learner, dayStarts: ReviewCalendar.dayStarts(days: 30, now: now())))
            case .quit, .checkAnswer:
                return nil
            }
        } catch {
            return .storeFailed("Not saved: \(error)")
        }
    }
}

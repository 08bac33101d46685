// `review --plain`: the review session on lines in and out, with the TUI's effects against the store.

import Foundation
import TerminalKit
import TutorCore
import TutorUI

extension ReviewSession {
    /// Reads today's queue and runs the plain review on `input` and `write` until the learner
    /// quits or the input ends; returns the final state. Reviews are recorded by the same
    /// `ReviewEffects` as the TUI's, as each rating is given.
    public func runPlain(
        now: Date, newPerDay: Int, input: any PlainLineSource = StandardInputLines(),
        write: @escaping @Sendable (String) -> Void = PlainSession.writeLine
    ) async throws(UserError) -> ReviewState {
        let queue = try self.queue(now: now, newPerDay: newPerDay)
        var initial = ReviewState(
            size: TerminalSize(columns: 80, rows: 24), theme: .mono, userName: learner, now: now,
            queue: queue.entries, nextDueLater: queue.nextDueLater)
        initial.strings = Strings.builtIn(language)
        let effects = ReviewEffects(
            store: store, learner: learner, scheduler: scheduler, fuzz: fuzz, analyseAnswer: Self.answerAnalyser())
        return await PlainReviewLoop(performer: effects, input: input, write: write).run(initial)
    }
}

/// Runs `PlainReviewProgram`: a line read, reduced, its lines written and its effects performed
/// (the store answers at once), until the learner quits or the input ends.
struct PlainReviewLoop {
    let performer: ReviewEffects
    let input: any PlainLineSource
    let write: @Sendable (String) -> Void

    func run(_ initial: ReviewState) async -> ReviewState {
        var state = PlainReviewState(review: initial)
        await apply(PlainReviewProgram.start(&state), &state)
        while !state.review.isQuitting {
            let read = await withCheckedContinuation { continuation in
                input.request { continuation.resume(returning: $0) }
            }
            let event: PlainReviewEvent
            switch read {
            case .line(let text): event = .line(text)
            case .end: event = .endOfInput
            }
            await apply(PlainReviewProgram.reduce(&state, event), &state)
        }
        return state.review
    }

    private func apply(_ step: PlainReviewStep, _ state: inout PlainReviewState) async {
        for line in step.lines { write(line) }
        let sink = EventSink<ReviewEvent> { _ in }
        for effect in step.effects {
            for result in await performer.perform(effect, sink) {
                await apply(PlainReviewProgram.reduce(&state, .review(result)), &state)
            }
        }
    }
}

// A review session from the store: the queue for today, then the loop on a terminal.

import Foundation
import TerminalKit
import TutorCore
import TutorStore
import TutorUI

/// Reads what is due from the store and runs the review on a terminal the caller opened.
public struct ReviewSession {
    public let store: ModuleStore
    public let learner: String
    public let scheduler: FSRSScheduler
    public let fuzz: Bool
    /// The language of the screens (`--lang`, config, locale).
    public let language: InterfaceLanguage

    /// A session for `learner` in `store`, scheduled by `scheduler` (with FSRS's fuzz if `fuzz`).
    public init(
        store: ModuleStore, learner: String, scheduler: FSRSScheduler, fuzz: Bool,
        language: InterfaceLanguage = .english
    ) {
        self.store = store
        self.learner = learner
        self.scheduler = scheduler
        self.fuzz = fuzz
        self.language = language
    }

    /// Reads the queue (the due modules first, then new ones up to `newPerDay`), then opens
    /// the terminal with `openTerminal` (so a store error is printed before the screen is
    /// taken), runs the session until the learner quits, and shuts the terminal down.
    public func run(
        now: Date, newPerDay: Int, openTerminal: () throws(UserError) -> (any TerminalBackend, Theme)
    ) async throws(UserError) -> ReviewState {
        let queue = try self.queue(now: now, newPerDay: newPerDay)
        let (backend, theme) = try openTerminal()
        var initial = ReviewState(
            size: backend.size, theme: theme, userName: learner, now: now, queue: queue.entries,
            nextDueLater: queue.nextDueLater)
        initial.strings = Strings.builtIn(language)
        let final = await run(initial, on: backend)
        backend.shutdown()
        return final
    }

    /// Runs the session on `backend` until the learner quits; returns the final state.
    public func run(_ initial: ReviewState, on backend: any TerminalBackend) async -> ReviewState {
        let effects = ReviewEffects(
            store: store, learner: learner, scheduler: scheduler, fuzz: fuzz, analyseAnswer: Self.answerAnalyser())
        return await ProgramLoop(ReviewProgram.self, backend: backend, performer: effects).run(initial)
    }

    /// Reads rewrites with the built-in analyser, whose data loads on a thread of its own from
    /// the start, so the first screen does not wait for it.
    static func answerAnalyser() -> AnswerAnalyser {
        let parts = BackgroundLoad { () throws(UserError) in try BuiltinParts() }
        return { text in
            guard let parts = try? await parts.value() else { return nil }
            return await parts.answerAnalyser(text)
        }
    }

    /// Today's queue, and when the next module not in it is due.
    public func queue(now: Date, newPerDay: Int) throws(UserError) -> (entries: [ReviewQueueEntry], nextDueLater: Date?)
    {
        let queue: [ReviewItem]
        let everything: [ReviewItem]
        do {
            queue = try store.reviewQueue(
                for: learner, now: now, startOfDay: Calendar.current.startOfDay(for: now), newLimit: newPerDay)
            everything = try store.reviewItems(for: learner)
        } catch {
            throw UserError.cannotCreate("\(error)")
        }
        let entries = queue.map { item in
            ReviewQueueEntry(
                savedModuleID: item.id, module: item.saved.module,
                problemIndex: item.saved.module.problems.isEmpty
                    ? 0 : item.reviewCount % item.saved.module.problems.count,
                cardState: item.card.state, note: item.saved.note, tags: item.saved.tags)
        }
        return (entries, everything.filter { $0.card.state != .new }.map(\.card.due).min())
    }
}

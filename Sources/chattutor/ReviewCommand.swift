// `chattutor review`: practise saved modules, scheduled for spaced review with FSRS-6.

import ArgumentParser
import Foundation
import TutorCore
import TutorStore
import TutorUI

struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Practise your saved modules: the due ones first, then new ones up to a daily limit.",
        discussion: """
            Multiple-choice and fill-in answers are graded for you; for a rewrite you see the model answer and \
            rate yourself (1 Again, 2 Hard, 3 Good, 4 Easy). Each module's next review is scheduled with FSRS-6. \
            Every review is saved as you go; Ctrl-C ends the session. Ctrl-T (or s at the end) shows your stats.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "A theme from themes/: default, light, high-contrast or mono. NO_COLOR forces mono.")
    var theme: String = "default"

    @Option(help: "At most this many new modules a day.")
    var newPerDay: Int = 20

    @Option(help: "The recall probability reviews are scheduled for, from 0.70 to 0.99.")
    var retention: Double = 0.9

    @Flag(help: "Schedule without FSRS's random spread of long intervals (for reproducible schedules).")
    var noFuzz = false

    func validate() throws {
        guard newPerDay >= 0 else { throw ValidationError("--new-per-day cannot be negative") }
        guard (0.7...0.99).contains(retention) else { throw ValidationError("--retention must be between 0.70 and 0.99") }
    }

    func run() async throws {
        try await reportingUserErrors {
            let moduleStore = try store.openExistingStore()
            let learner = store.userName
            let now = Date()
            let queue: [ReviewItem]
            let everything: [ReviewItem]
            do {
                queue = try moduleStore.reviewQueue(
                    for: learner, now: now, startOfDay: Calendar.current.startOfDay(for: now), newLimit: newPerDay)
                everything = try moduleStore.reviewItems(for: learner)
            } catch {
                throw UserError.cannotCreate("\(error)")
            }
            let entries = queue.map { item in
                ReviewQueueEntry(
                    savedModuleID: item.id, module: item.saved.module,
                    problemIndex: item.saved.module.problems.isEmpty ? 0 : item.reviewCount % item.saved.module.problems.count,
                    cardState: item.card.state, note: item.saved.note, tags: item.saved.tags)
            }
            let nextLater = everything.filter { $0.card.state != .new }.map(\.card.due).min()
            let (terminal, theme) = try TerminalSession.openTerminal(themeName: theme)
            let runner = ReviewRunner(
                backend: terminal, store: moduleStore, learner: learner,
                scheduler: FSRSScheduler(desiredRetention: retention), fuzz: !noFuzz)
            let initial = ReviewState(
                size: terminal.size, theme: theme, userName: learner, now: now, queue: entries, nextDueLater: nextLater)
            let final = await runner.run(initial)
            terminal.shutdown()
            if !final.results.isEmpty {
                print("Reviewed \(final.results.count) module\(final.results.count == 1 ? "" : "s") (\(final.correctCount) correct) for \(learner) in \(moduleStore.path).")
            }
        }
    }
}

// `chattutor review`: practise saved modules, scheduled for spaced review with FSRS-6.

import ArgumentParser
import Foundation
import TerminalKit
import TutorApp
import TutorCore
import TutorUI

struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Practise your saved modules: the due ones first, then new ones up to a daily limit.",
        discussion: """
            Multiple-choice and fill-in answers are graded for you; for a rewrite you see the model answer and \
            rate yourself (1 Again, 2 Hard, 3 Good, 4 Easy). Each module's next review is scheduled with FSRS-6. \
            Every review is saved as you go; Ctrl-C ends the session. Ctrl-T (or s at the end) shows your stats.
            With --plain, or when TERM is dumb or unset, or standard input or output is not a terminal, the review is \
            plain lines for a screen reader or a braille display: today's modules numbered, /practice N to answer one, \
            /show N, /stats, /quit; /help lists them.
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

    @OptionGroup var language: LanguageOption

    @OptionGroup var plain: PlainOption

    func validate() throws {
        let strings = MessageLanguage.strings()
        guard newPerDay >= 0 else {
            throw ValidationError(strings("cli.option.not_negative", ["option": "--new-per-day"]))
        }
        guard (0.7...0.99).contains(retention) else { throw ValidationError(strings("cli.option.retention")) }
    }

    func run() async throws {
        try await reportingUserErrors {
            // The settings first: a broken config.toml is said whatever the database holds.
            let chosenLanguage = try language.resolve()
            let moduleStore = try store.openExistingStore()
            let learner = store.userName
            let session = ReviewSession(
                store: moduleStore, learner: learner, scheduler: FSRSScheduler(desiredRetention: retention),
                fuzz: !noFuzz, language: chosenLanguage)
            let final: ReviewState
            if plain.isChosen {
                _ = try ThemeLibrary.load(theme)  // reported as for the TUI, though nothing is drawn
                final = try await session.runPlain(now: Date(), newPerDay: newPerDay)
            } else {
                final = try await session.run(now: Date(), newPerDay: newPerDay) {
                    () throws(UserError) -> (any TerminalBackend, Theme) in
                    try TerminalOptions.openTerminal(themeName: theme)
                }
            }
            if !final.results.isEmpty {
                print(
                    final.strings.count(
                        "review.reviewed_at_exit", final.results.count,
                        ["correct": final.correctCount, "name": learner, "path": moduleStore.path]))
            }
        }
    }
}

// The plain mode's state: the chat's own state, and what has been said of it line by line.

import TutorCore
import TutorUI

/// How the plain mode meets its input and output.
public struct PlainSettings: Sendable, Hashable {
    /// Print the learner's own lines with their name: when the input is a file or a pipe, so the
    /// output is the whole conversation. A terminal has already shown what was typed, and a
    /// screen reader would read it twice.
    public var echoesLearnerLines: Bool
    /// Read the next line only once the lessons of the last batch are announced (and, after
    /// `/end`, the summary printed): for a file or a pipe, so that a script's `/show 1` after its
    /// tenth message finds lesson 1. At a terminal the learner types whenever they like.
    public var waitsForAnalysis: Bool
    /// How long to wait with no news from the chat (no lesson, no summary) before going on
    /// without it: a stalled analyser must not hang `chattutor < answers.txt` for ever. Nil: no
    /// bound (at a terminal the learner is never kept waiting, and can quit).
    public var waitLimit: Duration?
    /// Play a replay at its recorded pace (`replay --speed`): when the output is a terminal. To a
    /// file or a pipe its lines are written at once.
    public var pacesReplay = true

    /// The default bound on a piped run's wait: longer than the model's idle timeouts, after
    /// which its stages have already gone to the built-in parts.
    public static let defaultWaitLimit = Duration.seconds(180)

    public init(echoesLearnerLines: Bool, waitsForAnalysis: Bool, waitLimit: Duration? = nil) {
        self.echoesLearnerLines = echoesLearnerLines
        self.waitsForAnalysis = waitsForAnalysis
        self.waitLimit = waitLimit
    }

    /// The settings for input that is (or is not) a terminal; a piped run waits at most `waitLimit`.
    public static func forInput(isTerminal: Bool, waitLimit: Duration = defaultWaitLimit) -> PlainSettings {
        PlainSettings(
            echoesLearnerLines: !isTerminal, waitsForAnalysis: !isTerminal, waitLimit: isTerminal ? nil : waitLimit)
    }
}

/// Answering one lesson's problems, one line each (`/practice N`).
struct PracticeRun: Hashable, Sendable {
    /// The module's index in `AppState.modules`.
    var moduleIndex: Int
    /// The lesson's number as the learner sees it.
    var number: Int
    var problemIndex = 0
    var rightCount = 0
}

/// Everything the plain mode knows: the TUI's `AppState` (changed only by TutorUI's `Reducer`,
/// so the conversation, saves and exports behave as in the TUI), and what of it has already
/// been printed.
public struct PlainState: Sendable {
    public var app: AppState
    public var settings: PlainSettings
    /// Entries of `app.entries` printed (or passed over) so far.
    var printedEntryCount = 0
    /// Lessons announced so far, as indices in `app.modules`, in the order they were numbered.
    var announcedLessons: [Int] = []
    /// How many lessons are announced.
    var announcedCount: Int { announcedLessons.count }
    /// Module rounds of the learner's batches that are over (their clustering reported).
    var roundsDone = 0
    /// Modules of the current round not yet validated or rejected.
    var outcomesAwaited = 0
    var practice: PracticeRun?
    /// Standard input has ended: the conversation ends, and the program quits after the summary.
    var inputEnded = false
    /// `/quit` warned once that lessons are unsaved; the next `/quit` leaves.
    var quitWarned = false
    /// Saves asked for and not yet finished: quitting waits for them, so a lesson the learner
    /// saved just before the input ended is kept.
    var savesRunning = 0
    /// The program quits once the running saves are done.
    var quitsAfterSaves = false
    /// The input had ended and the summary did not come within `settings.waitLimit`.
    public internal(set) var summaryTimedOut = false

    public init(app: AppState, settings: PlainSettings) {
        self.app = app
        // The notices the reducer shares with the TUI name keys (Ctrl-C); here commands.
        self.app.strings = app.strings.overridden(byKeysUnder: "plain.overrides.")
        self.settings = settings
    }

    /// Whether the program is done.
    public var isQuitting: Bool { app.isQuitting }

    /// The lessons in the order the learner numbers them (each an index in `app.modules`): the
    /// announced ones keep their numbers; the others follow in the TUI's list order
    /// (`app.visibleModules`: by message, place in it and rule, not in the order their analysis
    /// happened to finish), so the same input numbers them alike.
    var lessons: [Int] {
        let announced = Set(announcedLessons)
        return announcedLessons + app.visibleModules.filter { !announced.contains($0) }
    }

    /// The index in `app.modules` of lesson `number` (1 is the first), if it is there.
    func moduleIndex(ofLesson number: Int) -> Int? {
        let visible = lessons
        return visible.indices.contains(number - 1) ? visible[number - 1] : nil
    }

    /// How many messages the learner has written.
    var learnerMessageCount: Int { app.entries.filter { $0.speaker == app.learner }.count }
}

/// What reaches the plain program: a line the learner typed, the end of the input, or an event
/// of the chat (the engine, a timer, a finished save or export, the model interviewer).
public enum PlainEvent: Sendable {
    case line(String)
    case endOfInput
    case app(AppEvent)
    /// Nothing came from the chat for `PlainSettings.waitLimit` while the program waited for it.
    case waitTimedOut
}

/// What one event comes to: the lines to print, and the chat's effects to perform.
public struct PlainStep: Sendable, Hashable {
    public var lines: [String]
    public var effects: [AppEffect]

    public init(lines: [String] = [], effects: [AppEffect] = []) {
        self.lines = lines
        self.effects = effects
    }

    static func + (lhs: PlainStep, rhs: PlainStep) -> PlainStep {
        PlainStep(lines: lhs.lines + rhs.lines, effects: lhs.effects + rhs.effects)
    }

    static func += (lhs: inout PlainStep, rhs: PlainStep) { lhs = lhs + rhs }
}

// Everything the review screen shows, as one value.

import Foundation
import TerminalKit
import TutorCore

/// A module due for review, with the problem to ask this time.
public struct ReviewQueueEntry: Hashable, Sendable {
    /// The saved module's row id (what the store records the review against).
    public var savedModuleID: Int64
    public var module: TeachingModule
    /// Which of the module's problems to ask; the runner rotates it by review count.
    public var problemIndex: Int
    public var cardState: CardState
    public var note: String?
    public var tags: [String]

    public init(
        savedModuleID: Int64, module: TeachingModule, problemIndex: Int, cardState: CardState, note: String?,
        tags: [String]
    ) {
        self.savedModuleID = savedModuleID
        self.module = module
        self.problemIndex = problemIndex
        self.cardState = cardState
        self.note = note
        self.tags = tags
    }

    public var problem: Problem? {
        module.problems.indices.contains(problemIndex) ? module.problems[problemIndex] : module.problems.first
    }
}

/// Where the learner is with the current module.
public enum ReviewPhase: Hashable, Sendable {
    /// Typing an answer.
    case answering
    /// The answer is shown with the explanation; the rating comes next. `grade` is nil for
    /// rewrite problems, which the learner grades themself.
    case answered(given: String, grade: AnswerGrader.Grade?)
    /// Every module is done (or there was none).
    case summary
}

/// One module reviewed in this session.
public struct ReviewResult: Hashable, Sendable {
    public var savedModuleID: Int64
    public var rating: ReviewRating
    /// Nil for self-graded rewrite problems.
    public var answeredCorrectly: Bool?
    /// When it is due next, once the store has recorded the review.
    public var nextDue: Date?

    public init(savedModuleID: Int64, rating: ReviewRating, answeredCorrectly: Bool?, nextDue: Date? = nil) {
        self.savedModuleID = savedModuleID
        self.rating = rating
        self.answeredCorrectly = answeredCorrectly
        self.nextDue = nextDue
    }

    /// Right, or (self-graded) not forgotten.
    public var countsAsCorrect: Bool { answeredCorrectly ?? (rating != .again) }
}

/// The state of a review session. `ReviewReducer` changes it; `ReviewRenderer` draws it.
public struct ReviewState: Hashable, Sendable {
    public var size: TerminalSize
    public var theme: Theme
    /// The interface's words, in the language chosen (`--lang`, config, locale).
    public var strings = Strings.english
    public var userName: String
    /// The latest time the runner told (the session's start, then each review's time): due
    /// times are told relative to it.
    public var now: Date
    public var queue: [ReviewQueueEntry]
    public var index = 0
    public var phase: ReviewPhase
    public var answer = InputLine()
    /// What the grader makes of the rewrite just answered (self-rated), once the analyser has
    /// read it when it needs to: a hint beside the model answer, never a rating.
    public var rewriteReading: AnswerGrader.Grade?
    public var results: [ReviewResult] = []
    /// The next due time of the learner's modules when none is due now (for the empty screen).
    public var nextDueLater: Date?
    /// The stats view is open; `stats` is nil until they are loaded.
    public var showsStats = false
    public var stats: ReviewStats?
    /// The note (`n`) or tags (`t`) being edited, or nil.
    public var editor: AnnotationEditor?
    /// A short message in the status bar.
    public var notice: String?
    public var isQuitting = false

    public init(
        size: TerminalSize, theme: Theme, userName: String, now: Date, queue: [ReviewQueueEntry],
        nextDueLater: Date? = nil
    ) {
        self.size = size
        self.theme = theme
        self.userName = userName
        self.now = now
        self.queue = queue
        self.nextDueLater = nextDueLater
        phase = queue.isEmpty ? .summary : .answering
    }

    public var current: ReviewQueueEntry? { queue.indices.contains(index) ? queue[index] : nil }
    public var correctCount: Int { results.filter(\.countsAsCorrect).count }
    /// The earliest next review among this session's modules.
    public var nextDue: Date? { results.compactMap(\.nextDue).min() }
    public var isTooSmall: Bool {
        size.columns < AppState.minimumSize.columns || size.rows < AppState.minimumSize.rows
    }
}

/// Editing the current module's note or tags on one line.
public struct AnnotationEditor: Hashable, Sendable {
    public enum Field: Hashable, Sendable {
        case note
        /// Comma-separated.
        case tags
    }

    public var field: Field
    public var line: InputLine

    public init(field: Field, line: InputLine) {
        self.field = field
        self.line = line
    }

    /// Tags typed as "a, b, A": trimmed, empty ones dropped, the first spelling of each kept.
    public static func tags(from text: String) -> [String] {
        var tags: [String] = []
        for tag in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !tag.isEmpty {
            if !tags.contains(where: { $0.caseInsensitiveCompare(tag) == .orderedSame }) { tags.append(tag) }
        }
        return tags
    }
}

/// Everything that reaches `ReviewReducer.reduce`.
public enum ReviewEvent: Sendable {
    case input(InputEvent)
    case resize(TerminalSize)
    /// The store recorded a review made at `reviewedAt`; the module is next due at `due`.
    case recorded(savedModuleID: Int64, reviewedAt: Date, due: Date)
    /// A review, note or stats request failed; the message says why.
    case storeFailed(String)
    case statsLoaded(ReviewStats)
    /// The analyser read a rewrite (`ReviewEffect.checkAnswer`): its findings, or nil when
    /// there is no analyser to ask.
    case answerChecked(AnswerCheck, findings: [Finding]?)
    /// The terminal went away or a signal asked to quit.
    case terminate
}

/// Work the reducer asks for; the runner performs it and may send events back.
public enum ReviewEffect: Hashable, Sendable {
    /// Schedule the module with this rating and log the review.
    case record(savedModuleID: Int64, rating: ReviewRating, problemIndex: Int, answeredCorrectly: Bool?)
    /// Replace the module's note and tags.
    case annotate(savedModuleID: Int64, note: String?, tags: [String])
    case loadStats
    /// Read a rewrite with the built-in analyser; `answerChecked` brings the findings back.
    case checkAnswer(AnswerCheck)
    case quit
}

// `review --plain`: today's saved modules as a numbered list, practised by command, graded by the review's reducer.

import Foundation
import TerminalKit
import TutorCore
import TutorUI

/// The plain review's state: the TUI's `ReviewState` (changed only by `ReviewReducer`, so
/// grading, rating and recording are the TUI's), and which module is being practised.
public struct PlainReviewState: Sendable {
    public var review: ReviewState
    /// The queue index of the module being practised, or nil at the list.
    var practising: Int?
    /// The queue index of the module rated last, which `/note` and `/tags` annotate until
    /// another is practised.
    var lastRated: Int?

    public init(review: ReviewState) {
        self.review = review
    }

    /// Whether the module at queue `index` was reviewed in this session.
    func isReviewed(_ index: Int) -> Bool {
        review.results.contains { $0.savedModuleID == review.queue[index].savedModuleID }
    }

    /// The first module of the list not reviewed yet.
    var nextUnreviewed: Int? { review.queue.indices.first { !isReviewed($0) } }
}

/// What reaches the plain review: a line, the end of the input, or the store's answer to an effect.
public enum PlainReviewEvent: Sendable {
    case line(String)
    case endOfInput
    case review(ReviewEvent)
}

/// One step's lines to print and the review's effects to perform.
public struct PlainReviewStep: Sendable, Hashable {
    public var lines: [String]
    public var effects: [ReviewEffect]

    public init(lines: [String] = [], effects: [ReviewEffect] = []) {
        self.lines = lines
        self.effects = effects
    }
}

/// The screen-reader-friendly review (`review --plain`): the modules due today listed with
/// numbers, and commands for what the TUI does with keys: `/show N`, `/practice N` (an answer
/// a line, graded and then rated as in the TUI), `/note` and `/tags` on the module being
/// practised or the one just rated, `/list`, `/stats`, `/help`, `/quit`. Each
/// answer and rating goes through `ReviewReducer`, so the schedule is the TUI's. Pure.
public enum PlainReviewProgram {
    /// The opening lines: who, how many, the list (or when the next review is).
    public static func start(_ state: inout PlainReviewState) -> PlainReviewStep {
        let review = state.review
        let strings = review.strings
        guard !review.queue.isEmpty else {
            state.review.isQuitting = true
            var lines = [strings("plain.review.nothing", ["name": review.userName])]
            if let later = review.nextDueLater {
                lines.append(
                    strings("review.next_review", ["when": ReviewRenderer.describe(later, from: review.now, strings)]))
            } else {
                lines.append(strings("review.save_first"))
            }
            return PlainReviewStep(lines: lines)
        }
        let opening = strings.count("plain.review.welcome", review.queue.count, ["name": review.userName])
        return PlainReviewStep(lines: [opening] + list(state) + [strings("plain.review.hint")])
    }

    /// Applies one event: a line is an answer, a rating or a command; the end of the input quits.
    public static func reduce(_ state: inout PlainReviewState, _ event: PlainReviewEvent) -> PlainReviewStep {
        switch event {
        case .line(let line):
            return handle(line: line, &state)
        case .endOfInput:
            return quit(&state)
        case .review(let event):
            return handle(event, &state)
        }
    }

    // MARK: - The store's answers

    static func handle(_ event: ReviewEvent, _ state: inout PlainReviewState) -> PlainReviewStep {
        let strings = state.review.strings
        _ = ReviewReducer.reduce(&state.review, event)
        var lines: [String] = []
        switch event {
        case .recorded(let id, _, let due):
            guard let index = state.review.queue.firstIndex(where: { $0.savedModuleID == id }) else { break }
            lines.append(
                strings(
                    "plain.review.recorded",
                    ["number": index + 1, "when": ReviewRenderer.describe(due, from: state.review.now, strings)]))
            if let next = state.nextUnreviewed {
                lines.append(strings("plain.review.next", ["number": next + 1]))
            } else {
                lines += summary(state)
            }
        case .statsLoaded(let stats):
            // The TUI's stats view stays closed: the next line is an answer or a command.
            state.review.showsStats = false
            lines += statsLines(stats, strings)
        case .answerChecked:
            if let index = state.practising { lines += answeredLines(index, state) }
        default:
            break
        }
        return PlainReviewStep(lines: lines + notice(&state))
    }

    // MARK: - Lines

    static func handle(line: String, _ state: inout PlainReviewState) -> PlainReviewStep {
        let text = line.trimmingCharacters(in: .whitespaces)
        let strings = state.review.strings
        if let index = state.practising, !text.hasPrefix("/") {
            return state.review.phase == .answering ? answer(text, index, &state) : rate(text, &state)
        }
        guard !text.isEmpty else { return PlainReviewStep() }
        guard text.hasPrefix("/") else { return PlainReviewStep(lines: [strings("plain.review.not_practising")]) }
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        let command = words[0].lowercased()
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        switch command {
        case "/help", "/?":
            return PlainReviewStep(lines: strings("plain.review.help").split(separator: "\n").map(String.init))
        case "/list", "/lessons":
            return PlainReviewStep(lines: list(state))
        case "/show", "/practice":
            return moduleCommand(command, argument, &state)
        case "/stop", "/skip":
            guard state.practising != nil else {
                return PlainReviewStep(lines: [strings("plain.practice.not_practising")])
            }
            state.practising = nil
            state.lastRated = nil
            state.review.phase = .answering
            return PlainReviewStep(lines: [strings("plain.review.stopped")])
        case "/note", "/tags":
            return annotate(command == "/note" ? .note : .tags, argument, &state)
        case "/stats":
            state.review.showsStats = false
            return PlainReviewStep(effects: ReviewReducer.reduce(&state.review, .input(.control("t"))))
        case "/quit":
            return quit(&state)
        default:
            return PlainReviewStep(lines: [strings("plain.unknown", ["command": String(command.prefix(20))])])
        }
    }

    /// `/show N` and `/practice N` (`/practice` alone: the first module not reviewed yet).
    static func moduleCommand(_ command: String, _ argument: String, _ state: inout PlainReviewState) -> PlainReviewStep
    {
        let strings = state.review.strings
        let count = state.review.queue.count
        let number: Int
        if argument.isEmpty, command == "/practice", let next = state.nextUnreviewed {
            number = next + 1
        } else if let given = Int(argument) {
            number = given
        } else {
            return PlainReviewStep(lines: [strings("plain.review.usage_number", ["command": command])])
        }
        guard (1...count).contains(number) else {
            return PlainReviewStep(lines: [strings.count("plain.review.no_such_module", count, ["number": number])])
        }
        let index = number - 1
        if command == "/show" {
            return PlainReviewStep(lines: show(state.review.queue[index], number: number, strings))
        }
        guard !state.isReviewed(index) else {
            return PlainReviewStep(lines: [strings("plain.review.already", ["number": number])])
        }
        state.practising = index
        state.review.index = index
        state.review.phase = .answering
        state.review.answer = InputLine()
        return PlainReviewStep(lines: problem(state.review.queue[index], number: number, strings))
    }

    /// An answer typed while practising: given to the reducer as the TUI's input and Enter.
    /// A rewrite the analyser must read first is said once its findings are back (`checked`).
    static func answer(_ text: String, _ index: Int, _ state: inout PlainReviewState) -> PlainReviewStep {
        _ = ReviewReducer.reduce(&state.review, .input(.paste(text)))
        let effects = ReviewReducer.reduce(&state.review, .input(.key(.enter, [])))
        guard case .answered = state.review.phase else {
            return PlainReviewStep(lines: notice(&state))
        }
        let checks = effects.filter { if case .checkAnswer = $0 { true } else { false } }
        return checks.isEmpty ? PlainReviewStep(lines: answeredLines(index, state)) : PlainReviewStep(effects: checks)
    }

    /// What is said of the answer just given to the problem at `index`.
    static func answeredLines(_ index: Int, _ state: PlainReviewState) -> [String] {
        guard case .answered(let given, let grade) = state.review.phase else { return [] }
        let strings = state.review.strings
        return answered(
            state.review.queue[index], given: given, grade: grade,
            hint: state.review.rewriteReading?.rewriteHint(strings),
            strings)
    }

    /// A rating after the answer: a number from 1 to 4, or an empty line for the grade's own.
    static func rate(_ text: String, _ state: inout PlainReviewState) -> PlainReviewStep {
        // Only a rating reaches the reducer: its other keys there (n, t) open the TUI's editors.
        let isRating = text.count == 1 && Int(text).flatMap(ReviewRating.init(rawValue:)) != nil
        let effects =
            text.isEmpty || isRating
            ? ReviewReducer.reduce(&state.review, .input(text.isEmpty ? .key(.enter, []) : .text(text))) : []
        guard !effects.isEmpty else {
            if state.review.notice == nil { state.review.notice = state.review.strings("review.notice.rate") }
            return PlainReviewStep(lines: notice(&state))
        }
        state.lastRated = state.practising
        state.practising = nil
        return PlainReviewStep(effects: effects)
    }

    /// `/note TEXT` and `/tags A, B`: on the module being practised (before or after its
    /// answer), else on the one rated last; stored as the TUI's editors store them. An empty
    /// text removes the note or the tags.
    static func annotate(_ field: AnnotationEditor.Field, _ text: String, _ state: inout PlainReviewState)
        -> PlainReviewStep
    {
        let strings = state.review.strings
        guard let index = state.practising ?? state.lastRated else {
            return PlainReviewStep(lines: [strings("plain.review.annotate_when")])
        }
        let cleaned = TextSanitizer.sanitize(text, keepNewlines: false).trimmingCharacters(in: .whitespaces)
        let effects = ReviewReducer.annotate(field, cleaned, at: index, &state.review)
        state.review.notice = nil  // the line below says it, with the module's number
        let key =
            switch field {
            case .note: cleaned.isEmpty ? "plain.review.note_removed" : "plain.review.note_saved"
            case .tags: cleaned.isEmpty ? "plain.review.tags_removed" : "plain.review.tags_saved"
            }
        return PlainReviewStep(lines: [strings(key, ["number": index + 1])], effects: effects)
    }

    static func quit(_ state: inout PlainReviewState) -> PlainReviewStep {
        state.practising = nil
        return PlainReviewStep(effects: ReviewReducer.reduce(&state.review, .terminate))
    }

    /// The reducer's notice as a line, once.
    static func notice(_ state: inout PlainReviewState) -> [String] {
        defer { state.review.notice = nil }
        return state.review.notice.map { [TextSanitizer.printable($0)] } ?? []
    }
}

// Draws the review session: the problem, the answer and explanation, the summary, the stats.

import Foundation
import TerminalKit
import TutorCore

/// Renders a `ReviewState` into a `ScreenBuffer` and says where the cursor goes. Pure.
public enum ReviewRenderer {
    /// The review screen for `state` at `state.size`, and the cursor's place in the answer or
    /// note being typed, or nil to hide it.
    public static func render(_ state: ReviewState) -> (screen: ScreenBuffer, cursor: CursorPosition?) {
        var screen = ScreenBuffer(size: state.size)
        guard !state.isTooSmall else {
            Renderer.drawTooSmall(size: state.size, theme: state.theme, strings: state.strings, &screen)
            return (screen, nil)
        }
        let theme = state.theme
        let width = state.size.columns
        drawTitle(state, on: &screen)
        let body = Rect(column: 2, row: 2, width: width - 4, height: state.size.rows - 4)
        var cursor: CursorPosition?
        if state.showsStats {
            screen.draw(
                ReviewStatsView.lines(state.stats, theme: theme, strings: state.strings, width: body.width), in: body)
        } else {
            switch state.phase {
            case .summary:
                screen.draw(summaryLines(state, width: body.width), in: body)
            case .answering:
                var lines = problemLines(state, width: body.width)
                let prompt = state.strings("review.your_answer")
                let (visible, cursorColumn) = inputView(state.answer, width: body.width - DisplayWidth.of(prompt) - 1)
                lines.append(StyledLine([(prompt, theme[.accent]), (visible, theme[.text])]))
                screen.draw(lines, in: body)
                if lines.count <= body.height {
                    cursor = CursorPosition(
                        column: body.column + DisplayWidth.of(prompt) + cursorColumn, row: body.row + lines.count - 1)
                }
            case .answered(let given, let grade):
                // When it all does not fit, the problem gives way to the answer and explanation.
                let problem = problemLines(state, width: body.width)
                let all = problem + answerLines(state, given: given, grade: grade, width: body.width)
                screen.draw(Array(all.dropFirst(min(problem.count, max(0, all.count - body.height)))), in: body)
            }
        }
        if let editor = state.editor {
            cursor = drawEditor(editor, state, on: &screen)
        }
        drawStatusBar(state, on: &screen)
        return (screen, cursor)
    }

    static func drawTitle(_ state: ReviewState, on screen: inout ScreenBuffer) {
        let theme = state.theme
        screen.paint(Rect(column: 0, row: 0, width: state.size.columns, height: 1), style: theme[.statusBar])
        let strings = state.strings
        var title = strings("review.title", ["name": state.userName])
        if state.showsStats {
            title += strings("review.title_stats")
        } else if let entry = state.current, state.phase != .summary {
            title += strings(
                "review.title_progress",
                [
                    "index": state.index + 1, "total": state.queue.count,
                    "state": strings("review.card.\(String(describing: entry.cardState))"),
                ])
        }
        screen.write(
            TextWrapping.truncate(title, width: state.size.columns), column: 0, row: 0, style: theme[.statusBar])
    }

    static func drawStatusBar(_ state: ReviewState, on screen: inout ScreenBuffer) {
        let theme = state.theme
        let row = state.size.rows - 1
        screen.paint(Rect(column: 0, row: row, width: state.size.columns, height: 1), style: theme[.statusBar])
        let hints: String
        if state.editor != nil {
            hints = "editor"
        } else if state.showsStats {
            hints = "stats"
        } else {
            switch state.phase {
            case .answering: hints = "answering"
            case .answered(_, let grade):
                switch grade {
                case .none: hints = "self_grade"
                case .some(let grade) where grade.isCorrect: hints = "right"
                case .some: hints = "wrong"
                }
            case .summary: hints = "summary"
            }
        }
        let text = TextWrapping.truncate(
            " " + (state.notice ?? state.strings("review.hints.\(hints)")), width: state.size.columns)
        screen.write(text, column: 0, row: row, style: state.notice == nil ? theme[.statusBar] : theme[.statusAccent])
    }

    // MARK: - The problem and the answer

    static func problemLines(_ state: ReviewState, width: Int) -> [StyledLine] {
        guard let entry = state.current, let problem = entry.problem else { return [] }
        let theme = state.theme
        var lines = [
            StyledLine(state.strings.bothOnOneLine(entry.module.focus.label), theme[.dim]), StyledLine(),
        ]
        // The instruction in the interface's language first, the other under it.
        let instruction = state.strings.both(problem.instruction)
        lines += StyledLine.wrapped(instruction[0], style: theme[.text], width: width)
        lines += StyledLine.wrapped(instruction[1], style: theme[.dim], width: width)
        lines.append(StyledLine())
        lines += StyledLine.wrapped(problem.text, style: theme[.title], width: width, prefix: ("  ", theme[.title]))
        if let choices = problem.choices {
            lines.append(StyledLine())
            for (number, choice) in choices.enumerated() {
                lines += StyledLine.wrapped(
                    choice, style: theme[.text], width: width, prefix: ("  \(number + 1)) ", theme[.accent]))
            }
        }
        lines.append(StyledLine())
        return lines
    }

    static func answerLines(_ state: ReviewState, given: String, grade: AnswerGrader.Grade?, width: Int) -> [StyledLine]
    {
        guard let entry = state.current, let problem = entry.problem else { return [] }
        let theme = state.theme
        let module = entry.module
        let strings = state.strings
        var lines: [StyledLine] = []
        let shownAnswer = given.isEmpty ? strings("review.none") : problem.shownAnswer(given)
        lines += StyledLine.wrapped(
            shownAnswer, style: theme[.text], width: width, prefix: (strings("review.your_answer"), theme[.accent]))
        switch grade {
        case .correct?:
            lines.append(StyledLine(strings("review.right"), theme[.success]))
        case .correctWithTypo(let expected)?:
            lines += StyledLine.wrapped(
                strings("review.right_typo", ["expected": expected]), style: theme[.success], width: width,
                prefix: ("✓ ", theme[.success]))
        case .taughtErrorFixed(let fullCorrection)?:
            lines += StyledLine.wrapped(
                strings("review.right_for_lesson", ["full": fullCorrection]), style: theme[.success], width: width,
                prefix: ("✓ ", theme[.success]))
        case .taughtErrorFixedWithChanges?, .taughtErrorFixedWithErrors?:
            lines += StyledLine.wrapped(
                strings("review.right_with_changes", ["unchecked": grade?.ownChangesNote(strings) ?? ""]),
                style: theme[.success], width: width, prefix: ("✓ ", theme[.success]))
        case .incorrect?:
            lines += StyledLine.wrapped(
                strings("review.wrong", ["answer": problem.shownAnswer(problem.answer)]), style: theme[.error],
                width: width,
                prefix: ("✗ ", theme[.error]))
        case nil:
            lines += StyledLine.wrapped(
                problem.shownAnswer(problem.answer), style: theme[.success], width: width,
                prefix: (strings("review.model_answer"), theme[.accent]))
            if let hint = state.rewriteReading?.rewriteHint(strings) {
                lines += StyledLine.wrapped(hint, style: theme[.dim], width: width)
            }
        }
        lines.append(StyledLine())
        lines += StyledLine.wrapped(
            module.utterance.text, style: theme[.dim], width: width, prefix: (strings("review.you_said"), theme[.dim]))
        lines += StyledLine.wrapped(
            module.correctedSentence, style: theme[.text], width: width,
            prefix: (strings("review.better"), theme[.accent]))
        lines.append(StyledLine())
        // The explanation in the interface's language first, the other under it.
        let explanation = strings.both(module.explanation)
        lines += StyledLine.wrapped(explanation[0], style: theme[.text], width: width)
        lines += StyledLine.wrapped(explanation[1], style: theme[.dim], width: width)
        if entry.note != nil || !entry.tags.isEmpty { lines.append(StyledLine()) }
        if let note = entry.note {
            lines += StyledLine.wrapped(
                note, style: theme[.text], width: width, prefix: (strings("review.your_note"), theme[.accent]))
        }
        if !entry.tags.isEmpty {
            lines += StyledLine.wrapped(
                entry.tags.joined(separator: ", "), style: theme[.text], width: width,
                prefix: (strings("review.tags"), theme[.accent]))
        }
        return lines
    }

    /// The part of the input that fits, and the cursor's column in it.
    static func inputView(_ input: InputLine, width: Int) -> (text: String, cursorColumn: Int) {
        var start = 0
        let characters = input.characters
        while start < input.cursor, DisplayWidth.of(String(characters[start..<input.cursor])) > max(1, width) {
            start += 1
        }
        let visible = TextWrapping.truncate(String(characters[start...]), width: max(1, width), ellipsis: "")
        return (visible, DisplayWidth.of(String(characters[start..<input.cursor])))
    }

    static func drawEditor(_ editor: AnnotationEditor, _ state: ReviewState, on screen: inout ScreenBuffer)
        -> CursorPosition?
    {
        let theme = state.theme
        let row = state.size.rows - 3
        let rect = Rect(column: 0, row: row - 1, width: state.size.columns, height: 2)
        screen.paint(rect, style: theme[.text])
        let title = state.strings(editor.field == .note ? "review.note_editor" : "review.tags_editor")
        screen.write(
            TextWrapping.truncate(title, width: state.size.columns - 2), column: 2, row: row - 1, style: theme[.accent])
        let prompt = "> "
        let (visible, column) = inputView(editor.line, width: state.size.columns - 6)
        screen.write(prompt + visible, column: 2, row: row, style: theme[.text])
        return CursorPosition(column: 2 + DisplayWidth.of(prompt) + column, row: row)
    }

    // MARK: - Summary

    static func summaryLines(_ state: ReviewState, width: Int) -> [StyledLine] {
        let theme = state.theme
        let strings = state.strings
        guard !state.results.isEmpty else {
            var lines = [StyledLine(strings("review.nothing"), theme[.title]), StyledLine()]
            if let next = state.nextDueLater {
                lines.append(
                    StyledLine(
                        strings("review.next_review", ["when": describe(next, from: state.now, strings)]),
                        theme[.text]))
            } else {
                lines += StyledLine.wrapped(strings("review.save_first"), style: theme[.text], width: width)
            }
            return lines
        }
        var lines = [StyledLine(strings("review.summary"), theme[.title]), StyledLine()]
        let reviewed = state.results.count
        lines.append(
            StyledLine([
                (strings("review.reviewed"), theme[.accent]), (strings.count("review.modules", reviewed), theme[.text]),
            ]))
        lines.append(
            StyledLine([
                (strings("review.correct"), theme[.accent]),
                (strings("review.correct_count", ["correct": state.correctCount, "total": reviewed]), theme[.text]),
            ]))
        let next = state.nextDue.map { describe($0, from: state.now, strings) } ?? strings("review.being_saved")
        lines.append(StyledLine([(strings("review.next_due"), theme[.accent]), (next, theme[.text])]))
        lines.append(StyledLine())
        for (result, entry) in zip(state.results, state.queue) {
            let mark = result.countsAsCorrect ? "✓" : "✗"
            let due = result.nextDue.map { strings("review.next", ["when": describe($0, from: state.now, strings)]) }
            let label = TextWrapping.truncate(strings.pick(entry.module.focus.label), width: max(10, width / 2))
            let rating = strings("review.rating.\(String(describing: result.rating))")
            lines.append(
                StyledLine([
                    ("\(mark) ", result.countsAsCorrect ? theme[.success] : theme[.error]),
                    (label, theme[.text]), ("  \(rating)  \(due ?? "")", theme[.dim]),
                ]))
        }
        return lines
    }

    /// A due time in words, relative to `now`: "now", "in under a minute", "in 10 minutes",
    /// "in 3 days".
    public static func describe(_ date: Date, from now: Date, _ strings: Strings = .english) -> String {
        let seconds = date.timeIntervalSince(now)
        if seconds <= 0 { return strings("review.when.now") }
        if seconds < 60 { return strings("review.when.under_a_minute") }
        let minutes = Int((seconds / 60).rounded())
        if minutes < 60 { return strings.count("review.when.minutes", minutes) }
        let hours = Int((seconds / 3_600).rounded())
        if hours < 24 { return strings.count("review.when.hours", hours) }
        return strings.count("review.when.days", Int((seconds / 86_400).rounded()))
    }
}

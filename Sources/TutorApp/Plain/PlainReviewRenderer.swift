// What the plain review prints: the list, a module, a problem, an answer's grade, the stats, as lines.

import Foundation
import TutorCore
import TutorUI

extension PlainReviewProgram {
    /// The modules due today, one a line: number, what it teaches, the change, its card state,
    /// and whether it was reviewed in this session.
    static func list(_ state: PlainReviewState) -> [String] {
        let strings = state.review.strings
        return state.review.queue.indices.map { index in
            let entry = state.review.queue[index]
            let focus = entry.module.focus
            var line = strings(
                "plain.lesson_line",
                [
                    "number": index + 1, "label": inline(strings.pick(focus.label)), "original": inline(focus.original),
                    "correction": focus.correction.isEmpty ? strings("plain.delete") : inline(focus.correction),
                ])
            line += " (" + strings("review.card.\(String(describing: entry.cardState))") + ")"
            if state.isReviewed(index) { line += " " + strings("plain.review.reviewed_mark") }
            return line
        }
    }

    /// `/show N`: the module as the review shows it after an answer, with the learner's note and tags.
    static func show(_ entry: ReviewQueueEntry, number: Int, _ strings: Strings) -> [String] {
        let module = entry.module
        var lines = [
            PlainRenderer.title(module, number: number, strings),
            strings("plain.show.wrote", ["text": inline(module.utterance.text)]),
            strings("plain.show.better", ["text": inline(module.correctedSentence)]),
        ]
        lines += explanation(module, strings)
        lines += PlainRenderer.tips(module, strings)
        lines += annotations(entry, strings)
        lines.append(strings("plain.review.show_practice", ["number": number]))
        return lines
    }

    /// `/practice N`: the problem to answer (or, for a module without one, how to rate it).
    static func problem(_ entry: ReviewQueueEntry, number: Int, _ strings: Strings) -> [String] {
        let module = entry.module
        let title = strings(
            "plain.review.practice", ["number": number, "label": inline(strings.pick(module.focus.label))])
        guard let problem = entry.problem else { return [title, strings("plain.review.no_problem")] }
        var lines = [title, inline(strings.pick(problem.instruction))]
        lines.append(inline(problem.text).replacingOccurrences(of: Problem.blank, with: strings("plain.blank")))
        if let choices = problem.choices {
            for (index, choice) in choices.enumerated() {
                lines.append(strings("plain.practice.choice", ["number": index + 1, "text": inline(choice)]))
            }
        }
        lines.append(strings(problem.kind == .rewrite ? "plain.review.type_rewrite" : "plain.review.type_answer"))
        return lines
    }

    /// The grade of an answer (✓ or ✗ with what was typed, or the model answer to rate oneself
    /// against, and the grader's `hint` on it), the explanation, and how to rate.
    static func answered(
        _ entry: ReviewQueueEntry, given: String, grade: AnswerGrader.Grade?, hint: String? = nil, _ strings: Strings
    ) -> [String] {
        let module = entry.module
        let problem = entry.problem
        let shown = given.isEmpty ? strings("review.none") : inline(problem?.shownAnswer(given) ?? given)
        let answer = PlainRenderer.closed(problem.map { $0.shownAnswer($0.answer) } ?? module.correctedSentence)
        var lines: [String] = []
        switch grade {
        case .correct?:
            lines.append(strings("plain.practice.right", ["given": shown]))
        case .correctWithTypo(let expected)?:
            lines.append(strings("plain.practice.typo", ["given": shown, "expected": PlainRenderer.closed(expected)]))
        case .taughtErrorFixed(let full)?:
            lines.append(strings("plain.practice.taught", ["given": shown, "full": PlainRenderer.closed(full)]))
        case .taughtErrorFixedWithChanges?, .taughtErrorFixedWithErrors?:
            lines.append(
                strings(
                    "plain.practice.taught_changed",
                    ["given": shown, "unchecked": grade?.ownChangesNote(strings) ?? ""]))
        case .incorrect?:
            lines.append(strings("plain.practice.wrong", ["given": shown, "answer": answer]))
        case nil:
            lines.append(strings("plain.review.model_answer", ["answer": answer, "given": shown]))
            if let hint { lines.append(hint) }
        }
        lines.append(strings("plain.show.better", ["text": inline(module.correctedSentence)]))
        lines += explanation(module, strings)
        lines += annotations(entry, strings)
        switch grade {
        case .incorrect?: lines.append(strings("plain.review.rate_wrong"))
        case .some: lines.append(strings("plain.review.rate_right"))
        case nil: lines.append(strings("plain.review.rate_yourself"))
        }
        return lines
    }

    /// The end of the list: how many reviewed, how many right, when the next is due.
    static func summary(_ state: PlainReviewState) -> [String] {
        let review = state.review
        let strings = review.strings
        var lines = [
            strings.count("plain.review.done", review.results.count, ["correct": review.correctCount])
        ]
        if let next = review.nextDue {
            lines.append(
                strings("review.next_review", ["when": ReviewRenderer.describe(next, from: review.now, strings)]))
        }
        lines.append(strings("plain.review.done_actions"))
        return lines
    }

    /// `/stats`, one figure a line; the reviews per day as numbers, oldest first.
    static func statsLines(_ stats: ReviewStats, _ strings: Strings) -> [String] {
        let retention = stats.retentionText(strings)
        let label = { (key: String) in strings("review.stats.\(key)").trimmingCharacters(in: .whitespaces) + " " }
        return [
            strings("review.stats.title"),
            label("due_today") + "\(stats.dueToday)",
            label("new") + "\(stats.newCount)",
            label("retention_label") + retention,
            label("reviews") + strings("review.stats.reviews_count", ["count": stats.totalReviews]),
            strings("review.stats.per_day", ["count": stats.reviewsPerDay.count]) + ": "
                + stats.reviewsPerDay.map(String.init).joined(separator: " "),
        ]
    }

    /// The explanation in the interface's language first, then the other.
    static func explanation(_ module: TeachingModule, _ strings: Strings) -> [String] {
        PlainRenderer.bothLanguages(module.explanation, strings)
    }

    /// The learner's note and tags on the module, if any.
    static func annotations(_ entry: ReviewQueueEntry, _ strings: Strings) -> [String] {
        var lines: [String] = []
        if let note = entry.note { lines.append(strings("plain.review.note", ["text": inline(note)])) }
        if !entry.tags.isEmpty {
            lines.append(strings("plain.review.tags", ["text": inline(entry.tags.joined(separator: ", "))]))
        }
        return lines
    }

    static func inline(_ text: String) -> String { TextSanitizer.printable(text) }
}

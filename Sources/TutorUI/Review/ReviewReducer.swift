// The review session as a pure state machine: keys in, state and effects out.

import TerminalKit
import TutorCore

/// Changes a `ReviewState` for one event and says what the runner must do. Pure.
public enum ReviewReducer {
    /// Applies one event (a key or paste, a resize, the store's answer) to `state` and returns
    /// the effects the runner must carry out (record a rating, update a note or tags, load the
    /// stats, quit).
    public static func reduce(_ state: inout ReviewState, _ event: ReviewEvent) -> [ReviewEffect] {
        switch event {
        case .resize(let size):
            state.size = size
            return []
        case .terminate:
            state.isQuitting = true
            return [.quit]
        case .recorded(let id, let reviewedAt, let due):
            state.now = max(state.now, reviewedAt)
            if let index = state.results.lastIndex(where: { $0.savedModuleID == id }) {
                state.results[index].nextDue = due
            }
            return []
        case .storeFailed(let message):
            state.notice = message
            return []
        case .statsLoaded(let stats):
            state.stats = stats
            return []
        case .answerChecked(let check, let findings):
            guard case .answered(let given, nil) = state.phase, given == check.text, let entry = state.current,
                entry.module.id == check.moduleID, entry.problemIndex == check.problemIndex, let problem = entry.problem
            else { return [] }
            state.rewriteReading = AnswerGrader.grade(given, for: problem, in: entry.module, answerFindings: findings)
            return []
        case .input(let input):
            state.notice = nil
            return handle(input, &state)
        }
    }

    static func handle(_ input: InputEvent, _ state: inout ReviewState) -> [ReviewEffect] {
        if input == .control("c") {
            state.isQuitting = true
            return [.quit]
        }
        if state.editor != nil { return edit(input, &state) }
        if input == .control("t"), !state.showsStats { return openStats(&state) }
        if state.showsStats {
            switch input {
            case .key(.escape, _), .text("s"), .text("t"): state.showsStats = false
            case .text("q"): return quit(&state)
            default: break
            }
            return []
        }
        switch state.phase {
        case .answering: return answering(input, &state)
        case .answered(_, let grade): return answered(input, grade: grade, &state)
        case .summary:
            switch input {
            case .text("s"), .text("t"): return openStats(&state)
            case .text("q"), .key(.escape, _), .key(.enter, _): return quit(&state)
            default: return []
            }
        }
    }

    static func answering(_ input: InputEvent, _ state: inout ReviewState) -> [ReviewEffect] {
        switch input {
        case .text(let text): state.answer.insert(text)
        case .paste(let text): state.answer.insert(TextSanitizer.sanitize(text, keepNewlines: false))
        case .key(.backspace, _): state.answer.backspace()
        case .key(.delete, _): state.answer.deleteForward()
        case .key(.left, _): state.answer.moveLeft()
        case .key(.right, _): state.answer.moveRight()
        case .key(.home, _), .control("a"): state.answer.moveToLineStart()
        case .key(.end, _), .control("e"): state.answer.moveToLineEnd()
        case .control("u"): state.answer.deleteToLineStart()
        case .control("w"): state.answer.deleteWordBackward()
        case .key(.enter, _): return submit(&state)
        case .key(.escape, _):
            state.notice = state.strings("review.notice.escape")
        default: break
        }
        return []
    }

    static func submit(_ state: inout ReviewState) -> [ReviewEffect] {
        guard let entry = state.current else { return [] }
        let given = state.answer.text.trimmedSpaces
        state.rewriteReading = nil
        guard let problem = entry.problem, problem.kind != .rewrite else {
            // Self-graded (a rewrite, or a module without problems): an empty answer just
            // reveals the model answer; a rewrite is read by the grader for a hint, with the
            // analyser when the grader needs it.
            state.phase = .answered(given: given, grade: nil)
            state.answer = InputLine()
            guard let problem = entry.problem, !given.isEmpty else { return [] }
            if AnswerGrader.needsAnalysis(given, for: problem, in: entry.module) {
                return [
                    .checkAnswer(AnswerCheck(moduleID: entry.module.id, problemIndex: entry.problemIndex, text: given))
                ]
            }
            state.rewriteReading = AnswerGrader.grade(given, for: problem, in: entry.module)
            return []
        }
        guard !given.isEmpty else {
            state.notice =
                state.strings(problem.kind == .multipleChoice ? "review.notice.choice" : "review.notice.blank")
            return []
        }
        state.phase = .answered(given: given, grade: AnswerGrader.grade(given, for: problem, in: entry.module))
        state.answer = InputLine()
        return []
    }

    static func answered(_ input: InputEvent, grade: AnswerGrader.Grade?, _ state: inout ReviewState) -> [ReviewEffect]
    {
        let chosen: ReviewRating?
        switch input {
        case .text(let text) where text.count == 1 && Int(text).flatMap(ReviewRating.init(rawValue:)) != nil:
            chosen = Int(text).flatMap(ReviewRating.init(rawValue:))
        case .key(.enter, _), .text(" "):
            switch grade {
            case .some(let grade): chosen = grade.isCorrect ? .good : .again
            case .none:
                state.notice = state.strings("review.notice.rate")
                return []
            }
        case .text("n"):
            state.editor = AnnotationEditor(field: .note, line: InputLine(text: state.current?.note ?? ""))
            return []
        case .text("t"):
            let tags = state.current?.tags.joined(separator: ", ") ?? ""
            state.editor = AnnotationEditor(field: .tags, line: InputLine(text: tags))
            return []
        default:
            return []
        }
        guard let rating = chosen, let entry = state.current else { return [] }
        if grade == .incorrect, rating != .again {
            state.notice = state.strings("review.notice.wrong_is_again")
            return []
        }
        let correct = grade.map(\.isCorrect)
        state.results.append(
            ReviewResult(savedModuleID: entry.savedModuleID, rating: rating, answeredCorrectly: correct))
        state.index += 1
        state.phase = state.current == nil ? .summary : .answering
        return [
            .record(
                savedModuleID: entry.savedModuleID, rating: rating, problemIndex: entry.problemIndex,
                answeredCorrectly: correct)
        ]
    }

    static func edit(_ input: InputEvent, _ state: inout ReviewState) -> [ReviewEffect] {
        guard var editor = state.editor else { return [] }
        switch input {
        case .key(.escape, _):
            state.editor = nil
            return []
        case .key(.enter, _):
            state.editor = nil
            return annotate(editor.field, editor.line.text, at: state.index, &state)
        case .text(let text): editor.line.insert(text)
        case .paste(let text): editor.line.insert(TextSanitizer.sanitize(text, keepNewlines: false))
        case .key(.backspace, _): editor.line.backspace()
        case .key(.left, _): editor.line.moveLeft()
        case .key(.right, _): editor.line.moveRight()
        case .control("u"): editor.line.deleteToLineStart()
        default: break
        }
        state.editor = editor
        return []
    }

    /// Sets the note or the tags of the module at queue `index` (an empty text removes them),
    /// says so in the notice, and returns the effect that stores them: the one way both the
    /// TUI's editors and the plain review's `/note` and `/tags` annotate a module.
    public static func annotate(
        _ field: AnnotationEditor.Field, _ text: String, at index: Int, _ state: inout ReviewState
    ) -> [ReviewEffect] {
        guard state.queue.indices.contains(index) else { return [] }
        let text = text.trimmedSpaces
        switch field {
        case .note:
            state.queue[index].note = text.isEmpty ? nil : text
            state.notice = state.strings(text.isEmpty ? "review.notice.note_removed" : "review.notice.note_saved")
        case .tags:
            state.queue[index].tags = AnnotationEditor.tags(from: text)
            state.notice = state.strings("review.notice.tags_saved")
        }
        let updated = state.queue[index]
        return [.annotate(savedModuleID: updated.savedModuleID, note: updated.note, tags: updated.tags)]
    }

    static func openStats(_ state: inout ReviewState) -> [ReviewEffect] {
        state.showsStats = true
        return [.loadStats]
    }

    static func quit(_ state: inout ReviewState) -> [ReviewEffect] {
        state.isQuitting = true
        return [.quit]
    }
}

// The module detail view: reading the module and answering its problems.

import TerminalKit
import TutorCore

extension Reducer {
    static func handleDetailKey(_ input: InputEvent, _ state: inout AppState) -> [AppEffect] {
        guard var detail = state.detail, state.modules.indices.contains(detail.moduleIndex) else {
            state.focus = .modules
            return []
        }
        let module = state.modules[detail.moduleIndex].module
        defer { state.detail = detail }
        switch input {
        case .key(.escape, _):
            state.detail = nil
            state.focus = .modules
            detail = DetailState(moduleIndex: -1)
            return []
        case .control("s"):
            return save(detail.moduleIndex, &state)
        case .key(.up, _): detail.scroll = max(0, detail.scroll - 1)
        case .key(.down, _): detail.scroll += 1
        case .key(.pageUp, _): detail.scroll = max(0, detail.scroll - 5)
        case .key(.pageDown, _): detail.scroll += 5
        case .control("n"), .key(.right, [.control]):
            detail.problemIndex = min(module.problems.count - 1, detail.problemIndex + 1)
            detail.answer = InputLine()
        case .control("p"), .key(.left, [.control]):
            detail.problemIndex = max(0, detail.problemIndex - 1)
            detail.answer = InputLine()
        case .text(let text): detail.answer.insert(text)
        case .paste(let text): detail.answer.insert(TextSanitizer.sanitize(text, keepNewlines: false))
        case .key(.backspace, _): detail.answer.backspace()
        case .key(.left, _): detail.answer.moveLeft()
        case .key(.right, _): detail.answer.moveRight()
        case .control("u"): detail.answer.deleteToLineStart()
        case .key(.enter, _):
            guard module.problems.indices.contains(detail.problemIndex), !detail.answer.text.trimmedSpaces.isEmpty
            else { return [] }
            let problem = module.problems[detail.problemIndex]
            let given = detail.answer.text.trimmedSpaces
            detail.answer = InputLine()
            // A rewrite that is not the key is graded once the analyser has read it.
            if AnswerGrader.needsAnalysis(given, for: problem, in: module) {
                return [.checkAnswer(AnswerCheck(moduleID: module.id, problemIndex: detail.problemIndex, text: given))]
            }
            record(given, AnswerGrader.grade(given, for: problem, in: module), problem, module, &detail, &state)
        default: break
        }
        return []
    }

    /// The analyser's findings on a practice answer: it is graded with them, if the learner
    /// is still on that problem.
    static func answerChecked(_ check: AnswerCheck, _ findings: [Finding]?, _ state: inout AppState) -> [AppEffect] {
        guard var detail = state.detail, state.modules.indices.contains(detail.moduleIndex) else { return [] }
        let module = state.modules[detail.moduleIndex].module
        guard module.id == check.moduleID, detail.problemIndex == check.problemIndex,
            module.problems.indices.contains(check.problemIndex)
        else { return [] }
        let problem = module.problems[check.problemIndex]
        let grade = AnswerGrader.grade(check.text, for: problem, in: module, answerFindings: findings)
        record(check.text, grade, problem, module, &detail, &state)
        state.detail = detail
        return []
    }

    /// Keeps an answer's grade beside its problem, says it in the status bar, and moves on
    /// after a right one.
    static func record(
        _ given: String, _ grade: AnswerGrader.Grade, _ problem: Problem, _ module: TeachingModule,
        _ detail: inout DetailState, _ state: inout AppState
    ) {
        detail.results[detail.problemIndex] = AnswerResult(given: given, grade: grade)
        switch grade {
        case .correct: state.notice = state.strings("notice.right")
        case .correctWithTypo(let expected):
            state.notice = state.strings("notice.right_typo", ["expected": expected])
        case .taughtErrorFixed(let full): state.notice = state.strings("notice.right_for_lesson", ["full": full])
        case .taughtErrorFixedWithChanges, .taughtErrorFixedWithErrors:
            state.notice = state.strings(
                "notice.right_with_changes", ["unchecked": grade.ownChangesNote(state.strings) ?? ""])
        case .incorrect:
            state.notice = state.strings("notice.wrong", ["answer": problem.shownAnswer(problem.answer)])
        }
        if grade.isCorrect, detail.problemIndex + 1 < module.problems.count {
            detail.problemIndex += 1
        }
    }
}

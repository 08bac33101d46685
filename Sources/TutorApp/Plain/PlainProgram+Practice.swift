// `/practice N`: a lesson's problems answered line by line, each graded as in the TUI's detail view.

import TutorCore
import TutorUI

extension PlainProgram {
    static func startPractice(moduleIndex: Int, number: Int, _ state: inout PlainState) -> PlainStep {
        let strings = state.app.strings
        let module = state.app.modules[moduleIndex].module
        guard !module.problems.isEmpty else {
            return PlainStep(lines: [strings("plain.practice.none", ["number": number])])
        }
        let run = PracticeRun(moduleIndex: moduleIndex, number: number)
        state.practice = run
        let opening = strings.count("plain.practice.start", module.problems.count, ["number": number])
        return PlainStep(lines: [opening] + PlainRenderer.problem(module, at: 0, strings))
    }

    /// A line while practising: the answer to the current problem, graded by the TUI's grader;
    /// what the learner typed is said beside ✓ or ✗, and the right answer after a wrong one.
    /// A rewrite that is not the key is graded once the analyser has read it (`checked`).
    static func answer(_ text: String, _ state: inout PlainState) -> PlainStep {
        guard let run = state.practice, state.app.modules.indices.contains(run.moduleIndex) else {
            state.practice = nil
            return PlainStep()
        }
        let module = state.app.modules[run.moduleIndex].module
        let problem = module.problems[run.problemIndex]
        let given = PlainRenderer.inline(TextSanitizer.sanitize(text, keepNewlines: false))
        if AnswerGrader.needsAnalysis(given, for: problem, in: module) {
            let check = AnswerCheck(moduleID: module.id, problemIndex: run.problemIndex, text: given)
            return PlainStep(effects: [.checkAnswer(check)])
        }
        return graded(given, AnswerGrader.grade(given, for: problem, in: module), &state)
    }

    /// The analyser's findings on a practice answer: it is graded with them, if that problem
    /// is still the one being practised.
    static func checked(_ check: AnswerCheck, _ findings: [Finding]?, _ state: inout PlainState) -> PlainStep {
        guard let run = state.practice, state.app.modules.indices.contains(run.moduleIndex) else { return PlainStep() }
        let module = state.app.modules[run.moduleIndex].module
        guard module.id == check.moduleID, run.problemIndex == check.problemIndex else { return PlainStep() }
        let problem = module.problems[run.problemIndex]
        return graded(
            check.text, AnswerGrader.grade(check.text, for: problem, in: module, answerFindings: findings), &state)
    }

    /// Says an answer's grade beside what was typed, and goes on to the next problem.
    static func graded(_ given: String, _ grade: AnswerGrader.Grade, _ state: inout PlainState) -> PlainStep {
        guard var run = state.practice, state.app.modules.indices.contains(run.moduleIndex) else { return PlainStep() }
        let strings = state.app.strings
        let module = state.app.modules[run.moduleIndex].module
        let problem = module.problems[run.problemIndex]
        var values: [String: any CustomStringConvertible] = [
            "given": problem.shownAnswer(given), "answer": PlainRenderer.closed(problem.shownAnswer(problem.answer)),
        ]
        let line: String
        switch grade {
        case .correct:
            line = strings("plain.practice.right", values)
        case .correctWithTypo(let expected):
            values["expected"] = PlainRenderer.closed(expected)
            line = strings("plain.practice.typo", values)
        case .taughtErrorFixed(let full):
            values["full"] = PlainRenderer.closed(full)
            line = strings("plain.practice.taught", values)
        case .taughtErrorFixedWithChanges, .taughtErrorFixedWithErrors:
            values["unchecked"] = grade.ownChangesNote(strings) ?? ""
            line = strings("plain.practice.taught_changed", values)
        case .incorrect:
            line = strings("plain.practice.wrong", values)
        }
        if grade.isCorrect { run.rightCount += 1 }
        return PlainStep(lines: [line] + next(&run, module, &state))
    }

    /// `/skip` passes the problem (its answer said); `/stop` ends the practice.
    static func practiceCommand(_ command: String, _ state: inout PlainState) -> PlainStep {
        let strings = state.app.strings
        guard var run = state.practice, state.app.modules.indices.contains(run.moduleIndex) else {
            state.practice = nil
            return PlainStep(lines: [strings("plain.practice.not_practising")])
        }
        if command == "/stop" {
            state.practice = nil
            return PlainStep(lines: [strings("plain.practice.stopped")])
        }
        let module = state.app.modules[run.moduleIndex].module
        let answer = PlainRenderer.closed(module.problems[run.problemIndex].answer)
        return PlainStep(lines: [strings("plain.practice.skipped", ["answer": answer])] + next(&run, module, &state))
    }

    /// Moves on: the next problem's lines, or the score when the last one is done.
    private static func next(_ run: inout PracticeRun, _ module: TeachingModule, _ state: inout PlainState) -> [String]
    {
        run.problemIndex += 1
        guard run.problemIndex < module.problems.count else {
            state.practice = nil
            let saved = state.app.modules[run.moduleIndex].isSaved
            return [
                state.app.strings(
                    saved ? "plain.practice.done_saved" : "plain.practice.done",
                    ["right": run.rightCount, "count": module.problems.count, "number": run.number])
            ]
        }
        state.practice = run
        return PlainRenderer.problem(module, at: run.problemIndex, state.app.strings)
    }
}

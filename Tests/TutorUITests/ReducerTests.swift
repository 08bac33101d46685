// Key presses and engine events as pure state changes.

import TerminalKit
import Testing

@testable import TutorCore
@testable import TutorUI

private func type(_ text: String, into state: inout AppState) -> [AppEffect] {
    Reducer.reduce(&state, .input(.text(text)))
}

@Suite("Reducer")
struct ReducerTests {
    @Test("Enter sends the line to the chat and the engine, and the interviewer starts typing")
    func send() {
        var state = baseState()
        _ = type("Hello there", into: &state)
        let effects = Reducer.reduce(&state, .input(.key(.enter, [])))
        #expect(state.entries.last == ChatEntry(speaker: .learnerA, text: "Hello there"))
        #expect(effects.contains(.send(Message(conversationID: "c", speaker: .learnerA, text: "Hello there"))))
        #expect(effects.contains { if case .schedule(.interviewerReply, _) = $0 { true } else { false } })
        #expect(state.input.text.isEmpty)
        let reply = Reducer.reduce(&state, .timer(.interviewerReply))
        #expect(state.entries.last?.speaker == .interviewer)
        #expect(reply.contains { if case .send(let message) = $0 { message.speaker == .interviewer } else { false } })
    }

    @Test("an empty line sends nothing; Alt-Enter and Ctrl-J insert a newline")
    func newlines() {
        var state = baseState()
        #expect(Reducer.reduce(&state, .input(.key(.enter, []))).isEmpty)
        _ = type("one", into: &state)
        _ = Reducer.reduce(&state, .input(.key(.enter, [.alt])))
        _ = type("two", into: &state)
        _ = Reducer.reduce(&state, .input(.control("j")))
        #expect(state.input.text == "one\ntwo\n")
    }

    @Test("/end and Ctrl-E on an empty line end the conversation; Ctrl-E in text goes to the line end")
    func ending() {
        var state = baseState()
        _ = type("abc", into: &state)
        _ = Reducer.reduce(&state, .input(.key(.home, [])))
        #expect(Reducer.reduce(&state, .input(.control("e"))).isEmpty)
        #expect(state.input.cursor == 3)
        _ = Reducer.reduce(&state, .input(.control("u")))
        #expect(Reducer.reduce(&state, .input(.control("e"))).contains(.endConversation("c")))
        var other = baseState()
        _ = type("/end", into: &other)
        #expect(Reducer.reduce(&other, .input(.key(.enter, []))).contains(.endConversation("c")))
        #expect(other.conversationEnded)
    }

    @Test("Ctrl-C asks first when modules are unsaved, and quits on y")
    func quitting() {
        var state = chattingState()
        #expect(Reducer.reduce(&state, .input(.control("c"))).isEmpty)
        #expect(state.overlay == .confirmQuit(unsavedCount: 1))
        #expect(Reducer.reduce(&state, .input(.text("n"))).isEmpty)
        #expect(state.overlay == nil)
        _ = Reducer.reduce(&state, .input(.control("c")))
        #expect(Reducer.reduce(&state, .input(.text("y"))) == [.quit])
        var saved = baseState()
        #expect(Reducer.reduce(&saved, .input(.control("c"))) == [.quit])
    }

    @Test("Tab moves to the modules; arrows select; s saves; Enter opens the detail")
    func modules() {
        var state = chattingState()
        _ = Reducer.reduce(&state, .input(.key(.tab, [])))
        #expect(state.focus == .modules)
        _ = Reducer.reduce(&state, .input(.key(.down, [])))
        #expect(state.selectedModule == 1)
        #expect(Reducer.reduce(&state, .input(.text("s"))).isEmpty, "already saved")
        _ = Reducer.reduce(&state, .input(.key(.up, [])))
        #expect(Reducer.reduce(&state, .input(.text("s"))) == [.save(state.modules[0].module)])
        _ = Reducer.reduce(&state, .saveFinished(moduleID: "m-1", error: nil))
        #expect(state.modules[0].isSaved)
        _ = Reducer.reduce(&state, .input(.key(.enter, [])))
        #expect(state.focus == .detail && state.detail?.moduleIndex == 0)
    }

    @Test("a save the store found already there (the same lesson, saved before) is said so, and counts as saved")
    func savedBefore() {
        var state = chattingState()
        _ = Reducer.reduce(&state, .saveFinished(moduleID: "m-1", error: nil, result: .alreadySaved))
        #expect(state.modules[0].isSaved)
        #expect(state.notice?.hasPrefix("Already saved “") == true)
        #expect(state.notice?.hasSuffix("you saved the same lesson before") == true)
        var korean = chattingState()
        korean.strings = .builtIn(.korean)
        _ = Reducer.reduce(&korean, .saveFinished(moduleID: "m-1", error: nil, result: .alreadySaved))
        #expect(korean.notice?.hasPrefix("이미 저장되어 있어요") == true)
    }

    @Test("s in the summary saves the selected module and keeps the summary open; other keys only close it")
    func summarySaves() {
        var state = chattingState()
        state.overlay = .summary
        #expect(Reducer.reduce(&state, .input(.text("x"))).isEmpty)
        #expect(state.overlay == nil && state.focus == .modules)
        state.overlay = .summary
        state.focus = .input
        #expect(Reducer.reduce(&state, .input(.text("s"))) == [.save(state.modules[0].module)])
        #expect(state.overlay == .summary && state.focus == .input, "the summary stays, its e (export) with it")
        _ = Reducer.reduce(&state, .input(.text("e")))
        #expect(state.overlay == nil && state.input.text.hasPrefix("/export "))
    }

    @Test("after a save from the summary, its s goes on to the next module not saved")
    func summarySavesInTurn() {
        var state = chattingState()
        state.modules[1].isSaved = false
        state.modules.append(
            ModuleEntry(
                module: module(
                    "m-3", label: "Articles", original: "park", correction: "the park", sentence: "I go park.",
                    corrected: "I go to the park.")))
        state.overlay = .summary
        let order = state.visibleModules
        state.selectedModule = order[1]
        _ = Reducer.reduce(&state, .input(.text("s")))
        _ = Reducer.reduce(&state, .saveFinished(moduleID: state.modules[order[1]].module.id, error: nil))
        #expect(state.selectedModule == order[2])
        _ = Reducer.reduce(&state, .input(.text("s")))
        _ = Reducer.reduce(&state, .saveFinished(moduleID: state.modules[order[2]].module.id, error: nil))
        #expect(state.selectedModule == order[0], "from the end of the list it goes round to the top")
        _ = Reducer.reduce(&state, .input(.text("s")))
        _ = Reducer.reduce(&state, .saveFinished(moduleID: state.modules[order[0]].module.id, error: nil))
        #expect(state.unsavedCount == 0 && state.overlay == .summary)
        #expect(OverlayView.saveLine(state) == "Every module is saved.")
    }

    @Test("on a narrow screen the summary closes onto the module list shown, where its keys act")
    func summaryClosesOntoShownList() {
        var state = chattingState(columns: 70, rows: 20)
        #expect(!state.showsModulePaneWhenNarrow)
        state.overlay = .summary
        _ = Reducer.reduce(&state, .input(.key(.escape, [])))
        #expect(state.focus == .modules && state.showsModulePaneWhenNarrow)
        let screen = Renderer.render(state).screen.lines.joined(separator: "\n")
        #expect(screen.contains(state.modules[0].module.focus.label.en), "the list, with the module to save, is seen")
        state.overlay = .summary
        #expect(Reducer.reduce(&state, .input(.text("s"))) == [.save(state.modules[0].module)])
        #expect(state.overlay == .summary)
    }

    @Test("answers are graded: right and wrong, by text or by choice number")
    func answering() {
        var state = chattingState()
        state.focus = .detail
        state.detail = DetailState(moduleIndex: 0)
        _ = type("Goes", into: &state)
        _ = Reducer.reduce(&state, .input(.key(.enter, [])))
        #expect(state.detail?.results[0] == AnswerResult(given: "Goes", grade: .correct))
        #expect(state.detail?.problemIndex == 1)
        _ = type("1", into: &state)
        _ = Reducer.reduce(&state, .input(.key(.enter, [])))
        #expect(state.detail?.results[1] == AnswerResult(given: "1", grade: .incorrect))
        #expect(state.notice == "Not quite: the answer is “(2) goes”")
        let screen = Renderer.render(state).screen.lines.joined(separator: "\n")
        #expect(
            screen.contains("you: Goes ✓") && screen.contains("you: (1) go ✗") && screen.contains("answer: (2) goes"),
            "a choice is echoed by its number and its words")
        #expect(
            !screen.contains("blank. ✓") && !screen.contains("one. ✗"),
            "the mark stands beside the answer, not the instruction")
    }

    @Test(
        "a multiple choice's answer is shown by its number and words, typed either way; other answers as typed",
        arguments: [("2", "(2) goes"), (" going ", "(3) going"), ("GO", "(1) go"), ("4", "4"), ("gone", "gone")])
    func shownChoice(typed: String, shown: String) {
        let problems = chattingState().modules[0].module.problems
        #expect(problems[1].shownAnswer(typed) == shown)
        #expect(problems[0].shownAnswer("2") == "2", "a fill-in-the-blank answer is shown as typed")
    }

    @Test(
        "a rewrite with the taught fix and a change of its own waits for the analyser: then ✓, the change named under it and in the notice"
    )
    func rewriteWithOwnChange() {
        var state = chattingState()
        state.modules[0].module.utterance.text = "She go to school."
        state.modules[0].module.problems.append(
            Problem(
                kind: .rewrite, instruction: LocalizedText(en: "Rewrite it.", ko: "고쳐 쓰세요."), text: "She go to school.",
                answer: "She goes to school."))
        state.focus = .detail
        state.detail = DetailState(moduleIndex: 0)
        state.detail?.problemIndex = 2
        _ = type("She goes to school by bus", into: &state)
        let check = AnswerCheck(
            moduleID: state.modules[0].module.id, problemIndex: 2, text: "She goes to school by bus")
        #expect(Reducer.reduce(&state, .input(.key(.enter, []))) == [.checkAnswer(check)])
        #expect(state.detail?.results[2] == nil, "no grade before the analyser has read it")
        // A check for another problem (the learner moved on) grades nothing.
        var moved = check
        moved.problemIndex = 1
        _ = Reducer.reduce(&state, .answerChecked(moved, findings: []))
        #expect(state.detail?.results.isEmpty == true)
        _ = Reducer.reduce(&state, .answerChecked(check, findings: []))
        #expect(
            state.detail?.results[2]?.grade
                == .taughtErrorFixedWithChanges([AnswerChange(from: [], to: ["by", "bus"])]))
        #expect(state.notice == "Right for this lesson. Your other change (added “by bus”) is not checked here.")
        let screen = Renderer.render(state).screen.lines.joined(separator: "\n")
        #expect(screen.contains("you: She goes to school by bus ✓") && screen.contains("also:      added “by bus”"))
    }

    @Test("an error the analyser finds in the learner's own change is shown under the ✓ and in the notice")
    func rewriteWithAnErrorOfItsOwn() {
        var state = chattingState()
        state.modules[0].module.utterance.text = "She go to school."
        state.modules[0].module.problems.append(
            Problem(
                kind: .rewrite, instruction: LocalizedText(en: "Rewrite it.", ko: "고쳐 쓰세요."), text: "She go to school.",
                answer: "She goes to school."))
        state.focus = .detail
        state.detail = DetailState(moduleIndex: 0)
        state.detail?.problemIndex = 2
        let typed = "She goes to school in every day"
        _ = type(typed, into: &state)
        let check = AnswerCheck(moduleID: state.modules[0].module.id, problemIndex: 2, text: typed)
        #expect(Reducer.reduce(&state, .input(.key(.enter, []))) == [.checkAnswer(check)])
        _ = Reducer.reduce(&state, .answerChecked(check, findings: [finding(in: typed, "in every day", "every day")]))
        #expect(state.detail?.results[2]?.grade.isCorrect == true)
        #expect(state.notice == "Right for this lesson. But fix this too: “in every day” → “every day”.")
        let screen = Renderer.render(state).screen.lines.joined(separator: "\n")
        #expect(screen.contains("you: She goes to school in every day ✓"))
        #expect(screen.contains("but fix:   “in every day” → “every day”"))
    }

    @Test("/show N opens and /save N saves the list's Nth module; a wrong number says what to type")
    func moduleCommands() {
        var state = chattingState()
        let visible = state.visibleModules
        #expect(visible.count >= 2, "the fixture has two modules")
        _ = type("/show 2", into: &state)
        _ = Reducer.reduce(&state, .input(.key(.enter, [])))
        #expect(state.focus == .detail && state.detail?.moduleIndex == visible[1])
        state.focus = .input
        state.detail = nil
        let unsaved = visible.firstIndex { !state.modules[$0].isSaved && state.modules[$0].rejection == nil } ?? 0
        _ = type("/save \(unsaved + 1)", into: &state)
        let effects = Reducer.reduce(&state, .input(.key(.enter, [])))
        #expect(effects == [.save(state.modules[visible[unsaved]].module)])
        _ = type("/save 9", into: &state)
        #expect(Reducer.reduce(&state, .input(.key(.enter, []))).isEmpty)
        #expect(state.notice == "Give the number of a module in the list, 1 to \(visible.count): for example /save 1")
        var empty = baseState()
        _ = type("/show 1", into: &empty)
        _ = Reducer.reduce(&empty, .input(.key(.enter, [])))
        #expect(empty.notice?.hasPrefix("No modules yet") == true && empty.detail == nil)
    }

    @Test("the chat's 'being analysed' line says so once the analysis is done")
    func endedLineUpdates() {
        var state = chattingState()
        _ = Reducer.endConversation(&state)
        #expect(state.entries.last?.text == state.strings("chat.ended"))
        _ = Reducer.reduce(&state, .engine(.conversationDone(Self.summary(messages: 4))))
        #expect(state.entries.last?.text == state.strings("chat.ended_analysed"))
        #expect(state.entries.last?.text.contains("keep arriving") == false)
    }

    @Test("with no message sent, the summary says there was nothing to analyse, not 'no errors'")
    func nothingToAnalyse() {
        var state = baseState()
        _ = Reducer.endConversation(&state)
        _ = Reducer.reduce(&state, .engine(.conversationDone(Self.summary(messages: 0))))
        let screen = Renderer.render(state).screen.lines.joined(separator: "\n")
        #expect(screen.contains("nothing to analyse") && !screen.contains("No errors found"))
        var analysed = chattingState()
        analysed.progress.isDone = true
        analysed.progress.findingsByTopic = [:]
        analysed.overlay = .summary
        #expect(Renderer.render(analysed).screen.lines.joined().contains("No errors found"))
    }

    static func summary(messages: Int) -> ConversationSummary {
        ConversationSummary(
            conversationID: "c", messageCount: messages, utterancesAnalysed: messages, batchCount: 1, findingCount: 0,
            findingsByErrorType: [:], modulesValidated: 0, modulesRejected: 0, timings: StageTimings(), learners: [:])
    }

    @Test("validated modules appear with a highlight; rejected ones only count, unless debugging")
    func moduleEvents() {
        var state = baseState()
        let validated = ModuleOutcome(
            conversationID: "c", learner: .learnerA,
            module: module("m-9", label: "L", original: "a", correction: "b", sentence: "s", corrected: "t"),
            report: ValidationReport(moduleID: "m-9", checks: []), duration: .zero)
        _ = Reducer.reduce(&state, .engine(.moduleValidated(validated)))
        #expect(state.visibleModules.count == 1 && state.modules[0].highlightTicks > 0)
        var rejected = validated
        rejected.module?.id = "m-10"
        rejected.report = ValidationReport(
            moduleID: "m-10", checks: [ValidationCheckResult(name: "x", passed: false, reason: "y")])
        _ = Reducer.reduce(&state, .engine(.moduleRejected(rejected)))
        #expect(state.rejectedCount == 1 && state.visibleModules.count == 1)
        state.debug = true
        #expect(state.visibleModules.count == 2)
        var other = validated
        other.learner = .learnerB
        _ = Reducer.reduce(&state, .engine(.moduleValidated(other)))
        #expect(state.modules.count == 2, "another learner's modules are not shown")
        #expect(state.modulesMade == [.learnerA: 2], "both outcomes count towards the cap, another learner's not")
    }

    @Test("the module cap is reached when the engine has made its most modules for the learner")
    func moduleCap() {
        var state = baseState()
        state.maximumModules = 2
        let outcome = ModuleOutcome(
            conversationID: "c", learner: .learnerA,
            module: module("m-1", label: "L", original: "a", correction: "b", sentence: "s", corrected: "t"),
            report: ValidationReport(moduleID: "m-1", checks: []), duration: .zero)
        _ = Reducer.reduce(&state, .engine(.moduleValidated(outcome)))
        #expect(!state.reachedModuleCap)
        var rejected = outcome
        rejected.module = nil
        _ = Reducer.reduce(&state, .engine(.moduleRejected(rejected)))
        #expect(state.reachedModuleCap, "a rejected module counts too, as the engine counts it")
        state.replay = ReplayState(title: "r", lines: [], speed: 1)
        state.entries = [ChatEntry(speaker: .learnerA, text: "Hi."), ChatEntry(speaker: .learnerB, text: "Hello.")]
        #expect(!state.reachedModuleCap, "a replay's cap is reached when every learner's is")
        state.modulesMade[.learnerB] = 2
        #expect(state.reachedModuleCap)
    }

    @Test("messages are sanitised before they reach the screen")
    func sanitised() {
        var state = baseState()
        _ = Reducer.reduce(&state, .input(.paste("evil \u{1B}]0;title\u{7}paste")))
        _ = Reducer.reduce(&state, .input(.key(.enter, [])))
        #expect(state.entries.last?.text == "evil paste")
    }

    @Test("history: Up brings back earlier lines, Down returns to the draft")
    func history() {
        var state = baseState()
        for line in ["first", "second"] {
            _ = type(line, into: &state)
            _ = Reducer.reduce(&state, .input(.key(.enter, [])))
        }
        _ = type("draft", into: &state)
        _ = Reducer.reduce(&state, .input(.key(.up, [])))
        #expect(state.input.text == "second")
        _ = Reducer.reduce(&state, .input(.key(.up, [])))
        #expect(state.input.text == "first")
        _ = Reducer.reduce(&state, .input(.key(.down, [])))
        _ = Reducer.reduce(&state, .input(.key(.down, [])))
        #expect(state.input.text == "draft")
    }
}

@Suite("Input line")
struct InputLineTests {
    @Test("editing is by grapheme: Hangul, emoji and combining marks stay whole")
    func graphemes() {
        var line = InputLine()
        line.insert("가😀e\u{301}!")
        line.backspace()
        line.backspace()
        #expect(line.text == "가😀")
        line.moveLeft()
        line.deleteForward()
        #expect(line.text == "가")
    }

    @Test("Ctrl-W deletes the word before the cursor; Ctrl-K to the end; Ctrl-U to the start")
    func killing() {
        var line = InputLine(text: "one two three")
        line.deleteWordBackward()
        #expect(line.text == "one two ")
        line.moveToLineStart()
        line.moveRight()
        line.deleteToLineEnd()
        #expect(line.text == "o")
        line.deleteToLineStart()
        #expect(line.text.isEmpty)
    }
}

// A new learner's first hour at common sizes: the narrow chat's word on the modules, what the
// summary's "s" saves, and the input line's hint kept whole.

import TerminalKit
import Testing
import TutorCore

@testable import TutorUI

@Suite("First hour")
struct FirstHourScreenTests {
    /// The row of the rule above a one-row input line.
    static func ruleRow(_ screen: ScreenBuffer) -> String { screen.lines[screen.size.rows - 3] }

    static func arrive(_ id: String, label: String, _ state: inout AppState) {
        arrive(module(id, label: label, original: "go", correction: "goes", sentence: id, corrected: id), &state)
    }

    static func arrive(_ module: TeachingModule, _ state: inout AppState) {
        let outcome = ModuleOutcome(
            conversationID: "c", learner: .learnerA, module: module,
            report: ValidationReport(moduleID: module.id, checks: []), duration: .zero)
        _ = Reducer.reduce(&state, .engine(.moduleValidated(outcome)))
    }

    static func learnerSent(_ count: Int, columns: Int, language: InterfaceLanguage) -> AppState {
        var state = baseState(columns: columns, rows: 24)
        state.strings = Strings.builtIn(language)
        state.entries = [ChatEntry(speaker: .interviewer, text: "Hi there! What did you do today?")]
        state.entries += (1...count).map { ChatEntry(speaker: .learnerA, text: "I go to school \($0) times.") }
        return state
    }

    @Test("at 80×24 the chat alone counts the messages until the next analysis, in both languages")
    func countdown() throws {
        for language in InterfaceLanguage.allCases {
            let state = Self.learnerSent(3, columns: 80, language: language)
            let screen = Renderer.render(state).screen
            let expected = state.strings.count("modules.short.until_next", 7)
            #expect(Self.ruleRow(screen).hasSuffix(" \(expected) ──"), "\(Self.ruleRow(screen))")
            try GoldenScreen.check(screen, language == .english ? "waiting-80x24" : "ko-waiting-80x24")
        }
        var ended = Self.learnerSent(3, columns: 80, language: .english)
        ended.progress.isDone = true
        #expect(Self.ruleRow(Renderer.render(ended).screen).contains("No modules this time"))
        #expect(
            !Self.ruleRow(Renderer.render(Self.learnerSent(3, columns: 120, language: .english)).screen).contains(
                "until the next"), "beside the chat the module pane says it")
    }

    @Test("modules that come while the narrow chat shows say so until the list has been seen")
    func arrivedNotice() throws {
        for language in InterfaceLanguage.allCases {
            var state = Self.learnerSent(10, columns: 80, language: language)
            Self.arrive("m-1", label: "Subject–verb agreement", &state)
            Self.arrive("m-2", label: "Articles: a/an", &state)
            #expect(state.unseenModuleCount == 2)
            let screen = Renderer.render(state).screen
            #expect(Self.ruleRow(screen).contains(state.strings.count("modules.arrived", 2)), "\(Self.ruleRow(screen))")
            try GoldenScreen.check(screen, language == .english ? "modules-arrived-80x24" : "ko-modules-arrived-80x24")
            _ = Reducer.reduce(&state, .input(.key(.tab, [])))
            _ = Reducer.reduce(&state, .input(.key(.tab, [])))
            #expect(state.unseenModuleCount == 0 && state.focus == .input)
            let title = state.strings("modules.title", ["count": 2]).trimmedSpaces
            #expect(Self.ruleRow(Renderer.render(state).screen).contains(" \(title) "))
        }
    }

    @Test("typing while the narrow screen shows the empty module list brings the chat back with the text")
    func typingLeavesEmptyList() {
        var state = Self.learnerSent(3, columns: 80, language: .english)
        _ = Reducer.reduce(&state, .input(.key(.tab, [])))
        #expect(state.showsModulePaneWhenNarrow && state.focus == .input)
        #expect(Renderer.render(state).screen.lines.joined().contains("7 more messages until the next analysis"))
        _ = Reducer.reduce(&state, .input(.text("I")))
        #expect(!state.showsModulePaneWhenNarrow && state.input.text == "I")
        #expect(Renderer.render(state).screen.lines[22].hasPrefix("› I"))
    }

    @Test("a module that comes while the narrow screen shows the empty list takes the list's keys")
    func arrivalFocusesShownList() {
        var state = Self.learnerSent(10, columns: 80, language: .english)
        _ = Reducer.reduce(&state, .input(.key(.tab, [])))
        Self.arrive("m-1", label: "Plural nouns", &state)
        #expect(state.focus == .modules && state.unseenModuleCount == 0)
        _ = Reducer.reduce(&state, .input(.key(.enter, [])))
        #expect(state.detail?.moduleIndex == 0)
    }

    @Test("on a narrow screen a list never seen opens, and the summary starts, on its top module")
    func unseenListOpensOnTop() {
        var state = Self.learnerSent(10, columns: 80, language: .english)
        var late = module(
            "m-late", label: "Plural nouns", original: "year", correction: "years", sentence: "a", corrected: "b")
        late.utterance.messageIndex = 9
        Self.arrive(late, &state)
        Self.arrive("m-first", label: "Articles: a/an", &state)
        #expect(state.modules[state.selectedModule].module.id == "m-late", "the first to arrive, listed second")
        var summary = state
        _ = Reducer.reduce(&summary, .engine(.conversationDone(ReducerTests.summary(messages: 10))))
        #expect(OverlayView.saveLine(summary) == "s: save “Articles: a/an” (1 of 2)")
        _ = Reducer.reduce(&state, .input(.key(.tab, [])))
        #expect(state.modules[state.selectedModule].module.id == "m-first")
        _ = Reducer.reduce(&state, .input(.key(.down, [])))
        _ = Reducer.reduce(&state, .input(.key(.tab, [])))
        _ = Reducer.reduce(&state, .input(.key(.tab, [])))
        #expect(state.modules[state.selectedModule].module.id == "m-late", "once seen, the learner's choice stays")
    }

    @Test("beside the chat, or once the window widens, arriving modules are seen")
    func wideSeesModules() {
        var wide = Self.learnerSent(10, columns: 120, language: .english)
        Self.arrive("m-1", label: "Plural nouns", &wide)
        #expect(wide.unseenModuleCount == 0)
        var narrow = Self.learnerSent(10, columns: 80, language: .english)
        Self.arrive("m-1", label: "Plural nouns", &narrow)
        _ = Reducer.reduce(&narrow, .resize(TerminalSize(columns: 120, rows: 30)))
        #expect(narrow.unseenModuleCount == 0)
    }

    @Test("the summary names the module s saves and its place in the list, in both languages")
    func summaryNamesSelection() throws {
        for language in InterfaceLanguage.allCases {
            var state = chattingState(columns: 80, rows: 24)
            state.strings = Strings.builtIn(language)
            _ = Reducer.reduce(&state, .engine(.conversationDone(ReducerTests.summary(messages: 10))))
            #expect(state.overlay == .summary)
            state.progress.findingsByTopic = summaryTopics
            let label = state.strings.pick(state.modules[0].module.focus.label)
            let expected = state.strings("summary.save_selected", ["label": label, "position": 1, "count": 2])
            let screen = Renderer.render(state).screen
            #expect(screen.lines.contains { $0.contains(expected) }, "\(screen.lines.joined(separator: "\n"))")
            try GoldenScreen.check(screen, language == .english ? "summary-80x24" : "ko-summary-80x24")
        }
    }

    @Test("the summary opens on a module not saved yet, says when the selection is saved, and when all are")
    func summarySelection() {
        var state = chattingState(columns: 80, rows: 24)
        state.selectedModule = 1  // saved already
        _ = Reducer.reduce(&state, .engine(.conversationDone(ReducerTests.summary(messages: 10))))
        #expect(state.selectedModule == 0)
        #expect(OverlayView.saveLine(state) == "s: save “Subject–verb agreement” (1 of 2)")
        state.selectedModule = 1
        #expect(OverlayView.saveLine(state)?.hasPrefix("“Plural nouns” (2 of 2) is saved") == true)
        state.modules[0].isSaved = true
        #expect(OverlayView.saveLine(state) == "Every module is saved.")
        state.modules = []
        #expect(OverlayView.saveLine(state) == nil)
    }

    @Test("a long title is shortened so the summary's save line fits the box at 80 columns")
    func summaryLongTitle() {
        var state = chattingState(columns: 80, rows: 24)
        state.modules[0].module.focus.label = LocalizedText(
            en: "A hyphen in 'well-known' and 'so-called' before a noun, but not after it", ko: "하이픈")
        let line = OverlayView.saveLine(state) ?? ""
        #expect(DisplayWidth.of(line) <= 80 - 6 && line.hasSuffix("…” (1 of 2)"), "\(line)")
    }

    @Test("s in the summary saves the module it names; the summary stays and says what was saved")
    func summarySave() {
        var state = chattingState(columns: 80, rows: 24)
        _ = Reducer.reduce(&state, .engine(.conversationDone(ReducerTests.summary(messages: 10))))
        let effects = Reducer.reduce(&state, .input(.text("s")))
        #expect(effects == [.save(state.modules[0].module)])
        _ = Reducer.reduce(&state, .saveFinished(moduleID: "m-1", error: nil))
        #expect(state.notice == "Saved “Subject–verb agreement”")
        let screen = Renderer.render(state).screen.lines
        #expect(screen[23].contains("Saved “Subject–verb agreement”"))
        #expect(state.overlay == .summary)
        let box = screen.filter { $0.contains("│") }.joined(separator: "\n")
        #expect(box.contains("│ Saved “Subject–verb agreement”"), "\(box)")
        #expect(box.contains("Every module is saved.") && box.contains("e: keep this conversation"))
    }

    @Test("the input line's hint is whole or absent, never cut, in both languages", arguments: [80, 100, 120])
    func inputHintWhole(columns: Int) throws {
        for language in InterfaceLanguage.allCases {
            var state = baseState(columns: columns, rows: 12)
            state.strings = Strings.builtIn(language)
            let screen = Renderer.render(state).screen
            let inputRow = screen.lines[10]
            let shown = ChatPaneView.inputHints(state).first { inputRow.contains($0) }
            #expect(shown != nil && !inputRow.contains("…"), "\(inputRow)")
            let name = "\(language == .english ? "" : "ko-")input-hint-\(columns)x12"
            try GoldenScreen.check(screen, name)
            state.conversationEnded = true
            let endedRow = Renderer.render(state).screen.lines[10]
            #expect(ChatPaneView.inputHints(state).contains { endedRow.contains($0) }, "\(endedRow)")
        }
    }

    @Test("once the conversation has ended the status bar no longer offers ^E to end it")
    func endedHints() {
        for language in InterfaceLanguage.allCases {
            var state = chattingState(columns: 80, rows: 24)
            state.strings = Strings.builtIn(language)
            _ = Reducer.reduce(&state, .input(.control("e")))
            #expect(state.conversationEnded)
            let bar = Renderer.render(state).screen.lines[23]
            #expect(bar.hasSuffix(state.strings("status.hints_ended") + " ") && !bar.contains("^E"), "\(bar)")
            // No pane beside the chat at 80 columns: the ended line names the key, not a pane.
            #expect(state.entries.last?.text.contains("(Tab)") == true)
        }
    }

    @Test("an open module's answer keys are whole or absent, never cut, in both languages", arguments: [80, 100])
    func answerHintWhole(columns: Int) throws {
        for language in InterfaceLanguage.allCases {
            var state = chattingState(columns: columns, rows: 24)
            state.strings = Strings.builtIn(language)
            _ = Reducer.reduce(&state, .input(.key(.tab, [])))
            _ = Reducer.reduce(&state, .input(.key(.enter, [])))
            #expect(state.focus == .detail)
            let screen = Renderer.render(state).screen
            let hints = DetailView.answerHints(state.strings)
            let shown = screen.lines.filter { line in hints.contains { line.contains($0) } }
            #expect(shown.count == 1, "\(screen.lines)")
            // No line holds a piece of a hint that is not a whole form.
            #expect(!screen.lines.contains { $0.hasSuffix("Esc:") || $0.contains("Esc: |") })
            let name = "\(language == .english ? "" : "ko-")answer-hint-\(columns)x24"
            try GoldenScreen.check(screen, name)
        }
    }

    @Test("a hint that fits nowhere is left out rather than cut")
    func hintLeftOut() {
        let hints = ["Type a message · Enter sends", "Type a message"]
        #expect(ChatPaneView.firstFitting(hints, width: 20) == "Type a message")
        #expect(ChatPaneView.firstFitting(["Type a message"], width: 10) == nil)
    }
}

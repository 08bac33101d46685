// The UI model rendered into an in-memory screen: golden screens and properties.

import Foundation
import PropertyBased
import TerminalKit
import Testing
import TutorCore

@testable import TutorUI

@Suite("Rendering")
struct RenderTests {
    @Test("the chat at start")
    func start() throws {
        try GoldenScreen.check(Renderer.render(baseState(columns: 100, rows: 16)).screen, "start-100x16")
    }

    @Test("the empty module pane says after how many messages modules come (the batch size)")
    func emptyPaneBatchSize() {
        var state = baseState(columns: 120, rows: 30)
        state.batchSize = 2
        #expect(Renderer.render(state).screen.lines.joined().contains("every 2 of your"))
        state.batchSize = 1
        #expect(Renderer.render(state).screen.lines.joined().contains("each of your"))
    }

    @Test("chatting, with modules in the side pane and the cursor in the input")
    func chatting() throws {
        var state = chattingState()
        state.input.insert("I am 학생")
        let frame = Renderer.render(state)
        try GoldenScreen.check(frame.screen, "chatting-120x30")
        #expect(frame.cursor == CursorPosition(column: 2 + 9, row: 28))
    }

    @Test("a module's detail with its problems")
    func detail() throws {
        var state = chattingState()
        state.focus = .detail
        state.detail = DetailState(moduleIndex: 0)
        try GoldenScreen.check(Renderer.render(state).screen, "detail-120x30")
    }

    @Test("at 80 columns the mouse notice stands whole beside the counts, in both languages")
    func mouseNoticeEightyColumns() throws {
        for language in InterfaceLanguage.allCases {
            var state = chattingState(columns: 80, rows: 20)
            state.strings = Strings.builtIn(language)
            _ = Reducer.reduce(&state, .input(.key(.function(2), [])))
            let screen = Renderer.render(state).screen
            #expect(screen.lines[19].contains(state.strings("notice.mouse_on")), "\(screen.lines[19])")
            #expect(screen.lines[19].contains("✓2 ✗0 ★1 · 10"), "the progress stays: \(screen.lines[19])")
            if language == .english { try GoldenScreen.check(screen, "mouse-on-80x20") }
        }
    }

    @Test("an open module starts at its top, with the open module's keys in the status bar")
    func detailOpensAtTop() throws {
        var state = chattingState(columns: 80, rows: 24)
        _ = Reducer.reduce(&state, .input(.key(.tab, [])))
        _ = Reducer.reduce(&state, .input(.key(.enter, [])))
        #expect(state.focus == .detail)
        let screen = Renderer.render(state).screen
        try GoldenScreen.check(screen, "detail-open-80x24")
        #expect(screen.lines.contains { $0.contains("You wrote") })
        #expect(screen.lines[23].contains(state.strings("status.hints_detail")), "\(screen.lines[23])")
        // Once the learner types, the answer line comes into view.
        state.detail?.answer.insert("goes")
        #expect(Renderer.render(state).screen.lines.contains { $0.contains("› goes") })
    }

    @Test("the help overlay")
    func help() throws {
        var state = chattingState()
        state.overlay = .help
        try GoldenScreen.check(Renderer.render(state).screen, "help-120x30")
    }

    @Test("the end-of-conversation summary with its bar chart")
    func summary() throws {
        var state = chattingState()
        state.overlay = .summary
        state.progress.isDone = true
        state.progress.findingsByTopic = summaryTopics
        try GoldenScreen.check(Renderer.render(state).screen, "summary-120x30")
    }

    @Test(
        "the status bar keeps its key hints whole at 80 columns and below, giving up details on the left",
        arguments: [120, 100, 80, 70])
    func statusBarFits(columns: Int) {
        var state = chattingState(columns: columns, rows: 24)
        state.size = TerminalSize(columns: columns, rows: 24)
        let bar = Renderer.render(state).screen.lines[23]
        #expect(bar.contains("?:help Tab:modules ^E:end ^C:quit"), "\(bar)")
        #expect(bar.contains("✓2 ✗0 ★1"))
        #expect(bar.contains("10 analysed"), "\(bar)")
        #expect(bar.contains("Small talk") == (columns >= 80), "\(bar)")
        #expect(bar.contains("builtin-rules/1") == (columns >= 100), "\(bar)")
        state.focus = .modules
        #expect(Renderer.render(state).screen.lines[23].contains("↑↓:select Enter:open s:save Tab:chat ^C:quit"))
    }

    @Test("the empty module pane counts the messages until the next analysis, and says when none came")
    func waitingPane() {
        var state = baseState()
        #expect(ModulePaneView.waitingText(state).hasPrefix("Modules appear here after every 10 of your messages"))
        state.entries +=
            (1...3).map { ChatEntry(speaker: .learnerA, text: "Line \($0).") } + [
                ChatEntry(speaker: .interviewer, text: "Go on.")
            ]
        #expect(ModulePaneView.waitingText(state).hasPrefix("7 more messages until the next analysis"))
        state.entries += (4...19).map { ChatEntry(speaker: .learnerA, text: "Line \($0).") }
        state.progress.messagesAnalysed = 10
        #expect(
            ModulePaneView.waitingText(state).hasPrefix(
                "Nothing to teach in your first 10 messages. 1 more message until"))
        #expect(Renderer.render(state).screen.lines.joined().contains("Nothing to teach in your first 10 messages"))
        state.progress.isDone = true
        #expect(ModulePaneView.waitingText(state).hasPrefix("No modules this time"))
    }

    @Test("the count of messages until the next analysis stays under the module list and in the narrow rule")
    func countAfterModules() {
        var state = chattingState(columns: 120, rows: 30)
        let wide = Renderer.render(state).screen.lines.joined()
        #expect(wide.contains("8 more messages until the next analysis"), "\(wide)")
        state.size = TerminalSize(columns: 80, rows: 24)
        #expect(ruleLine(state).contains("Modules 2 · saved 1 · 8 more messages until the next analysis"))
        state.modulesSeen = 1
        #expect(ruleLine(state).contains("1 new module · Tab: see it · 8 more messages until the next analysis"))
        // Where both do not fit, the new module's notice stands alone.
        state.size = TerminalSize(columns: 50, rows: 24)
        #expect(ruleLine(state).contains(" 1 new module · Tab: see it "))
        #expect(!ruleLine(state).contains("more messages"))
        state.size = TerminalSize(columns: 80, rows: 24)
        state.progress.batchesStarted = 2
        #expect(ruleLine(state).contains("1 new module · Tab: see it · Analysing your messages…"))
        state.progress.batchesAnalysed = 2
        state.conversationEnded = true
        state.modulesSeen = 2
        #expect(ruleLine(state).contains("─ Modules 2 · saved 1 ─"), "nothing more to wait for once it has ended")
    }

    @Test("once the engine's most modules are made, the pane, the narrow rule and the summary say so")
    func moduleCapSaid() {
        var state = chattingState(columns: 120, rows: 30)
        state.maximumModules = 2
        state.modulesMade[.learnerA] = 2
        let wide = Renderer.render(state).screen.lines.joined(separator: "\n")
        #expect(wide.contains("2 modules: the most one conversation"), "\(wide)")
        #expect(!wide.contains("until the next analysis"))
        state.size = TerminalSize(columns: 80, rows: 24)
        #expect(ruleLine(state).contains("2 modules: the most one chat makes; save the ones you want · saved 1"))
        state.overlay = .summary
        state.progress.isDone = true
        #expect(
            Renderer.render(state).screen.lines.joined().contains(
                "2 modules is the most one conversation makes: later messages made none."))
        state.strings = .korean
        state.overlay = nil
        #expect(ruleLine(state).contains("모듈 2개: 대화 하나의 최대예요"))
    }

    /// The narrow chat's rule above its input.
    func ruleLine(_ state: AppState) -> String {
        let lines = Renderer.render(state).screen.lines
        return lines.last { $0.contains("────") } ?? ""
    }

    @Test("F2 and /mouse toggle the mouse, with a notice saying how copying works")
    func mouseToggle() {
        var state = chattingState()
        #expect(!state.mouseCapture)
        #expect(Reducer.reduce(&state, .input(.key(.function(2), []))) == [.setMouseCapture(true)])
        #expect(state.mouseCapture && state.notice?.contains("Shift-drag") == true)
        for character in "/mouse" { _ = Reducer.reduce(&state, .input(.text(String(character)))) }
        #expect(Reducer.reduce(&state, .input(.key(.enter, []))) == [.setMouseCapture(false)])
        #expect(!state.mouseCapture && state.notice?.contains("drag to copy") == true)
    }

    @Test("each summary row is named as its modules are titled, in the learner's language")
    func summaryRowsAreModuleTitles() {
        var state = chattingState()
        let comparatives = LocalizedText(en: "Comparatives", ko: "비교급")
        var learner = LearnerSummary(utterancesAnalysed: 10)
        learner.findingsByTopic = [comparatives: 2, state.modules[0].module.focus.label: 1]
        var summary = ReducerTests.summary(messages: 10)
        summary.learners = [.learnerA: learner]
        _ = Reducer.reduce(&state, .engine(.conversationDone(summary)))
        #expect(state.overlay == .summary)
        let english = Renderer.render(state).screen.lines.joined(separator: "\n")
        #expect(english.contains("Comparatives") && english.contains(state.modules[0].module.focus.label.en))
        #expect(!english.contains("Adverbs") && !english.contains("Adjectives"), "no ERRANT category names")
        state.strings = .korean
        let korean = Renderer.render(state).screen.lines.joined(separator: "\n")
        #expect(korean.contains("비교급") && korean.contains("주어와 동사의 일치"))
    }

    @Test("a rule's long name keeps its count in the summary box at 80 columns, in both languages")
    func longTopicFits() {
        let long = LocalizedText(
            en: "A hyphen in 'well-known' and 'so-called' before a noun",
            ko: "'recommend you to do'가 아니라 'recommend you do'")
        let tense = LocalizedText(en: "Tense", ko: "시제")
        for strings in [Strings.english, Strings.korean] {
            var state = chattingState(columns: 80, rows: 24)
            state.strings = strings
            state.overlay = .summary
            state.progress.isDone = true
            state.progress.findingsByTopic = [long: 12, tense: 3]
            let rows = Renderer.render(state).screen.lines
            let row = rows.first { $0.contains(String(strings.pick(long).prefix(8))) } ?? ""
            #expect(row.range(of: " 12 *│", options: .regularExpression) != nil, "\(row)")
            #expect(rows.contains { $0.contains(strings.pick(tense)) && $0.contains(" 3") })
        }
    }

    @Test("under 100 columns one pane shows, toggled with Tab")
    func narrow() throws {
        var state = chattingState(columns: 70, rows: 20)
        try GoldenScreen.check(Renderer.render(state).screen, "narrow-chat-70x20")
        _ = Reducer.reduce(&state, .input(.key(.tab, [])))
        try GoldenScreen.check(Renderer.render(state).screen, "narrow-modules-70x20")
    }

    @Test("a tiny terminal says it is too small")
    func tooSmall() throws {
        try GoldenScreen.check(Renderer.render(chattingState(columns: 30, rows: 8)).screen, "too-small-30x8")
    }

    static let fragments = [
        "hello ", "word", " ", "한국어 ", "학생이에요", "😀", "👩‍💻", "e\u{301}", "\u{1B}[31m", "\u{1B}]0;title\u{7}", "\u{7}",
        "\t", "\n", "\u{202E}", "中文字", "\u{0}", "long-unbroken-word-that-goes-on",
    ]

    @Test("random chat text never draws outside its pane, splits a wide character, or emits a control character")
    func randomText() async {
        let text = Gen<String?>.element(of: Self.fragments).array(of: 0...40).map { $0.compactMap { $0 }.joined() }
        await propertyCheck(count: 150, input: text, text, Gen.int(in: 100...140)) { first, second, columns in
            var state = baseState(columns: columns, rows: 20)
            // The same messages, empty: the side pane counts the learner's messages, not their text.
            state.entries = [ChatEntry(speaker: .learnerA, text: ""), ChatEntry(speaker: .interviewer, text: "")]
            let empty = Renderer.render(state).screen
            state.entries = [
                ChatEntry(speaker: .learnerA, text: first), ChatEntry(speaker: .interviewer, text: second),
            ]
            state.input.insert(second)
            let screen = Renderer.render(state).screen
            let sideStart = columns - min(60, max(36, columns * 2 / 5)) - 1
            for row in 0..<screen.size.rows - 1 {
                for column in sideStart..<columns {
                    #expect(
                        screen[column, row] == empty[column, row],
                        "chat text leaked into the side pane at \(column),\(row)")
                }
            }
            for row in 0..<screen.size.rows {
                for column in 0..<columns {
                    let cell = screen[column, row]
                    #expect(
                        !cell.grapheme.unicodeScalars.contains {
                            $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) || (0x202A...0x202E).contains($0.value)
                        })
                    if cell.isContinuation {
                        #expect(column > 0 && DisplayWidth.of(screen[column - 1, row].grapheme) == 2)
                    }
                }
            }
        }
    }
}

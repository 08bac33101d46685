// The main screens with the Korean interface (--lang ko): golden screens, and the 80-column fit.

import Foundation
import TerminalKit
import Testing
import TutorCore

@testable import TutorUI

@Suite("Korean interface")
struct KoreanScreenTests {
    static func korean(_ state: AppState) -> AppState {
        var state = state
        state.strings = .korean
        return state
    }

    @Test("the chat at start")
    func start() throws {
        try GoldenScreen.check(
            Renderer.render(Self.korean(baseState(columns: 100, rows: 16))).screen, "ko-start-100x16")
    }

    @Test("chatting, with modules in the side pane")
    func chatting() throws {
        var state = Self.korean(chattingState())
        state.input.insert("I am 학생")
        try GoldenScreen.check(Renderer.render(state).screen, "ko-chatting-120x30")
    }

    @Test("a module's detail: the Korean explanation and instructions first")
    func detail() throws {
        var state = Self.korean(chattingState())
        state.focus = .detail
        state.detail = DetailState(moduleIndex: 0)
        try GoldenScreen.check(Renderer.render(state).screen, "ko-detail-120x30")
    }

    @Test("the help box fits 80 columns")
    func help() throws {
        var state = Self.korean(chattingState(columns: 80, rows: 24))
        state.overlay = .help
        let screen = Renderer.render(state).screen
        try GoldenScreen.check(screen, "ko-help-80x24")
        // Every entry shows whole: its keys and the end of its text are on the screen.
        let text = screen.lines.joined(separator: "\n")
        for (keys, description) in OverlayView.helpLines(Strings.korean) {
            #expect(text.contains(keys) && text.contains(String(description.suffix(4))), "\(keys) is cut")
        }
    }

    @Test("the English help box fits 80 columns too")
    func englishHelp() throws {
        var state = chattingState(columns: 80, rows: 24)
        state.overlay = .help
        let text = Renderer.render(state).screen.lines.joined(separator: "\n")
        for (keys, description) in OverlayView.helpLines(Strings.english) {
            #expect(text.contains(keys) && text.contains(String(description.suffix(6))), "\(keys) is cut")
        }
    }

    @Test("the end-of-conversation summary")
    func summary() throws {
        var state = Self.korean(chattingState())
        state.overlay = .summary
        state.progress.isDone = true
        state.progress.findingsByTopic = summaryTopics
        try GoldenScreen.check(Renderer.render(state).screen, "ko-summary-120x30")
    }

    @Test("quitting with unsaved modules asks first")
    func confirmQuit() throws {
        var state = Self.korean(chattingState(columns: 80, rows: 24))
        state.overlay = .confirmQuit(unsavedCount: 1)
        try GoldenScreen.check(Renderer.render(state).screen, "ko-quit-80x24")
    }

    @Test("at 80 columns one pane shows, and the status bar keeps its key hints whole", arguments: [80, 70])
    func narrow(columns: Int) throws {
        var state = Self.korean(chattingState(columns: columns, rows: 20))
        let bar = Renderer.render(state).screen.lines[19]
        #expect(bar.contains(Strings.korean("status.hints_chat")), "\(bar)")
        #expect(bar.contains("✓2 ✗0 ★1"), "\(bar)")
        if columns == 80 { try GoldenScreen.check(Renderer.render(state).screen, "ko-narrow-chat-80x20") }
        _ = Reducer.reduce(&state, .input(.key(.tab, [])))
        let modulesBar = Renderer.render(state).screen.lines[19]
        #expect(modulesBar.contains(Strings.korean("status.hints_modules")), "\(modulesBar)")
        if columns == 80 { try GoldenScreen.check(Renderer.render(state).screen, "ko-narrow-modules-80x20") }
    }

    @Test("notices and chat lines from the reducer are in Korean")
    func notices() {
        var state = Self.korean(chattingState())
        _ = Reducer.reduce(&state, .input(.key(.function(3), [])))
        #expect(state.notice == Strings.korean("notice.marks_off"))
        for character in "/nope" { _ = Reducer.reduce(&state, .input(.text(String(character)))) }
        _ = Reducer.reduce(&state, .input(.key(.enter, [])))
        #expect(state.notice?.hasPrefix("모르는 명령 /nope") == true)
        _ = Reducer.reduce(&state, .input(.control("e")))
        #expect(state.entries.last?.text == Strings.korean("chat.ended"))
    }

    @Test("a review in progress, the summary and the stats")
    func review() throws {
        var state = ReviewTests.session()
        state.strings = .korean
        state.answer.insert("go")
        try GoldenScreen.check(ReviewRenderer.render(state).screen, "ko-review-answering-80x24")
        state.answer = InputLine()
        state.index = 1
        _ = ReviewTests.type("1", &state)
        try GoldenScreen.check(ReviewRenderer.render(state).screen, "ko-review-wrong-80x24")

        var finished = ReviewTests.finishedSession()
        finished.strings = .korean
        for (id, days) in [(11, 3.0), (12, 0.007), (13, 1.0)] {
            _ = ReviewReducer.reduce(
                &finished,
                .recorded(
                    savedModuleID: Int64(id), reviewedAt: ReviewTests.now,
                    due: ReviewTests.now.addingTimeInterval(days * 86_400)))
        }
        try GoldenScreen.check(ReviewRenderer.render(finished).screen, "ko-review-summary-80x24")

        var stats = ReviewTests.session()
        stats.strings = .korean
        stats.showsStats = true
        let perDay = (0..<30).map { day in day % 7 == 3 ? 0 : (day * 5) % 13 }
        stats.stats = ReviewStats(
            dueToday: 4, newCount: 7, reviewsPerDay: perDay, retention: 0.875, retentionSampleSize: 24,
            totalReviews: perDay.reduce(0, +))
        try GoldenScreen.check(ReviewRenderer.render(stats).screen, "ko-review-stats-80x24")
    }
}

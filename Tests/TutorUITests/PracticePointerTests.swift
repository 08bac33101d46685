// An open module whose problems are below the fold says so on its last row (issue 17, new-user trial).

import TerminalKit
import Testing
import TutorCore

@testable import TutorUI

@Suite("Practice below the fold")
struct PracticePointerTests {
    /// A module as long as the rules' are: a full explanation, two tips, three problems.
    static func longState(columns: Int, rows: Int, strings: Strings = .english) -> AppState {
        var state = chattingState(columns: columns, rows: rows)
        state.strings = strings
        var long = state.modules[0].module
        long.explanation = LocalizedText(
            en: "When the subject is he, she, it or one person or thing, the verb in the present simple ends in -s: "
                + "she goes, he likes, it works. With I, you, we and they it has no -s. Questions and negatives take "
                + "does or doesn't, and then the verb has no -s: Does she go? She doesn't go. Many learners drop the "
                + "-s when the subject is far from the verb, so look back for the subject before you write the verb.",
            ko: "주어가 he, she, it이나 한 사람, 한 가지일 때 현재 시제 동사 끝에 -s를 붙여요: she goes, he likes, "
                + "it works. I, you, we, they 뒤에는 -s를 붙이지 않아요. 의문문과 부정문에서는 does나 doesn't를 쓰고 "
                + "동사에는 -s를 붙이지 않아요: Does she go? She doesn't go. 주어와 동사가 멀리 떨어져 있으면 -s를 "
                + "빠뜨리기 쉬우니, 동사를 쓰기 전에 주어를 다시 확인하세요.")
        // Tips as long as the rules' own, which the module shows in both languages.
        long.tips = [
            LocalizedText(
                en: "Before you write a verb, find its subject and ask: is it one person or thing, and not I or you?",
                ko: "동사를 쓰기 전에 주어를 찾고, 주어가 I나 you가 아닌 한 사람이나 한 가지인지 확인하세요."),
            LocalizedText(
                en: "In a question or a negative with does or doesn't, the -s moves to does: the main verb has none.",
                ko: "does나 doesn't가 들어간 의문문과 부정문에서는 -s가 does로 옮겨 가서 본동사에는 붙지 않아요."),
        ]
        long.problems.append(
            Problem(
                kind: .fillInTheBlank, instruction: LocalizedText(en: "Fill in the blank.", ko: "빈칸을 채우세요."),
                text: "My brother ___ football on Sundays.", answer: "plays"))
        state.modules[0] = ModuleEntry(module: long)
        state.focus = .detail
        state.detail = DetailState(moduleIndex: 0)
        return state
    }

    @Test(
        "problems below the fold are announced on the last row, with how many and the keys",
        arguments: [(100, 30, "en"), (120, 40, "en"), (100, 30, "ko"), (120, 40, "ko")])
    func announced(columns: Int, rows: Int, language: String) throws {
        let strings = language == "ko" ? Strings.korean : Strings.english
        let state = Self.longState(columns: columns, rows: rows, strings: strings)
        let screen = Renderer.render(state).screen
        try GoldenScreen.check(screen, "\(language == "ko" ? "ko-" : "")detail-practice-below-\(columns)x\(rows)")
        let text = screen.lines.joined(separator: "\n")
        let pointer = try #require(screen.lines.last { $0.contains("▼ ") }, "the pointer is on the screen")
        let count = columns == 100 ? 3 : 2  // at 120x40 the first problem is on the screen
        #expect(pointer.contains(strings.count("modules.detail.below", count)), "\(pointer)")
        #expect(!text.contains(strings("modules.detail.keys_shortest")), "the answer keys are below, with the problems")
    }

    @Test("scrolled to the problems, the pointer goes and the practice heading shows")
    func scrolled() {
        var state = Self.longState(columns: 120, rows: 40)
        for _ in 0..<4 { _ = Reducer.reduce(&state, .input(.key(.pageDown, []))) }
        #expect(state.detail?.scroll == 20 && state.chatScroll == 0, "PgDn scrolls the open module, not the chat")
        let text = Renderer.render(state).screen.lines.joined(separator: "\n")
        #expect(text.contains("Practice: 3 problems"))
        #expect(!text.contains("problems below"))
    }

    @Test("outside an open module PgUp scrolls the chat (the negative control)")
    func chatScrolls() {
        var state = chattingState(columns: 120, rows: 40)
        _ = Reducer.reduce(&state, .input(.key(.pageUp, [])))
        #expect(state.chatScroll > 0)
    }

    @Test("a module that fits whole has no pointer, only its practice heading (the negative control)")
    func fitsWhole() {
        var state = chattingState(columns: 120, rows: 40)
        state.focus = .detail
        state.detail = DetailState(moduleIndex: 0)
        let text = Renderer.render(state).screen.lines.joined(separator: "\n")
        #expect(text.contains("Practice: 2 problems"))
        #expect(!text.contains("problems below"))
    }

    @Test("the pointer is in the longest form that fits, whole, in both languages", arguments: [20, 40, 80])
    func pointerFits(width: Int) {
        for strings in [Strings.english, Strings.korean] {
            if let pointer = DetailView.practicePointer(3, strings, width: width) {
                #expect(DisplayWidth.of(pointer) <= width)
            }
        }
        #expect(DetailView.practicePointer(0, .english, width: 80) == nil, "no problems, nothing to point at")
    }
}

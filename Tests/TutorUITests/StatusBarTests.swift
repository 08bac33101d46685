// The status bar at 80 columns in English and Korean: every part whole or not there (issue 17, item 7).

import Foundation
import TerminalKit
import Testing
import TutorCore

@testable import TutorUI

@Suite("Status bar at 80 columns")
struct StatusBarTests {
    /// The states a learner meets in a chat, each with its golden name.
    static func states(_ strings: Strings) -> [(name: String, state: AppState)] {
        func with(_ state: AppState, _ change: (inout AppState) -> Void) -> AppState {
            var state = state
            state.strings = strings
            state.analyserName = strings("status.analyser_rules")
            change(&state)
            return state
        }
        let longLabel = LocalizedText(
            en: "-ing adjectives for what causes a feeling, and -ed adjectives for how you feel",
            ko: "감정을 일으키는 것에는 -ing 형용사, 느끼는 사람에게는 -ed 형용사를 써요")
        return [
            ("start", with(baseState(columns: 80, rows: 24)) { _ in }),
            (
                "analysing",
                with(chattingState(columns: 80, rows: 24)) {
                    $0.progress.batchesStarted = 3
                    $0.progress.batchesAnalysed = 2
                    $0.progress.fellBack = true
                }
            ),
            ("modules", with(chattingState(columns: 80, rows: 24)) { $0.focus = .modules }),
            (
                "saved",
                with(chattingState(columns: 80, rows: 24)) {
                    $0.focus = .modules
                    $0.notice = strings("notice.saved", ["label": strings.pick(longLabel)])
                }
            ),
            (
                "cap",
                with(chattingState(columns: 80, rows: 24)) {
                    $0.modulesMade[.learnerA] = $0.maximumModules
                    $0.progress.isDone = true
                }
            ),
            (
                "detail",
                with(chattingState(columns: 80, rows: 24)) {
                    $0.focus = .detail
                    $0.detail = DetailState(moduleIndex: 0)
                }
            ),
        ]
    }

    static let languages: [(String, Strings)] = [("en", .english), ("ko", .korean)]

    @Test("every state's bar fits 80 columns, its parts whole", arguments: ["en", "ko"])
    func fits(language: String) throws {
        let strings = language == "ko" ? Strings.korean : Strings.english
        for (name, state) in Self.states(strings) {
            let screen = Renderer.render(state).screen
            let bar = screen.lines[23]
            #expect(DisplayWidth.of(bar) <= 80, "\(name): \(bar)")
            try GoldenScreen.check(screen, "\(language == "ko" ? "ko-" : "")status-\(name)-80x24")
            if let notice = state.notice {
                // A notice shows whole, or cut at a space with an ellipsis.
                let start = try #require(bar.range(of: String(notice.prefix(6))), "\(name): no notice in \(bar)")
                let right = String(String(bar[start.lowerBound...]).reversed().drop { $0 == " " }.reversed())
                let kept = right.hasSuffix("…") ? String(right.dropLast()) : right
                #expect(
                    notice == kept || notice.hasPrefix(kept + " "), "\(name): the notice is cut inside a word: \(bar)")
            } else {
                #expect(bar.hasSuffix(" " + Self.hints(state) + " "), "\(name): the key hints are not whole: \(bar)")
            }
            // The counts stay whole at the left.
            #expect(bar.hasPrefix(" ✓\(state.validatedCount) ✗\(state.rejectedCount) ★\(state.savedCount) "), "\(name)")
        }
    }

    @Test("the key hints give up whole hints, last first, when even the counts leave no room")
    func hintsDropWhole() {
        let hints = Strings.korean("status.hints_detail")
        let fitted = StatusBarView.fitted(notice: nil, hints: hints, width: 26)
        #expect(DisplayWidth.of(fitted) <= 26)
        #expect(hints.hasPrefix(fitted + " "), "a prefix of whole hints: \(fitted)")
        // The negative control: a plain cut would end inside a hint.
        #expect(!hints.hasPrefix(TextWrapping.truncate(hints, width: 26).dropLast() + " "))
    }

    @Test(
        "a notice is cut at a space, never inside a word",
        arguments: [
            ("Saved “-ing adjectives for what causes a feeling”", 30, "Saved “-ing adjectives for…"),
            ("저장했어요: “감정을 일으키는 것에는 -ing 형용사”", 30, "저장했어요: “감정을 일으키는…"),
            ("Supercalifragilistic", 8, "Superca…"),
            ("short", 8, "short"),
        ])
    func noticeAtWord(notice: String, width: Int, expected: String) {
        #expect(TextWrapping.truncateAtWord(notice, width: width) == expected)
        #expect(DisplayWidth.of(TextWrapping.truncateAtWord(notice, width: width)) <= width)
    }

    /// What the bar shows at its right: the key hints for the state's focus.
    static func hints(_ state: AppState) -> String {
        let key =
            state.conversationEnded && state.focus == .input
            ? "status.hints_ended" : StatusBarView.hintsKey[state.focus] ?? "status.hints_modules"
        return state.strings(key)
    }

}

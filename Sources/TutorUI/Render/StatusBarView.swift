// The status bar: script, analyser, progress, module counts and key hints.

import TerminalKit
import TutorCore

enum StatusBarView {
    static let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
    /// The key hints for where the keys go: the chat, the module list, an open module.
    static let hintsKey: [FocusArea: String] = [
        .input: "status.hints_chat", .modules: "status.hints_modules", .detail: "status.hints_detail",
    ]

    /// The right part in `width` columns: a notice cut at a space (never inside a word), or
    /// the key hints with the last ones left out whole (each hint is a `key:action` pair).
    static func fitted(notice: String?, hints: String, width: Int) -> String {
        if let notice { return TextWrapping.truncateAtWord(notice, width: width) }
        var items = hints.split(separator: " ").map(String.init)
        while items.count > 1, DisplayWidth.of(items.joined(separator: " ")) > width { items.removeLast() }
        return items.joined(separator: " ")
    }

    static func draw(_ state: AppState, row: Int, on screen: inout ScreenBuffer) {
        let theme = state.theme
        let width = state.size.columns
        screen.paint(Rect(column: 0, row: row, width: width, height: 1), style: theme[.statusBar])
        let source = state.conversationTitle
        let progress = state.progress
        let strings = state.strings
        var analysis: String
        if progress.isBusy {
            analysis = strings(
                "status.analysing",
                [
                    "spinner": spinner[state.spinnerFrame % spinner.count], "done": progress.batchesAnalysed,
                    "total": max(progress.batchesStarted, progress.batchesAnalysed),
                ])
        } else if progress.isDone {
            analysis = strings("status.analysis_done")
        } else {
            analysis = strings("status.analysed", ["count": progress.messagesAnalysed])
        }
        if progress.fellBack { analysis += strings("status.fallback") }
        let counts = "✓\(state.validatedCount) ✗\(state.rejectedCount) ★\(state.savedCount)"
        // Once the conversation has ended, ^E (end) has nothing left to do and leaves the chat's hints.
        let hintKey =
            state.conversationEnded && state.focus == .input
            ? "status.hints_ended" : Self.hintsKey[state.focus] ?? "status.hints_modules"
        let hints = fitted(
            notice: state.notice, hints: strings(hintKey), width: width - DisplayWidth.of(" \(counts) ") - 1)
        // The key hints (or the notice) come first: the left part gives up the analyser's name,
        // then the source, then the progress, until both fit (80 columns keep the progress).
        // Every part goes whole or not at all, in either language (Korean is twice as wide).
        let details = [
            [counts, analysis, source, state.analyserName], [counts, analysis, source], [counts, analysis], [counts],
        ]
        .map { " " + $0.joined(separator: " · ") + " " }
        let left =
            details.first { DisplayWidth.of($0) + DisplayWidth.of(hints) + 1 <= width } ?? details[details.count - 1]
        let leftWidth = screen.write(
            TextWrapping.truncate(left, width: width), column: 0, row: row, style: theme[.statusBar])
        let room = width - leftWidth - 1
        guard room > 4, DisplayWidth.of(hints) <= room else { return }
        screen.write(
            hints, column: width - DisplayWidth.of(hints) - 1, row: row,
            style: state.notice == nil ? theme[.statusBar] : theme[.statusAccent])
    }
}

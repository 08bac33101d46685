// The status bar: script, analyser, progress, module counts and key hints.

import TerminalKit
import TutorCore

enum StatusBarView {
    static let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
    /// The key hints for where the keys go: the chat, the module list, an open module.
    static let hintsKey: [FocusArea: String] = [
        .input: "status.hints_chat", .modules: "status.hints_modules", .detail: "status.hints_detail",
    ]

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
        let hints = state.notice ?? strings(hintKey)
        // The key hints (or the notice) stay whole: the left part gives up the analyser's name,
        // then the source, then the progress, until both fit (80 columns keep the progress).
        let details = [
            [counts, analysis, source, state.analyserName], [counts, analysis, source], [counts, analysis], [counts],
        ]
        .map { " " + $0.joined(separator: " · ") + " " }
        let left =
            details.first { DisplayWidth.of($0) + DisplayWidth.of(hints) + 1 <= width } ?? details[details.count - 1]
        let leftWidth = screen.write(
            TextWrapping.truncate(left, width: width), column: 0, row: row, style: theme[.statusBar])
        let room = width - leftWidth - 1
        guard room > 4 else { return }
        let right = TextWrapping.truncate(hints, width: room)
        screen.write(
            right, column: width - DisplayWidth.of(right) - 1, row: row,
            style: state.notice == nil ? theme[.statusBar] : theme[.statusAccent])
    }
}

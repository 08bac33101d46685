// The chat pane: the scrollable log, and the input area that grows with its text.

import Synchronization
import TerminalKit
import TutorCore

enum ChatPaneView {
    /// The input area grows to at most this many rows.
    static let maximumInputRows = 5
    static let prompt = "› "

    /// Where the pane's parts go: the log above, a rule, and the input area below it, as tall
    /// as the input's text (up to `maximumInputRows`).
    struct Layout {
        let input: InputLayout
        let inputRows: Int
        let logRect: Rect
        let inputRect: Rect

        init(_ state: AppState, in rect: Rect) {
            input = InputLayout.recent(state.input, width: rect.width - DisplayWidth.of(prompt))
            inputRows = min(maximumInputRows, max(1, input.lines.count))
            logRect = Rect(
                column: rect.column, row: rect.row, width: rect.width, height: max(0, rect.height - inputRows - 1))
            inputRect = Rect(column: rect.column, row: logRect.maxRow + 1, width: rect.width, height: inputRows)
        }
    }

    /// Draws the pane; returns where the cursor goes when the input has the focus.
    static func draw(_ state: AppState, in rect: Rect, on screen: inout ScreenBuffer) -> CursorPosition? {
        let theme = state.theme
        let layout = Layout(state, in: rect)
        let logRect = layout.logRect
        let ruleRow = logRect.maxRow

        // Only the newest lines that can show are wrapped: a long chat costs no more per frame.
        let logLines = self.logLines(state, width: logRect.width, needed: logRect.height + state.chatScroll)
        let maximumScroll = max(0, logLines.count - logRect.height)
        let scroll = min(state.chatScroll, maximumScroll)
        let end = logLines.count - scroll
        let visible = Array(logLines[max(0, end - logRect.height)..<end])
        screen.draw(visible, in: logRect)
        if scroll > 0 {
            let marker = state.strings("chat.more_below", ["count": scroll])
            screen.write(
                marker, column: logRect.maxColumn - DisplayWidth.of(marker), row: logRect.maxRow - 1,
                style: theme[.accent], clip: logRect)
        }

        let focused = state.focus == .input && state.overlay == nil
        let ruleStyle = focused ? theme[.accent] : theme[.border]
        screen.write(
            String(repeating: "─", count: rect.width), column: rect.column, row: ruleRow, style: ruleStyle, clip: rect)
        // Alone on a narrow screen, the chat says in its rule what the hidden module pane would.
        if state.isNarrow {
            let label = ModulePaneView.ruleLabel(state)
            if let text = firstFitting(label.texts.map { " \($0) " }, width: rect.width - 4) {
                screen.write(
                    text, column: rect.maxColumn - 2 - DisplayWidth.of(text), row: ruleRow, style: theme[label.role],
                    clip: rect)
            }
        }
        return drawInput(state, layout, on: &screen)
    }

    /// Draws the input area (or the replay's state in its place) onto blank cells; returns where
    /// the cursor goes when the input has the focus. A key press that changes only the input
    /// redraws just this (`Renderer.render(_:after:)`).
    static func drawInput(_ state: AppState, _ layout: Layout, on screen: inout ScreenBuffer) -> CursorPosition? {
        let theme = state.theme
        let inputRect = layout.inputRect
        let inputLayout = layout.input
        let inputRows = layout.inputRows
        if state.replay != nil, !state.conversationEnded {
            let replay = state.replay
            let status =
                replay?.isPaused == true
                ? state.strings("chat.replay_paused")
                : state.strings("chat.replaying", ["speed": Reducer.formatSpeed(replay?.speed ?? 1)])
            screen.write(
                TextWrapping.truncate(status, width: inputRect.width), column: inputRect.column, row: inputRect.row,
                style: theme[.dim], clip: inputRect)
            return nil
        }
        // Keep the cursor's line in view when the input is taller than its area.
        let firstLine = max(0, min(inputLayout.cursorLine - inputRows + 1, inputLayout.lines.count - inputRows))
        for row in 0..<inputRows {
            let lineIndex = firstLine + row
            let leader = lineIndex == 0 ? prompt : String(repeating: " ", count: DisplayWidth.of(prompt))
            screen.write(
                leader, column: inputRect.column, row: inputRect.row + row, style: theme[.accent], clip: inputRect)
            if inputLayout.lines.indices.contains(lineIndex) {
                screen.write(
                    inputLayout.lines[lineIndex], column: inputRect.column + DisplayWidth.of(prompt),
                    row: inputRect.row + row, style: theme[.text], clip: inputRect)
            }
        }
        if state.input.text.isEmpty, let hint = firstFitting(inputHints(state), width: inputRect.width - 2) {
            screen.write(hint, column: inputRect.column + 2, row: inputRect.row, style: theme[.dim], clip: inputRect)
        }
        guard state.focus == .input, state.overlay == nil else { return nil }
        return CursorPosition(
            column: inputRect.column + DisplayWidth.of(prompt) + inputLayout.cursorColumn,
            row: inputRect.row + inputLayout.cursorLine - firstLine)
    }

    /// The empty input line's hint, longest first: the line shows the first that fits whole.
    static func inputHints(_ state: AppState) -> [String] {
        let strings = state.strings
        guard !state.conversationEnded else { return [strings("chat.ended_hint"), strings("chat.ended_hint_short")] }
        return [strings("chat.input_hint"), strings("chat.input_hint_short"), strings("chat.input_hint_shortest")]
    }

    /// The first of `texts` (longest first) that fits in `width` columns, or nil: a hint is
    /// shown whole or not at all, never cut in the middle of a word.
    static func firstFitting(_ texts: [String], width: Int) -> String? {
        texts.first { DisplayWidth.of($0) <= width }
    }

    /// The log's last lines, at least `needed` of them when the chat has that many.
    static func logLines(_ state: AppState, width: Int, needed: Int) -> [StyledLine] {
        let theme = state.theme
        var lines: [StyledLine] = []
        if state.interviewer?.isTyping == true
            || (state.liveInterviewer.map { $0.isStreaming && $0.entryIndex == nil } ?? false)
        {
            let dots = String(repeating: ".", count: state.spinnerFrame % 3 + 1)
            lines.append(StyledLine(state.strings("chat.typing") + dots, theme[.dim]))
        }
        for entry in state.entries.reversed() {
            if lines.count >= needed { break }
            let (label, role): (String, Theme.Role) =
                switch entry.speaker {
                case .interviewer: (state.strings("chat.interviewer") + ": ", .interviewer)
                case .system: ("· ", .system)
                // A recording's learners are not "you": each by the recording's name for them.
                case state.learner where state.replay == nil: (state.strings("chat.you") + ": ", .learner)
                case .learnerA where state.replay != nil: ("\(state.speakerLabel(entry.speaker)): ", .learner)
                default: ("\(state.speakerLabel(entry.speaker)): ", .learnerB)
                }
            let textStyle = entry.speaker == .system ? theme[.system] : theme[.text]
            let marks =
                state.showsFindingMarks && state.isFollowing(entry.speaker) ? (entry.findings ?? []).map(\.span) : []
            lines += WrappedLineCache.shared.wrapped(
                entry.text, style: textStyle, width: width, prefix: (label, theme[role]), marks: marks,
                markStyle: markStyle(textStyle)
            ).reversed()
        }
        return lines.reversed()
    }
}

extension ChatPaneView {
    /// A finding's mark: the message's own style, underlined (subtle in every theme, and
    /// visible without colour).
    static func markStyle(_ textStyle: CellStyle) -> CellStyle {
        var style = textStyle
        style.underline = true
        return style
    }
}

/// The input text laid out by grapheme into rows of at most `width` columns, and the
/// cursor's row and column in that layout.
struct InputLayout {
    var lines: [String] = [""]
    var cursorLine = 0
    var cursorColumn = 0

    init(_ input: InputLine, width: Int) {
        let width = max(1, width)
        var column = 0
        for (index, character) in input.characters.enumerated() {
            if index == input.cursor {
                cursorLine = lines.count - 1
                cursorColumn = column
            }
            if character == "\n" {
                lines.append("")
                column = 0
                continue
            }
            let characterWidth = DisplayWidth.of(character)
            if column + characterWidth > width {
                lines.append("")
                column = 0
                if index == input.cursor {
                    cursorLine = lines.count - 1
                    cursorColumn = 0
                }
            }
            lines[lines.count - 1].append(character)
            column += characterWidth
        }
        if input.cursor >= input.characters.count {
            if column >= width {
                lines.append("")
                column = 0
            }
            cursorLine = lines.count - 1
            cursorColumn = column
        }
    }
}

extension InputLayout {
    private struct Entry {
        var characters: [Character]
        var cursor: Int
        var width: Int
        var layout: InputLayout
    }

    private static let entries = Mutex<[Entry]>([])

    /// `InputLayout(input, width:)`, kept for the two lines laid out last: a key press lays out
    /// the new line and the line before it (to see whether the input area keeps its height,
    /// `Renderer.redrawingInput`), and the frame before laid that one out already. Like
    /// `WrappedLineCache`, a memo of a pure function.
    static func recent(_ input: InputLine, width: Int) -> InputLayout {
        let found = entries.withLock { entries in
            entries.first { $0.cursor == input.cursor && $0.width == width && $0.characters == input.characters }
        }
        if let found { return found.layout }
        let layout = InputLayout(input, width: width)
        entries.withLock { entries in
            entries.insert(
                Entry(characters: input.characters, cursor: input.cursor, width: width, layout: layout), at: 0)
            if entries.count > 2 { entries.removeLast() }
        }
        return layout
    }
}

// Draws the whole app into a screen buffer: layout, panes, status bar, overlays.

import TerminalKit
import TutorCore

/// Renders an `AppState` into a `ScreenBuffer` and says where the cursor goes. Pure.
public enum Renderer {
    /// The whole screen for `state` at `state.size` (chat pane, side pane, status bar, input line
    /// and any overlay), and the cursor's place in the input line, or nil to hide it. Any size
    /// works: below the minimum it draws a "too small" notice instead of the panes.
    public static func render(_ state: AppState) -> (screen: ScreenBuffer, cursor: CursorPosition?) {
        var screen = ScreenBuffer(size: state.size)
        let theme = state.theme
        guard !state.isTooSmall else {
            drawTooSmall(size: state.size, theme: state.theme, strings: state.strings, &screen)
            return (screen, nil)
        }
        let content = Rect(column: 0, row: 0, width: state.size.columns, height: state.size.rows - 1)
        var cursor: CursorPosition?
        if state.isNarrow {
            if state.showsModulePaneWhenNarrow {
                cursor = ModulePaneView.draw(state, in: content, on: &screen)
            } else {
                cursor = ChatPaneView.draw(state, in: content, on: &screen)
            }
        } else {
            let chat = chatRect(state)
            let side = Rect(column: chat.maxColumn + 1, row: 0, width: sideWidth(state), height: content.height)
            let chatCursor = ChatPaneView.draw(state, in: chat, on: &screen)
            for row in 0..<content.height {
                screen.write("│", column: chat.maxColumn, row: row, style: theme[.border])
            }
            let sideCursor = ModulePaneView.draw(state, in: side, on: &screen)
            cursor = state.focus == .input ? chatCursor : sideCursor
        }
        StatusBarView.draw(state, row: state.size.rows - 1, on: &screen)
        if let overlay = state.overlay {
            OverlayView.draw(overlay, state, on: &screen)
            cursor = nil
        }
        return (screen, cursor)
    }

    /// The same frame as `render(state)`, made from the frame drawn for the state before it:
    /// when only the input line changed (a typed character, the cursor moved) and the input
    /// area keeps its height, only that area is redrawn over `previous.screen`; otherwise the
    /// whole screen is rendered. A key press then costs a few rows instead of every pane.
    public static func render(_ state: AppState, after previous: (state: AppState, screen: ScreenBuffer)) -> (
        screen: ScreenBuffer, cursor: CursorPosition?
    ) {
        redrawingInput(state, after: previous) ?? render(state)
    }

    /// The frame with only the input area redrawn, or nil when anything else may differ.
    static func redrawingInput(_ state: AppState, after previous: (state: AppState, screen: ScreenBuffer)) -> (
        screen: ScreenBuffer, cursor: CursorPosition?
    )? {
        guard state.input != previous.state.input, previous.screen.size == state.size, !state.isTooSmall,
            state.overlay == nil, state.replay == nil, state.focus == .input,
            !(state.isNarrow && state.showsModulePaneWhenNarrow)
        else { return nil }
        var rest = state
        rest.input = previous.state.input
        guard rest == previous.state else { return nil }
        let chat = chatRect(state)
        let layout = ChatPaneView.Layout(state, in: chat)
        guard ChatPaneView.Layout(previous.state, in: chat).inputRect == layout.inputRect else { return nil }
        var screen = previous.screen
        screen.fill(layout.inputRect)
        let cursor = ChatPaneView.drawInput(state, layout, on: &screen)
        return (screen, cursor)
    }

    /// Where the chat pane goes: the whole screen above the status bar when narrow, else
    /// beside the module pane.
    static func chatRect(_ state: AppState) -> Rect {
        let content = Rect(column: 0, row: 0, width: state.size.columns, height: state.size.rows - 1)
        guard !state.isNarrow else { return content }
        return Rect(column: 0, row: 0, width: content.width - sideWidth(state) - 1, height: content.height)
    }

    static func sideWidth(_ state: AppState) -> Int { min(60, max(36, state.size.columns * 2 / 5)) }

    static func drawTooSmall(size: TerminalSize, theme: Theme, strings: Strings, _ screen: inout ScreenBuffer) {
        let minimum = AppState.minimumSize
        let lines = [
            strings("chat.too_small.title"),
            strings(
                "chat.too_small.sizes",
                ["need": "\(minimum.columns)×\(minimum.rows)", "have": "\(size.columns)×\(size.rows)"]),
            strings("chat.too_small.advice"),
        ]
        let top = max(0, size.rows / 2 - 1)
        for (offset, line) in lines.enumerated() {
            let text = TextWrapping.truncate(line, width: size.columns)
            let column = max(0, (size.columns - DisplayWidth.of(text)) / 2)
            screen.write(text, column: column, row: top + offset, style: offset == 0 ? theme[.title] : theme[.text])
        }
    }
}

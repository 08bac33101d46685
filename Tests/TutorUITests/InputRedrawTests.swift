// A key press that changes only the input line redraws only the input area: the same frame as
// a full render, whatever the keys, sizes and input heights.

import TerminalKit
import Testing
import TutorCore

@testable import TutorUI

@Suite("Redrawing only the input")
struct InputRedrawTests {
    /// Typing, moving and deleting, with wide Hangul, a wrap onto a second input row, a newline
    /// and Enter (which sends the line: everything changes).
    static let events: [InputEvent] = [
        .text("I"), .text(" "), .text("a"), .text("m"), .text(" "), .text("학"), .text("생"),
        .key(.left, []), .key(.left, []), .text("x"), .key(.backspace, []), .key(.home, []), .key(.end, []),
        .text(String(repeating: "long words ", count: 9)), .text("y"), .key(.backspace, []),
        .key(.enter, [.alt]), .text("z"), .key(.backspace, []), .key(.backspace, []), .key(.enter, []),
        .text("next"), .control("u"), .text("a"),
    ]

    @Test("after each key the frame made from the last one equals a full render", arguments: [(120, 30), (80, 24)])
    func sameFrame(columns: Int, rows: Int) {
        var state = chattingState(columns: columns, rows: rows)
        var previous = (state: state, screen: Renderer.render(state).screen)
        var cheap = 0
        for event in Self.events {
            _ = Reducer.reduce(&state, .input(event))
            let full = Renderer.render(state)
            if Renderer.redrawingInput(state, after: previous) != nil { cheap += 1 }
            let reused = Renderer.render(state, after: previous)
            #expect(reused.screen == full.screen, "after \(event)")
            #expect(reused.cursor == full.cursor, "after \(event)")
            previous = (state, reused.screen)
        }
        // Most keys here change only the input; the wrap, Enter and the empty input do more.
        #expect(cheap >= Self.events.count / 2, "\(cheap) of \(Self.events.count) keys redrew only the input")
    }

    @Test("anything besides the input (a notice, the focus, an overlay, a new message) renders the whole frame")
    func otherChanges() {
        let state = chattingState()
        let previous = (state: state, screen: Renderer.render(state).screen)
        var typed = state
        typed.input.insert("a")
        #expect(Renderer.redrawingInput(typed, after: previous) != nil)
        var noticed = typed
        noticed.notice = "Saved."
        #expect(Renderer.redrawingInput(noticed, after: previous) == nil)
        var focused = typed
        focused.focus = .modules
        #expect(Renderer.redrawingInput(focused, after: previous) == nil)
        var helped = typed
        helped.overlay = .help
        #expect(Renderer.redrawingInput(helped, after: previous) == nil)
        var longer = typed
        longer.entries.append(ChatEntry(speaker: .interviewer, text: "And then?"))
        #expect(Renderer.redrawingInput(longer, after: previous) == nil)
        #expect(Renderer.redrawingInput(state, after: previous) == nil)
    }
}

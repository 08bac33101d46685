// Chat, talk and replay as a program for the loop: TutorUI's Reducer and Renderer.

import TerminalKit
import TutorUI

/// The chat screen (also talk and replay): `Reducer` and `Renderer` from TutorUI. The mouse
/// mode the state starts with is set before anything else, then the reducer's own start.
public enum ChatProgram: TerminalProgram {
    public static func start(_ state: inout AppState) -> [AppEffect] {
        [.setMouseCapture(state.mouseCapture)] + Reducer.start(&state)
    }

    public static func reduce(_ state: inout AppState, _ event: AppEvent) -> [AppEffect] {
        Reducer.reduce(&state, event)
    }

    public static func render(_ state: AppState) -> (screen: ScreenBuffer, cursor: CursorPosition?) {
        Renderer.render(state)
    }

    public static func render(_ state: AppState, after previous: (state: AppState, screen: ScreenBuffer)) -> (
        screen: ScreenBuffer, cursor: CursorPosition?
    ) {
        Renderer.render(state, after: previous)
    }

    public static func isQuitting(_ state: AppState) -> Bool { state.isQuitting }

    public static func setSize(_ size: TerminalSize, of state: inout AppState) { state.size = size }

    public static func key(_ input: InputEvent) -> AppEvent { .input(input) }

    public static func resize(_ size: TerminalSize) -> AppEvent { .resize(size) }

    public static var terminate: AppEvent { .terminate }
}

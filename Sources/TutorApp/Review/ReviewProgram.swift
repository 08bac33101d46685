// The review session as a program for the loop: TutorUI's ReviewReducer and ReviewRenderer.

import TerminalKit
import TutorUI

/// The review screen: `ReviewReducer` and `ReviewRenderer` from TutorUI.
public enum ReviewProgram: TerminalProgram {
    public static func reduce(_ state: inout ReviewState, _ event: ReviewEvent) -> [ReviewEffect] {
        ReviewReducer.reduce(&state, event)
    }

    public static func render(_ state: ReviewState) -> (screen: ScreenBuffer, cursor: CursorPosition?) {
        ReviewRenderer.render(state)
    }

    public static func isQuitting(_ state: ReviewState) -> Bool { state.isQuitting }

    public static func setSize(_ size: TerminalSize, of state: inout ReviewState) { state.size = size }

    public static func key(_ input: InputEvent) -> ReviewEvent { .input(input) }

    public static func resize(_ size: TerminalSize) -> ReviewEvent { .resize(size) }

    public static var terminate: ReviewEvent { .terminate }
}

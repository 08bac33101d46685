// What a terminal program is to the loop: a state, its events and effects, a pure reducer and a renderer.

import TerminalKit

/// A program the `ProgramLoop` runs: chat, talk and replay (`ChatProgram`) and review
/// (`ReviewProgram`). Everything here is pure; the world is met only by an `EffectPerformer`.
public protocol TerminalProgram: Sendable {
    associatedtype State
    associatedtype Event: Sendable
    associatedtype Effect

    /// The effects to perform before the first frame (a timer, the mouse mode).
    static func start(_ state: inout State) -> [Effect]
    /// Applies one event and says what must be done.
    static func reduce(_ state: inout State, _ event: Event) -> [Effect]
    /// The frame for a state, and where the cursor goes.
    static func render(_ state: State) -> (screen: ScreenBuffer, cursor: CursorPosition?)
    /// The same frame as `render(state)`, which a program may make more cheaply from the
    /// state and screen drawn before it (default: `render(state)`).
    static func render(_ state: State, after previous: (state: State, screen: ScreenBuffer)) -> (
        screen: ScreenBuffer, cursor: CursorPosition?
    )
    /// Whether the loop must stop after this event.
    static func isQuitting(_ state: State) -> Bool
    /// Records the terminal's size in the state before the first frame.
    static func setSize(_ size: TerminalSize, of state: inout State)

    /// A decoded key or paste as the program's event.
    static func key(_ input: InputEvent) -> Event
    /// A resize as the program's event.
    static func resize(_ size: TerminalSize) -> Event
    /// The event for a hang-up or a signal asking to quit.
    static var terminate: Event { get }
}

extension TerminalProgram {
    public static func start(_ state: inout State) -> [Effect] { [] }

    public static func render(_ state: State, after previous: (state: State, screen: ScreenBuffer)) -> (
        screen: ScreenBuffer, cursor: CursorPosition?
    ) {
        render(state)
    }
}

// A grid of cells the app renders into; backends draw only what changed between two.

/// The screen as a grid of cells, row-major.
public struct ScreenBuffer: Hashable, Sendable {
    public let size: TerminalSize
    public private(set) var cells: [Cell]

    public init(size: TerminalSize) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.columns * size.rows)
    }

    public subscript(column: Int, row: Int) -> Cell {
        get {
            guard column >= 0, row >= 0, column < size.columns, row < size.rows else { return .blank }
            return cells[row * size.columns + column]
        }
        set {
            guard column >= 0, row >= 0, column < size.columns, row < size.rows else { return }
            cells[row * size.columns + column] = newValue
        }
    }
}

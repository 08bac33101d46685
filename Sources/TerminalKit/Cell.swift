// One terminal cell: a grapheme (or the right half of a wide one) and its style.

/// A colour as terminals know them. Themes map roles to colours; `mono` uses only `.default`.
public enum TerminalColor: Hashable, Sendable {
    case `default`
    /// One of the 16 ANSI colours (0–15).
    case ansi(UInt8)
    /// One of the 256 indexed colours (16–255 beyond the ANSI ones).
    case indexed(UInt8)
}

/// How a cell is drawn.
public struct CellStyle: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(
        foreground: TerminalColor = .default, background: TerminalColor = .default, bold: Bool = false,
        dim: Bool = false, underline: Bool = false, reverse: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = CellStyle()
}

/// One cell of the screen. A wide grapheme (Hangul, most emoji) occupies its cell and the
/// next; the next cell is a `continuation` and is never drawn on its own.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; " " for blank, "" for the right half of a wide grapheme.
    public var grapheme: String
    public var style: CellStyle

    public init(grapheme: String = " ", style: CellStyle = .plain) {
        self.grapheme = grapheme
        self.style = style
    }

    public var isContinuation: Bool { grapheme.isEmpty }
    public static let blank = Cell()
}

/// A size in cells.
public struct TerminalSize: Hashable, Sendable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
    }
}

/// A rectangle of cells; origin at the top left.
public struct Rect: Hashable, Sendable {
    public var column: Int
    public var row: Int
    public var width: Int
    public var height: Int

    public init(column: Int, row: Int, width: Int, height: Int) {
        self.column = column
        self.row = row
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxColumn: Int { column + width }
    public var maxRow: Int { row + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
}

/// Where the terminal cursor should be shown, if anywhere.
public struct CursorPosition: Hashable, Sendable {
    public var column: Int
    public var row: Int
    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }
}

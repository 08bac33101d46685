// One terminal cell: a grapheme (or the right half of a wide one) and its style.

import Synchronization

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
///
/// A cell holds no reference (`GraphemeBytes`), so a screen of them is copied, compared and
/// freed as plain memory: every key press copies the 4,800 cells of the frame before it, and
/// a String in each cell made that a retain per cell, and a release per cell when the older
/// frame went away.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; " " for blank, "" for the right half of a wide grapheme.
    public var grapheme: String {
        get { bytes.string }
        set { bytes = GraphemeBytes(newValue) }
    }
    public var style: CellStyle
    private var bytes: GraphemeBytes

    public init(grapheme: String = " ", style: CellStyle = .plain) {
        self.bytes = GraphemeBytes(grapheme)
        self.style = style
    }

    public var isContinuation: Bool { bytes.isEmpty }
    /// The grapheme's byte when it is one ASCII character (most cells), without making a String.
    public var asciiByte: UInt8? { bytes.asciiByte }
    public static let blank = Cell()
}

/// A grapheme's UTF-8 in 16 bytes with no reference: up to 15 bytes inline, the 16th their
/// count; a longer grapheme (a family emoji) is kept once in `LongGraphemes` and stored by its
/// number. The same grapheme always has the same bytes, so equal cells compare equal byte for byte.
struct GraphemeBytes: Hashable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// The 16th byte's value for a grapheme kept in `LongGraphemes`.
    private static let long: UInt8 = 0xFF
    private static let inlineCapacity = 15

    init(_ grapheme: String) {
        var grapheme = grapheme
        grapheme.withUTF8 { utf8 in
            if utf8.count <= Self.inlineCapacity {
                withUnsafeMutableBytes(of: &self) { raw in
                    raw.copyMemory(from: UnsafeRawBufferPointer(utf8))
                    raw[Self.inlineCapacity] = UInt8(utf8.count)
                }
            } else {
                low = UInt64(LongGraphemes.number(of: Array(utf8)))
                withUnsafeMutableBytes(of: &self) { $0[Self.inlineCapacity] = Self.long }
            }
        }
    }

    var isEmpty: Bool { low == 0 && high == 0 }

    /// The byte of a grapheme that is one byte below 0x80 (its count, the 16th byte, is 1).
    var asciiByte: UInt8? {
        withUnsafeBytes(of: self) { raw in raw[Self.inlineCapacity] == 1 && raw[0] < 0x80 ? raw[0] : nil }
    }

    var string: String {
        withUnsafeBytes(of: self) { raw in
            let count = raw[Self.inlineCapacity]
            if count == Self.long { return LongGraphemes.string(numbered: Int(low)) }
            return String(decoding: UnsafeRawBufferPointer(rebasing: raw[0..<Int(count)]), as: UTF8.self)
        }
    }
}

/// Graphemes longer than 15 bytes, each kept once and numbered, for `GraphemeBytes`. Few
/// exist (emoji sequences), so the table stays small.
enum LongGraphemes {
    private static let table = Mutex<(graphemes: [String], numbers: [[UInt8]: Int])>(([], [:]))

    static func number(of utf8: [UInt8]) -> Int {
        table.withLock { table in
            if let number = table.numbers[utf8] { return number }
            table.graphemes.append(String(decoding: utf8, as: UTF8.self))
            table.numbers[utf8] = table.graphemes.count - 1
            return table.graphemes.count - 1
        }
    }

    static func string(numbered number: Int) -> String {
        table.withLock { $0.graphemes[number] }
    }
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

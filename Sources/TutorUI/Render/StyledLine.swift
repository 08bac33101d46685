// A line of differently styled pieces of text, and drawing lines into a pane.

import TerminalKit

/// One screen line made of styled pieces.
public struct StyledLine: Hashable, Sendable {
    public var pieces: [(text: String, style: CellStyle)]

    public init(_ pieces: [(String, CellStyle)] = []) {
        self.pieces = pieces.map { (text: $0.0, style: $0.1) }
    }

    public init(_ text: String, _ style: CellStyle) {
        self.init([(text, style)])
    }

    public static func == (lhs: StyledLine, rhs: StyledLine) -> Bool {
        lhs.pieces.map(\.text) == rhs.pieces.map(\.text) && lhs.pieces.map(\.style) == rhs.pieces.map(\.style)
    }

    public func hash(into hasher: inout Hasher) {
        pieces.forEach {
            hasher.combine($0.text)
            hasher.combine($0.style)
        }
    }

    /// Wraps `text` to `width` columns, with `prefix` on the first line and as much indent
    /// on the others.
    public static func wrapped(_ text: String, style: CellStyle, width: Int, prefix: (String, CellStyle)? = nil)
        -> [StyledLine]
    {
        let indent = prefix.map { DisplayWidth.of($0.0) } ?? 0
        let lines = TextWrapping.wrap(text, width: max(1, width - indent))
        guard !lines.isEmpty else { return prefix.map { [StyledLine([$0])] } ?? [] }
        return lines.enumerated().map { index, line in
            if index == 0, let prefix { return StyledLine([prefix, (line, style)]) }
            return StyledLine([(String(repeating: " ", count: indent), style), (line, style)])
        }
    }
}

extension ScreenBuffer {
    /// Draws styled lines into a rectangle, clipped to it, from its top row.
    mutating func draw(_ lines: [StyledLine], in rect: Rect) {
        for (offset, line) in lines.prefix(rect.height).enumerated() {
            var column = rect.column
            for piece in line.pieces {
                column += write(piece.text, column: column, row: rect.row + offset, style: piece.style, clip: rect)
            }
        }
    }

    /// Fills a rectangle with blanks of one style.
    mutating func paint(_ rect: Rect, style: CellStyle) {
        fill(rect, with: Cell(grapheme: " ", style: style))
    }
}

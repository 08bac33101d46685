// A grid of cells the app renders into; backends draw only what changed between two.

/// Cells that changed, in one row, left to right.
public struct CellRun: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var cells: [Cell]

    public init(row: Int, column: Int, cells: [Cell]) {
        self.row = row
        self.column = column
        self.cells = cells
    }
}

/// The screen as a grid of cells, row-major. Writing never leaves half a wide grapheme
/// and never stores a control character.
public struct ScreenBuffer: Hashable, Sendable {
    public let size: TerminalSize
    public private(set) var cells: [Cell]

    public init(size: TerminalSize) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.columns * size.rows)
    }

    public subscript(column: Int, row: Int) -> Cell {
        get {
            guard contains(column: column, row: row) else { return .blank }
            return cells[row * size.columns + column]
        }
        set {
            guard contains(column: column, row: row) else { return }
            cells[row * size.columns + column] = newValue
        }
    }

    func contains(column: Int, row: Int) -> Bool {
        column >= 0 && row >= 0 && column < size.columns && row < size.rows
    }

    /// Writes text from a position, clipped to `clip` and the screen, and returns the
    /// columns it advanced. A wide grapheme that would cross the clip's right edge becomes one
    /// blank; control characters, escape sequences and bidi overrides are dropped; a zero-width grapheme
    /// joins the cell before it (or is dropped at the start).
    @discardableResult
    public mutating func write(_ text: String, column: Int, row: Int, style: CellStyle, clip: Rect? = nil) -> Int {
        let screenRect = Rect(column: 0, row: 0, width: size.columns, height: size.rows)
        let area = clip.map { $0.intersection(screenRect) } ?? screenRect
        guard row >= area.row, row < area.maxRow else { return 0 }
        var cursor = column
        var previous: Int?
        for grapheme in text {
            if grapheme.unicodeScalars.contains(where: Self.isUnprintable) { continue }
            let width = DisplayWidth.of(grapheme)
            if width == 0 {
                if let previous, contains(column: previous, row: row) {
                    self[previous, row].grapheme.append(grapheme)
                }
                continue
            }
            if cursor + width > area.maxColumn {
                // Half a wide grapheme never shows: the cell that fits becomes a blank.
                if cursor >= area.column, cursor < area.maxColumn {
                    put(Cell(grapheme: " ", style: style), column: cursor, row: row)
                }
                cursor += width
                break
            }
            if cursor >= area.column {
                put(Cell(grapheme: String(grapheme), style: style), column: cursor, row: row)
                if width == 2 { put(Cell(grapheme: "", style: style), column: cursor + 1, row: row) }
                previous = cursor
            }
            cursor += width
        }
        return max(0, cursor - column)
    }

    /// Controls, and the bidirectional overrides that could reorder what the terminal shows.
    static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value)
    }

    /// Puts one cell, blanking the other half of any wide grapheme it overwrites.
    private mutating func put(_ cell: Cell, column: Int, row: Int) {
        let old = self[column, row]
        if old.isContinuation, column > 0 {
            self[column - 1, row] = Cell(grapheme: " ", style: self[column - 1, row].style)
        }
        if !old.isContinuation, DisplayWidth.of(old.grapheme) == 2, !cell.isContinuation, column + 1 < size.columns {
            self[column + 1, row] = Cell(grapheme: " ", style: old.style)
        }
        self[column, row] = cell
    }

    /// Fills a rectangle (clipped to the screen) with one cell.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let area = rect.intersection(Rect(column: 0, row: 0, width: size.columns, height: size.rows))
        guard !area.isEmpty else { return }
        for row in area.row..<area.maxRow {
            // Do not leave a wide grapheme half inside the filled area.
            if area.column > 0, self[area.column, row].isContinuation {
                self[area.column - 1, row] = Cell(grapheme: " ", style: self[area.column - 1, row].style)
            }
            if area.maxColumn < size.columns, self[area.maxColumn, row].isContinuation {
                self[area.maxColumn, row] = Cell(grapheme: " ", style: self[area.maxColumn, row].style)
            }
            for column in area.column..<area.maxColumn { self[column, row] = cell }
        }
    }

    /// Each row as plain text (continuation cells skipped), for golden screens.
    public var lines: [String] {
        (0..<size.rows).map { row in
            var line = ""
            for column in 0..<size.columns where !self[column, row].isContinuation {
                line += self[column, row].grapheme
            }
            return line
        }
    }

    /// The runs of cells that differ from `previous`; everything when there is no previous
    /// frame of the same size. A run never starts on a continuation cell.
    public func changes(since previous: ScreenBuffer?) -> [CellRun] {
        var runs: [CellRun] = []
        for row in 0..<size.rows {
            if let previous, previous.size == size, rowIsUnchanged(row, in: previous) { continue }
            var column = 0
            while column < size.columns {
                guard let previous, previous.size == size, previous[column, row] == self[column, row] else {
                    var start = column
                    if self[start, row].isContinuation, start > 0 { start -= 1 }
                    var end = column + 1
                    while end < size.columns,
                        previous == nil || previous?.size != size || previous?[end, row] != self[end, row]
                            || self[end, row].isContinuation
                    {
                        end += 1
                    }
                    if let last = runs.last, last.row == row, last.column + last.cells.count >= start {
                        let overlap = last.column + last.cells.count - start
                        runs[runs.count - 1].cells += (start + overlap..<end).map { self[$0, row] }
                    } else {
                        runs.append(CellRun(row: row, column: start, cells: (start..<end).map { self[$0, row] }))
                    }
                    column = end
                    continue
                }
                column += 1
            }
        }
        return runs
    }

    /// Whether row `row` holds the same cells here as in `other` (of the same size), compared
    /// in place: after a key press most rows are unchanged, and comparing copies of their cells
    /// (a String each, retained and released) was most of the time a frame's diff took.
    ///
    /// The row's bytes are compared first: cells whose bytes are the same are equal (a small
    /// string is stored inline, so the same text has the same bytes; a larger one is the same
    /// object), and that compares a row in one pass. Different bytes can still be equal cells
    /// (padding, one text in two objects), so only then are the cells compared one by one.
    private func rowIsUnchanged(_ row: Int, in other: ScreenBuffer) -> Bool {
        let range = row * size.columns..<(row + 1) * size.columns
        return cells.withUnsafeBufferPointer { mine in
            other.cells.withUnsafeBufferPointer { theirs in
                if let mineStart = mine.baseAddress, let theirsStart = theirs.baseAddress,
                    Self.sameBytes(mineStart + range.lowerBound, theirsStart + range.lowerBound, count: range.count)
                {
                    return true
                }
                return range.allSatisfy { mine[$0] == theirs[$0] }
            }
        }
    }

    /// Whether `count` cells from `first` and from `second` have the same bytes, compared a
    /// word at a time.
    private static func sameBytes(_ first: UnsafePointer<Cell>, _ second: UnsafePointer<Cell>, count: Int) -> Bool {
        let byteCount = count * MemoryLayout<Cell>.stride
        guard byteCount % MemoryLayout<UInt64>.size == 0 else { return false }
        let firstBytes = UnsafeRawPointer(first)
        let secondBytes = UnsafeRawPointer(second)
        var offset = 0
        while offset < byteCount {
            guard
                firstBytes.load(fromByteOffset: offset, as: UInt64.self)
                    == secondBytes.load(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset += MemoryLayout<UInt64>.size
        }
        return true
    }

    /// This buffer with the runs written over it (the inverse of `changes`).
    public func applying(_ runs: [CellRun]) -> ScreenBuffer {
        var result = self
        for run in runs {
            for (offset, cell) in run.cells.enumerated() { result[run.column + offset, run.row] = cell }
        }
        return result
    }
}

extension Rect {
    /// The part of this rectangle inside another.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(column, other.column)
        let top = max(row, other.row)
        let right = min(maxColumn, other.maxColumn)
        let bottom = min(maxRow, other.maxRow)
        return Rect(column: left, row: top, width: max(0, right - left), height: max(0, bottom - top))
    }
}

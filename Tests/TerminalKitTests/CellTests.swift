// A cell keeps its grapheme in plain bytes: what goes in comes out, and equal cells are equal.

import TerminalKit
import Testing

@Suite("Cell")
struct CellTests {
    @Test(
        "graphemes of every length come back as written",
        arguments: [
            " ", "", "a", "한", "é", "e\u{301}", "👍🏽", "🇰🇷",
            // 15 bytes, the most kept in the cell itself, and longer ones kept aside.
            "a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}", "👨‍👩‍👧‍👦", "🏳️‍🌈",
        ])
    func roundTrip(grapheme: String) {
        let cell = Cell(grapheme: grapheme, style: CellStyle(foreground: .ansi(2), bold: true))
        #expect(cell.grapheme == grapheme)
        #expect(Array(cell.grapheme.utf8) == Array(grapheme.utf8))
        #expect(cell.isContinuation == grapheme.isEmpty)
    }

    @Test("the same grapheme and style make equal cells; another grapheme or style does not")
    func equality() {
        let family = "👨‍👩‍👧‍👦"
        #expect(Cell(grapheme: family) == Cell(grapheme: family))
        #expect(Cell(grapheme: family).hashValue == Cell(grapheme: family).hashValue)
        #expect(Cell(grapheme: family) != Cell(grapheme: "🏳️‍🌈"))
        #expect(Cell(grapheme: "a") != Cell(grapheme: "b"))
        #expect(Cell(grapheme: "a") != Cell(grapheme: "a", style: CellStyle(underline: true)))
        #expect(Cell() == .blank)
    }

    @Test("a grapheme's text can be changed in place, as a combining mark joins the cell before it")
    func changing() {
        var cell = Cell(grapheme: "e")
        cell.grapheme.append("\u{301}")
        #expect(cell.grapheme == "e\u{301}")
        cell.grapheme = ""
        #expect(cell.isContinuation)
    }
}

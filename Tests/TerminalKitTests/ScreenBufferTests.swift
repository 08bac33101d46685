// Writing into the screen buffer: clipping, wide graphemes, control characters, diffs.

import PropertyBased
import TerminalKit
import Testing

@Suite("Screen buffer")
struct ScreenBufferTests {
    let size = TerminalSize(columns: 10, rows: 3)

    @Test("text is written cell by cell and wide graphemes take two cells")
    func writing() {
        var screen = ScreenBuffer(size: size)
        #expect(screen.write("ab한c", column: 1, row: 0, style: .plain) == 5)
        #expect(screen.lines[0] == " ab한c    ")
        #expect(screen[3, 0].grapheme == "한")
        #expect(screen[4, 0].isContinuation)
    }

    @Test("a wide grapheme crossing the clip edge becomes a blank, never half")
    func clipping() {
        var screen = ScreenBuffer(size: size)
        screen.write("abc한", column: 0, row: 0, style: .plain, clip: Rect(column: 0, row: 0, width: 4, height: 1))
        #expect(screen.lines[0] == "abc       ")
        #expect(!screen[3, 0].isContinuation)
        screen.write("xxxxxxxxx한", column: 0, row: 1, style: .plain)
        #expect(!screen.lines[1].contains("한"))
    }

    @Test("control characters and escape sequences are never stored")
    func controls() {
        var screen = ScreenBuffer(size: size)
        screen.write("a\u{1B}[31mb\u{7}c", column: 0, row: 0, style: .plain)
        #expect(!screen.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value < 0x20 } })
        #expect(screen.lines[0].hasPrefix("a[31mbc"))
    }

    @Test("overwriting half of a wide grapheme blanks its other half")
    func overwriteHalf() {
        var screen = ScreenBuffer(size: size)
        screen.write("한", column: 2, row: 0, style: .plain)
        screen.write("x", column: 3, row: 0, style: .plain)
        #expect(screen.lines[0] == "   x      ")
        screen.write("한", column: 5, row: 0, style: .plain)
        screen.write("y", column: 5, row: 0, style: .plain)
        #expect(screen.lines[0] == "   x y    ")
    }

    @Test("changes list only what differs, and applying them gives the new screen")
    func diff() {
        var old = ScreenBuffer(size: size)
        old.write("hello", column: 0, row: 0, style: .plain)
        var new = old
        new.write("J", column: 0, row: 0, style: .plain)
        new.write("안", column: 4, row: 2, style: CellStyle(bold: true))
        let runs = new.changes(since: old)
        #expect(runs.count == 2)
        #expect(runs.reduce(0) { $0 + $1.cells.count } == 3)
        #expect(old.applying(runs) == new)
        #expect(new.changes(since: new).isEmpty)
        #expect(ScreenBuffer(size: size).applying(new.changes(since: nil)) == new)
    }

    static let fragments = [
        "a", "b", " ", "word ", "한", "국어", "😀", "e\u{301}", "\u{1B}[2J", "\u{7}", "\t", "\n", "👩‍💻", "中文", "\u{202E}",
    ]

    @Test("random text never leaves its clip, never splits a wide grapheme, never stores a control")
    func randomText() async {
        let text = Gen<String?>.element(of: Self.fragments).array(of: 0...30).map { $0.compactMap { $0 }.joined() }
        await propertyCheck(count: 300, input: text, Gen.int(in: -3...12), Gen.int(in: 0...12)) {
            text, column, clipWidth in
            var screen = ScreenBuffer(size: TerminalSize(columns: 12, rows: 2))
            let clip = Rect(column: 2, row: 0, width: clipWidth, height: 1)
            screen.write(text, column: column, row: 0, style: CellStyle(bold: true), clip: clip)
            for column in 0..<12 {
                let cell = screen[column, 0]
                if column < 2 || column >= 2 + clipWidth { #expect(cell == .blank) }
                #expect(!cell.grapheme.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
                if cell.isContinuation { #expect(column > 0 && DisplayWidth.of(screen[column - 1, 0].grapheme) == 2) }
                if !cell.isContinuation, DisplayWidth.of(cell.grapheme) == 2 {
                    #expect(column + 1 < 12 && screen[column + 1, 0].isContinuation)
                }
            }
        }
    }

    @Test("diff then apply always gives the new screen")
    func diffApply() async {
        let text = Gen<String?>.element(of: Self.fragments).array(of: 0...20).map { $0.compactMap { $0 }.joined() }
        await propertyCheck(count: 200, input: text, text, Gen.int(in: 0...9)) { first, second, column in
            var old = ScreenBuffer(size: TerminalSize(columns: 10, rows: 2))
            old.write(first, column: 0, row: 0, style: .plain)
            var new = old
            new.write(second, column: column, row: 0, style: CellStyle(reverse: true))
            new.write(second, column: 0, row: 1, style: .plain)
            #expect(old.applying(new.changes(since: old)) == new)
        }
    }
}

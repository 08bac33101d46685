// Display width from the generated table, including the documented emoji differences.

import TerminalKit
import Testing

@Suite("Display width")
struct DisplayWidthTests {
    @Test(
        "graphemes take 0, 1 or 2 cells",
        arguments: [
            ("a", 1), ("Z", 1), ("한", 2), ("中", 2), ("あ", 2), ("😀", 2), ("❤️", 2), ("🇰🇷", 2), ("👩‍💻", 2),
            ("e\u{301}", 1), ("\u{1100}\u{1161}", 2), ("\u{7}", 0), ("\u{200B}", 0), ("é", 1), ("Ａ", 2),
        ])
    func widths(grapheme: String, width: Int) {
        #expect(DisplayWidth.of(Character(grapheme)) == width)
    }

    @Test("a string's width is the sum of its graphemes'")
    func strings() {
        #expect(DisplayWidth.of("안녕 hi") == 7)
        #expect(DisplayWidth.of("") == 0)
    }
}

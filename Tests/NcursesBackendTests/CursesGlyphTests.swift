// What ncurses is given for each kind of grapheme, so that it and the terminal agree on widths.

import Glibc
import Testing

@testable import NcursesBackend

@Suite("CursesGlyph")
struct CursesGlyphTests {
    init() {
        // wcwidth answers -1 for everything beyond ASCII without a UTF-8 locale.
        setlocale(LC_ALL, "C.UTF-8")
    }

    private func text(_ characters: [wchar_t]) -> String {
        String(String.UnicodeScalarView(characters.dropLast().compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
    }

    @Test(
        "graphemes ncurses measures as the screen buffer does are drawn as they are",
        arguments: [
            ("a", 1), ("한", 2), ("😀", 2), ("e\u{301}", 1),
        ])
    func agreeing(grapheme: String, width: Int) {
        let glyph = CursesGlyph(grapheme: grapheme, width: width)
        #expect(text(glyph.characters) == grapheme)
        #expect(glyph.characters.last == 0)
        #expect(glyph.continuation == nil)
    }

    @Test("a narrow symbol with emoji presentation in a wide cell becomes the symbol and a blank")
    func emojiPresentation() {
        let glyph = CursesGlyph(grapheme: "❤\u{FE0F}", width: 2)
        #expect(text(glyph.characters) == "❤")
        #expect(glyph.continuation == 0x20)
    }

    @Test("a flag becomes its two letters")
    func flag() {
        let glyph = CursesGlyph(grapheme: "🇰🇷", width: 2)
        #expect(text(glyph.characters) == "K")
        #expect(glyph.continuation == wchar_t(UInt8(ascii: "R")))
    }

    @Test("an emoji ZWJ sequence keeps its first emoji, never a trailing joiner")
    func joinerSequence() {
        let glyph = CursesGlyph(grapheme: "👨\u{200D}👩\u{200D}👧", width: 2)
        #expect(text(glyph.characters) == "👨")
        #expect(glyph.continuation == nil)
    }

    @Test("U+FE0F is dropped from a narrow cell, so no terminal draws it two columns wide")
    func narrowKeycap() {
        let glyph = CursesGlyph(grapheme: "1\u{FE0F}\u{20E3}", width: 1)
        #expect(text(glyph.characters) == "1\u{20E3}")
    }

    @Test("a code point glibc does not know becomes U+FFFD, padded to the cell's width")
    func unknownCodePoint() {
        let glyph = CursesGlyph(grapheme: "\u{378}", width: 2)
        #expect(text(glyph.characters) == "\u{FFFD}")
        #expect(glyph.continuation == 0x20)
    }

    @Test("at most five code points reach setcchar")
    func longCombining() {
        let glyph = CursesGlyph(grapheme: "a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}", width: 1)
        #expect(glyph.characters.count == 6)
    }
}

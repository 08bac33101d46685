// How one cell's grapheme is handed to ncurses so that ncurses and the terminal agree on its width.

import CNcursesw
import TerminalKit

/// What ncurses draws for one cell, and in the cell after it when the cell is wide.
///
/// ncurses measures a cell by glibc's `wcwidth` of its first code point, and `setcchar`
/// keeps only the combining code points up to the next spacing one. The screen buffer
/// measures graphemes with TerminalKit's table, which deliberately gives two cells to emoji
/// written with U+FE0F, keycaps and flags. Drawn as they are, such graphemes would put
/// ncurses' idea of the cursor one column away from the terminal's and shift the rest of
/// the row, so a grapheme is drawn as something both measure alike.
struct CursesGlyph: Equatable {
    /// The code points for the cell, NUL-terminated.
    var characters: [wchar_t]
    /// What to draw in the continuation cell when ncurses sees a narrow glyph in a wide
    /// cell; nil when ncurses itself covers both cells (or the cell is narrow).
    var continuation: wchar_t?

    private static let space = wchar_t(0x20)
    private static let replacement = wchar_t(0xFFFD)
    private static let joiner: UInt32 = 0x200D
    private static let emojiPresentation: UInt32 = 0xFE0F
    /// ncurses stores at most this many code points per cell (CCHARW_MAX).
    private static let maximumCodePoints = 5

    /// The glyph for `grapheme` in a cell `width` (1 or 2) columns wide.
    init(grapheme: String, width: Int) {
        let scalars = Array(grapheme.unicodeScalars)
        guard let first = scalars.first else {
            self.init(characters: [Self.space, 0], continuation: width == 2 ? Self.space : nil)
            return
        }
        if first.isASCII, scalars.count == 1 {
            self.init(characters: [wchar_t(first.value), 0], continuation: width == 2 ? Self.space : nil)
            return
        }
        let base = wchar_t(bitPattern: first.value)
        let cursesWidth = Int(ct_wcwidth(base))
        if cursesWidth == width {
            // The spacing code point and the combining ones after it. A joiner would glue the
            // next cell to this one, so the cell ends before it; in a narrow cell U+FE0F
            // (emoji presentation) would make some terminals draw two columns, so it goes.
            var characters = [base]
            for scalar in scalars.dropFirst() {
                let character = wchar_t(bitPattern: scalar.value)
                guard scalar.value != Self.joiner, ct_wcwidth(character) == 0, characters.count < Self.maximumCodePoints
                else { break }
                if width == 1, scalar.value == Self.emojiPresentation { continue }
                characters.append(character)
            }
            self.init(characters: characters + [0], continuation: nil)
        } else if width == 2, let letters = Self.flagLetters(scalars) {
            // A flag: its two letters ("KR"), which every terminal draws two cells wide.
            self.init(characters: [letters.0, 0], continuation: letters.1)
        } else if width == 2, cursesWidth == 1 {
            // Emoji presentation of a narrow symbol ("❤️"), a keycap: the symbol and a blank.
            self.init(characters: [base, 0], continuation: Self.space)
        } else {
            // A code point this system's wcwidth does not know (or thinks wide when we don't).
            self.init(characters: [Self.replacement, 0], continuation: width == 2 ? Self.space : nil)
        }
    }

    private init(characters: [wchar_t], continuation: wchar_t?) {
        self.characters = characters
        self.continuation = continuation
    }

    /// The letters of a regional-indicator pair (a flag), as ASCII capitals.
    private static func flagLetters(_ scalars: [Unicode.Scalar]) -> (wchar_t, wchar_t)? {
        let indicators: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF
        guard scalars.count == 2, indicators.contains(scalars[0].value), indicators.contains(scalars[1].value) else {
            return nil
        }
        let letterA = UInt32(("A" as Unicode.Scalar).value)
        return (
            wchar_t(bitPattern: letterA + scalars[0].value - indicators.lowerBound),
            wchar_t(bitPattern: letterA + scalars[1].value - indicators.lowerBound)
        )
    }
}

// Makes chat text safe to analyse, store and display: no control or escape sequences.

import Foundation

/// Removes what must never travel with chat text: control characters, escape sequences,
/// bidirectional overrides and invalid scalars. Newlines and tabs become plain spacing.
public enum TextSanitizer {
    /// The longest message the engine accepts, in Unicode scalars; longer text is cut.
    public static let maximumScalarCount = 4_000

    /// Sanitises one message: NFC-normalised, control sequences removed, tabs as spaces,
    /// line breaks kept as `\n` (runs of them folded), surrounding white space trimmed.
    public static func sanitize(_ text: String, keepNewlines: Bool = true) -> String {
        var wasCut = false
        return sanitize(text, keepNewlines: keepNewlines, wasCut: &wasCut)
    }

    /// Sanitises one message as `sanitize(_:keepNewlines:)` does, and says in `wasCut`
    /// whether text was lost at the limit (white space and control sequences do not count),
    /// so that a caller can tell the user.
    public static func sanitize(_ text: String, keepNewlines: Bool = true, wasCut: inout Bool) -> String {
        // Most messages are printable ASCII, which is already clean and in NFC: only trim.
        if text.utf8.count <= maximumScalarCount, isPrintableASCII(text) {
            wasCut = false
            let bytes = text.utf8
            guard let first = bytes.firstIndex(where: { $0 != 0x20 }), let last = bytes.lastIndex(where: { $0 != 0x20 })
            else { return "" }
            return String(text[first...last])
        }
        let (scalars, cut) = cleaned(
            text.precomposedStringWithCanonicalMapping.unicodeScalars, keepNewlines: keepNewlines,
            limit: maximumScalarCount)
        wasCut = cut
        return String(scalars).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Stored text made safe to print on a terminal: escape sequences and unsafe characters
    /// removed, tabs as spaces, line breaks as spaces (or kept as `\n`). Unlike `sanitize`,
    /// nothing is cut, trimmed or normalised: text saved before these checks, or through
    /// another program, is shown as it was stored, less what could command the terminal.
    public static func printable(_ text: String, keepNewlines: Bool = false) -> String {
        if isPrintableASCII(text) { return text }
        return String(cleaned(text.unicodeScalars, keepNewlines: keepNewlines, limit: .max).scalars)
    }

    /// Whether every byte is printable ASCII.
    private static func isPrintableASCII(_ text: String) -> Bool {
        !text.containsByte { $0 < 0x20 || $0 >= 0x7F }
    }

    /// The scalars of `input` without escape sequences and unsafe scalars, tabs as spaces,
    /// each run of line breaks as one `\n` (or a space); it stops once `limit` are kept,
    /// checked after every scalar but a line break (so one more can slip in after a break);
    /// `wasCut` when anything but white space and control sequences came after that.
    private static func cleaned(
        _ input: String.UnicodeScalarView, keepNewlines: Bool, limit: Int
    ) -> (scalars: String.UnicodeScalarView, wasCut: Bool) {
        var scalars = String.UnicodeScalarView()
        // Counted as they are appended: `scalars.count` walks the whole view each time.
        var scalarCount = 0
        var iterator = input.makeIterator()
        var lastWasNewline = false
        while let scalar = iterator.next() {
            if scalar == "\u{1B}" {
                skipEscapeSequence(&iterator)
                continue
            }
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                if !lastWasNewline {
                    scalars.append(keepNewlines ? "\n" : " ")
                    scalarCount += 1
                }
                lastWasNewline = true
                continue
            }
            lastWasNewline = false
            if scalar == "\t" {
                scalars.append(" ")
                scalarCount += 1
            } else if !isUnsafe(scalar) {
                scalars.append(scalar)
                scalarCount += 1
            }
            if scalarCount >= limit { break }
        }
        while let scalar = iterator.next() {
            if scalar == "\u{1B}" {
                skipEscapeSequence(&iterator)
            } else if !scalar.properties.isWhitespace, !isUnsafe(scalar) {
                return (scalars, true)
            }
        }
        return (scalars, false)
    }

    /// Whether a scalar must not reach a terminal or a module: C0/C1 controls, DEL, the
    /// bidirectional overrides and isolates, and non-characters.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        case 0xFFF9...0xFFFB, 0xFFFE, 0xFFFF: true
        default: scalar.properties.generalCategory == .unassigned && scalar.value >= 0xE0000
        }
    }

    /// Whether text holds nothing `sanitize` would remove (newlines allowed).
    public static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0 != "\n" && isUnsafe($0) }
    }

    /// Skips the rest of an escape sequence after ESC: CSI (`ESC [ ... final`), OSC and other
    /// strings (`ESC ] ... BEL|ESC \`), or a single following character.
    private static func skipEscapeSequence(_ iterator: inout String.UnicodeScalarView.Iterator) {
        guard let introducer = iterator.next() else { return }
        switch introducer {
        case "[":
            while let scalar = iterator.next() {
                if (0x40...0x7E).contains(scalar.value) { return }
            }
        case "]", "P", "X", "^", "_":
            var previousWasEscape = false
            while let scalar = iterator.next() {
                if scalar == "\u{07}" || (previousWasEscape && scalar == "\\") { return }
                previousWasEscape = scalar == "\u{1B}"
            }
        default:
            return
        }
    }
}

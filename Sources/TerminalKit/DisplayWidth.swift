// How many terminal cells a grapheme or a string takes, from one generated table.

/// Display width in cells. A grapheme takes the width of its first scalar from
/// `WidthTable`, except that emoji presentation (U+FE0F), emoji ZWJ sequences, keycaps and
/// regional-indicator flags take two. Control characters take none.
///
/// Deliberate differences from glibc's `wcwidth` (which terminals disagree with too):
/// emoji written with U+FE0F (such as "❤️") and flags are 2 here, 1 or -1 there; control
/// characters are 0 here, -1 there.
public enum DisplayWidth {
    public static func of(_ grapheme: Character) -> Int {
        let scalars = grapheme.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return 0 }
        if first.isASCII { return 1 }
        if scalars.count > 1 {
            if scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D || $0.value == 0x20E3 }) { return 2 }
            if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }
        }
        return width(of: first.value)
    }

    public static func of(_ text: String) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The width of one code point: 0, 1 or 2.
    public static func width(of scalar: UInt32) -> Int {
        if contains(WidthTable.zero, scalar) { return 0 }
        if contains(WidthTable.wide, scalar) { return 2 }
        return 1
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < ranges[middle].lowerBound {
                high = middle - 1
            } else if value > ranges[middle].upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}

// The numbers of a control sequence, parsed with range checks: input bytes may be hostile.

/// The numeric parameters of a CSI sequence ("1;5" in `ESC [ 1 ; 5 A`), or nothing when they
/// are not what a terminal sends: a sign, a letter, too many numbers, a number out of range.
///
/// Every arithmetic on a parameter (a 1-based column made 0-based, a modifier code less one)
/// stays in range because no value exceeds `maximumValue`.
struct ControlSequenceParameters: Equatable {
    /// The largest number accepted: a terminal's rows and columns are 16-bit (`struct
    /// winsize`), and key and modifier codes are far smaller.
    static let maximumValue = 65_535
    /// More numbers than any key or mouse report carries.
    static let maximumCount = 16

    /// Each parameter's value; nil where it was empty (the terminal's default).
    private let values: [Int?]

    /// Parses `bytes`, digits separated by `;`; a `:` starts sub-parameters (kitty's event
    /// types), which are skipped. Nil when anything is out of place or out of range.
    init?(_ bytes: ArraySlice<UInt8>) {
        var values: [Int?] = []
        var current: Int?
        var inSubParameter = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inSubParameter { continue }
                let digit = Int(byte - UInt8(ascii: "0"))
                // Never more than maximumValue * 10 + 9: no overflow is possible.
                let value = (current ?? 0) * 10 + digit
                guard value <= Self.maximumValue else { return nil }
                current = value
            case UInt8(ascii: ":"):
                inSubParameter = true
            case UInt8(ascii: ";"):
                values.append(current)
                current = nil
                inSubParameter = false
                guard values.count < Self.maximumCount else { return nil }
            default:
                return nil
            }
        }
        if !bytes.isEmpty { values.append(current) }
        self.values = values
    }

    /// How many parameters there were, empty ones included.
    var count: Int { values.count }

    /// The parameter at `index`, or nil when it is absent or empty.
    subscript(index: Int) -> Int? {
        values.indices.contains(index) ? values[index] : nil
    }
}

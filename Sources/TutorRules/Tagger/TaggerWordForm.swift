// A word's bytes as the tagger's features read them: lower-cased, normalised, shaped.

/// A word as the features read it (scripts/train-tagger.py: `normalise`, `shape`). The forms
/// share their storage when they are the same bytes, as most words' are: tagging allocates
/// little.
struct TaggerWordForm {
    /// Curly apostrophes straight, A–Z lower-cased: suffixes and prefixes read this.
    let lower: [UInt8]
    /// Curly apostrophes straight, the case as written.
    let written: [UInt8]
    /// `lower`, or a class for numbers and hyphenated words ("!YEAR", "!DIGITS", "!HYPHEN").
    let normal: [UInt8]
    /// The word's shape (`shape(_:)`; curly apostrophes are non-ASCII there).
    let shape: [UInt8]
    /// The shape of the word's first byte (nil for an empty word).
    let initialShape: UInt8?
    /// What the word can be: "LEXICON TREEBANK", two numbers (`TaggerFeatures.classes`).
    var classes: [UInt8] = Self.noClasses

    static let noClasses = Array("0 0".utf8)

    init(_ word: String) {
        let bytes = Array(word.utf8)
        shape = Self.shape(bytes[...])
        initialShape = bytes.first.map(Self.shape(of:))
        var written = bytes
        if bytes.contains(0xE2) {
            // ’ is E2 80 99.
            written.removeAll(keepingCapacity: true)
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                    written.append(UInt8(ascii: "'"))
                    index += 3
                } else {
                    written.append(bytes[index])
                    index += 1
                }
            }
        }
        self.written = written
        let lower =
            written.contains { $0 >= 0x41 && $0 <= 0x5A }
            ? written.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 } : written
        self.lower = lower
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        if lower.contains(UInt8(ascii: "-")), lower.first != UInt8(ascii: "-") {
            normal = Self.hyphenated
        } else if lower.count == 4, lower.allSatisfy(isDigit) {
            normal = Self.year
        } else if let first = lower.first, isDigit(first) {
            normal = Self.digits
        } else {
            normal = lower
        }
    }

    private static let hyphenated = Array("!HYPHEN".utf8), year = Array("!YEAR".utf8), digits = Array("!DIGITS".utf8)

    /// A padding marker before or after the sentence: its own forms.
    init(marker: String) {
        let bytes = Array(marker.utf8)
        written = bytes
        lower = bytes
        normal = bytes
        shape = Self.shape(bytes[...])
        initialShape = bytes.first.map(Self.shape(of:))
    }

    /// The class of one byte: X upper, x lower, d digit, u non-ASCII, else the byte itself.
    static func shape(of byte: UInt8) -> UInt8 {
        switch byte {
        case 0x41...0x5A: UInt8(ascii: "X")
        case 0x61...0x7A: UInt8(ascii: "x")
        case 0x30...0x39: UInt8(ascii: "d")
        case 0x80...: UInt8(ascii: "u")
        default: byte
        }
    }

    /// Each byte's class (`shape(of:)`), a run of one class written once: "McDonald's" →
    /// "XxXx'x".
    static func shape(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var shape: [UInt8] = []
        for byte in bytes {
            let kind = Self.shape(of: byte)
            if shape.last != kind { shape.append(kind) }
        }
        return shape
    }
}

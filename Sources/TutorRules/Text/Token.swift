// Words, numbers and punctuation of an utterance, with their scalar offsets.

import TutorCore

/// One token of an utterance. Offsets count Unicode scalars, like `TextSpan`.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case word, number, punctuation, hangul, other
    }

    var text: String
    /// Lowercased, with curly apostrophes made straight.
    var lower: String
    var kind: Kind
    var span: TextSpan
    /// The token's position in its utterance.
    var index: Int
    /// The first token of a sentence.
    var startsSentence: Bool

    var isWord: Bool { kind == .word }
    var isCapitalized: Bool {
        // An ASCII first byte is the first scalar (most words): no scalar decoding.
        guard let byte = text.utf8.first else { return false }
        if byte < 0x80 { return (0x41...0x5A).contains(byte) }
        guard let first = text.unicodeScalars.first else { return false }
        return first.isASCII ? (0x41...0x5A).contains(first.value) : first.properties.isUppercase
    }
    var isAllCaps: Bool {
        // ASCII (most words): no letter a to z, read from the bytes without the Unicode tables.
        if !text.containsByte(where: { $0 >= 0x80 }) {
            return text.utf8.count > 1 && !text.containsByte { $0 >= 0x61 && $0 <= 0x7A }
        }
        return text.count > 1 && text.allSatisfy { !$0.isLetter || $0.isUppercase }
    }
    /// Sentence-ending punctuation.
    var endsSentence: Bool { kind == .punctuation && (text == "." || text == "!" || text == "?" || text == "…") }
    /// Punctuation that ends a clause: a sentence end, a comma, a semicolon, a colon, a dash.
    var endsClause: Bool {
        guard kind == .punctuation else { return false }
        switch text {
        case ".", "!", "?", ",", ";", ":", "-", "–", "—", "…": return true
        default: return false
        }
    }
}

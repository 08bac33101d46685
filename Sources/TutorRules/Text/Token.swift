// Words, numbers and punctuation of an utterance, with their scalar offsets.

import TutorCore

/// One token of an utterance. Offsets count Unicode scalars, like `TextSpan`.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// `address`: a web or email address, one token that no rule reads as words.
        case word, number, punctuation, hangul, address, other
    }

    /// The text and its lower case, in one object. Matchers copy tokens all the time (every
    /// `for token in context.tokens` does), and a copy of two strings cost two retains through
    /// the type's value witnesses, over a tenth of `check`'s instructions; one reference is
    /// one retain.
    private let strings: Strings

    var text: String { strings.text }
    /// Lowercased, with curly apostrophes made straight.
    var lower: String { strings.lower }
    /// `HashedWordTable.hash(lower)`, hashed once when the token is made, for lookups that
    /// take a token (`WordSet.contains(_:)`, `WordMap[_:]`, `WordMemo`).
    var lowerHash: UInt64 { strings.lowerHash }
    var kind: Kind
    var span: TextSpan
    /// The token's position in its utterance.
    var index: Int
    /// The first token of a sentence.
    var startsSentence: Bool

    init(text: String, lower: String, kind: Kind, span: TextSpan, index: Int, startsSentence: Bool) {
        strings = Strings(text: text, lower: lower, lowerHash: HashedWordTable.hash(lower))
        self.kind = kind
        self.span = span
        self.index = index
        self.startsSentence = startsSentence
    }

    var isWord: Bool { kind == .word }
    var isCapitalized: Bool {
        // An ASCII first byte is the first scalar (most words): no scalar decoding.
        let text = self.text
        guard let byte = text.utf8.first else { return false }
        if byte < 0x80 { return (0x41...0x5A).contains(byte) }
        guard let first = text.unicodeScalars.first else { return false }
        return first.isASCII ? (0x41...0x5A).contains(first.value) : first.properties.isUppercase
    }
    var isAllCaps: Bool {
        // ASCII (most words): no letter a to z, read from the bytes without the Unicode tables.
        let text = self.text
        if !text.containsByte(where: { $0 >= 0x80 }) {
            return text.utf8.count > 1 && !text.containsByte { $0 >= 0x61 && $0 <= 0x7A }
        }
        return text.count > 1 && text.allSatisfy { !$0.isLetter || $0.isUppercase }
    }
    /// Sentence-ending punctuation.
    var endsSentence: Bool {
        guard kind == .punctuation else { return false }
        let text = self.text
        return text == "." || text == "!" || text == "?" || text == "…"
    }
    /// Punctuation that ends a clause: a sentence end, a comma, a semicolon, a colon, a dash.
    var endsClause: Bool {
        guard kind == .punctuation else { return false }
        switch text {
        case ".", "!", "?", ",", ";", ":", "-", "–", "—", "…": return true
        default: return false
        }
    }

    /// A token's strings, shared by its copies and never changed.
    private final class Strings: Hashable, Sendable {
        let text: String
        let lower: String
        let lowerHash: UInt64

        init(text: String, lower: String, lowerHash: UInt64) {
            self.text = text
            self.lower = lower
            self.lowerHash = lowerHash
        }

        static func == (first: Strings, second: Strings) -> Bool {
            first === second || (first.text == second.text && first.lower == second.lower)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(text)
            hasher.combine(lower)
        }
    }
}

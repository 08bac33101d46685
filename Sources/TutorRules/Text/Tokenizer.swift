// Splits an utterance into tokens, keeping their offsets so edits preserve its spacing.

import Foundation
import TutorCore

/// Splits text into words (letters with inner apostrophes and hyphens), numbers,
/// Hangul runs, web and email addresses (`WebAddress`) and single punctuation marks. Both "don't" and the pre-tokenised
/// "do n't" come out as words with offsets into the original text.
enum Tokenizer {
    static func tokenize(_ text: String) -> [Token] {
        // ASCII text (most of it): the scalars are the bytes, read in place, and tokens are
        // cut from the bytes, which is much faster than decoding an array of scalars.
        if text.isAllASCII {
            let bytes = Array(text.utf8)
            return tokenize(scalars: bytes.lazy.map { Unicode.Scalar($0) }, ascii: bytes)
        }
        return tokenize(scalars: Array(text.unicodeScalars), ascii: nil)
    }

    /// The tokens of text given as its scalars, and as its bytes when it is ASCII.
    private static func tokenize<Scalars: RandomAccessCollection<Unicode.Scalar>>(
        scalars: Scalars, ascii: [UInt8]?
    ) -> [Token] where Scalars.Index == Int {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4 + 4)
        var offset = 0
        var nextStartsSentence = true
        while offset < scalars.count {
            let scalar = scalars[offset]
            if isSpace(scalar) {
                offset += 1
                continue
            }
            let start = offset
            var kind: Token.Kind
            if LanguageDetector.isHangul(scalar) {
                kind = .hangul
                while offset < scalars.count, LanguageDetector.isHangul(scalars[offset]) { offset += 1 }
            } else if isWordScalar(scalar)
                || (isApostrophe(scalar) && offset + 1 < scalars.count && isLetter(scalars[offset + 1])
                    && startsClitic(scalars, at: offset))
            {
                kind = isNumeric(scalar) && !isLetter(scalar) ? .number : .word
                offset += 1
                while offset < scalars.count {
                    let current = scalars[offset]
                    if isWordScalar(current) {
                        offset += 1
                    } else if isApostrophe(current) || current == "-" || (current == "." && kind == .number)
                        || (current == "," && kind == .number),
                        offset + 1 < scalars.count, isWordScalar(scalars[offset + 1])
                    {
                        offset += 1
                    } else {
                        break
                    }
                }
                if WebAddress.mayContinue(scalars, at: offset), let length = WebAddress.length(in: scalars, at: start) {
                    kind = .address
                    offset = start + length
                }
            } else {
                kind = !scalar.isASCII && scalar.properties.isAlphabetic ? .other : .punctuation
                offset += 1
                // Keep "..." together.
                while kind == .punctuation, scalar == ".", offset < scalars.count, scalars[offset] == "." {
                    offset += 1
                }
            }
            let tokenText: String
            let lower: String
            if let ascii {
                let bytes = ascii[start..<offset]
                tokenText = String(decoding: bytes, as: UTF8.self)
                // ASCII letters lowercase by adding 32: no Unicode tables needed.
                lower =
                    bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A })
                    ? String(unsafeUninitializedCapacity: bytes.count) { lowered in
                        for (offset, byte) in zip(lowered.indices, bytes) {
                            lowered[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                        }
                        return bytes.count
                    } : tokenText
            } else {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<offset])
                tokenText = String(view)
                lower = normalizedLower(tokenText)
            }
            let token = Token(
                text: tokenText, lower: lower, kind: kind,
                span: TextSpan(start: start, end: offset), index: tokens.count, startsSentence: nextStartsSentence)
            tokens.append(token)
            nextStartsSentence = token.endsSentence || (kind == .punctuation && token.text.hasPrefix(".."))
            if kind == .punctuation, token.startsSentence, ["\"", "'", "(", "“", "‘"].contains(token.text) {
                nextStartsSentence = true
            }
        }
        return tokens
    }

    static func normalizedLower(_ text: String) -> String {
        let lower = text.lowercased()
        return lower.unicodeScalars.contains("’")
            ? String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "’" ? "'" : $0 })) : lower
    }

    /// White space; ASCII answered without the Unicode property tables (the common case).
    @inline(__always)
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    @inline(__always)
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) }
        return scalar.properties.isAlphabetic && !LanguageDetector.isHangul(scalar)
    }

    /// A digit or other number; ASCII answered without the property tables (only 0-9 are).
    @inline(__always)
    private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x30...0x39).contains(scalar.value) }
        return scalar.properties.numericType != nil
    }

    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isLetter(scalar) || (0x30...0x39).contains(scalar.value) }
        return isLetter(scalar) || scalar.properties.numericType != nil
            || scalar.properties.generalCategory == .nonspacingMark
    }

    @inline(__always)
    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "’"
    }

    /// A pre-tokenised clitic such as "'s", "'m", "'re", "'ve", "'ll", "'d" (and "n't" is a word).
    private static func startsClitic<Scalars: RandomAccessCollection<Unicode.Scalar>>(
        _ scalars: Scalars, at offset: Int
    ) -> Bool where Scalars.Index == Int {
        let previousIsSpace = offset == 0 || isSpace(scalars[offset - 1])
        guard previousIsSpace else { return true }
        var letters = ""
        var index = offset + 1
        while index < scalars.count, isLetter(scalars[index]) {
            letters.unicodeScalars.append(scalars[index])
            index += 1
        }
        return ["s", "m", "re", "ve", "ll", "d", "t"].contains(letters.lowercased())
    }
}

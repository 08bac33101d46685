// Decides by script whether a learner wrote English, Korean or both.

/// Detects an utterance's language from the scripts its letters belong to.
public enum LanguageDetector {
    public static func detect(_ text: String) -> Language {
        // ASCII text (most of it) has no Hangul: its bytes are read in place.
        if let ascii = text.utf8.withContiguousStorageIfAvailable(asciiLanguage), let language = ascii {
            return language
        }
        var hangulCount = 0
        var latinCount = 0
        for scalar in text.unicodeScalars {
            if isKoreanLetter(scalar) {
                hangulCount += 1
            } else if (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) {
                latinCount += 1
            }
        }
        switch (hangulCount > 0, latinCount > 0) {
        case (true, true): return .mixed
        case (true, false): return .korean
        case (false, true): return .english
        case (false, false): return .none
        }
    }

    /// The language of ASCII bytes (English when any is a letter), nil when not all are ASCII.
    private static func asciiLanguage(_ bytes: UnsafeBufferPointer<UInt8>) -> Language? {
        var hasLetter = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            // A to Z and a to z, and nothing else, are 0x61...0x7A with the 0x20 bit set.
            if (0x61...0x7A).contains(byte | 0x20) { hasLetter = true }
        }
        return hasLetter ? .english : Language.none
    }

    /// Hangul syllables, jamo and compatibility jamo.
    public static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF: true
        default: false
        }
    }

    /// Hangul that writes Korean words: syllables and conjoining jamo. Compatibility jamo on
    /// their own (ㅋㅋ, ㅎㅎ, ㅠㅠ) are chat emoticons, not words: they neither make a message
    /// Korean nor stop a module's English sentence from being English.
    public static func isKoreanLetter(_ scalar: Unicode.Scalar) -> Bool {
        isHangul(scalar) && !isEmoticonJamo(scalar)
    }

    /// A compatibility jamo (U+3130–318F), which chat uses alone as laughter or tears.
    public static func isEmoticonJamo(_ scalar: Unicode.Scalar) -> Bool {
        (0x3130...0x318F).contains(scalar.value)
    }

    /// Whether the text has Korean words in it (emoticon jamo such as ㅋㅋ do not count).
    public static func containsHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isKoreanLetter)
    }
}

// Web and email addresses in a message, kept as one token: their parts are no words.

/// Finds where a web address ("https://example.com/menu", "www.example.com", "example.co.kr")
/// or an email address ("minji@example.com") ends, so that the tokenizer keeps it as one
/// token: a chat message shares links and addresses, and their parts are no words to
/// spell-check or tag ("minji" in an address is no slip for "mini").
enum WebAddress {
    /// Top-level domains a bare address ("naver.com", no "www." or scheme) must end in: the
    /// common ones only, so that two sentences run together ("home.It was late") are no address.
    private static let topLevelDomains: Set<String> = [
        "com", "net", "org", "kr", "io", "co", "edu", "gov", "me", "be", "uk", "us", "jp", "ly", "app", "dev",
    ]

    /// Marks at an address's end that belong to the sentence ("see naver.com.").
    private static let trailingMarks: Set<Unicode.Scalar> = [".", ",", "!", "?", ";", ":", ")", "\"", "'"]

    /// Whether the scalar after a word may continue an address: the mark that joins an
    /// address's parts, before a letter, a digit or a slash. Asked at the end of every word,
    /// so that the address's own test runs only where one may start.
    static func mayContinue<Scalars: RandomAccessCollection<Unicode.Scalar>>(
        _ scalars: Scalars, at offset: Int
    ) -> Bool where Scalars.Index == Int {
        guard offset + 1 < scalars.count else { return false }
        // Compared one by one: `[".", "@", ":"].contains` walked an array at every word's end.
        let mark = scalars[offset]
        guard mark == "." || mark == "@" || mark == ":" else { return false }
        let next = scalars[offset + 1]
        return next == "/" || (next.isASCII && next.properties.isAlphabetic) || ("0"..."9").contains(next)
    }

    /// How many scalars the address that starts at `start` has; nil when none starts there.
    static func length<Scalars: RandomAccessCollection<Unicode.Scalar>>(in scalars: Scalars, at start: Int) -> Int?
    where Scalars.Index == Int {
        var end = start
        while end < scalars.count, scalars[end].isASCII, !scalars[end].properties.isWhitespace { end += 1 }
        while end > start, trailingMarks.contains(scalars[end - 1]) { end -= 1 }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<end])
        let address = String(text).lowercased()
        return isAddress(address) ? end - start : nil
    }

    /// Whether the text, in lower case, is a web or email address.
    static func isAddress(_ text: String) -> Bool {
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) {
            return isHost(String(text.dropFirst(scheme.count)).prefix { $0 != "/" }, anyDomain: true)
        }
        if text.hasPrefix("www.") { return isHost(text.prefix { $0 != "/" }, anyDomain: true) }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count == 2 {
            return !parts[0].isEmpty && parts[0].allSatisfy { isHostCharacter($0) || "._+".contains($0) }
                && isHost(parts[1], anyDomain: true)
        }
        return parts.count == 1 && isHost(text.prefix { $0 != "/" }, anyDomain: false)
    }

    /// Whether the text is a host name of two labels or more, the first of two letters or
    /// more, ending in a common top-level domain unless `anyDomain`.
    private static func isHost(_ host: Substring, anyDomain: Bool) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels[0].count >= 2, let last = labels.last,
            labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isHostCharacter) })
        else { return false }
        return anyDomain ? last.allSatisfy(\.isLetter) : topLevelDomains.contains(String(last))
    }

    private static func isHostCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "-")
    }
}

// Trimming spaces and tabs without Foundation's NSString bridge (the chat's start-up path).

extension String {
    /// The text without the spaces and tabs at either end: the scalars of Unicode category Zs,
    /// U+0009 and U+200B (zero width space), exactly what `trimmingCharacters(in: .whitespaces)`
    /// removes on Linux (CoreFoundation's whitespace set). Foundation's
    /// version bridges through NSString and UTF-16 on Linux; reading a script's 150 lines that
    /// way was a quarter of the chat's CPU time before its first frame (issue 17, item 12).
    public var trimmingSpacesAndTabs: String {
        let scalars = unicodeScalars
        let isSpace = { (scalar: Unicode.Scalar) in
            scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}

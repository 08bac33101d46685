// Word wrapping and truncation by display width, never splitting a grapheme.

/// Wraps and truncates text by display width (ncurses does neither).
public enum TextWrapping {
    /// Wraps at spaces so each line fits `width` columns; a word longer than the width is
    /// broken between graphemes; "\n" starts a new line; spaces at a wrap are dropped.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in words(of: paragraph) {
                let isSpace = word.first == " "
                let wordWidth = DisplayWidth.of(word)
                if lineWidth + wordWidth <= width {
                    line += word
                    lineWidth += wordWidth
                    continue
                }
                if isSpace {
                    // A wrap at spaces: they vanish.
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                    continue
                }
                if !line.isEmpty {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                for grapheme in word {
                    let graphemeWidth = DisplayWidth.of(grapheme)
                    if lineWidth + graphemeWidth > width, !line.isEmpty {
                        lines.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    if graphemeWidth > width { continue }
                    line.append(grapheme)
                    lineWidth += graphemeWidth
                }
            }
            lines.append(line)
        }
        return lines.map(trimTrailingSpaces)
    }

    /// Cuts text to `width` columns, ending with `ellipsis` when something was cut.
    public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        let room = width - DisplayWidth.of(ellipsis)
        var result = ""
        var used = 0
        for grapheme in text {
            let graphemeWidth = DisplayWidth.of(grapheme)
            if used + graphemeWidth > room { break }
            result.append(grapheme)
            used += graphemeWidth
        }
        return room >= 0 ? result + ellipsis : result
    }

    /// Cuts text to `width` columns at a space, never inside a word, ending with `ellipsis`
    /// when something was cut; a first word wider than `width` is cut as `truncate` cuts it.
    public static func truncateAtWord(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard DisplayWidth.of(text) > width else { return text }
        let room = width - DisplayWidth.of(ellipsis)
        var kept = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let longer = kept.isEmpty ? String(word) : kept + " " + word
            if DisplayWidth.of(longer) > room { break }
            kept = longer
        }
        while kept.last == " " { kept.removeLast() }
        return kept.isEmpty ? truncate(text, width: width, ellipsis: ellipsis) : kept + ellipsis
    }

    /// Runs of non-spaces and runs of spaces, in order.
    private static func words(of text: Substring) -> [String] {
        var words: [String] = []
        var current = ""
        var currentIsSpace = false
        for grapheme in text {
            let isSpace = grapheme == " "
            if !current.isEmpty, isSpace != currentIsSpace {
                words.append(current)
                current = ""
            }
            current.append(grapheme)
            currentIsSpace = isSpace
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func trimTrailingSpaces(_ line: String) -> String {
        var result = Substring(line)
        while result.last == " " { result.removeLast() }
        return String(result)
    }
}

// Spans of text counted in Unicode scalars, and edits applied through them.

/// A half-open range of Unicode scalar offsets into an utterance's text (the same offsets
/// as Python's `str` indices), so that JSON consumers in any language agree on them.
public struct TextSpan: Codable, Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// Whether two spans share a scalar; an empty span (an insertion point) overlaps a span
    /// that contains it strictly inside, or another insertion at the same point.
    public func overlaps(_ other: TextSpan) -> Bool {
        if isEmpty && other.isEmpty { return start == other.start }
        if isEmpty { return start > other.start && start < other.end }
        if other.isEmpty { return other.start > start && other.start < end }
        return start < other.end && other.start < end
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: TextSpan) -> Bool {
        other.start >= start && other.end <= end
    }

    /// The span moved by `offset` scalars.
    public func shifted(by offset: Int) -> TextSpan {
        TextSpan(start: start + offset, end: end + offset)
    }

    /// The clauses of a sentence: spans between commas and semicolons, each ending with its
    /// sentence's final mark when it is the last (", my coworker" after a clause stays out).
    /// A comma between digits groups a number ("300,000 won") and ends no clause.
    public static func clauses(in sentence: String) -> [TextSpan] {
        let scalars = Array(sentence.unicodeScalars)
        func isDigit(at index: Int) -> Bool {
            index >= 0 && index < scalars.count && ("0"..."9").contains(scalars[index])
        }
        var spans: [TextSpan] = []
        var start = 0
        for (index, scalar) in scalars.enumerated()
        where scalar == ";" || (scalar == "," && !(isDigit(at: index - 1) && isDigit(at: index + 1))) {
            spans.append(TextSpan(start: start, end: index))
            start = index + 1
        }
        spans.append(TextSpan(start: start, end: scalars.count))
        return spans.compactMap { span in
            var first = span.start
            var last = span.end
            while first < last, scalars[first].properties.isWhitespace { first += 1 }
            while last > first, scalars[last - 1].properties.isWhitespace { last -= 1 }
            return last > first ? TextSpan(start: first, end: last) : nil
        }
    }

    /// The sentences of a text: spans ending after `.`, `!` or `?` (and any closing quote)
    /// followed by white space, or at the end; leading white space is not part of a sentence.
    public static func sentences(in text: String) -> [TextSpan] {
        let scalars = Array(text.unicodeScalars)
        var spans: [TextSpan] = []
        var start = 0
        var index = 0
        func close(at end: Int) {
            while start < end, scalars[start].properties.isWhitespace { start += 1 }
            var last = end
            while last > start, scalars[last - 1].properties.isWhitespace { last -= 1 }
            if last > start { spans.append(TextSpan(start: start, end: last)) }
            start = end
        }
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            guard scalar == "." || scalar == "!" || scalar == "?" else { continue }
            while index < scalars.count, [".", "!", "?", "\"", "'", "”", "’", ")"].contains(scalars[index]) {
                index += 1
            }
            if index == scalars.count || scalars[index].properties.isWhitespace { close(at: index) }
        }
        close(at: scalars.count)
        return spans
    }
}

/// One replacement of a span by new text.
public struct TextEdit: Sendable, Hashable {
    public var span: TextSpan
    public var replacement: String

    public init(span: TextSpan, replacement: String) {
        self.span = span
        self.replacement = replacement
    }
}

extension String {
    /// The text of a scalar span, or nil when the span is outside the string.
    public func substring(in span: TextSpan) -> String? {
        guard span.start >= 0, span.start <= span.end else { return nil }
        if let text = utf8.withContiguousStorageIfAvailable({ Self.text(of: $0, in: span) }) { return text }
        let scalars = Array(unicodeScalars)
        guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }

    /// The number of Unicode scalars, the unit of every `TextSpan`.
    public var scalarCount: Int { unicodeScalars.count }

    /// Applies non-overlapping edits (overlapping ones after the first are skipped) and
    /// tidies the spacing an insertion or deletion leaves behind; with no edits, the text
    /// comes back as it is.
    public func applying(_ edits: [TextEdit]) -> String {
        guard !edits.isEmpty else { return self }
        // In UTF-8 bytes, at the scalars' starts: no scalar array and no scalar-by-scalar
        // appends (this runs for every corrected line of `check`).
        let bytes = Array(utf8)
        let starts = Self.scalarStarts(of: bytes)
        let scalarCount = starts.count - 1
        var accepted: [TextEdit] = []
        for edit in edits.sorted(by: { $0.span < $1.span })
        where edit.span.start >= 0 && edit.span.end <= scalarCount {
            if let last = accepted.last, last.span.end > edit.span.start || last.span == edit.span { continue }
            accepted.append(edit)
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        var copied = 0
        for edit in accepted {
            result.append(contentsOf: bytes[copied..<starts[edit.span.start]])
            result.append(contentsOf: edit.replacement.utf8)
            copied = starts[edit.span.end]
        }
        result.append(contentsOf: bytes[copied...])
        return String(decoding: Self.collapsingDoubleSpaces(result), as: UTF8.self)
    }

    /// The byte offset where each scalar of `bytes` (valid UTF-8) starts, and the byte count last.
    private static func scalarStarts(of bytes: [UInt8]) -> [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(bytes.count + 1)
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { starts.append(offset) }
        starts.append(bytes.count)
        return starts
    }

    /// Runs of spaces folded into one and spaces at the ends trimmed, newlines kept, in UTF-8
    /// bytes (a space is one byte, never part of another scalar).
    private static func collapsingDoubleSpaces(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var previousWasSpace = false
        for byte in bytes {
            if byte == 0x20 {
                if previousWasSpace || result.isEmpty { continue }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
            result.append(byte)
        }
        while result.last == 0x20 { result.removeLast() }
        return result
    }

    /// The bytes of the scalars in `span`, or nil when the span is outside them.
    private static func text(of bytes: UnsafeBufferPointer<UInt8>, in span: TextSpan) -> String? {
        var scalar = 0
        var first: Int?
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            if scalar == span.start { first = offset }
            if scalar == span.end, let first { return String(decoding: bytes[first..<offset], as: UTF8.self) }
            scalar += 1
        }
        guard scalar == span.end else { return nil }
        return String(decoding: bytes[(first ?? bytes.count)...], as: UTF8.self)
    }
}

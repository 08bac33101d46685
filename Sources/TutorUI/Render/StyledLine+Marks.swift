// Wrapping a message whose finding spans are drawn in their own style (the chat's marks).

import TerminalKit
import TutorCore

extension StyledLine {
    /// Wraps `text` like `wrapped(_:style:width:prefix:)`, drawing every grapheme that lies in one
    /// of `marks` (spans in Unicode scalars of `text`) in `markStyle`. An empty span (a missing
    /// word) marks the grapheme just before its place, so an insertion shows too.
    public static func wrapped(
        _ text: String, style: CellStyle, width: Int, prefix: (String, CellStyle)?, marks: [TextSpan],
        markStyle: CellStyle
    ) -> [StyledLine] {
        let plain = wrapped(text, style: style, width: width, prefix: prefix)
        guard !marks.isEmpty else { return plain }
        let marked = markedGraphemes(text, marks)
        // The wrapped lines hold the text's graphemes in order, less the spaces and line breaks
        // dropped at a wrap: walk both, skipping what the wrap dropped.
        var position = 0
        return plain.map { line in
            var pieces: [(String, CellStyle)] = []
            for (index, piece) in line.pieces.enumerated() {
                // Every wrapped line is a prefix or indent, then the text.
                guard index > 0 else {
                    pieces.append((piece.text, piece.style))
                    continue
                }
                for grapheme in piece.text {
                    while position < marked.count, marked[position].grapheme != grapheme { position += 1 }
                    let isMarked = position < marked.count && marked[position].isMarked
                    if position < marked.count { position += 1 }
                    let pieceStyle = isMarked ? markStyle : piece.style
                    if let last = pieces.last, last.1 == pieceStyle {
                        pieces[pieces.count - 1].0.append(grapheme)
                    } else {
                        pieces.append((String(grapheme), pieceStyle))
                    }
                }
            }
            return StyledLine(pieces)
        }
    }

    /// Each grapheme of `text`, and whether a mark covers any of its scalars.
    private static func markedGraphemes(_ text: String, _ marks: [TextSpan]) -> [(grapheme: Character, isMarked: Bool)]
    {
        let ranges = marks.map { $0.isEmpty ? TextSpan(start: max(0, $0.start - 1), end: max(1, $0.start)) : $0 }
        var offset = 0
        return text.map { grapheme in
            let count = grapheme.unicodeScalars.count
            let span = TextSpan(start: offset, end: offset + count)
            offset += count
            return (grapheme, ranges.contains { $0.overlaps(span) })
        }
    }
}

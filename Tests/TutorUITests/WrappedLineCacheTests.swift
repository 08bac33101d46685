// The chat pane's cache of wrapped messages: the same lines as wrapping afresh, and bounded.

import TerminalKit
import Testing
import TutorCore

@testable import TutorUI

@Suite("Wrapped line cache")
struct WrappedLineCacheTests {
    let style = CellStyle()
    var markStyle: CellStyle {
        var style = CellStyle()
        style.underline = true
        return style
    }

    @Test("a cached message wraps to the same lines as wrapping it afresh, at every width")
    func sameLines() {
        let cache = WrappedLineCache(capacity: 64)
        let text = "My brother go to the market every morning, and he buy 사과 there for our family."
        let marks = [TextSpan(start: 11, end: 13), TextSpan(start: 51, end: 54)]
        for width in [8, 20, 37, 80] {
            let fresh = StyledLine.wrapped(
                text, style: style, width: width, prefix: ("You: ", style), marks: marks, markStyle: markStyle)
            for _ in 0..<2 {
                let cached = cache.wrapped(
                    text, style: style, width: width, prefix: ("You: ", style), marks: marks, markStyle: markStyle)
                #expect(cached == fresh)
            }
        }
        #expect(cache.count == 4)
    }

    @Test("a width, prefix or style that differs is another entry")
    func keyed() {
        let cache = WrappedLineCache(capacity: 64)
        let text = "We went to a concert last night and it was very loud."
        let narrow = cache.wrapped(text, style: style, width: 20, prefix: ("You: ", style), marks: [], markStyle: style)
        let wide = cache.wrapped(text, style: style, width: 60, prefix: ("You: ", style), marks: [], markStyle: style)
        #expect(narrow != wide)
        _ = cache.wrapped(text, style: markStyle, width: 20, prefix: ("You: ", style), marks: [], markStyle: style)
        _ = cache.wrapped(text, style: style, width: 20, prefix: ("Tutor: ", style), marks: [], markStyle: style)
        #expect(cache.count == 4)
    }

    @Test("it never holds more than its capacity")
    func bounded() {
        let cache = WrappedLineCache(capacity: 5)
        for number in 0..<23 {
            _ = cache.wrapped(
                "Message \(number)", style: style, width: 30, prefix: ("· ", style), marks: [], markStyle: style)
            #expect(cache.count <= 5)
        }
    }
}

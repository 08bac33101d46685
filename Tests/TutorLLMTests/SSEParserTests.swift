// The SSE parser's bound on memory: a hostile server's endless event costs at most the limit.

import Testing

@_spi(Fuzzing) @testable import TutorLLM

@Suite("SSE parser limits")
struct SSEParserTests {
    @Test("an event past the limit comes out empty (not JSON), and the next one is whole again")
    func oversizedEventIsEmpty() {
        var parser = SSEParser(maximumEventByteCount: 16)
        let long = parser.feed(Array("data: \(String(repeating: "x", count: 100))\n\n".utf8))
        let lines = parser.feed(Array("data: 12345\ndata: 67890\ndata: abcde\n\n".utf8))
        let next = parser.feed(Array("data: ok\n\n".utf8))
        #expect(long == [""])
        #expect(lines == [""])
        #expect(next == ["ok"])
    }

    @Test("an endless line without a line end keeps at most the limit, split or whole")
    func endlessLineIsBounded() {
        var parser = SSEParser(maximumEventByteCount: 1_024)
        #expect(parser.feed(Array("data: ".utf8)).isEmpty)
        for _ in 0..<1_000 { #expect(parser.feed([UInt8](repeating: 0x61, count: 1_000)).isEmpty) }
        #expect(parser.finish() == "")
    }

    @Test("events under the default limit are untouched")
    func normalEvents() {
        var parser = SSEParser()
        let text = String(repeating: "안녕 ", count: 10_000)
        #expect(parser.feed(Array("data: \(text)\n\n: ping\n\n".utf8)) == [text])
        #expect(parser.commentCount == 1)
    }
}

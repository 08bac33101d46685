// Decoding terminal input: keys, text, paste and mouse, whatever the byte boundaries.

import PropertyBased
import TerminalKit
import Testing

private func decode(_ bytes: [UInt8]) -> [InputEvent] {
    var decoder = InputDecoder()
    return decoder.feed(bytes) + decoder.flushPending()
}

private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

private func merged(_ events: [InputEvent]) -> [InputEvent] { InputEvent.mergingText(events) }

@Suite("Input decoder")
struct InputDecoderTests {
    @Test(
        "keys and control characters",
        arguments: [
            ("\r", [InputEvent.key(.enter, [])]), ("\t", [.key(.tab, [])]), ("\u{7F}", [.key(.backspace, [])]),
            ("\u{3}", [.control("c")]), ("\n", [.control("j")]), ("\u{1B}[A", [.key(.up, [])]),
            ("\u{1B}OB", [.key(.down, [])]),
            ("\u{1B}[1;5C", [.key(.right, [.control])]), ("\u{1B}[3~", [.key(.delete, [])]),
            ("\u{1B}[5~", [.key(.pageUp, [])]),
            ("\u{1B}[H", [.key(.home, [])]), ("\u{1B}[4~", [.key(.end, [])]), ("\u{1B}OP", [.key(.function(1), [])]),
            ("\u{1B}[15~", [.key(.function(5), [])]), ("\u{1B}[Z", [.key(.backTab, [.shift])]),
            ("\u{1B}\r", [.key(.enter, [.alt])]),
            ("\u{1B}x", [.alt("x")]), ("\u{1B}", [.key(.escape, [])]),
            ("\u{1B}[<64;10;5M", [.mouseWheel(up: true, column: 9, row: 4)]),
            ("\u{1B}[<65;1;1M", [.mouseWheel(up: false, column: 0, row: 0)]),
        ])
    func keys(input: String, expected: [InputEvent]) {
        #expect(decode(bytes(input)) == expected)
    }

    @Test("UTF-8 text, including Hangul, and invalid bytes as U+FFFD")
    func text() {
        #expect(decode(bytes("hi 안녕")) == [.text("hi 안녕")])
        #expect(decode([0x61, 0xFF, 0x62]) == [.text("a\u{FFFD}b")])
    }

    @Test("a bracketed paste is one event, with its escape sequences removed")
    func paste() {
        let events = decode(bytes("\u{1B}[200~line one\r\nline \u{1B}[31mtwo\u{1B}[201~x"))
        #expect(events == [.paste("line one\nline [31mtwo"), .text("x")])
    }

    @Test("a lone Escape waits for the timeout; unknown sequences never leak as text")
    func pending() {
        var decoder = InputDecoder()
        #expect(decoder.feed([0x1B]).isEmpty)
        #expect(decoder.hasPendingEscape)
        #expect(decoder.flushPending() == [.key(.escape, [])])
        #expect(decode(bytes("\u{1B}[99;99z")) == [])
    }

    @Test("any split of the byte stream gives the same events")
    func splitInvariance() async {
        let pieces = [
            "a", "한", "\r", "\u{1B}[A", "\u{1B}[1;5D", "\u{1B}[200~pasted\r\ntext\u{1B}[201~", "\u{3}", "😀",
            "\u{1B}[<64;3;4M", "\u{1B}OP", "z",
        ]
        let stream = Gen<String?>.element(of: pieces).array(of: 1...12).map {
            Array($0.compactMap { $0 }.joined().utf8)
        }
        await propertyCheck(count: 200, input: stream, Gen.int(in: 1...7)) { bytes, chunk in
            let whole = merged(decode(bytes))
            var decoder = InputDecoder()
            var oneByOne: [InputEvent] = []
            for byte in bytes { oneByOne += decoder.feed([byte]) }
            oneByOne += decoder.flushPending()
            var chunked = InputDecoder()
            var inChunks: [InputEvent] = []
            var start = 0
            while start < bytes.count {
                inChunks += chunked.feed(Array(bytes[start..<min(bytes.count, start + chunk)]))
                start += chunk
            }
            inChunks += chunked.flushPending()
            #expect(merged(oneByOne) == whole)
            #expect(merged(inChunks) == whole)
            for event in whole {
                if case .text(let text) = event { #expect(!text.unicodeScalars.contains { $0.value < 0x20 }) }
            }
        }
    }

    @Test(
        "a number out of range, a sign or too many numbers drops the sequence, and decoding goes on",
        arguments: [
            "\u{1B}[<64;-9223372036854775808;1M", "\u{1B}[<64;1;-9223372036854775808M",
            "\u{1B}[1;-9223372036854775808A",
            "\u{1B}[1;9223372036854775807A", "\u{1B}[1;99999999999999999999999A", "\u{1B}[<64;99999999999999999999;1M",
            "\u{1B}[<64;65536;1M", "\u{1B}[<64;0;0M", "\u{1B}[<9223372036854775807;1;1M", "\u{1B}[-1~", "\u{1B}[+5A",
            "\u{1B}[" + Array(repeating: "1", count: 40).joined(separator: ";") + "A",
            "\u{1B}[" + String(repeating: "9", count: 5_000) + "A",
        ])
    func outOfRange(sequence: String) {
        #expect(decode(bytes(sequence + "x")) == [.text("x")])
        var decoder = InputDecoder()
        var oneByOne: [InputEvent] = []
        for byte in bytes(sequence + "x") { oneByOne += decoder.feed([byte]) }
        #expect(merged(oneByOne + decoder.flushPending()) == [.text("x")])
    }

    @Test(
        "numbers up to the largest terminal size are kept",
        arguments: [
            ("\u{1B}[<64;65535;65535M", InputEvent.mouseWheel(up: true, column: 65_534, row: 65_534)),
            ("\u{1B}[1;5:1A", .key(.up, [.control])), ("\u{1B}[;5A", .key(.up, [.control])),
            ("\u{1B}[0005;2~", .key(.pageUp, [.shift])),
        ])
    func inRange(sequence: String, expected: InputEvent) {
        #expect(decode(bytes(sequence)) == [expected])
    }

    @Test("a control byte or non-ASCII inside a sequence ends it; the byte is decoded")
    func cutShort() {
        #expect(decode(bytes("\u{1B}[1;\r")) == [.key(.enter, [])])
        #expect(decode(bytes("\u{1B}[12한")) == [.text("한")])
        #expect(decode(bytes("\u{1B}[12\u{1B}[A")) == [.key(.up, [])])
    }

    @Test("a paste whose end never comes holds at most its limit, and the paste that ends is cut there")
    func pasteLimit() {
        var decoder = InputDecoder()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 100_000)
        #expect(decoder.feed(bytes("\u{1B}[200~")).isEmpty)
        for _ in 0..<10 { #expect(decoder.feed(chunk).isEmpty) }
        let events = decoder.feed(bytes("\u{1B}[201~x"))
        #expect(events == [.paste(String(repeating: "a", count: InputDecoder.maximumPasteByteCount)), .text("x")])
    }

    @Test("any bytes at all, whole or in random chunks, decode without a crash to the same events")
    func randomBytes() async {
        let fragments = [
            "\u{1B}", "[", "<", ";", ":", "-", "0", "1", "5", "64", "65", "M", "A", "~", "O", "200~", "201~",
            "-9223372036854775808", "9223372036854775807", "99999999999999999999", "65536", "\r", "한", "\u{1B}[200~",
            "\u{1B}[201~",
        ].map { Array($0.utf8) }
        let piece = Gen<[UInt8]>.frequency(
            (weight: 1, gen: Gen.uint8().map { [$0] }),
            (weight: 1, gen: Gen<[UInt8]?>.element(of: fragments).map { $0 ?? [] })
        )
        let stream = piece.array(of: 0...60).map { Array($0.joined()) }
        let cuts = Gen.int(in: 1...9).array(of: 1...30)
        await propertyCheck(count: 1_000, input: stream, cuts) { bytes, cuts in
            let whole = merged(decode(bytes))
            var decoder = InputDecoder()
            var inChunks: [InputEvent] = []
            var start = 0
            var cut = 0
            while start < bytes.count {
                let length = cuts[cut % cuts.count]
                inChunks += decoder.feed(Array(bytes[start..<min(bytes.count, start + length)]))
                start += length
                cut += 1
            }
            inChunks += decoder.flushPending()
            #expect(merged(inChunks) == whole)
            for event in whole {
                if case .text(let text) = event { #expect(!text.unicodeScalars.contains { $0.value < 0x20 }) }
                if case .mouseWheel(_, let column, let row) = event { #expect(column >= 0 && row >= 0) }
            }
        }
    }
}

// Fuzzes the terminal input decoder: any bytes, any split, the same bounded events.

import TerminalKit

enum InputDecoderTarget {
    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        var whole = InputDecoder()
        let events = InputEvent.mergingText(whole.feed(bytes) + whole.flushPending())

        // The incremental law: one byte at a time gives the same events.
        var byByte = InputDecoder()
        var pieces: [InputEvent] = []
        for byte in bytes { pieces += byByte.feed([byte]) }
        pieces += byByte.flushPending()
        try FuzzFailure.check(
            InputEvent.mergingText(pieces) == events, "one byte at a time gave other events than all at once")

        // And so does a split in two, at a place the input chooses.
        let cut = bytes.isEmpty ? 0 : Int(bytes[0]) % (bytes.count + 1)
        var halves = InputDecoder()
        let split = halves.feed(Array(bytes[..<cut])) + halves.feed(Array(bytes[cut...])) + halves.flushPending()
        try FuzzFailure.check(InputEvent.mergingText(split) == events, "a split at byte \(cut) gave other events")

        try FuzzFailure.check(events.count <= bytes.count + 1, "\(events.count) events from \(bytes.count) bytes")
        try FuzzFailure.check(!whole.hasPendingEscape, "bytes still pending after flushPending")
        for event in events { try check(event, inputByteCount: bytes.count) }
    }

    /// Each event is one the app can use as it is: no control characters in text, a paste no
    /// bigger than its cap, a mouse position on screen, a real function key.
    private static func check(_ event: InputEvent, inputByteCount: Int) throws(FuzzFailure) {
        switch event {
        case .text(let text):
            try FuzzFailure.check(!text.isEmpty, "an empty text event")
            try FuzzFailure.check(
                !text.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) },
                "a control character in text")
        case .paste(let text):
            try FuzzFailure.check(text.utf8.count <= 3 * InputDecoder.maximumPasteByteCount, "a paste over the cap")
            try FuzzFailure.check(
                !text.unicodeScalars.contains { $0 != "\n" && ($0.value < 0x20 || (0x7F..<0xA0).contains($0.value)) },
                "a control character in a paste")
        case .mouseWheel(_, let column, let row):
            try FuzzFailure.check(
                (0..<65_535).contains(column) && (0..<65_535).contains(row), "a mouse report at \(column), \(row)")
        case .key(.function(let number), _):
            try FuzzFailure.check((1...12).contains(number), "function key \(number)")
        case .control(let character):
            try FuzzFailure.check(("a"..."z").contains(character), "control \(character.debugDescription)")
        case .alt(let character):
            try FuzzFailure.check(
                character.isASCII && !(character.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? true),
                "alt \(character.debugDescription)")
        case .key:
            break
        }
    }
}

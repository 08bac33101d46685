// Fuzzes the Server-Sent Events parser: any split of a stream gives the same, bounded events.

@_spi(Fuzzing) import TutorLLM

enum SSETarget {
    /// A limit small enough for the fuzzer's inputs to go past it.
    private static let smallEventLimit = 64

    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        let cut = bytes.isEmpty ? 0 : Int(bytes[0]) % (bytes.count + 1)
        for limit in [SSEParser.defaultMaximumEventByteCount, smallEventLimit] {
            let (events, comments) = parse([bytes[...]], limit: limit)
            let byByte = parse(bytes.indices.map { bytes[$0...$0] }, limit: limit)
            try FuzzFailure.check(
                byByte.events == events && byByte.comments == comments, "one byte at a time gave other events")
            let halves = parse([bytes[..<cut], bytes[cut...]], limit: limit)
            try FuzzFailure.check(
                halves.events == events && halves.comments == comments, "a split at byte \(cut) gave other events")

            let lineEnds = bytes.count(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
            try FuzzFailure.check(
                events.count <= lineEnds + 1 && comments <= lineEnds + 1,
                "\(events.count) events from \(lineEnds) lines")
            let dataScalars = events.reduce(0) { $0 + $1.unicodeScalars.count }
            try FuzzFailure.check(
                dataScalars <= bytes.count, "\(dataScalars) characters of data from \(bytes.count) bytes")
            // An invalid byte becomes U+FFFD (3 bytes): at most 4 times the limit, never more.
            try FuzzFailure.check(events.allSatisfy { $0.utf8.count <= 4 * limit }, "an event over \(limit) bytes")
        }
    }

    /// The events and comments of a stream that arrives in `pieces`, with the last event.
    private static func parse(_ pieces: [ArraySlice<UInt8>], limit: Int) -> (events: [String], comments: Int) {
        var parser = SSEParser(maximumEventByteCount: limit)
        var events: [String] = []
        for piece in pieces { events += parser.feed(piece) }
        if let last = parser.finish() { events.append(last) }
        return (events, parser.commentCount)
    }
}

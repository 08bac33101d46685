// Fuzzes the Server-Sent Events parser: any split of a stream gives the same events.

@_spi(Fuzzing) import TutorLLM

enum SSETarget {
    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        let (events, comments) = parse([bytes[...]])
        let byByte = parse(bytes.indices.map { bytes[$0...$0] })
        try FuzzFailure.check(byByte.events == events && byByte.comments == comments, "one byte at a time gave other events")
        let cut = bytes.isEmpty ? 0 : Int(bytes[0]) % (bytes.count + 1)
        let halves = parse([bytes[..<cut], bytes[cut...]])
        try FuzzFailure.check(halves.events == events && halves.comments == comments, "a split at byte \(cut) gave other events")

        let lineEnds = bytes.count(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        try FuzzFailure.check(events.count <= lineEnds + 1 && comments <= lineEnds + 1, "\(events.count) events from \(lineEnds) lines")
        let dataScalars = events.reduce(0) { $0 + $1.unicodeScalars.count }
        try FuzzFailure.check(dataScalars <= bytes.count, "\(dataScalars) characters of data from \(bytes.count) bytes")
    }

    /// The events and comments of a stream that arrives in `pieces`, with the last event.
    private static func parse(_ pieces: [ArraySlice<UInt8>]) -> (events: [String], comments: Int) {
        var parser = SSEParser()
        var events: [String] = []
        for piece in pieces { events += parser.feed(piece) }
        if let last = parser.finish() { events.append(last) }
        return (events, parser.commentCount)
    }
}

// An incremental parser of Server-Sent Events: any split of the bytes gives the same events.

import Foundation

/// Turns the bytes of an event stream into the `data` of each event. Comment lines
/// (`: ping` keep-alives) and fields other than `data` are skipped. SPI for the fuzz target
/// (Tests/Fuzz), which feeds it hostile streams.
@_spi(Fuzzing) public struct SSEParser {
    private var buffer: [UInt8] = []
    private var dataLines: [String] = []
    private var lastWasCarriageReturn = false
    /// Comment lines seen, such as keep-alive pings.
    public private(set) var commentCount = 0

    public init() {}

    /// The data of every event the bytes complete.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [String] {
        var events: [String] = []
        for byte in bytes {
            if byte == UInt8(ascii: "\n"), lastWasCarriageReturn {
                // The \n of a \r\n: the line already ended at the \r.
                lastWasCarriageReturn = false
                continue
            }
            lastWasCarriageReturn = byte == UInt8(ascii: "\r")
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if let event = endLine() { events.append(event) }
            } else {
                buffer.append(byte)
            }
        }
        return events
    }

    /// The last event, when the stream ends without the blank line that should close it.
    public mutating func finish() -> String? {
        if !buffer.isEmpty { _ = endLine() }
        return dispatch()
    }

    private mutating func endLine() -> String? {
        let line = String(decoding: buffer, as: UTF8.self)
        buffer.removeAll(keepingCapacity: true)
        if line.isEmpty { return dispatch() }
        if line.hasPrefix(":") {
            commentCount += 1
            return nil
        }
        let field: Substring
        var value: Substring
        if let colon = line.firstIndex(of: ":") {
            field = line[..<colon]
            value = line[line.index(after: colon)...]
            if value.first == " " { value = value.dropFirst() }
        } else {
            field = line[...]
            value = ""
        }
        if field == "data" { dataLines.append(String(value)) }
        return nil
    }

    private mutating func dispatch() -> String? {
        guard !dataLines.isEmpty else { return nil }
        defer { dataLines.removeAll() }
        return dataLines.joined(separator: "\n")
    }
}

// An incremental parser of Server-Sent Events: any split of the bytes gives the same events.

import Foundation

/// Turns the bytes of an event stream into the `data` of each event. Comment lines
/// (`: ping` keep-alives) and fields other than `data` are skipped. SPI for the fuzz target
/// (Tests/Fuzz), which feeds it hostile streams.
///
/// Memory is bounded: an event keeps at most `maximumEventByteCount` bytes (its data and the
/// line being read). A server that goes past it, with one endless line or endless `data:`
/// lines, gets an empty event for it, which is not JSON, so the client fails the answer as
/// malformed instead of holding all of it.
@_spi(Fuzzing) public struct SSEParser {
    /// The most an event may hold: answers are short JSON documents (the body cap of a
    /// non-streamed answer, `LLMClient.maximumBodyByteCount`).
    public static let defaultMaximumEventByteCount = 4 * 1024 * 1024

    private let maximumEventByteCount: Int
    private var buffer: [UInt8] = []
    private var dataLines: [String] = []
    /// Bytes of `dataLines`.
    private var dataByteCount = 0
    /// Bytes of this event were dropped over the limit.
    private var isOverflowing = false
    private var lastWasCarriageReturn = false
    /// Comment lines seen, such as keep-alive pings.
    public private(set) var commentCount = 0

    public init(maximumEventByteCount: Int = Self.defaultMaximumEventByteCount) {
        self.maximumEventByteCount = maximumEventByteCount
    }

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
            } else if buffer.count + dataByteCount < maximumEventByteCount {
                buffer.append(byte)
            } else {
                isOverflowing = true
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
        if field == "data" {
            dataLines.append(String(value))
            dataByteCount += value.utf8.count + 1
        }
        return nil
    }

    private mutating func dispatch() -> String? {
        defer {
            dataLines.removeAll()
            dataByteCount = 0
            isOverflowing = false
        }
        guard !dataLines.isEmpty else { return nil }
        return isOverflowing ? "" : dataLines.joined(separator: "\n")
    }
}

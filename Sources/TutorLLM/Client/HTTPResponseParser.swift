// Reads an HTTP/1.1 response incrementally: status and headers, then the body in any framing.

import Foundation

/// Turns response bytes, in any split, into a head event and body chunks: bodies framed by
/// `Content-Length`, chunked transfer encoding, or the end of the connection.
///
/// Work and memory are bounded by what is fed: bytes are read through an index and dropped
/// once per `feed`, and a search for a line end resumes where the last one stopped, so a head
/// sent a byte at a time costs no more than one sent whole. The head (status line and
/// headers) may hold at most `maximumHeadByteCount` bytes and `maximumHeaderCount` headers, a
/// chunk-size line or a trailer at most `maximumLineByteCount`; past that the response is
/// refused (`HTTPResponseError`) instead of held. SPI for the fuzz target (Tests/Fuzz).
@_spi(Fuzzing) public struct HTTPResponseParser {
    /// The most bytes the status line and headers may take: a model server's head is a few
    /// hundred bytes; 64 KiB is what common servers accept in a request's head.
    public static let maximumHeadByteCount = 64 * 1024
    public static let maximumHeaderCount = 100
    /// The most a chunk-size line or one trailer line may take.
    public static let maximumLineByteCount = 4 * 1024

    private let headLimit: Int
    private let headerLimit: Int
    private let lineLimit: Int

    /// A parser with the given limits (the fuzz target makes them small enough to reach).
    public init(
        maximumHeadByteCount: Int = Self.maximumHeadByteCount, maximumHeaderCount: Int = Self.maximumHeaderCount,
        maximumLineByteCount: Int = Self.maximumLineByteCount
    ) {
        headLimit = maximumHeadByteCount
        headerLimit = maximumHeaderCount
        lineLimit = maximumLineByteCount
    }

    private enum State {
        case head
        case fixed(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers(byteCount: Int)
        case untilClose
        case done
    }

    private var state = State.head
    /// Bytes fed and not yet used; those before `start` are used and go at the end of `feed`.
    private var pending: [UInt8] = []
    private var start = 0
    /// Where the search for the current line end resumes (no end lies between `start` and it).
    private var searched = 0

    public var isComplete: Bool { if case .done = state { true } else { false } }

    public mutating func feed(_ bytes: some Collection<UInt8>) throws -> [HTTPEvent] {
        pending.append(contentsOf: bytes)
        defer {
            pending.removeFirst(start)
            searched -= start
            start = 0
        }
        var events: [HTTPEvent] = []
        while let event = try step() {
            if let event { events.append(event) }
        }
        return events
    }

    /// The connection ended: fine for a body read until close, a broken response otherwise.
    public mutating func finish() throws -> [HTTPEvent] {
        switch state {
        case .untilClose:
            state = .done
            return start < pending.count ? [.body(Data(pending[start...]))] : []
        case .done:
            return []
        default:
            throw URLError(.networkConnectionLost)
        }
    }

    /// One step: nil when more bytes are needed; `.some(nil)` when progress was made without an event.
    private mutating func step() throws -> HTTPEvent?? {
        switch state {
        case .head:
            guard let end = try lineEnd([13, 10, 13, 10], limit: headLimit, what: .head) else { return nil }
            let head = try Self.parseHead(pending[start..<end], maximumHeaderCount: headerLimit)
            consume(upTo: end + 4)
            if head.status == 100 { return .some(nil) }
            if head.headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
                state = .chunkSize
            } else if let length = head.headers["content-length"].flatMap({ Int($0) }), length >= 0 {
                state = length == 0 ? .done : .fixed(remaining: length)
            } else {
                state = .untilClose
            }
            return .some(.head(status: head.status, headers: head.headers))
        case .fixed(let remaining):
            return takeBody(remaining, after: .done) { .fixed(remaining: $0) }
        case .chunkSize:
            guard let end = try lineEnd([13, 10], limit: lineLimit, what: .chunkSize) else { return nil }
            let line = String(decoding: pending[start..<end], as: UTF8.self)
            consume(upTo: end + 2)
            let hex = line.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard let size = Int(hex, radix: 16), size >= 0 else { throw URLError(.cannotParseResponse) }
            state = size == 0 ? .trailers(byteCount: 0) : .chunkData(remaining: size)
            return .some(nil)
        case .chunkData(let remaining):
            return takeBody(remaining, after: .chunkDataEnd) { .chunkData(remaining: $0) }
        case .chunkDataEnd:
            guard pending.count - start >= 2 else { return nil }
            consume(upTo: start + 2)
            state = .chunkSize
            return .some(nil)
        case .trailers(let byteCount):
            guard let end = try lineEnd([13, 10], limit: lineLimit, what: .trailer) else { return nil }
            let total = byteCount + end - start + 2
            guard total <= headLimit else { throw HTTPResponseError.tooLarge(.trailer, limit: headLimit) }
            state = end == start ? .done : .trailers(byteCount: total)
            consume(upTo: end + 2)
            return .some(nil)
        case .untilClose:
            guard start < pending.count else { return nil }
            defer { consume(upTo: pending.count) }
            return .some(.body(Data(pending[start...])))
        case .done:
            return nil
        }
    }

    /// Up to `remaining` body bytes; then `after`, or `more` with what is still to come.
    private mutating func takeBody(_ remaining: Int, after next: State, more: (Int) -> State) -> HTTPEvent?? {
        guard start < pending.count else { return nil }
        let take = min(remaining, pending.count - start)
        let chunk = Data(pending[start..<(start + take)])
        consume(upTo: start + take)
        state = take == remaining ? next : more(remaining - take)
        return .some(.body(chunk))
    }

    private mutating func consume(upTo index: Int) {
        start = index
        searched = index
    }

    /// Where `terminator` starts, searching on from the last search; nil when it has not come
    /// yet, an error when more than `limit` bytes came without it.
    private mutating func lineEnd(_ terminator: [UInt8], limit: Int, what part: HTTPResponseError.Part) throws -> Int? {
        let last = pending.count - terminator.count
        var index = max(searched, start)
        while index <= last {
            if pending[index] == terminator[0], pending[index..<(index + terminator.count)].elementsEqual(terminator) {
                break
            }
            index += 1
        }
        let found = index <= last
        // Unfound, the last bytes may be the start of the terminator: they do not count yet.
        if (found ? index : pending.count - (terminator.count - 1)) - start > limit {
            throw HTTPResponseError.tooLarge(part, limit: limit)
        }
        if found { return index }
        searched = max(start, last + 1)
        return nil
    }

    /// The status and the headers (names lower-cased) of a head without its blank line.
    private static func parseHead(_ bytes: ArraySlice<UInt8>, maximumHeaderCount: Int) throws -> (
        status: Int, headers: [String: String]
    ) {
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines.first?.split(separator: " ") ?? []
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]) else {
            throw URLError(.badServerResponse)
        }
        guard lines.count - 1 <= maximumHeaderCount else {
            throw HTTPResponseError.tooManyHeaders(limit: maximumHeaderCount)
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return (status, headers)
    }
}

/// A response the parser refuses to hold: a part over its size limit, or too many headers.
@_spi(Fuzzing) public enum HTTPResponseError: Error, Equatable, CustomStringConvertible {
    public enum Part: String, Sendable {
        case head = "head"
        case chunkSize = "chunk-size line"
        case trailer = "trailer"
    }

    case tooLarge(Part, limit: Int)
    case tooManyHeaders(limit: Int)

    public var description: String {
        switch self {
        case .tooLarge(let part, let limit): "the response's \(part.rawValue) is over \(limit) bytes"
        case .tooManyHeaders(let limit): "the response has over \(limit) headers"
        }
    }
}

// Reads an HTTP/1.1 response incrementally: status and headers, then the body in any framing.

import Foundation

/// Turns response bytes, in any split, into a head event and body chunks: bodies framed by
/// `Content-Length`, chunked transfer encoding, or the end of the connection.
struct HTTPResponseParser {
    private enum State {
        case head
        case fixed(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailers
        case untilClose
        case done
    }

    private var state = State.head
    private var pending: [UInt8] = []

    var isComplete: Bool { if case .done = state { true } else { false } }

    mutating func feed(_ bytes: some Collection<UInt8>) throws -> [HTTPEvent] {
        pending.append(contentsOf: bytes)
        var events: [HTTPEvent] = []
        while let event = try step() {
            if let event { events.append(event) }
        }
        return events
    }

    /// The connection ended: fine for a body read until close, a broken response otherwise.
    mutating func finish() throws -> [HTTPEvent] {
        switch state {
        case .untilClose:
            state = .done
            return pending.isEmpty ? [] : [.body(Data(pending))]
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
            guard let end = index(of: [13, 10, 13, 10]) else { return nil }
            let text = String(decoding: pending[..<end], as: UTF8.self)
            pending.removeFirst(end + 4)
            let lines = text.components(separatedBy: "\r\n")
            let parts = lines.first?.split(separator: " ") ?? []
            guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]) else { throw URLError(.badServerResponse) }
            var headers: [String: String] = [:]
            for line in lines.dropFirst() {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            if status == 100 { return .some(nil) }
            if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
                state = .chunkSize
            } else if let length = headers["content-length"].flatMap({ Int($0) }) {
                state = length == 0 ? .done : .fixed(remaining: length)
            } else {
                state = .untilClose
            }
            return .some(.head(status: status, headers: headers))
        case .fixed(let remaining):
            return takeBody(remaining, after: .done) { .fixed(remaining: $0) }
        case .chunkSize:
            guard let end = index(of: [13, 10]) else { return nil }
            let line = String(decoding: pending[..<end], as: UTF8.self)
            pending.removeFirst(end + 2)
            let hex = line.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard let size = Int(hex, radix: 16), size >= 0 else { throw URLError(.cannotParseResponse) }
            state = size == 0 ? .trailers : .chunkData(remaining: size)
            return .some(nil)
        case .chunkData(let remaining):
            return takeBody(remaining, after: .chunkDataEnd) { .chunkData(remaining: $0) }
        case .chunkDataEnd:
            guard pending.count >= 2 else { return nil }
            pending.removeFirst(2)
            state = .chunkSize
            return .some(nil)
        case .trailers:
            guard let end = index(of: [13, 10]) else { return nil }
            pending.removeFirst(end + 2)
            if end == 0 { state = .done }
            return .some(nil)
        case .untilClose:
            guard !pending.isEmpty else { return nil }
            defer { pending.removeAll() }
            return .some(.body(Data(pending)))
        case .done:
            return nil
        }
    }

    /// Up to `remaining` body bytes; then `after`, or `more` with what is still to come.
    private mutating func takeBody(_ remaining: Int, after next: State, more: (Int) -> State) -> HTTPEvent?? {
        guard !pending.isEmpty else { return nil }
        let take = min(remaining, pending.count)
        let chunk = Data(pending.prefix(take))
        pending.removeFirst(take)
        state = take == remaining ? next : more(remaining - take)
        return .some(.body(chunk))
    }

    private func index(of needle: [UInt8]) -> Int? {
        guard pending.count >= needle.count else { return nil }
        for start in 0...(pending.count - needle.count) where pending[start] == needle[0] {
            if Array(pending[start..<(start + needle.count)]) == needle { return start }
        }
        return nil
    }
}

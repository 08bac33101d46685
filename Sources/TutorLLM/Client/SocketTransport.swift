// Plain-http requests over a POSIX socket, one thread per request: for local model servers.

import Foundation
import Synchronization
import TutorCore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// HTTP/1.1 over a TCP socket, for `http://` endpoints (llama.cpp, Ollama, vLLM, LM Studio
/// on this machine or the LAN). FoundationNetworking on Linux keeps a core busy while a request
/// waits, even streamed through a `URLSessionDataDelegate` (no AsyncBytes), which slows a local
/// model on the same machine; a blocking socket on its own thread waits for free. Measured
/// (2026-12-05, release, 2 cores, `chattutor-bench-llm slow-model`: first byte after 5 s, then 60
/// pieces 100 ms apart): 0.12 s of CPU in 11.1 s here, 7.8 s through `URLSessionTransport`
/// (strace: about 2,000 epoll/poll wake-ups a second inside libcurl's multi handle); earlier, a
/// 300-token reply from `llm-peer` cost 0.05 s here and 6–13 s through URLSession.
/// async-http-client waits as cheaply (0.07 s, 0.007 s) but would bring SwiftNIO and BoringSSL
/// into the chat's build (docs/ARCHITECTURE.md, "HTTP clients"). Each request opens a connection
/// (`Connection: close`); bodies with `Content-Length`, chunked, or until the server closes are
/// all read, by `HTTPResponseParser`, which bounds what it holds.
final class SocketTransport: HTTPTransport {
    private let clock: RequestClock

    init(clock: RequestClock) {
        self.clock = clock
    }

    func invalidate() {}

    func open(_ request: URLRequest, idleTimeout: Duration, deadline: Duration) -> AsyncThrowingStream<
        HTTPEvent, any Error
    > {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: HTTPEvent.self)
        let activity = Activity(clock: clock)
        let connection = Connection()
        let watchdog = Watchdog(clock: clock, activity: activity, idleTimeout: idleTimeout, deadline: deadline) {
            timeout in
            continuation.finish(throwing: timeout)
            connection.abort()
        }
        watchdog.arm()
        continuation.onTermination = { _ in
            watchdog.cancel()
            connection.abort()
        }
        let thread = Thread {
            do {
                try connection.exchange(request, activity: activity) { continuation.yield($0) }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
            connection.close()
        }
        thread.name = "chattutor-http"
        thread.start()
        return stream
    }
}

/// One socket and its request; `abort` from any thread unblocks a read or write.
final class Connection: Sendable {
    private let descriptor = Locked<Int32>(-1)
    private let aborted = Atomic<Bool>(false)

    func abort() {
        aborted.store(true, ordering: .sequentiallyConsistent)
        descriptor.withLock { if $0 >= 0 { shutdown($0, Int32(SHUT_RDWR)) } }
    }

    func close() {
        descriptor.withLock { fd in
            if fd >= 0 { Glibc.close(fd) }
            fd = -1
        }
    }

    /// Connects, sends the request and reads the response, blocking this thread.
    func exchange(_ request: URLRequest, activity: Activity, emit: (HTTPEvent) -> Void) throws {
        guard let url = request.url, let host = url.host, url.scheme?.lowercased() == "http" else {
            throw URLError(.unsupportedURL)
        }
        let fd = try Self.connect(host: host, port: url.port ?? 80)
        descriptor.withLock { $0 = fd }
        if aborted.load(ordering: .sequentiallyConsistent) { throw URLError(.cancelled) }
        try send(Self.requestBytes(request, url: url, host: host), on: fd)
        var parser = HTTPResponseParser()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while !parser.isComplete {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count < 0, errno == EINTR { continue }
            if aborted.load(ordering: .sequentiallyConsistent) { throw URLError(.cancelled) }
            guard count > 0 else {
                try parser.finish().forEach(emit)
                return
            }
            activity.touch()
            try parser.feed(buffer[0..<count]).forEach(emit)
        }
    }

    private func send(_ data: Data, on fd: Int32) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard var pointer = raw.baseAddress else { return }
            var left = raw.count
            while left > 0 {
                let written = Glibc.send(fd, pointer, left, Int32(MSG_NOSIGNAL))
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw URLError(.networkConnectionLost) }
                pointer += written
                left -= written
            }
        }
    }

    private static func requestBytes(_ request: URLRequest, url: URL, host: String) -> Data {
        var path = url.path.isEmpty ? "/" : url.path
        if let query = url.query { path += "?" + query }
        let body = request.httpBody ?? Data()
        var lines = [
            "\(request.httpMethod ?? "GET") \(path) HTTP/1.1", "Host: \(host)\(url.port.map { ":\($0)" } ?? "")",
            "Connection: close",
        ]
        for (name, value) in (request.allHTTPHeaderFields ?? [:]).sorted(by: { $0.key < $1.key })
        where !value.contains("\r") && !value.contains("\n") {
            lines.append("\(name): \(value)")
        }
        if request.httpMethod == "POST" || !body.isEmpty { lines.append("Content-Length: \(body.count)") }
        return Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8) + body
    }

    private static func connect(host: String, port: Int) throws -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var results: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &results) == 0, let first = results else {
            throw URLError(.cannotFindHost)
        }
        defer { freeaddrinfo(results) }
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let current = entry {
            let fd = socket(current.pointee.ai_family, current.pointee.ai_socktype, current.pointee.ai_protocol)
            if fd >= 0 {
                if Glibc.connect(fd, current.pointee.ai_addr, current.pointee.ai_addrlen) == 0 { return fd }
                Glibc.close(fd)
            }
            entry = current.pointee.ai_next
        }
        throw URLError(.cannotConnectToHost)
    }
}

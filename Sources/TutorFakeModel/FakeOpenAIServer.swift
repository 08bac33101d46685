// A scripted OpenAI-compatible server on 127.0.0.1, for tests and benchmarks of the LLM path.

import Foundation
import Synchronization
import TutorCore

#if canImport(Glibc)
    import Glibc
#endif

/// Listens on an ephemeral port of 127.0.0.1 and answers each request with the next
/// scripted `Reply` (or the responder's, when the script is empty). A reply is a list of
/// steps (write bytes, pause, close), so a test can reproduce slow first bytes, stalls
/// mid-stream, truncated bodies and keep-alive comments exactly. Every connection is closed
/// after its reply.
public final class FakeOpenAIServer: Sendable {
    /// A request as the server received it.
    public struct Request: Sendable {
        public var method: String
        public var path: String
        /// Header names in lower case.
        public var headers: [String: String]
        public var body: Data

        /// The body's JSON object, if it is one.
        public var json: [String: Any]? {
            (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
        }
    }

    /// One thing the server does while answering.
    public enum Step: Sendable {
        case write(Data)
        case pause(Duration)
        /// Waits until the test lets one reply through the gate (or the server stops).
        case pass(Gate)
    }

    /// Holds replies back until the test lets them go, one `open` per passage: for tests that
    /// say when each byte arrives instead of guessing at how long things take.
    public final class Gate: Sendable {
        private let permits = Locked(0)

        public init() {}

        /// Lets `count` more passages through.
        public func open(_ count: Int = 1) {
            permits.withLock { $0 += count }
        }

        func tryPass() -> Bool {
            permits.withLock { permits in
                guard permits > 0 else { return false }
                permits -= 1
                return true
            }
        }
    }

    /// What the server does for one request.
    public struct Reply: Sendable {
        public var steps: [Step]
        public init(steps: [Step]) { self.steps = steps }
    }

    public let port: UInt16
    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)/v1")! }

    private struct State {
        var script: [Reply] = []
        var requests: [Request] = []
        var open = 0
        var maximumOpen = 0
    }

    private let state = Locked(State())
    private let stopped = Atomic<Bool>(false)
    private let listener: Int32
    private let responder: (@Sendable (Request) -> Reply)?

    /// Starts listening. `responder` answers requests when no scripted reply is queued.
    public init(responder: (@Sendable (Request) -> Reply)? = nil) throws {
        self.responder = responder
        signal(SIGPIPE, SIG_IGN)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw FakeServerError(reason: "socket failed") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress -> Bool in
                bind(fd, socketAddress, length) == 0 && listen(fd, 128) == 0
                    && getsockname(fd, socketAddress, &length) == 0
            }
        }
        guard bound else {
            close(fd)
            throw FakeServerError(reason: "cannot listen on 127.0.0.1")
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "fake-openai-accept"
        thread.start()
    }

    deinit { stop() }

    /// Queues replies, answered in order.
    public func enqueue(_ replies: Reply...) {
        state.withLock { $0.script += replies }
    }

    /// Every request received so far, in order of arrival.
    public var requests: [Request] { state.withLock { $0.requests } }

    /// Requests to one path, such as `/v1/chat/completions`.
    public func requests(to path: String) -> [Request] { requests.filter { $0.path == path } }

    /// The most requests that were being answered at once.
    public var maximumConcurrentRequests: Int { state.withLock { $0.maximumOpen } }

    /// Stops listening; replies being paused end early.
    public func stop() {
        guard !stopped.exchange(true, ordering: .sequentiallyConsistent) else { return }
        // Wakes the accept loop, which closes the listener itself: closed here, its number
        // could be reused by another test's server before the loop's next `accept`, which
        // would then take that server's connections and answer them from this script.
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private func acceptLoop() {
        defer { close(listener) }
        while !stopped.load(ordering: .sequentiallyConsistent) {
            let client = accept(listener, nil, nil)
            guard client >= 0 else {
                if errno == EINTR { continue }
                return
            }
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        guard let request = Self.readRequest(client) else { return }
        let reply =
            state.withLock { state -> Reply? in
                state.requests.append(request)
                state.open += 1
                state.maximumOpen = max(state.maximumOpen, state.open)
                return state.script.isEmpty ? nil : state.script.removeFirst()
            } ?? responder?(request) ?? .status(500, body: "no reply scripted for \(request.method) \(request.path)")
        defer { state.withLock { $0.open -= 1 } }
        for step in reply.steps {
            switch step {
            case .write(let data):
                guard Self.writeAll(data, to: client) else { return }
            case .pause(let duration):
                let end = ContinuousClock.now + duration
                while ContinuousClock.now < end, !stopped.load(ordering: .sequentiallyConsistent) {
                    usleep(2_000)
                }
            case .pass(let gate):
                while !gate.tryPass() {
                    guard !stopped.load(ordering: .sequentiallyConsistent) else { return }
                    usleep(2_000)
                }
            }
        }
        shutdown(client, Int32(SHUT_WR))
    }

    private static func writeAll(_ data: Data, to client: Int32) -> Bool {
        data.withUnsafeBytes { buffer -> Bool in
            guard var pointer = buffer.baseAddress else { return true }
            var left = buffer.count
            while left > 0 {
                let written = send(client, pointer, left, Int32(MSG_NOSIGNAL))
                if written <= 0 { return false }
                pointer += written
                left -= written
            }
            return true
        }
    }

    private static func readRequest(_ client: Int32) -> Request? {
        var received = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let separator = Data("\r\n\r\n".utf8)
        var headerEnd: Range<Data.Index>?
        while headerEnd == nil {
            let count = recv(client, &chunk, chunk.count, 0)
            guard count > 0 else { return nil }
            received.append(contentsOf: chunk[0..<count])
            headerEnd = received.range(of: separator)
        }
        guard let headerEnd else { return nil }
        let head = String(decoding: received[..<headerEnd.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = head.first?.split(separator: " ") ?? []
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "") ?? 0
        var body = Data(received[headerEnd.upperBound...])
        while body.count < length {
            let count = recv(client, &chunk, chunk.count, 0)
            guard count > 0 else { return nil }
            body.append(contentsOf: chunk[0..<count])
        }
        return Request(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers, body: body)
    }
}

/// The fake server could not start.
public struct FakeServerError: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { "fake OpenAI server: \(reason)" }
}

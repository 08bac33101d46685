// One simulated browser tab's HTTP/1.1 connection to the server, through async-http-client.

import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// Why an exchange failed below HTTP.
public enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server closed the connection (or it broke) before answering.
    case connectionClosed
    /// No whole response came within the request timeout; the connection was closed.
    case noResponse(within: Duration)

    public var description: String {
        switch self {
        case .connectionClosed: "connection closed before the response"
        case .noResponse(let timeout): "no response within \(timeout)"
        }
    }
}

/// A keep-alive connection that sends one request at a time and waits for its whole response.
///
/// A simulated conversation owns one for its whole life, as a browser tab would: an
/// `HTTPClient` of its own whose pool holds at most one connection. When the server closes an
/// idle connection, the next request opens a new one; a request that was already sent is never
/// retried (a repeated `POST /message` would be a second message), and async-http-client
/// retries none.
public struct HTTPConnection: Sendable {
    public let host: String
    public let port: Int
    /// How long a request may wait for its whole response before it fails and the connection
    /// is closed (a hung server must not hang the run).
    public let requestTimeout: Duration
    private let client: HTTPClient

    /// Bodies of responses beyond this are a broken server, not a slow one.
    static let maximumResponseByteCount = 8 * 1024 * 1024

    private init(host: String, port: Int, requestTimeout: Duration, client: HTTPClient) {
        self.host = host
        self.port = port
        self.requestTimeout = requestTimeout
        self.client = client
    }

    /// Opens a connection: asks `GET /health` (any HTTP answer will do), so that the
    /// connection exists before the run's clock starts and a port where nothing listens fails here.
    public static func connect(
        host: String, port: Int, requestTimeout: Duration, group: any EventLoopGroup
    ) async throws -> HTTPConnection {
        var configuration = HTTPClient.Configuration()
        configuration.httpVersion = .http1Only
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .disabled
        // One connection, kept while the conversation lasts; a refused connection fails at once
        // (the run reports it) instead of being retried until the connect timeout.
        configuration.connectionPool = .init(idleTimeout: .hours(1), concurrentHTTP1ConnectionsPerHostSoftLimit: 1)
        configuration.connectionPool.retryConnectionEstablishment = false
        let client = HTTPClient(eventLoopGroup: group, configuration: configuration)
        let connection = HTTPConnection(host: host, port: port, requestTimeout: requestTimeout, client: client)
        do {
            _ = try await connection.exchange(HTTPClientRequest(url: connection.url("/health")))
        } catch {
            try? await client.shutdown()
            throw error
        }
        return connection
    }

    /// Sends a request and waits for its whole response (reconnecting first if the server has
    /// closed the connection since the last response).
    public func send(_ request: WireRequest) async throws -> WireResponse {
        var outgoing = HTTPClientRequest(url: url(request.path))
        outgoing.method = HTTPMethod(rawValue: request.method.rawValue)
        outgoing.headers.add(name: "Authorization", value: "Bearer \(request.bearerToken)")
        if let body = request.body {
            outgoing.headers.add(name: "Content-Type", value: "application/json")
            outgoing.body = .bytes(body)
        }
        return try await exchange(outgoing)
    }

    /// Closes the connection; a second close is harmless.
    public func close() async {
        try? await client.shutdown()
    }

    private func url(_ path: String) -> String {
        "http://\(host):\(port)\(path)"
    }

    private func exchange(_ request: HTTPClientRequest) async throws -> WireResponse {
        let deadline = NIODeadline.now() + .nanoseconds(requestTimeout.nanoseconds)
        do {
            let response = try await client.execute(request, deadline: deadline)
            let body = try await response.body.collect(upTo: Self.maximumResponseByteCount)
            return WireResponse(status: Int(response.status.code), body: Array(body.readableBytesView))
        } catch let error as HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout: throw TransportError.noResponse(within: requestTimeout)
            case .remoteConnectionClosed: throw TransportError.connectionClosed
            default: throw error
            }
        }
    }
}

// One keep-alive HTTP/1.1 connection to the server, reopened when the server closes it.

import NIOCore
import NIOHTTP1
import NIOPosix

/// A keep-alive connection that sends one request at a time and waits for its response.
///
/// A simulated conversation owns one for its whole life, as a browser tab would. When the server
/// closes an idle connection, the next request opens a new one; a request that was already sent
/// is never retried (a repeated `POST /message` would be a second message).
public struct HTTPConnection: Sendable {
    public let host: String
    public let port: Int
    /// How long a request may wait for its whole response before it fails and the connection
    /// is closed (a hung server must not hang the run).
    public let requestTimeout: Duration
    private let group: any EventLoopGroup
    private var channel: any Channel

    /// Bodies of responses beyond this are a broken server, not a slow one.
    static let maximumResponseByteCount = 8 * 1024 * 1024

    private init(host: String, port: Int, requestTimeout: Duration, group: any EventLoopGroup, channel: any Channel) {
        self.host = host
        self.port = port
        self.requestTimeout = requestTimeout
        self.group = group
        self.channel = channel
    }

    /// Opens a connection.
    public static func connect(
        host: String, port: Int, requestTimeout: Duration, group: any EventLoopGroup
    ) async throws -> HTTPConnection {
        let channel = try await open(host: host, port: port, group: group)
        return HTTPConnection(host: host, port: port, requestTimeout: requestTimeout, group: group, channel: channel)
    }

    /// Sends a request and waits for its whole response. Reconnects first if the server has
    /// closed the connection since the last response.
    public mutating func send(_ request: WireRequest) async throws -> WireResponse {
        if !channel.isActive {
            channel = try await Self.open(host: host, port: port, group: group)
        }
        var head = HTTPRequestHead(
            version: .http1_1, method: HTTPMethod(rawValue: request.method.rawValue), uri: request.path)
        head.headers.add(name: "Host", value: "\(host):\(port)")
        head.headers.add(name: "Authorization", value: "Bearer \(request.bearerToken)")
        head.headers.add(name: "Content-Length", value: String(request.body?.count ?? 0))
        var body: ByteBuffer?
        if let bytes = request.body {
            head.headers.add(name: "Content-Type", value: "application/json")
            body = channel.allocator.buffer(bytes: bytes)
        }
        let response = channel.eventLoop.makePromise(of: WireResponse.self)
        let timeout = requestTimeout
        let timer = channel.eventLoop.scheduleTask(in: .nanoseconds(timeout.nanoseconds)) { [channel] in
            response.fail(TransportError.noResponse(within: timeout))
            channel.close(promise: nil)
        }
        response.futureResult.whenComplete { _ in timer.cancel() }
        channel.writeAndFlush(HTTPExchange(head: head, body: body, response: response)).cascadeFailure(to: response)
        do {
            return try await response.futureResult.get()
        } catch {
            // The connection is done after any failure below HTTP; wait until it is closed, so
            // the next request sees that and reconnects instead of racing the close.
            channel.close(promise: nil)
            try? await channel.closeFuture.get()
            throw error
        }
    }

    /// Closes the connection; a second close is harmless.
    public func close() async {
        try? await channel.close()
    }

    private static func open(host: String, port: Int, group: any EventLoopGroup) async throws -> any Channel {
        try await ClientBootstrap(group: group)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandler(
                        NIOHTTPClientResponseAggregator(maxContentLength: maximumResponseByteCount))
                    try channel.pipeline.syncOperations.addHandler(HTTPExchangeHandler())
                }
            }
            .connect(host: host, port: port)
            .get()
    }
}

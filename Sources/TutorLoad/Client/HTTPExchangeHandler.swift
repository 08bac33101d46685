// Pairs each HTTP request written to a keep-alive connection with the response that answers it.

import NIOCore
import NIOHTTP1

/// A request on its way out, with the promise its response completes.
struct HTTPExchange: Sendable {
    var head: HTTPRequestHead
    var body: ByteBuffer?
    var response: EventLoopPromise<WireResponse>
}

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

/// Writes exchanges as HTTP/1.1 requests and completes their promises in order as the aggregated
/// responses arrive (HTTP/1.1 answers in request order). A closed or broken connection fails
/// every exchange still waiting.
final class HTTPExchangeHandler: ChannelDuplexHandler {
    typealias InboundIn = NIOHTTPClientResponseFull
    typealias OutboundIn = HTTPExchange
    typealias OutboundOut = HTTPClientRequestPart

    private var waiting = CircularBuffer<EventLoopPromise<WireResponse>>()

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let exchange = unwrapOutboundIn(data)
        waiting.append(exchange.response)
        context.write(wrapOutboundOut(.head(exchange.head)), promise: nil)
        if let body = exchange.body {
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        }
        context.write(wrapOutboundOut(.end(nil)), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let response = unwrapInboundIn(data)
        guard let promise = waiting.popFirst() else { return }  // an unasked-for response: ignore it
        let body = response.body.map { Array($0.readableBytesView) } ?? []
        // Close before answering, so the caller's next request already sees a closed channel
        // and reconnects instead of writing into a connection that is about to go.
        if !response.head.isKeepAlive { context.close(promise: nil) }
        promise.succeed(WireResponse(status: Int(response.head.status.code), body: body))
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        failWaiting(with: error)
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        failWaiting(with: TransportError.connectionClosed)
        context.fireChannelInactive()
    }

    private func failWaiting(with error: any Error) {
        while let promise = waiting.popFirst() { promise.fail(error) }
    }
}

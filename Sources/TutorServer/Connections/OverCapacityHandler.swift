// The answer to a connection over the server's limit: a short 503, then the connection closed.

import NIOCore

/// First in the pipeline of a connection over `maximumConnections`: writes a complete 503
/// response as soon as the connection is active, stops writing, discards what the client
/// sends (closing a socket with unread input would reset it before the client reads the 503)
/// and closes when the client does, or after `lingerTime`.
final class OverCapacityHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    static let body =
        #"{"error":{"code":"over_capacity","message":"the server has too many open connections; try again shortly"}}"#
    static let response =
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n"
        + "Retry-After: 1\r\nConnection: close\r\n\r\n" + body

    private let lingerTime: TimeAmount
    private var answered = false

    init(lingerTime: TimeAmount = .seconds(2)) {
        self.lingerTime = lingerTime
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { answer(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        answer(context)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        // Discarded: nothing of a refused connection reaches the HTTP decoder.
    }

    private func answer(_ context: ChannelHandlerContext) {
        guard !answered else { return }
        answered = true
        let channel = context.channel
        let lingerTime = lingerTime
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: Self.response))).whenComplete { _ in
            channel.close(mode: .output, promise: nil)
            channel.eventLoop.scheduleTask(in: lingerTime) { channel.close(promise: nil) }
        }
    }
}

// Tells the deadline handler in front of the HTTP decoder where each request and response is.

import NIOCore
import NIOHTTPTypes

/// After the HTTP decoder, where requests are parts rather than bytes: sends
/// `RequestProgress` events down to `RequestDeadlineHandler` when a head or a whole request
/// has arrived and when a response has been written.
final class RequestProgressHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head: context.triggerUserOutboundEvent(RequestProgress.headReceived, promise: nil)
        case .body: break
        case .end: context.triggerUserOutboundEvent(RequestProgress.requestReceived, promise: nil)
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let isEnd = if case .end = unwrapOutboundIn(data) { true } else { false }
        context.write(data, promise: promise)
        if isEnd { context.triggerUserOutboundEvent(RequestProgress.responseSent, promise: nil) }
    }
}

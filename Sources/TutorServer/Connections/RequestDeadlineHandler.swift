// Closes a connection whose request arrives too slowly: the slow-header and slow-body defence.

import NIOCore

/// What `RequestProgressHandler` tells `RequestDeadlineHandler` about the HTTP exchange.
enum RequestProgress {
    case headReceived, requestReceived, responseSent
}

/// First in a connection's pipeline, where it sees the raw bytes: a request must arrive
/// within `timeout`. The clock starts when the connection opens and, between requests, at the
/// first byte of the next one; it restarts at the head (for the body) and stops once the
/// request is in. So a head sent a byte at a time, or a body that never ends, closes the
/// connection after `timeout`, on a fresh connection as on a kept-alive one. An idle
/// kept-alive connection (no byte at all) is Hummingbird's to close (`idleTimeout`).
final class RequestDeadlineHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private enum Phase {
        /// Waiting for a request's head (the clock runs).
        case awaitingHead
        /// The head is in, the body is coming (the clock runs).
        case readingBody
        /// The request is in and being answered.
        case responding
        /// Between requests: the clock starts at the next byte.
        case idle
    }

    private let timeout: TimeAmount
    private var phase = Phase.awaitingHead
    private var deadline: Scheduled<Void>?

    init(timeout: Duration) {
        self.timeout = TimeAmount(timeout)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { arm(context) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        disarm()
    }

    func channelActive(context: ChannelHandlerContext) {
        if phase == .awaitingHead { arm(context) }
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        disarm()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if phase == .idle {
            phase = .awaitingHead
            arm(context)
        }
        context.fireChannelRead(data)
    }

    func triggerUserOutboundEvent(context: ChannelHandlerContext, event: Any, promise: EventLoopPromise<Void>?) {
        guard let progress = event as? RequestProgress else {
            context.triggerUserOutboundEvent(event, promise: promise)
            return
        }
        switch progress {
        case .headReceived:
            phase = .readingBody
            disarm()
            arm(context)
        case .requestReceived:
            phase = .responding
            disarm()
        case .responseSent:
            if phase == .responding { phase = .idle }
        }
        promise?.succeed()
    }

    private func arm(_ context: ChannelHandlerContext) {
        guard deadline == nil else { return }
        let channel = context.channel
        deadline = context.eventLoop.scheduleTask(in: timeout) { channel.close(promise: nil) }
    }

    private func disarm() {
        deadline?.cancel()
        deadline = nil
    }
}

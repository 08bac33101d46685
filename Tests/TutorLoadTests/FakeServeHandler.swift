// One connection of the fake server: gathers a request, answers it from the shared state.

import Foundation
import NIOCore
import NIOHTTP1

final class FakeServeHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let store: FakeServeStore
    private var head: HTTPRequestHead?
    private var body = Data()

    init(store: FakeServeStore) { self.store = store }

    func channelActive(context: ChannelHandlerContext) {
        store.state.withLock { $0.connectionCount += 1 }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body = Data()
        case .body(let buffer):
            body.append(contentsOf: buffer.readableBytesView)
        case .end:
            guard let head else { return }
            let (status, json, close) = store.state.withLock { state in
                let (status, json) = state.respond(
                    method: head.method, path: head.uri, authorization: head.headers.first(name: "Authorization"),
                    body: body)
                return (status, json, state.faults.closeAfterEachResponse)
            }
            self.head = nil
            guard status != 0 else { return }  // a hung server: the request is never answered
            var responseHead = HTTPResponseHead(version: head.version, status: HTTPResponseStatus(statusCode: status))
            responseHead.headers.add(name: "Content-Type", value: "application/json")
            responseHead.headers.add(name: "Content-Length", value: String(json.utf8.count))
            if close { responseHead.headers.add(name: "Connection", value: "close") }
            context.write(wrapOutboundOut(.head(responseHead)), promise: nil)
            context.write(
                wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: json)))), promise: nil)
            let written = context.writeAndFlush(wrapOutboundOut(.end(nil)))
            if close { written.whenComplete { [channel = context.channel] _ in channel.close(promise: nil) } }
        }
    }
}

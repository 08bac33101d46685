// Hummingbird's HTTP/1.1 channel with the server's connection limits in front of it.

import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import Synchronization
import TutorServerConfiguration

/// Sets each accepted connection up as Hummingbird's `HTTP1Channel` does, and first counts
/// it: a connection over `maximumConnections` is answered 503 and closed at once (the
/// listener never stops accepting, so a flood of idle connections cannot hang new clients or
/// use up the descriptors). A request must arrive within `headerTimeout` of its first byte
/// (`RequestDeadlineHandler`); a kept-alive connection idle for `keepAliveTimeout` is closed
/// by Hummingbird.
struct GuardedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    let base: HTTP1Channel
    let maximumConnections: Int
    let headerTimeout: Duration
    let connections: ConnectionCounter
    let metrics: ServerMetrics

    init(
        responder: @escaping HTTPChannelHandler.Responder,
        limits: TutorServerConfiguration.ServerConfiguration.ConnectionLimits,
        connections: ConnectionCounter,
        metrics: ServerMetrics
    ) {
        base = HTTP1Channel(
            responder: responder,
            configuration: .init(
                additionalChannelHandlers: [RequestProgressHandler()], idleTimeout: TimeAmount(limits.keepAliveTimeout))
        )
        maximumConnections = limits.maximumConnections
        headerTimeout = limits.headerTimeout
        self.connections = connections
        self.metrics = metrics
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let admitted = connections.open(maximum: maximumConnections)
        let (connections, metrics) = (connections, metrics)
        metrics.recordConnections(open: connections.open, refused: !admitted)
        channel.closeFuture.whenComplete { _ in
            connections.close(admitted: admitted)
            metrics.recordConnections(open: connections.open, refused: false)
        }
        // In front of the HTTP decoder, which `base` adds after it.
        do {
            let front: any ChannelHandler =
                admitted ? RequestDeadlineHandler(timeout: headerTimeout) : OverCapacityHandler()
            try channel.pipeline.syncOperations.addHandler(front)
        } catch {
            return channel.eventLoop.makeFailedFuture(error)
        }
        return base.setup(channel: channel, logger: logger)
    }

    func handle(value: Value, logger: Logger) async {
        await base.handle(value: value, logger: logger)
    }
}

/// How many connections are open (admitted ones only), and how many were refused.
final class ConnectionCounter: Sendable {
    private let openCount = Atomic<Int>(0)
    private let refusedCount = Atomic<Int>(0)

    /// Counts a new connection; false (and not counted) when `maximum` are open already.
    func open(maximum: Int) -> Bool {
        while true {
            let current = openCount.load(ordering: .relaxed)
            guard current < maximum else {
                refusedCount.add(1, ordering: .relaxed)
                return false
            }
            if openCount.compareExchange(expected: current, desired: current + 1, ordering: .relaxed).exchanged {
                return true
            }
        }
    }

    func close(admitted: Bool) {
        if admitted { openCount.subtract(1, ordering: .relaxed) }
    }

    /// Connections open now.
    var open: Int { openCount.load(ordering: .relaxed) }
    /// Connections answered 503 because too many were open.
    var refused: Int { refusedCount.load(ordering: .relaxed) }
}

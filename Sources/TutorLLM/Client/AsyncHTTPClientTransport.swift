// HTTP to the model, http:// and https://, over async-http-client: one client, idle while it waits.

import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import TutorCore

#if canImport(Glibc)
    import Glibc
#endif

/// Sends requests with async-http-client (SwiftNIO) and streams each response as it arrives.
/// Waiting costs nothing: the sockets sit in an epoll set on SwiftNIO's event loops, which
/// sleep until a byte comes. (FoundationNetworking's URLSession, the alternative on Linux,
/// keeps a core busy through the whole first request on each new connection: docs/
/// ARCHITECTURE.md, "HTTP clients".)
///
/// The transport's `HTTPClient` (its connection pool) is made by the first request, not with the
/// transport, on SwiftNIO's shared event loops, whose threads start then too: a chat that never
/// reaches a model never starts them. `invalidate` (the `LLMClient`'s deinit) shuts it down.
/// (One client for the whole process was tried: with every TutorAppTests test in one process,
/// a request to a fresh fake server then got nothing for 30 s; a pool per `LLMClient`, like
/// URLSession's per session, does not, and the chat makes one or two clients.) The idle
/// timeout and the deadline are the watchdog's, on the injected clock; the client's own
/// timeouts are only backstops. Network and TLS errors reach the caller as `TransportFailure`,
/// in words.
final class AsyncHTTPClientTransport: HTTPTransport {
    private let clock: RequestClock
    private let additionalTrustRootsFile: String?
    private let ownClient = Locked<HTTPClient?>(nil)

    /// `additionalTrustRootsFile`: PEM certificates of authorities trusted besides the system's.
    init(clock: RequestClock, additionalTrustRootsFile: String? = nil) {
        self.clock = clock
        self.additionalTrustRootsFile = additionalTrustRootsFile
    }

    private static func makeClient(tls: TLSConfiguration) -> HTTPClient {
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: tls, redirectConfiguration: .disallow,
            // A backstop: the watchdog ends a request at the endpoint's idle timeout.
            timeout: HTTPClient.Configuration.Timeout(connect: .seconds(60)), decompression: .disabled)
        // A refused connection fails its request at once (LLMClient retries it, and its breaker
        // counts it) instead of the pool trying again until the connect timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    private var client: HTTPClient {
        ownClient.withLock { client in
            if let client { return client }
            var tls = TLSConfiguration.makeClientConfiguration()
            if let additionalTrustRootsFile { tls.additionalTrustRoots = [.file(additionalTrustRootsFile)] }
            let made = Self.makeClient(tls: tls)
            client = made
            return made
        }
    }

    /// Shuts down the client, if the transport made one; requests in flight fail.
    func invalidate() {
        ownClient.withLock { client in
            client?.shutdown { _ in }
            client = nil
        }
    }

    func open(_ request: TransportRequest, idleTimeout: Duration, deadline: Duration) -> AsyncThrowingStream<
        HTTPEvent, any Error
    > {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: HTTPEvent.self)
        let activity = Activity(clock: clock)
        let client = client
        let exchange = Task {
            do {
                let response = try await client.execute(Self.outgoing(request), timeout: .hours(24))
                activity.touch()
                var headers: [String: String] = [:]
                for (name, value) in response.headers { headers[name.lowercased()] = value }
                continuation.yield(.head(status: Int(response.status.code), headers: headers))
                for try await buffer in response.body {
                    activity.touch()
                    continuation.yield(.body(Data(buffer.readableBytesView)))
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: Self.failure(error))
            }
        }
        let watchdog = Watchdog(clock: clock, activity: activity, idleTimeout: idleTimeout, deadline: deadline) {
            timeout in
            continuation.finish(throwing: timeout)
            exchange.cancel()
        }
        watchdog.arm()
        continuation.onTermination = { _ in
            watchdog.cancel()
            exchange.cancel()
        }
        return stream
    }

    private static func outgoing(_ request: TransportRequest) -> HTTPClientRequest {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        return outgoing
    }

    /// The error in words a learner can act on; cancellation stays itself.
    static func failure(_ error: any Error) -> any Error {
        if error is CancellationError { return error }
        return TransportFailure(reason: reason(error))
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case let error as NIOConnectionError:
            if error.connectionErrors.isEmpty { return "unknown host" }
            let refused = error.connectionErrors.contains { ($0.error as? IOError)?.errnoCode == ECONNREFUSED }
            return refused ? "connection refused" : "cannot connect"
        case let error as IOError where error.errnoCode == ECONNREFUSED:
            return "connection refused"
        case let error as NIOSSLExtraError where error == .failedToValidateHostname:
            return "TLS failed: the server's certificate is not for this host name"
        case is NIOSSLError, is NIOSSLExtraError, is BoringSSLError:
            return "\(error)".contains("CERTIFICATE_VERIFY_FAILED")
                ? "TLS failed: the server's certificate is not signed by an authority this system trusts"
                : "TLS failed: \(LLMError.excerpt("\(error)", limit: 100))"
        case let error as HTTPClientError:
            switch error {
            case .connectTimeout: return "timed out connecting"
            case .remoteConnectionClosed: return "the connection was lost"
            case .readTimeout, .writeTimeout, .deadlineExceeded: return "timed out"
            case .cancelled: return "cancelled"
            default: return LLMError.excerpt("\(error)")
            }
        default:
            return LLMError.excerpt("\(error)")
        }
    }
}

// The HTTP API over one engine and one store: builds the router, the registry and the services.

import Hummingbird
import HummingbirdCore
import Logging
import ServiceLifecycle
import TutorCore
import TutorServerConfiguration
import TutorStore

/// `chattutor serve`: the contract of docs/openapi.yaml over the same `Engine` and
/// `ModuleStore` the TUI uses. The engine must not time conversations out itself (its
/// `idleTimeout` nil): the registry does, so it knows which conversations are ending.
public struct ChatTutorServer: Sendable {
    /// The settings (named with their module: HummingbirdCore has a `ServerConfiguration` too).
    public let configuration: TutorServerConfiguration.ServerConfiguration
    public let registry: ConversationRegistry
    public let metrics: ServerMetrics
    /// Every route served.
    public let routes: [APIRoute]
    /// This instance's record of the conversations it starts, in the shared database.
    public let ledger: ConversationLedger
    /// Open and refused connections (the limit is `configuration.connections`).
    let connections = ConnectionCounter()
    private let lifecycle: ServerLifecycle
    private let router: RouterWrapper
    private let logger: Logger

    /// - Parameters:
    ///   - instanceID: this instance's id in the shared database (default: a random one).
    ///   - now: time since a fixed start, for idle and retention times and the token
    ///     cache; tests pass a manual clock's.
    public init(
        configuration: TutorServerConfiguration.ServerConfiguration, engine: Engine, store: any ServerStore,
        logger: Logger,
        instanceID: String = ConversationLedger.newInstanceID(), now: (@Sendable () -> Duration)? = nil
    ) {
        let now = now ?? Self.monotonicNow()
        self.configuration = configuration
        self.logger = logger
        let metrics = ServerMetrics()
        let (commands, continuation) = AsyncStream.makeStream(of: EngineCommand.self)
        let registry = ConversationRegistry(
            policy: .init(
                idleTimeout: configuration.idleTimeout, retention: configuration.retention,
                maximumOpenConversationsPerUser: configuration.limits.maximumOpenConversationsPerUser,
                maximumMessagesPerConversation: configuration.limits.maximumMessagesPerConversation),
            metrics: metrics, commands: continuation, now: now)
        self.metrics = metrics
        self.registry = registry
        let ledger = ConversationLedger(store: store, instanceID: instanceID, logger: logger)
        self.ledger = ledger
        let dependencies = RouteDependencies(
            registry: registry, store: store, ledger: ledger, verifier: TokenVerifier(store: store, now: now),
            metrics: metrics,
            limits: configuration.limits, metricsPublic: configuration.metricsPublic, logger: logger)
        let serverRouter = ServerRouter(dependencies, corsOrigins: Set(configuration.corsOrigins))
        routes = serverRouter.routes
        router = RouterWrapper(router: serverRouter.router)
        // Sweep often enough that idle and retention times are kept to within a few percent.
        let sweepInterval = min(
            max(min(configuration.idleTimeout, configuration.retention) / 20, .milliseconds(100)), .seconds(30))
        lifecycle = ServerLifecycle(
            driver: EngineDriver(engine: engine, commands: commands, registry: registry, metrics: metrics),
            registry: registry,
            metrics: metrics, sweepInterval: sweepInterval, grace: configuration.shutdownGrace,
            drainDelay: configuration.drainDelay, ledger: ledger, logger: logger)
    }

    /// The engine's work queue for a conversation: its user's, so users take turns for the
    /// cores (set it as `EngineConfiguration.workQueue` of the server's engine).
    public static let workQueue: @Sendable (ConversationID) -> String = { ScopedConversationID.user(of: $0) }

    /// The application with the server's own service inside it, for HummingbirdTesting
    /// (`.live` goes through the connection limits, `.router` does not).
    public func makeTestApplication(port: Int? = nil) -> some ApplicationProtocol {
        var applicationConfiguration = applicationConfiguration
        if let port { applicationConfiguration.address = .hostname(configuration.host, port: port) }
        return Application(
            router: router.router, server: serverBuilder, configuration: applicationConfiguration,
            services: [lifecycle], logger: logger)
    }

    /// Serves until SIGTERM or SIGINT, then shuts down gracefully: new messages refused,
    /// ending conversations given `shutdownGrace` to finish, then the listener closed.
    /// `onListening` gets the bound port (useful with port 0).
    public func run(onListening: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        let app = Application(
            router: router.router, server: serverBuilder, configuration: applicationConfiguration,
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) }, logger: logger)
        // A group shuts its services down last first: the lifecycle before the HTTP server.
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: app), .init(service: lifecycle)],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
    }

    private var applicationConfiguration: ApplicationConfiguration {
        ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: nil)
    }

    /// HTTP/1.1 behind the connection limits.
    private var serverBuilder: HTTPServerBuilder {
        let limits = configuration.connections
        let (connections, metrics) = (connections, metrics)
        return HTTPServerBuilder { responder in
            GuardedHTTP1Channel(responder: responder, limits: limits, connections: connections, metrics: metrics)
        }
    }

    private static func monotonicNow() -> @Sendable () -> Duration {
        let start = ContinuousClock.now
        return { ContinuousClock.now - start }
    }
}

/// Hummingbird's router is a class without `Sendable`; it is built once and only read after.
private struct RouterWrapper: @unchecked Sendable {
    let router: Router<ServerContext>
}

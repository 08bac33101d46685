// chattutor-serve, run as `chattutor serve`: the HTTP API over the same engine and store, and its token commands.
// Its own executable, so that only those who serve build Hummingbird, NIO and Prometheus.

import ArgumentParser
import Foundation
import Logging
import TutorApp
import TutorCommandLine
import TutorConfig
import TutorCore
import TutorLLM
import TutorServer
import TutorStore

@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        // `chattutor serve` starts this executable (ServeLauncher), so the help names that command.
        commandName: "chattutor serve",
        abstract: "Serve the tutor as an HTTP API for a web or mobile front end.",
        discussion: """
            Endpoints: docs/openapi.yaml. Every endpoint but /health needs `Authorization: Bearer \
            TOKEN`; make one with `chattutor serve token create --user NAME`. Settings come from \
            flags, then CHATTUTOR_SERVE_* variables, then serve_* keys in config.toml.
            """,
        version: ChatTutorRelease.version,
        subcommands: [ServeRunCommand.self, ServeTokenCommand.self],
        defaultSubcommand: ServeRunCommand.self
    )
}

/// Where the database is, for every serve subcommand.
struct ServeDatabaseOption: ParsableArguments {
    @Option(
        help: "The SQLite database of saved modules and tokens (default: $XDG_DATA_HOME/chattutor/chattutor.sqlite).")
    var db: String?

    @Option(
        name: .customLong("database-url"),
        help: ArgumentHelp(
            "A PostgreSQL database shared by several instances: postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=disable|prefer|require (or CHATTUTOR_DATABASE_URL, which ps does not show).",
            valueName: "url"))
    var databaseURL: String?
}

struct ServeRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run the server until SIGTERM or SIGINT (the default subcommand).")

    /// The defaults the help shows: ServerConfiguration's own, so they are written once.
    private static let defaults = ServerConfiguration()
    private static func seconds(_ duration: Duration) -> Int64 { duration.components.seconds }

    @Option(help: ArgumentHelp("The address to listen on (default \(Self.defaults.host)).", valueName: "address"))
    var host: String?
    @Option(help: "The port (default \(Self.defaults.port); 0 picks a free one, printed at start).") var port: Int?
    @OptionGroup var database: ServeDatabaseOption
    @Option(help: ArgumentHelp("An origin allowed by CORS; repeat for more (default: none).", valueName: "url"))
    var corsOrigin: [String] = []
    @Option(
        help: ArgumentHelp(
            "End a conversation after this many seconds without a message (default \(Self.seconds(Self.defaults.idleTimeout))).",
            valueName: "seconds"))
    var idleTimeout: Double?
    @Option(
        help: ArgumentHelp(
            "Keep a finished conversation's modules this many seconds (default \(Self.seconds(Self.defaults.retention))).",
            valueName: "seconds"))
    var retention: Double?
    @Option(
        help: ArgumentHelp(
            "On SIGTERM, let module generation finish for up to this many seconds (default \(Self.seconds(Self.defaults.shutdownGrace))).",
            valueName: "seconds"))
    var shutdownGrace: Double?
    @Option(
        help: ArgumentHelp(
            "On SIGTERM, answer /health 503 this many seconds before draining, still taking messages, so a load balancer takes this instance out first (default: drain at once).",
            valueName: "seconds"))
    var drainDelay: Double?
    @Option(
        help: ArgumentHelp(
            "Refuse request bodies over this many bytes with 413 (default \(Self.defaults.limits.maximumBodyBytes)).",
            valueName: "bytes"))
    var maxBody: Int?
    @Option(
        help: ArgumentHelp(
            "Refuse message text over this many characters with 413 (default \(Self.defaults.limits.maximumTextCharacters)).",
            valueName: "characters"))
    var maxText: Int?
    @Option(
        help: ArgumentHelp(
            "Answer connections over this many open ones 503 and close them (default \(Self.defaults.connections.maximumConnections)).",
            valueName: "n"))
    var maxConnections: Int?
    @Option(
        help: ArgumentHelp(
            "Close a connection whose request has not fully arrived within this many seconds (default \(Self.seconds(Self.defaults.connections.headerTimeout))).",
            valueName: "seconds"))
    var headerTimeout: Double?
    @Option(
        help: ArgumentHelp(
            "Close a kept-alive connection idle this many seconds (default \(Self.seconds(Self.defaults.connections.keepAliveTimeout))).",
            valueName: "seconds"))
    var keepAliveTimeout: Double?
    @Option(
        help: ArgumentHelp(
            "Open conversations per user; more are refused with 429 (default \(Self.defaults.limits.maximumOpenConversationsPerUser)).",
            valueName: "n"))
    var maxConversations: Int?
    @Option(
        help: ArgumentHelp(
            "Messages per conversation; more are refused with 429 (default \(Self.defaults.limits.maximumMessagesPerConversation)).",
            valueName: "n"))
    var maxMessages: Int?
    @Option(
        help: ArgumentHelp(
            "Analyse learner messages in batches of this size (default \(Self.defaults.batchSize)).", valueName: "n"))
    var batchSize: Int?
    @Flag(help: "Serve /metrics without a token.") var metricsPublic = false
    @Option(
        help: ArgumentHelp(
            "Log level: trace, debug, info (a line per request, the default), notice, warning, error, critical.",
            valueName: "level"))
    var logLevel: String?
    @OptionGroup var model: LLMOptions

    func run() async throws {
        try await reportingUserErrors {
            let configuration = try resolveConfiguration()
            LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
            var logger = Logger(label: "chattutor.serve")
            logger.logLevel = Logger.Level(rawValue: configuration.logLevel) ?? .info
            var storeLogger = logger
            storeLogger.logLevel = max(logger.logLevel, .warning)
            try await ServeStore.with(
                databaseURL: configuration.databaseURL, sqlitePath: database.db, logger: storeLogger
            ) { store, storeName in
                try await serve(configuration, store: store, storeName: storeName, logger: logger)
            }
        }
    }

    private func serve(_ configuration: ServerConfiguration, store: any ServerStore, storeName: String, logger: Logger)
        async throws
    {
        let parts = try EngineParts(model)
        // The server's registry times conversations out, so it knows which are ending. One
        // core is kept for taking requests: analyses and module rounds use the others (at
        // least one), so a burst of full batches cannot stall `POST /message`.
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
        // Users take turns for those cores: one user's backlog never holds another's work
        // up by more than one piece of work.
        var engineConfiguration = EngineConfiguration(
            batchSize: configuration.batchSize, idleTimeout: nil, maximumConcurrentWork: workers)
        engineConfiguration.workQueue = ChatTutorServer.workQueue
        let engine = parts.makeEngine(engineConfiguration)
        let server = ChatTutorServer(configuration: configuration, engine: engine, store: store, logger: logger)
        let host = configuration.host
        do {
            try await server.run { port in
                FileHandle.standardOutput.write(
                    Data(
                        "chattutor serve: listening on http://\(host):\(port) (analyser \(parts.analyserName), store \(storeName), instance \(server.ledger.instanceID))\n"
                            .utf8))
            }
        } catch {
            throw UserError(
                message: ListenError.message(for: error, host: host, port: configuration.port), exitCode: 70)
        }
    }

    /// A flag out of range is a usage error; the ranges are the resolver's, checked here on the flags alone.
    func validate() throws {
        do {
            _ = try ServerConfiguration.resolve(flags: flags, environment: [:], file: nil)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    private var flags: ServerConfiguration.Flags {
        var flags = ServerConfiguration.Flags()
        flags.host = host
        flags.port = port
        flags.corsOrigins = corsOrigin.isEmpty ? nil : corsOrigin
        flags.idleTimeout = idleTimeout
        flags.retention = retention
        flags.shutdownGrace = shutdownGrace
        flags.drainDelay = drainDelay
        flags.maxBody = maxBody
        flags.maxText = maxText
        flags.maxConnections = maxConnections
        flags.headerTimeout = headerTimeout
        flags.keepAliveTimeout = keepAliveTimeout
        flags.maxConversations = maxConversations
        flags.maxMessages = maxMessages
        flags.metricsPublic = metricsPublic ? true : nil
        flags.batchSize = batchSize
        flags.logLevel = logLevel
        flags.databaseURL = database.databaseURL
        return flags
    }

    /// Flags, then CHATTUTOR_SERVE_*, then the `serve_*` keys of the user's config.toml.
    private func resolveConfiguration() throws -> ServerConfiguration {
        let environment = ProcessEnvironment.variables
        do {
            let file = try ConfigFile.load(ConfigFile.userConfigURL(environment: environment))
            return try ServerConfiguration.resolve(flags: flags, environment: environment, file: file)
        } catch {
            throw UserError(message: "\(error)", exitCode: 78)
        }
    }
}

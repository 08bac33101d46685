// `chattutor serve run`'s options: declared once, for chattutor-serve and for chattutor's help when it is not built.

import ArgumentParser
import TutorServerConfiguration

/// Where the database is, for every serve subcommand.
public struct ServeDatabaseOption: ParsableArguments {
    public init() {}

    @Option(
        help: "The SQLite database of saved modules and tokens (default: $XDG_DATA_HOME/chattutor/chattutor.sqlite).")
    public var db: String?

    @Option(
        name: .customLong("database-url"),
        help: ArgumentHelp(
            "A PostgreSQL database shared by several instances: postgres://USER:PASSWORD@HOST:PORT/DATABASE?sslmode=disable|prefer|require (or CHATTUTOR_DATABASE_URL, which ps does not show).",
            valueName: "url"))
    public var databaseURL: String?
}

/// The server's settings as flags. They live here, apart from the server's packages, so that
/// `chattutor serve --help` shows these very options when chattutor-serve is not built.
public struct ServeRunOptions: ParsableArguments {
    public init() {}

    /// The defaults the help shows: ServerConfiguration's own, so they are written once.
    private static let defaults = ServerConfiguration()
    private static func seconds(_ duration: Duration) -> Int64 { duration.components.seconds }

    @Option(help: ArgumentHelp("The address to listen on (default \(Self.defaults.host)).", valueName: "address"))
    public var host: String?
    @Option(help: "The port (default \(Self.defaults.port); 0 picks a free one, printed at start).")
    public var port: Int?
    @OptionGroup public var database: ServeDatabaseOption
    @Option(help: ArgumentHelp("An origin allowed by CORS; repeat for more (default: none).", valueName: "url"))
    public var corsOrigin: [String] = []
    @Option(
        help: ArgumentHelp(
            "End a conversation after this many seconds without a message (default \(Self.seconds(Self.defaults.idleTimeout))).",
            valueName: "seconds"))
    public var idleTimeout: Double?
    @Option(
        help: ArgumentHelp(
            "Keep a finished conversation's modules this many seconds (default \(Self.seconds(Self.defaults.retention))).",
            valueName: "seconds"))
    public var retention: Double?
    @Option(
        help: ArgumentHelp(
            "On SIGTERM, let module generation finish for up to this many seconds (default \(Self.seconds(Self.defaults.shutdownGrace))).",
            valueName: "seconds"))
    public var shutdownGrace: Double?
    @Option(
        help: ArgumentHelp(
            "On SIGTERM, answer /health 503 this many seconds before draining, still taking messages, so a load balancer takes this instance out first (default: drain at once).",
            valueName: "seconds"))
    public var drainDelay: Double?
    @Option(
        help: ArgumentHelp(
            "Refuse request bodies over this many bytes with 413 (default \(Self.defaults.limits.maximumBodyBytes)).",
            valueName: "bytes"))
    public var maxBody: Int?
    @Option(
        help: ArgumentHelp(
            "Refuse message text over this many characters with 413 (default \(Self.defaults.limits.maximumTextCharacters)).",
            valueName: "characters"))
    public var maxText: Int?
    @Option(
        help: ArgumentHelp(
            "Answer connections over this many open ones 503 and close them (default \(Self.defaults.connections.maximumConnections)).",
            valueName: "n"))
    public var maxConnections: Int?
    @Option(
        help: ArgumentHelp(
            "Close a connection whose request has not fully arrived within this many seconds (default \(Self.seconds(Self.defaults.connections.headerTimeout))).",
            valueName: "seconds"))
    public var headerTimeout: Double?
    @Option(
        help: ArgumentHelp(
            "Close a kept-alive connection idle this many seconds (default \(Self.seconds(Self.defaults.connections.keepAliveTimeout))).",
            valueName: "seconds"))
    public var keepAliveTimeout: Double?
    @Option(
        help: ArgumentHelp(
            "Open conversations per user; more are refused with 429 (default \(Self.defaults.limits.maximumOpenConversationsPerUser)).",
            valueName: "n"))
    public var maxConversations: Int?
    @Option(
        help: ArgumentHelp(
            "Messages per conversation; more are refused with 429 (default \(Self.defaults.limits.maximumMessagesPerConversation)).",
            valueName: "n"))
    public var maxMessages: Int?
    @Option(
        help: ArgumentHelp(
            "Analyse learner messages in batches of this size (default \(Self.defaults.batchSize)).", valueName: "n"))
    public var batchSize: Int?
    @Flag(help: "Serve /metrics without a token.") public var metricsPublic = false
    @Option(
        help: ArgumentHelp(
            "Log level: trace, debug, info (a line per request, the default), notice, warning, error, critical.",
            valueName: "level"))
    public var logLevel: String?
    @OptionGroup public var model: LLMOptions

    /// A flag out of range is a usage error; the ranges are the resolver's, checked here on the flags alone.
    public func validate() throws {
        do {
            _ = try ServerConfiguration.resolve(flags: flags, environment: [:], file: nil)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    /// The flags given, for `ServerConfiguration.resolve` (which adds CHATTUTOR_SERVE_* and config.toml).
    public var flags: ServerConfiguration.Flags {
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
}

// The server's settings and where they come from: flags, then CHATTUTOR_SERVE_*, then config.toml.

import TutorConfig
import TutorCore

/// Everything `chattutor serve` can be told, with the contract's defaults.
public struct ServerConfiguration: Sendable, Equatable {
    /// Request size limits.
    public struct Limits: Sendable, Equatable {
        public var maximumBodyBytes = 16 * 1024
        public var maximumTextCharacters = 4_000
        /// Conversations one user may have open (not yet ended) at once; 429 above.
        public var maximumOpenConversationsPerUser = 20
        /// Messages one conversation may hold; 429 above (end it and start another).
        public var maximumMessagesPerConversation = 1_000
        public init() {}
    }

    /// Limits on connections, so idle or slow clients cannot hold the server's descriptors.
    public struct ConnectionLimits: Sendable, Equatable {
        /// Open connections at most; a connection over it is answered 503 and closed.
        public var maximumConnections = 4_096
        /// A request's head and body must arrive within this time: from the connection's
        /// opening for its first request, from the head for the body.
        public var headerTimeout: Duration = .seconds(10)
        /// A kept-alive connection with no request for this long is closed.
        public var keepAliveTimeout: Duration = .seconds(60)
        public init() {}
    }

    public var host = "127.0.0.1"
    /// 0 asks the system for a free port (the bound one is printed).
    public var port = 8000
    /// Origins allowed by CORS; none by default.
    public var corsOrigins: [String] = []
    public var idleTimeout: Duration = .seconds(30 * 60)
    public var retention: Duration = .seconds(60 * 60)
    public var shutdownGrace: Duration = .seconds(10)
    /// On SIGTERM, answer `/health` 503 for this long before draining, still taking messages,
    /// so a load balancer takes the instance out first; zero drains at once (one instance).
    public var drainDelay: Duration = .zero
    public var limits = Limits()
    public var connections = ConnectionLimits()
    public var metricsPublic = false
    public var batchSize = EngineConfiguration.defaultBatchSize
    /// The swift-log level of the server's log (a line per request at `info`).
    public var logLevel = "info"
    /// A `postgres://` URL: saves and tokens go to that PostgreSQL database, shared by several
    /// instances, instead of the SQLite file. Holds a password: never log it as it is
    /// (chattutor-serve parses it into a `DatabaseURL`, whose description hides the password).
    public var databaseURL: String?

    public init() {}

    /// A setting: its flag is `--name-with-dashes`, its variable `CHATTUTOR_SERVE_NAME` and
    /// its config.toml key `serve_name`.
    public enum Key: String, CaseIterable, Sendable {
        case host, port
        case corsOrigin = "cors_origin"
        case idleTimeout = "idle_timeout"
        case retention
        case shutdownGrace = "shutdown_grace"
        case drainDelay = "drain_delay"
        case maxBody = "max_body"
        case maxText = "max_text"
        case maxConnections = "max_connections"
        case headerTimeout = "header_timeout"
        case keepAliveTimeout = "keep_alive_timeout"
        case maxConversations = "max_conversations"
        case maxMessages = "max_messages"
        case metricsPublic = "metrics_public"
        case batchSize = "batch_size"
        case logLevel = "log_level"
        case databaseURL = "database_url"

        public var environmentName: String { "CHATTUTOR_SERVE_" + rawValue.uppercased() }
        public var fileName: String { "serve_" + rawValue }
        public var flagName: String { "--" + rawValue.replacingOccurrences(of: "_", with: "-") }
        public var setting: Setting {
            // The database is the deployment's, not only serve's: CHATTUTOR_DATABASE_URL first.
            let environment = self == .databaseURL ? ["CHATTUTOR_DATABASE_URL", environmentName] : [environmentName]
            return Setting(flag: flagName, environment: environment, fileKeys: [fileName])
        }
    }

    /// The flags `chattutor serve` was given, typed by ArgumentParser; nil where not given.
    public struct Flags: Sendable {
        public var host: String?
        public var port: Int?
        public var corsOrigins: [String]?
        public var idleTimeout: Double?
        public var retention: Double?
        public var shutdownGrace: Double?
        public var drainDelay: Double?
        public var maxBody: Int?
        public var maxText: Int?
        public var maxConnections: Int?
        public var headerTimeout: Double?
        public var keepAliveTimeout: Double?
        public var maxConversations: Int?
        public var maxMessages: Int?
        public var metricsPublic: Bool?
        public var batchSize: Int?
        public var logLevel: String?
        public var databaseURL: String?
        public init() {}
    }

    /// The log levels of swift-log, by name.
    public static let logLevels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    /// Resolves every setting: a flag wins over the environment, which wins over the file
    /// (whose `serve_*` keys are checked; its other keys belong to the model settings).
    /// Lists (`cors_origin`) are comma-separated outside flags, or an array in the file.
    public static func resolve(flags: Flags, environment: [String: String], file: ConfigFile?) throws(ConfigError)
        -> ServerConfiguration
    {
        try file?.rejectUnknownKeys(
            known: Set(Key.allCases.map(\.fileName)), listed: Key.allCases.map(\.fileName), where: isServeKey)
        let resolver = SettingResolver(environment: environment, file: file)
        var configuration = ServerConfiguration()
        let maximumSeconds = 30.0 * 24 * 3600
        if let host = try resolver.value(Key.host.setting, flag: flags.host, expected: "an address") {
            configuration.host = host.value
        }
        if let port = try resolver.integer(Key.port.setting, flag: flags.port, in: 0...65_535) {
            configuration.port = port.value
        }
        if let origins = try resolver.value(
            Key.corsOrigin.setting, flag: flags.corsOrigins,
            expected: "a list of origins such as https://tutor.example.org (scheme and host, no path)",
            accept: { $0.allSatisfy(Self.isOrigin) })
        {
            configuration.corsOrigins = origins.value
        }
        if let idle = try resolver.seconds(Key.idleTimeout.setting, flag: flags.idleTimeout, atMost: maximumSeconds) {
            configuration.idleTimeout = idle.value
        }
        if let retention = try resolver.seconds(Key.retention.setting, flag: flags.retention, atMost: maximumSeconds) {
            configuration.retention = retention.value
        }
        if let grace = try resolver.seconds(
            Key.shutdownGrace.setting, flag: flags.shutdownGrace, atMost: maximumSeconds)
        {
            configuration.shutdownGrace = grace.value
        }
        if let delay = try resolver.seconds(Key.drainDelay.setting, flag: flags.drainDelay, atMost: 3600) {
            configuration.drainDelay = delay.value
        }
        if let bytes = try resolver.integer(Key.maxBody.setting, flag: flags.maxBody, in: 256...(64 * 1024 * 1024)) {
            configuration.limits.maximumBodyBytes = bytes.value
        }
        if let characters = try resolver.integer(Key.maxText.setting, flag: flags.maxText, in: 1...100_000) {
            configuration.limits.maximumTextCharacters = characters.value
        }
        if let connections = try resolver.integer(
            Key.maxConnections.setting, flag: flags.maxConnections, in: 1...1_000_000)
        {
            configuration.connections.maximumConnections = connections.value
        }
        if let timeout = try resolver.seconds(
            Key.headerTimeout.setting, flag: flags.headerTimeout, atMost: maximumSeconds)
        {
            configuration.connections.headerTimeout = timeout.value
        }
        if let timeout = try resolver.seconds(
            Key.keepAliveTimeout.setting, flag: flags.keepAliveTimeout, atMost: maximumSeconds)
        {
            configuration.connections.keepAliveTimeout = timeout.value
        }
        if let open = try resolver.integer(
            Key.maxConversations.setting, flag: flags.maxConversations, in: 1...1_000_000)
        {
            configuration.limits.maximumOpenConversationsPerUser = open.value
        }
        if let messages = try resolver.integer(Key.maxMessages.setting, flag: flags.maxMessages, in: 1...10_000_000) {
            configuration.limits.maximumMessagesPerConversation = messages.value
        }
        if let batch = try resolver.integer(Key.batchSize.setting, flag: flags.batchSize, in: 1...1_000) {
            configuration.batchSize = batch.value
        }
        if let level = try resolver.choice(Key.logLevel.setting, flag: flags.logLevel, from: logLevels) {
            configuration.logLevel = level.value
        }
        configuration.databaseURL = try resolver.value(
            Key.databaseURL.setting, flag: flags.databaseURL, expected: "a postgres:// URL")?.value
        if let metricsPublic = try resolver.value(
            Key.metricsPublic.setting, flag: flags.metricsPublic, expected: "true or false")
        {
            configuration.metricsPublic = metricsPublic.value
        }
        return configuration
    }

    /// The config.toml keys that belong to `serve` (other commands ignore them).
    public static func isServeKey(_ fileKey: String) -> Bool { fileKey.hasPrefix("serve_") }

    /// A CORS origin: scheme and host (and port), no path.
    static func isOrigin(_ origin: String) -> Bool {
        (origin.hasPrefix("http://") || origin.hasPrefix("https://")) && !origin.hasSuffix("/")
    }
}

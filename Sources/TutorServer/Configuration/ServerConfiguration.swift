// The server's settings and where they come from: flags, then CHATTUTOR_SERVE_*, then config.toml.

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
    public var limits = Limits()
    public var connections = ConnectionLimits()
    public var metricsPublic = false
    public var batchSize = 10
    /// The swift-log level of the server's log (a line per request at `info`).
    public var logLevel = "info"

    public init() {}

    /// A setting: its flag is `--name-with-dashes`, its variable `CHATTUTOR_SERVE_NAME` and
    /// its config.toml key `serve_name`.
    public enum Key: String, CaseIterable, Sendable {
        case host, port
        case corsOrigin = "cors_origin"
        case idleTimeout = "idle_timeout"
        case retention
        case shutdownGrace = "shutdown_grace"
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

        public var environmentName: String { "CHATTUTOR_SERVE_" + rawValue.uppercased() }
        public var fileName: String { "serve_" + rawValue }
        public var flagName: String { "--" + rawValue.replacingOccurrences(of: "_", with: "-") }
    }

    /// Resolves every setting: a flag wins over the environment, which wins over the file.
    /// Lists (`cors_origin`) are comma-separated outside flags.
    public static func resolve(
        flags: [Key: String], environment: [String: String], file: [String: String]
    ) throws(ServerConfigurationError) -> ServerConfiguration {
        var configuration = ServerConfiguration()
        func value(_ key: Key) -> (text: String, source: String)? {
            if let text = flags[key] { return (text, key.flagName) }
            if let text = environment[key.environmentName], !text.isEmpty { return (text, key.environmentName) }
            if let text = file[key.fileName] { return (text, "config.toml \(key.fileName)") }
            return nil
        }
        func integer(_ key: Key, in range: ClosedRange<Int>) throws(ServerConfigurationError) -> Int? {
            guard let (text, source) = value(key) else { return nil }
            guard let number = Int(text), range.contains(number) else {
                throw .invalid(source: source, value: text, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return number
        }
        func seconds(_ key: Key) throws(ServerConfigurationError) -> Duration? {
            guard let (text, source) = value(key) else { return nil }
            guard let number = Double(text), number > 0, number <= 30 * 24 * 3600 else {
                throw .invalid(source: source, value: text, expected: "a number of seconds above 0")
            }
            return .milliseconds(Int64(number * 1000))
        }
        if let (host, _) = value(.host) { configuration.host = host }
        if let port = try integer(.port, in: 0...65_535) { configuration.port = port }
        if let (origins, source) = value(.corsOrigin) {
            configuration.corsOrigins = origins.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if let bad = configuration.corsOrigins.first(where: { !($0.hasPrefix("http://") || $0.hasPrefix("https://")) || $0.hasSuffix("/") }) {
                throw .invalid(source: source, value: bad, expected: "an origin such as https://tutor.example.org (scheme and host, no path)")
            }
        }
        if let idle = try seconds(.idleTimeout) { configuration.idleTimeout = idle }
        if let retention = try seconds(.retention) { configuration.retention = retention }
        if let grace = try seconds(.shutdownGrace) { configuration.shutdownGrace = grace }
        if let bytes = try integer(.maxBody, in: 256...(64 * 1024 * 1024)) { configuration.limits.maximumBodyBytes = bytes }
        if let characters = try integer(.maxText, in: 1...100_000) { configuration.limits.maximumTextCharacters = characters }
        if let connections = try integer(.maxConnections, in: 1...1_000_000) { configuration.connections.maximumConnections = connections }
        if let timeout = try seconds(.headerTimeout) { configuration.connections.headerTimeout = timeout }
        if let timeout = try seconds(.keepAliveTimeout) { configuration.connections.keepAliveTimeout = timeout }
        if let open = try integer(.maxConversations, in: 1...1_000_000) { configuration.limits.maximumOpenConversationsPerUser = open }
        if let messages = try integer(.maxMessages, in: 1...10_000_000) { configuration.limits.maximumMessagesPerConversation = messages }
        if let batch = try integer(.batchSize, in: 1...1_000) { configuration.batchSize = batch }
        if let (level, source) = value(.logLevel) {
            let levels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]
            guard levels.contains(level) else { throw .invalid(source: source, value: level, expected: "one of " + levels.joined(separator: ", ")) }
            configuration.logLevel = level
        }
        if let (text, source) = value(.metricsPublic) {
            switch text.lowercased() {
            case "true", "1", "yes": configuration.metricsPublic = true
            case "false", "0", "no": configuration.metricsPublic = false
            default: throw .invalid(source: source, value: text, expected: "true or false")
            }
        }
        return configuration
    }

    /// The config.toml keys that belong to `serve` (other commands ignore them).
    public static func isServeKey(_ fileKey: String) -> Bool { fileKey.hasPrefix("serve_") }
}

/// A setting that cannot be used, and what it should look like.
public enum ServerConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalid(source: String, value: String, expected: String)
    case unknownKey(String)

    public var description: String {
        switch self {
        case .invalid(let source, let value, let expected): "\(source) '\(value.prefix(80))' is not \(expected)"
        case .unknownKey(let key):
            "config.toml: unknown key '\(key)'; the serve keys are \(ServerConfiguration.Key.allCases.map(\.fileName).joined(separator: ", "))"
        }
    }
}

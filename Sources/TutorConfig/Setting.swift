// One setting's names: its flag, its environment variables and its config-file keys.

/// Where a setting can be given, in the order they are tried: the flag, then each
/// environment variable, then each config-file key.
public struct Setting: Sendable, Hashable {
    /// The flag, such as `--port`; nil for a setting no command takes as a flag.
    public var flag: String?
    /// The environment variables, the first set one wins (`CHATTUTOR_LLM_API_KEY`, `OPENAI_API_KEY`).
    public var environment: [String]
    /// The keys of the config file, the first present one wins.
    public var fileKeys: [String]

    public init(flag: String? = nil, environment: [String], fileKeys: [String]) {
        self.flag = flag
        self.environment = environment
        self.fileKeys = fileKeys
    }
}

/// A setting's value and where it came from.
public struct Resolved<Value: Sendable>: Sendable {
    public var value: Value
    public var source: ConfigSource
}
